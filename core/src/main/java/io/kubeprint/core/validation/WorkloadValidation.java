package io.kubeprint.core.validation;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import io.kubeprint.core.workload.RollingUpdateDeployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for Pods, PodTemplates, ReplicaSets and Deployments: {@code ValidatePodCreate} and
 * {@code ValidatePodTemplate} ({@code pkg/apis/core/validation}), {@code ValidateReplicaSet} and
 * {@code ValidateDeployment} ({@code pkg/apis/apps/validation}), checked after the defaulting of
 * {@code pkg/apis/apps/v1/defaults.go} (a Deployment without {@code strategy} rolls with 25% surge and 25%
 * unavailable, {@code progressDeadlineSeconds} is 600) and {@code pkg/apis/core/v1/defaults.go} (a template
 * without {@code restartPolicy} restarts {@code Always}).
 */
final class WorkloadValidation {

  /** {@code ValidateNonnegativeField} on {@code spec.replicas} (ValidateDeploymentSpec, ValidateReplicaSetSpec). */
  static final Rule REPLICAS_NONNEGATIVE = Rule.of("replicas-nonnegative", "ValidateDeploymentSpec",
      "`spec.replicas` of a Deployment or ReplicaSet is 0 or more");
  /** {@code ValidateNonnegativeField} on {@code spec.minReadySeconds}. */
  static final Rule MIN_READY_SECONDS_NONNEGATIVE = Rule.of("min-ready-seconds-nonnegative",
      "ValidateReplicaSetSpec", "`spec.minReadySeconds` of a Deployment or ReplicaSet is 0 or more");
  /** {@code ValidateNonnegativeField} on {@code spec.revisionHistoryLimit} (zero keeps no old ReplicaSet). */
  static final Rule REVISION_HISTORY_LIMIT_NONNEGATIVE = Rule.of("revision-history-limit-nonnegative",
      "ValidateDeploymentSpec", "`spec.revisionHistoryLimit` of a Deployment is 0 or more");
  /** {@code ValidateNonnegativeField} on {@code spec.progressDeadlineSeconds}. */
  static final Rule PROGRESS_DEADLINE_NONNEGATIVE = Rule.of("progress-deadline-nonnegative",
      "ValidateDeploymentSpec", "`spec.progressDeadlineSeconds` of a Deployment is 0 or more");
  /** {@code progressDeadlineSeconds <= minReadySeconds}: the deadline (600 when absent) must leave time to get ready. */
  static final Rule PROGRESS_DEADLINE_AFTER_MIN_READY = Rule.of("progress-deadline-after-min-ready",
      "ValidateDeploymentSpec",
      "`spec.progressDeadlineSeconds` (600 when absent) is greater than `spec.minReadySeconds`");
  /** A Deployment or ReplicaSet without {@code spec.selector}. */
  static final Rule SELECTOR_REQUIRED = Rule.of("selector-required", "ValidateDeploymentSpec",
      "a Deployment or ReplicaSet has a `spec.selector`");
  /** An empty selector ({@code {}}) would select every pod of the namespace. */
  static final Rule SELECTOR_EMPTY = Rule.of("selector-empty", "ValidateDeploymentSpec",
      "the `spec.selector` of a Deployment or ReplicaSet has at least one `matchLabels` entry or `matchExpressions` requirement");
  /** {@code metav1.LabelSelectorAsSelector} fails: the selector cannot be turned into a label query. */
  static final Rule SELECTOR_INVALID = Rule.of("selector-invalid", "LabelSelectorAsSelector",
      "the `spec.selector` of a Deployment or ReplicaSet converts to a label query (valid keys, values and operators)");
  /** The template's labels must be selected by the controller's own selector. */
  static final Rule SELECTOR_MISMATCH = Rule.of("selector-mismatch", "ValidatePodTemplateSpecForReplicaSet",
      "the `spec.selector` of a Deployment or ReplicaSet matches its `spec.template.metadata.labels`");
  /** {@code activeDeadlineSeconds} would kill a controller's pods on a timer. */
  static final Rule TEMPLATE_ACTIVE_DEADLINE = Rule.of("template-active-deadline-forbidden",
      "ValidatePodTemplateSpecForReplicaSet",
      "the pod template of a Deployment or ReplicaSet has no `activeDeadlineSeconds`");
  /** Ephemeral containers are added to running pods only, never through a template. */
  static final Rule TEMPLATE_EPHEMERAL_CONTAINERS = Rule.of("template-ephemeral-containers-forbidden",
      "ValidatePodTemplateSpec", "a pod template has no `ephemeralContainers`");
  /** Ephemeral containers are added through the {@code ephemeralcontainers} subresource, never on create. */
  static final Rule POD_EPHEMERAL_CONTAINERS = Rule.of("pod-ephemeral-containers-forbidden", "ValidatePodCreate",
      "a new Pod has no `spec.ephemeralContainers`");
  /** A pod waiting on scheduling gates cannot name its node yet. */
  static final Rule POD_NODE_NAME_WITH_GATES = Rule.of("pod-node-name-with-scheduling-gates", "ValidatePodCreate",
      "a new Pod with `spec.schedulingGates` has no `spec.nodeName`");
  /** {@code strategy.type} is {@code RollingUpdate} (the default) or {@code Recreate}. */
  static final Rule STRATEGY_TYPE = Rule.of("strategy-type", "ValidateDeploymentStrategy",
      "`spec.strategy.type` of a Deployment is `Recreate` or `RollingUpdate` (the default)");
  /** {@code rollingUpdate} parameters mean nothing to {@code Recreate}. */
  static final Rule ROLLING_UPDATE_WITH_RECREATE = Rule.of("rolling-update-with-recreate",
      "ValidateDeploymentStrategy", "`spec.strategy.rollingUpdate` is absent when the strategy type is `Recreate`");
  /** {@code maxSurge} and {@code maxUnavailable}: a number 0 or more, or a percentage such as {@code 25%}. */
  static final Rule ROLLING_UPDATE_INT_OR_PERCENT = Rule.of("rolling-update-int-or-percent",
      "ValidatePositiveIntOrPercent",
      "`maxSurge` and `maxUnavailable` are a number 0 or more or a percentage like `25%`");
  /** {@code maxUnavailable} above 100% makes no sense. */
  static final Rule MAX_UNAVAILABLE_PERCENT = Rule.of("max-unavailable-percent", "IsNotMoreThan100Percent",
      "`spec.strategy.rollingUpdate.maxUnavailable` is at most 100%");
  /** With neither surge nor unavailability a rollout can never progress. */
  static final Rule ROLLING_UPDATE_ZERO = Rule.of("rolling-update-zero", "ValidateRollingUpdateDeployment",
      "`maxSurge` and `maxUnavailable` (25% each when absent) are not both 0");

