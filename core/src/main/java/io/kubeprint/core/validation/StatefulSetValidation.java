package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.RollingUpdateStatefulSetStrategy;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubeprint.core.workload.StatefulSetSpec;
import io.kubeprint.core.workload.StatefulSetUpdateStrategy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for StatefulSets: {@code ValidateStatefulSet}, {@code ValidateStatefulSetSpec},
 * {@code ValidatePodTemplateSpecForStatefulSet}, {@code validateRollingUpdateStatefulSet} and
 * {@code ValidatePersistentVolumeClaimRetentionPolicy} ({@code pkg/apis/apps/validation}), after
 * {@code SetDefaults_StatefulSet} ({@code podManagementPolicy: OrderedReady}, {@code updateStrategy: RollingUpdate}
 * with partition 0, both retention policies {@code Retain}) and {@code SetDefaults_PodSpec} (a template without
 * {@code restartPolicy} restarts {@code Always}).
 *
 * <p>Upstream checks only the pod template's labels and annotations, not its pod spec (a container without an
 * image is accepted, and its pods fail to be created), nor the {@code volumeClaimTemplates}; nor does kubeprint.
 * {@code updateStrategy.rollingUpdate.maxUnavailable} is dropped on create while the alpha
 * {@code MaxUnavailableStatefulSet} feature gate is off, as in a 1.32 cluster, so it is not checked either.
 */
final class StatefulSetValidation {

  /** {@code ValidateStatefulSetName}: the pods' hostnames are {@code <name>-<ordinal>}. */
  static final Rule NAME = Rule.of("statefulset-name", "ValidateStatefulSetName",
      "a StatefulSet's `metadata.name` is a DNS label (at most 63 characters, no dots)");
  /** {@code podManagementPolicy}. */
  static final Rule POD_MANAGEMENT_POLICY = Rule.of("statefulset-pod-management-policy", "ValidateStatefulSetSpec",
      "`spec.podManagementPolicy` of a StatefulSet is `OrderedReady` (the default) or `Parallel`");
  /** {@code updateStrategy.type}, and {@code rollingUpdate} only with {@code RollingUpdate}. */
  static final Rule UPDATE_STRATEGY = Rule.of("statefulset-update-strategy", "ValidateStatefulSetSpec",
      "`spec.updateStrategy.type` of a StatefulSet is `RollingUpdate` (the default) or `OnDelete`, and `rollingUpdate` is set only with `RollingUpdate`");
  /** {@code ValidateNonnegativeField} on replicas, minReadySeconds, ordinals.start and partition. */
  static final Rule FIELD_NONNEGATIVE = Rule.of("statefulset-field-nonnegative", "ValidateStatefulSetSpec",
      "`replicas`, `minReadySeconds`, `ordinals.start` and `updateStrategy.rollingUpdate.partition` of a StatefulSet are 0 or more");
  /** {@code ValidatePersistentVolumeClaimRetentionPolicyType}. */
  static final Rule RETENTION_POLICY = Rule.of("statefulset-claim-retention-policy",
      "ValidatePersistentVolumeClaimRetentionPolicy",
      "`whenDeleted` and `whenScaled` of a StatefulSet's `persistentVolumeClaimRetentionPolicy` are `Retain` (the default) or `Delete`");
  /** A StatefulSet without {@code spec.selector}. */
  static final Rule SELECTOR_REQUIRED = Rule.of("statefulset-selector-required", "ValidateStatefulSetSpec",
      "a StatefulSet has a `spec.selector` with at least one `matchLabels` entry or `matchExpressions` requirement");
  /** {@code metav1.LabelSelectorAsSelector} fails. */
  static final Rule SELECTOR_INVALID = Rule.of("statefulset-selector-invalid", "LabelSelectorAsSelector",
      "the `spec.selector` of a StatefulSet converts to a label query (valid keys, values and operators)");
  /** The template's labels must be selected by the StatefulSet's selector. */
  static final Rule SELECTOR_MISMATCH = Rule.of("statefulset-selector-mismatch",
      "ValidatePodTemplateSpecForStatefulSet", "the `spec.selector` of a StatefulSet matches its `spec.template.metadata.labels`");
  /** {@code restartPolicy} must be {@code Always}; {@code activeDeadlineSeconds} is refused. */
  static final Rule TEMPLATE = Rule.of("statefulset-template", "ValidateStatefulSetSpec",
      "the pod template of a StatefulSet restarts `Always` (the default) and has no `activeDeadlineSeconds`");

  private static final String ROLLING_UPDATE = "RollingUpdate";
  private static final String ON_DELETE = "OnDelete";

  private StatefulSetValidation() {}

  /** {@code ValidateStatefulSet} on create. */
  static void statefulSet(StatefulSet s, Violations v) {
    MetaValidation.objectMeta(s.metadata(), FieldPath.of("metadata"), v, MetaValidation.NameRule.DNS_LABEL, NAME,
        true);
    spec(s.spec(), FieldPath.of("spec"), v);
  }

