package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetSpec;
import io.kubeprint.core.workload.DaemonSetUpdateStrategy;
import io.kubeprint.core.workload.RollingUpdateDaemonSet;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for DaemonSets: {@code ValidateDaemonSet}, {@code ValidateDaemonSetSpec},
 * {@code ValidateDaemonSetUpdateStrategy} and {@code ValidateRollingUpdateDaemonSet} ({@code pkg/apis/apps/validation}),
 * after {@code SetDefaults_DaemonSet} ({@code updateStrategy: RollingUpdate} with {@code maxUnavailable: 1} and
 * {@code maxSurge: 0} where absent) and {@code SetDefaults_PodSpec} (a template without {@code restartPolicy}
 * restarts {@code Always}). The pod template is checked in full, as a Deployment's is.
 */
final class DaemonSetValidation {

  /** Without a selector nothing matches the template; an empty one would select every pod. */
  static final Rule SELECTOR = Rule.of("daemonset-selector", "ValidateDaemonSetSpec",
      "a DaemonSet's `spec.selector` is present, has at least one `matchLabels` entry or `matchExpressions` requirement, and matches `spec.template.metadata.labels`");
  /** {@code restartPolicy} must be {@code Always}; {@code activeDeadlineSeconds} is refused. */
  static final Rule TEMPLATE = Rule.of("daemonset-template", "ValidateDaemonSetSpec",
      "the pod template of a DaemonSet restarts `Always` (the default) and has no `activeDeadlineSeconds`");
  /** {@code ValidateNonnegativeField} on minReadySeconds and revisionHistoryLimit. */
  static final Rule FIELD_NONNEGATIVE = Rule.of("daemonset-field-nonnegative", "ValidateDaemonSetSpec",
      "`minReadySeconds` and `revisionHistoryLimit` of a DaemonSet are 0 or more");
  /** {@code ValidateDaemonSetUpdateStrategy}. */
  static final Rule UPDATE_STRATEGY = Rule.of("daemonset-update-strategy", "ValidateDaemonSetUpdateStrategy",
      "`spec.updateStrategy.type` of a DaemonSet is `RollingUpdate` (the default) or `OnDelete`");
  /** {@code ValidateRollingUpdateDaemonSet}. */
  static final Rule ROLLING_UPDATE = Rule.of("daemonset-rolling-update", "ValidateRollingUpdateDaemonSet",
      "`maxUnavailable` (1 when absent) and `maxSurge` (0 when absent) of a DaemonSet are a number 0 or more or a percentage up to 100%, exactly one of them non-zero");

  private static final String ROLLING = "RollingUpdate";
  private static final IntOrString DEFAULT_MAX_UNAVAILABLE = IntOrString.of(1);
  private static final IntOrString DEFAULT_MAX_SURGE = IntOrString.of(0);

  private DaemonSetValidation() {}

  /** {@code ValidateDaemonSet} on create. */
  static void daemonSet(DaemonSet d, Violations v) {
    MetaValidation.objectMeta(d.metadata(), FieldPath.of("metadata"), v);
    spec(d.spec(), FieldPath.of("spec"), v);
  }

  /** {@code ValidateDaemonSetSpec}. */
  private static void spec(DaemonSetSpec spec, FieldPath path, Violations v) {
    FieldPath selectorPath = path.child("selector");
    Optional<LabelSelector> selector = spec.selector();
    PodTemplateSpec template = spec.template();
    FieldPath templatePath = path.child("template");
    selector.ifPresent(s -> MetaValidation.labelSelector(s, selectorPath, v));
    Map<String, String> labels = template.metadata().labels();
    // An absent selector converts to one that selects nothing; one that does not convert is not compared.
    if (selector.isEmpty() || MetaValidation.isConvertible(selector.get())
        && !MetaValidation.matches(selector.get(), labels)) {
      v.add(SELECTOR, templatePath.child("metadata", "labels"), "must be matched by spec.selector (was " + labels
          + (selector.isEmpty() ? "; spec.selector is absent" : "") + ")");
    }
    if (selector.isPresent() && selector.get().matchLabels().isEmpty() && selector.get().matchExpressions().isEmpty()) {
      v.add(SELECTOR, selectorPath, "must have at least one matchLabels entry or matchExpressions requirement (was empty)");
    }
    WorkloadValidation.podTemplateSpec(template, templatePath, v);
    FieldPath podSpec = templatePath.child("spec");
    String restart = template.spec().restartPolicy().filter(r -> !r.isEmpty()).orElse("Always");
    if (!restart.equals("Always")) {
      v.add(TEMPLATE, podSpec.child("restartPolicy"), "must be \"Always\" in a DaemonSet (was " + quote(restart) + ")");
    }
    if (template.spec().activeDeadlineSeconds().isPresent()) {
      v.add(TEMPLATE, podSpec.child("activeDeadlineSeconds"), "must not be set in a DaemonSet (was "
          + template.spec().activeDeadlineSeconds().get() + ")");
    }
    WorkloadValidation.nonnegative(FIELD_NONNEGATIVE, spec.minReadySeconds(), path.child("minReadySeconds"), v);
    updateStrategy(spec.updateStrategy(), path.child("updateStrategy"), v);
    WorkloadValidation.nonnegative(FIELD_NONNEGATIVE, spec.revisionHistoryLimit(), path.child("revisionHistoryLimit"), v);
  }