  private static final String RESTART_ALWAYS = "Always";
  private static final String RECREATE = "Recreate";
  private static final String ROLLING_UPDATE = "RollingUpdate";
  private static final IntOrString DEFAULT_ROLLING_PERCENT = IntOrString.of("25%");
  private static final int DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

  private WorkloadValidation() {}

  /**
   * The Priority admission plugin (enabled by default), which resolves a new Pod's priority before validation
   * and refuses a {@code priority} or {@code preemptionPolicy} other than the one it computes: with no
   * {@code priorityClassName} (and no global default class, as in a fresh cluster) 0 and
   * {@code PreemptLowerPriority}; with a built-in class, that class's. Other class names depend on the cluster
   * and are not checked.
   */
  static final Rule POD_PRIORITY = Rule.of("pod-priority", "admitPod",
      "a new Pod sets no `priority` or `preemptionPolicy` other than its priority class gives (0 and PreemptLowerPriority without one)");

  /** The priority classes every cluster has ({@code scheduling.SystemPriorityClasses}). */
  private static final Map<String, Integer> SYSTEM_PRIORITY_CLASSES = Map.of(
      "system-cluster-critical", 2_000_000_000, "system-node-critical", 2_000_001_000);

  /**
   * {@code ValidatePodCreate}: metadata, the pod spec, and what only a new Pod may not have; first the
   * Priority admission plugin, whose refusal is the only error the API server reports.
   */
  static void pod(Pod pod, Violations v) {
    if (priorityAdmission(pod, v)) {
      return;
    }
    PodValidation.pod(pod, v);
    FieldPath spec = FieldPath.of("spec");
    if (!listOf(pod.spec().extra(), "ephemeralContainers").isEmpty()) {
      v.add(POD_EPHEMERAL_CONTAINERS, spec.child("ephemeralContainers"),
          "must not be set when a Pod is created; ephemeral containers are added to a running Pod");
    }
    Object nodeName = pod.spec().extra().get("nodeName");
    if (nodeName instanceof String s && !s.isEmpty() && !listOf(pod.spec().extra(), "schedulingGates").isEmpty()) {
      v.add(POD_NODE_NAME_WITH_GATES, spec.child("nodeName"),
          "must not be set until all schedulingGates have been cleared (was \"" + s + "\")");
    }
  }