  /** {@code ValidateStatefulSetSpec}. */
  private static void spec(StatefulSetSpec spec, FieldPath path, Violations v) {
    String policy = spec.podManagementPolicy().filter(p -> !p.isEmpty()).orElse("OrderedReady");
    if (!policy.equals("OrderedReady") && !policy.equals("Parallel")) {
      v.add(POD_MANAGEMENT_POLICY, path.child("podManagementPolicy"),
          "must be \"OrderedReady\" or \"Parallel\" (was " + quote(policy) + ")");
    }
    updateStrategy(spec.updateStrategy(), path.child("updateStrategy"), v);
    spec.persistentVolumeClaimRetentionPolicy().ifPresent(
        p -> retention(p, path.child("persistentVolumeClaimRetentionPolicy"), v));
    WorkloadValidation.nonnegative(FIELD_NONNEGATIVE, spec.replicas(), path.child("replicas"), v);
    WorkloadValidation.nonnegative(FIELD_NONNEGATIVE, spec.minReadySeconds(), path.child("minReadySeconds"), v);
    Long start = Untyped.integer(Untyped.get(spec.extra().get("ordinals"), "start"));
    if (start != null) {
      WorkloadValidation.nonnegative(FIELD_NONNEGATIVE, Optional.of(start), path.child("ordinals", "start"), v);
    }
    FieldPath selectorPath = path.child("selector");
    Optional<LabelSelector> selector = spec.selector();
    boolean empty = selector.isPresent()
        && selector.get().matchLabels().isEmpty() && selector.get().matchExpressions().isEmpty();
    if (selector.isEmpty()) {
      v.add(SELECTOR_REQUIRED, selectorPath, "is required");
    } else {
      MetaValidation.labelSelector(selector.get(), selectorPath, v);
      if (empty) {
        v.add(SELECTOR_REQUIRED, selectorPath,
            "must have at least one matchLabels entry or matchExpressions requirement (was empty)");
      }
    }
    PodTemplateSpec template = spec.template();
    FieldPath templatePath = path.child("template");
    if (selector.isPresent() && !MetaValidation.isConvertible(selector.get())) {
      v.add(SELECTOR_INVALID, selectorPath,
          "must be a valid label selector: label keys and values, and operators In, NotIn, Exists or DoesNotExist "
              + "with values only for In and NotIn");
    } else {
      Map<String, String> labels = template.metadata().labels();
      if (!empty && (selector.isEmpty() || !MetaValidation.matches(selector.get(), labels))) {
        v.add(SELECTOR_MISMATCH, templatePath.child("metadata", "labels"),
            "must be matched by spec.selector (was " + labels + ")");
      }
      // ValidatePodTemplateSpecForStatefulSet: labels and annotations only, not the pod spec.
      MetaValidation.labels(labels, templatePath.child("labels"), v);
      Map<String, String> annotations = template.metadata().annotations();
      MetaValidation.annotations(annotations, templatePath.child("annotations"), v);
      PodValidation.podAnnotations(annotations, template.spec(), templatePath.child("annotations"),
          templatePath.child("spec"), v);
    }
    String restart = template.spec().restartPolicy().filter(r -> !r.isEmpty()).orElse("Always");
    FieldPath podSpec = templatePath.child("spec");
    if (!restart.equals("Always")) {
      v.add(TEMPLATE, podSpec.child("restartPolicy"), "must be \"Always\" in a StatefulSet (was " + quote(restart)
          + ")");
    }
    if (template.spec().activeDeadlineSeconds().isPresent()) {
      v.add(TEMPLATE, podSpec.child("activeDeadlineSeconds"), "must not be set in a StatefulSet (was "
          + template.spec().activeDeadlineSeconds().get() + ")");
    }
  }

  /** The {@code updateStrategy} switch of {@code ValidateStatefulSetSpec}, after defaulting. */
  private static void updateStrategy(Optional<StatefulSetUpdateStrategy> strategy, FieldPath path, Violations v) {
    String type = strategy.flatMap(StatefulSetUpdateStrategy::type).filter(t -> !t.isEmpty()).orElse(ROLLING_UPDATE);
    Optional<RollingUpdateStatefulSetStrategy> rolling = strategy.flatMap(StatefulSetUpdateStrategy::rollingUpdate);
    switch (type) {
      case ON_DELETE -> {
        if (rolling.isPresent()) {
          v.add(UPDATE_STRATEGY, path.child("rollingUpdate"), "must not be set when the type is \"OnDelete\"; only"
              + " allowed for updateStrategy \"RollingUpdate\"");
        }
      }
      case ROLLING_UPDATE -> rolling.flatMap(RollingUpdateStatefulSetStrategy::partition).ifPresent(
          p -> WorkloadValidation.nonnegative(FIELD_NONNEGATIVE, Optional.of(p), path.child("rollingUpdate", "partition"),
              v));
      default -> v.add(UPDATE_STRATEGY, path, "type must be \"RollingUpdate\" or \"OnDelete\" (was " + quote(type)
          + ")");
    }
  }

  /** {@code ValidatePersistentVolumeClaimRetentionPolicy}, with absent policies defaulted to {@code Retain}. */
  private static void retention(StatefulSetPersistentVolumeClaimRetentionPolicy p, FieldPath path, Violations v) {
    retentionType(p.whenDeleted(), path.child("whenDeleted"), v);
    retentionType(p.whenScaled(), path.child("whenScaled"), v);
  }

  private static void retentionType(Optional<String> value, FieldPath path, Violations v) {
    String type = value.filter(t -> !t.isEmpty()).orElse("Retain");
    if (!Set.of("Retain", "Delete").contains(type)) {
      v.add(RETENTION_POLICY, path, "must be \"Retain\" or \"Delete\" (was " + quote(type) + ")");
    }
  }
}