  /** {@code ValidateDaemonSetUpdateStrategy} after defaulting. */
  private static void updateStrategy(Optional<DaemonSetUpdateStrategy> strategy, FieldPath path, Violations v) {
    String type = strategy.flatMap(DaemonSetUpdateStrategy::type).filter(t -> !t.isEmpty()).orElse(ROLLING);
    if (type.equals("OnDelete")) {
      return;
    }
    if (!type.equals(ROLLING)) {
      v.add(UPDATE_STRATEGY, path, "type must be \"RollingUpdate\" or \"OnDelete\" (was " + quote(type) + ")");
      return;
    }
    Optional<RollingUpdateDaemonSet> rolling = strategy.flatMap(DaemonSetUpdateStrategy::rollingUpdate);
    IntOrString maxUnavailable = rolling.flatMap(RollingUpdateDaemonSet::maxUnavailable).orElse(DEFAULT_MAX_UNAVAILABLE);
    IntOrString maxSurge = rolling.flatMap(RollingUpdateDaemonSet::maxSurge).orElse(DEFAULT_MAX_SURGE);
    FieldPath at = path.child("rollingUpdate");
    FieldPath unavailablePath = at.child("maxUnavailable");
    FieldPath surgePath = at.child("maxSurge");
    intOrPercent(maxUnavailable, unavailablePath, v);
    intOrPercent(maxSurge, surgePath, v);
    notAbove100(maxUnavailable, unavailablePath, v);
    notAbove100(maxSurge, surgePath, v);
    boolean hasUnavailable = WorkloadValidation.intOrPercentValue(maxUnavailable) != 0;
    boolean hasSurge = WorkloadValidation.intOrPercentValue(maxSurge) != 0;
    if (hasUnavailable && hasSurge) {
      v.add(ROLLING_UPDATE, surgePath, "must be 0 when maxUnavailable is not 0 (was " + maxSurge + "; maxUnavailable is "
          + maxUnavailable + (rolling.flatMap(RollingUpdateDaemonSet::maxUnavailable).isEmpty() ? ", the default" : "")
          + ")");
    } else if (!hasUnavailable && !hasSurge) {
      v.add(ROLLING_UPDATE, unavailablePath, "may not be 0 when maxSurge is 0 (was " + maxUnavailable + "; maxSurge is "
          + maxSurge + ")");
    }
  }

  /** {@code ValidatePositiveIntOrPercent}: a number 0 or more, or {@code IsValidPercent}. */
  private static void intOrPercent(IntOrString value, FieldPath path, Violations v) {
    if (value.isInt()) {
      if (value.intValue() < 0) {
        v.add(ROLLING_UPDATE, path, "must be greater than or equal to 0 (was " + value.intValue() + ")");
      }
    } else {
      for (String msg : Syntax.isValidPercent(value.strValue())) {
        v.add(ROLLING_UPDATE, path, msg + " (was " + quote(value.strValue()) + ")");
      }
    }
  }

  /** {@code IsNotMoreThan100Percent}. */
  private static void notAbove100(IntOrString value, FieldPath path, Violations v) {
    Long percent = WorkloadValidation.percentValue(value);
    if (percent != null && percent > 100) {
      v.add(ROLLING_UPDATE, path, "must not be greater than 100% (was " + value + ")");
    }
  }
}