  /** The Priority admission plugin's check of a new Pod; true when it refuses the Pod. */
  private static boolean priorityAdmission(Pod pod, Violations v) {
    String className = pod.spec().priorityClassName().orElse("");
    Integer computed = className.isEmpty() ? Integer.valueOf(0) : SYSTEM_PRIORITY_CLASSES.get(className);
    if (computed == null) {
      return false;
    }
    FieldPath spec = FieldPath.of("spec");
    String from = className.isEmpty() ? "with no priorityClassName" : "from priorityClassName " + className;
    Long priority = Untyped.integer(pod.spec().extra().get("priority"));
    if (priority != null && priority.longValue() != computed) {
      v.add(POD_PRIORITY, spec.child("priority"), "must not be set, or be " + computed + ", the priority the"
          + " Priority admission plugin computes " + from + " (was " + priority + ")");
      return true;
    }
    Object preemption = pod.spec().extra().get("preemptionPolicy");
    if (preemption instanceof String p && !p.equals("PreemptLowerPriority")) {
      v.add(POD_PRIORITY, spec.child("preemptionPolicy"), "must not be set, or be \"PreemptLowerPriority\", the"
          + " policy the Priority admission plugin computes " + from + " (was \"" + p + "\")");
      return true;
    }
    return false;
  }

  /** {@code ValidatePodTemplate}: metadata and {@code template}. */
  static void podTemplate(PodTemplate t, Violations v) {
    MetaValidation.objectMeta(t.metadata(), FieldPath.of("metadata"), v);
    podTemplateSpec(t.template(), FieldPath.of("template"), v);
  }

  /** {@code ValidateReplicaSet}: metadata and {@code ValidateReplicaSetSpec}. */
  static void replicaSet(ReplicaSet rs, Violations v) {
    MetaValidation.objectMeta(rs.metadata(), FieldPath.of("metadata"), v);
    ReplicaSetSpec spec = rs.spec();
    FieldPath path = FieldPath.of("spec");
    nonnegative(REPLICAS_NONNEGATIVE, spec.replicas(), path.child("replicas"), v);
    nonnegative(MIN_READY_SECONDS_NONNEGATIVE, spec.minReadySeconds(), path.child("minReadySeconds"), v);
    controllerSelectorAndTemplate(spec.selector(), spec.template(), path, v);
  }

  /** {@code ValidateDeployment}: metadata and {@code ValidateDeploymentSpec}, after apps/v1 defaulting. */
  static void deployment(Deployment d, Violations v) {
    MetaValidation.objectMeta(d.metadata(), FieldPath.of("metadata"), v);
    DeploymentSpec spec = d.spec();
    FieldPath path = FieldPath.of("spec");
    nonnegative(REPLICAS_NONNEGATIVE, spec.replicas(), path.child("replicas"), v);
    controllerSelectorAndTemplate(spec.selector(), spec.template(), path, v);
    strategy(spec.strategy(), path.child("strategy"), v);
    nonnegative(MIN_READY_SECONDS_NONNEGATIVE, spec.minReadySeconds(), path.child("minReadySeconds"), v);
    nonnegative(REVISION_HISTORY_LIMIT_NONNEGATIVE, spec.revisionHistoryLimit(), path.child("revisionHistoryLimit"), v);
    int progressDeadline = spec.progressDeadlineSeconds().orElse(DEFAULT_PROGRESS_DEADLINE_SECONDS);
    int minReady = spec.minReadySeconds().orElse(0);
    FieldPath deadlinePath = path.child("progressDeadlineSeconds");
    nonnegative(PROGRESS_DEADLINE_NONNEGATIVE, Optional.of(progressDeadline), deadlinePath, v);
    if (progressDeadline <= minReady) {
      v.add(PROGRESS_DEADLINE_AFTER_MIN_READY, deadlinePath, "must be greater than minReadySeconds (was "
          + progressDeadline + (spec.progressDeadlineSeconds().isEmpty() ? ", the default" : "")
          + "; minReadySeconds is " + minReady + ")");
    }
  }

  /**
   * {@code ValidatePodTemplateSpec}: the template's labels, annotations and pod spec
   * ({@link PodValidation#podTemplateSpec}), and no ephemeral containers. Used for PodTemplates, the templates
   * of ReplicaSets and Deployments, and a CronJob's job template.
   */
  static void podTemplateSpec(PodTemplateSpec template, FieldPath path, Violations v) {
    PodValidation.podTemplateSpec(template, path, v);
    if (!listOf(template.spec().extra(), "ephemeralContainers").isEmpty()) {
      v.add(TEMPLATE_EPHEMERAL_CONTAINERS, path.child("spec", "ephemeralContainers"),
          "must not be set in a pod template; ephemeral containers are added to a running Pod");
    }
  }

  /**
   * The selector checks of {@code ValidateDeploymentSpec} and {@code ValidateReplicaSetSpec}, then
   * {@code ValidatePodTemplateSpecForReplicaSet} on {@code template}, which upstream runs only when
   * {@code metav1.LabelSelectorAsSelector} accepts the selector: a template under an invalid selector is not
   * checked.
   */
  private static void controllerSelectorAndTemplate(Optional<LabelSelector> selector, PodTemplateSpec template,
      FieldPath spec, Violations v) {
    FieldPath selectorPath = spec.child("selector");
    if (selector.isEmpty()) {
      v.add(SELECTOR_REQUIRED, selectorPath, "is required");
    } else {
      MetaValidation.labelSelector(selector.get(), selectorPath, v);
      if (selector.get().matchLabels().isEmpty() && selector.get().matchExpressions().isEmpty()) {
        v.add(SELECTOR_EMPTY, selectorPath,
            "must have at least one matchLabels entry or matchExpressions requirement (was empty)");
      }
    }
    boolean convertible = selector.isEmpty() || MetaValidation.isConvertible(selector.get());
    if (!convertible) {
      // Upstream stops here: without a selector it cannot check the template at all.
      v.add(SELECTOR_INVALID, selectorPath,
          "must be a valid label selector: label keys and values, and operators In, NotIn, Exists or DoesNotExist "
              + "with values only for In and NotIn");
      return;
    } else {
      // An absent selector selects nothing, so upstream reports the mismatch too; an empty one selects all.
      boolean emptySelector = selector.isPresent()
          && selector.get().matchLabels().isEmpty() && selector.get().matchExpressions().isEmpty();
      Map<String, String> labels = template.metadata().labels();
      if (!emptySelector && (selector.isEmpty() || !MetaValidation.matches(selector.get(), labels))) {
        v.add(SELECTOR_MISMATCH, spec.child("template", "metadata", "labels"),
            "must be matched by spec.selector (was " + labels + ")");
      }
    }
    FieldPath templatePath = spec.child("template");
    podTemplateSpec(template, templatePath, v);
    PodSpec podSpec = template.spec();
    PodValidation.templateRestartPolicy(podSpec, templatePath.child("spec"), Set.of(RESTART_ALWAYS), v);
    if (podSpec.activeDeadlineSeconds().isPresent()) {
      v.add(TEMPLATE_ACTIVE_DEADLINE, templatePath.child("spec", "activeDeadlineSeconds"),
          "must not be set in the pod template of a Deployment or ReplicaSet (was "
              + podSpec.activeDeadlineSeconds().get() + ")");
    }
  }

  /** {@code ValidateDeploymentStrategy} after {@code SetDefaults_Deployment}. */
  private static void strategy(Optional<DeploymentStrategy> strategy, FieldPath path, Violations v) {
    String type = strategy.flatMap(DeploymentStrategy::type).filter(t -> !t.isEmpty()).orElse(ROLLING_UPDATE);
    Optional<RollingUpdateDeployment> rolling = strategy.flatMap(DeploymentStrategy::rollingUpdate);
    switch (type) {
      case RECREATE -> {
        if (rolling.isPresent()) {
          v.add(ROLLING_UPDATE_WITH_RECREATE, path.child("rollingUpdate"),
              "must not be set when strategy type is \"Recreate\"");
        }
      }
      case ROLLING_UPDATE -> rollingUpdate(rolling, path.child("rollingUpdate"), v);
      default -> v.add(STRATEGY_TYPE, path, "type must be \"Recreate\" or \"RollingUpdate\" (was \"" + type + "\")");
    }
  }

  /** {@code ValidateRollingUpdateDeployment}, with absent bounds defaulted to 25%. */
  private static void rollingUpdate(Optional<RollingUpdateDeployment> rolling, FieldPath path, Violations v) {
    IntOrString maxUnavailable = rolling.flatMap(RollingUpdateDeployment::maxUnavailable).orElse(DEFAULT_ROLLING_PERCENT);
    IntOrString maxSurge = rolling.flatMap(RollingUpdateDeployment::maxSurge).orElse(DEFAULT_ROLLING_PERCENT);
    FieldPath unavailablePath = path.child("maxUnavailable");
    intOrPercent(maxUnavailable, unavailablePath, v);
    intOrPercent(maxSurge, path.child("maxSurge"), v);
    if (intOrPercentValue(maxUnavailable) == 0 && intOrPercentValue(maxSurge) == 0) {
      v.add(ROLLING_UPDATE_ZERO, unavailablePath, "may not be 0 when maxSurge is 0 (was " + maxUnavailable
          + "; maxSurge is " + maxSurge + ")");
    }
    Long percent = percentValue(maxUnavailable);
    if (percent != null && percent > 100) {
      v.add(MAX_UNAVAILABLE_PERCENT, unavailablePath, "must not be greater than 100% (was " + maxUnavailable + ")");
    }
  }

  /** {@code ValidatePositiveIntOrPercent}: a number 0 or more, or {@code IsValidPercent}. */
  private static void intOrPercent(IntOrString value, FieldPath path, Violations v) {
    if (value.isInt()) {
      if (value.intValue() < 0) {
        v.add(ROLLING_UPDATE_INT_OR_PERCENT, path, "must be greater than or equal to 0 (was " + value.intValue() + ")");
      }
    } else {
      for (String msg : Syntax.isValidPercent(value.strValue())) {
        v.add(ROLLING_UPDATE_INT_OR_PERCENT, path, msg + " (was \"" + value.strValue() + "\")");
      }
    }
  }

  /** Upstream {@code getPercentValue}: the number of a valid percentage, or null. */
  static Long percentValue(IntOrString value) {
    if (value.isInt() || !Syntax.isValidPercent(value.strValue()).isEmpty()) {
      return null;
    }
    String digits = value.strValue().substring(0, value.strValue().length() - 1);
    return goAtoi(digits);
  }

  /**
   * Upstream {@code getIntOrPercentValue}: a percentage's number, else the number, else (a string that is not a
   * percentage) {@code intstr.IntValue}, which reads the string as a decimal and falls back to 0.
   */
  static long intOrPercentValue(IntOrString value) {
    if (value.isInt()) {
      return value.intValue();
    }
    Long percent = percentValue(value);
    if (percent != null) {
      return percent;
    }
    Long parsed = goAtoi(value.strValue());
    return parsed == null ? 0 : parsed;
  }

  /** Go's {@code strconv.Atoi} on a 64-bit platform; null when it fails. */
  private static Long goAtoi(String s) {
    int from = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (from == s.length()) {
      return null;
    }
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code ValidateNonnegativeField} on an optional number. */
  static void nonnegative(Rule rule, Optional<? extends Number> value, FieldPath path, Violations v) {
    if (value.isPresent() && value.get().longValue() < 0) {
      v.add(rule, path, "must be greater than or equal to 0 (was " + value.get() + ")");
    }
  }

  /** A list-valued Kubernetes field kept in {@code extra()}; absent or null is empty. */
  static List<?> listOf(Fields extra, String name) {
    return extra.get(name) instanceof List<?> list ? list : List.of();
  }
}
