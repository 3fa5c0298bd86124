package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.autoscaling.ContainerResourceMetricSource;
import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
import io.kubeprint.core.autoscaling.ExternalMetricSource;
import io.kubeprint.core.autoscaling.HPAScalingPolicy;
import io.kubeprint.core.autoscaling.HPAScalingRules;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscalerBehavior;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscalerSpec;
import io.kubeprint.core.autoscaling.MetricIdentifier;
import io.kubeprint.core.autoscaling.MetricSpec;
import io.kubeprint.core.autoscaling.MetricTarget;
import io.kubeprint.core.autoscaling.ObjectMetricSource;
import io.kubeprint.core.autoscaling.PodsMetricSource;
import io.kubeprint.core.autoscaling.ResourceMetricSource;
import io.kubeprint.core.pod.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules for HorizontalPodAutoscalers ({@code autoscaling/v2}): {@code ValidateHorizontalPodAutoscaler},
 * {@code validateHorizontalPodAutoscalerSpec}, {@code ValidateCrossVersionObjectReference}, {@code validateMetrics},
 * {@code validateMetricSpec} and the source checks it calls, {@code validateMetricTarget},
 * {@code validateMetricIdentifier}, {@code validateBehavior}, {@code validateScalingRules} and
 * {@code validateScalingPolicy} ({@code pkg/apis/autoscaling/validation}), on the object as the API server holds it
 * after {@code SetDefaults_HorizontalPodAutoscaler}: {@code minReplicas} 1 when absent, one 80% CPU utilization
 * metric when {@code metrics} is empty, and the default rules filled into a {@code behavior}'s absent parts (so an
 * absent or empty {@code policies} list is the default one). {@code HPAScaleToZero} is an alpha gate, off in
 * 1.32: {@code minReplicas} is at least 1.
 */
final class HorizontalPodAutoscalerValidation {
  /** {@code validateHorizontalPodAutoscalerSpec}: the lower bound, 1 without the alpha gate. */
  static final Rule MIN_REPLICAS = Rule.of("hpa-min-replicas", "validateHorizontalPodAutoscalerSpec",
      "an autoscaler's `spec.minReplicas` is 1 or more (scaling to zero is an alpha feature, off in 1.32)");
  /** {@code validateHorizontalPodAutoscalerSpec}: the upper bound. */
  static final Rule MAX_REPLICAS = Rule.of("hpa-max-replicas", "validateHorizontalPodAutoscalerSpec",
      "an autoscaler's `spec.maxReplicas` is 1 or more and at least `spec.minReplicas`");
  /** {@code ValidateCrossVersionObjectReference}. */
  static final Rule OBJECT_REFERENCE = Rule.of("hpa-object-reference", "ValidateCrossVersionObjectReference",
      "`spec.scaleTargetRef` (and an Object metric's `describedObject`) has a `kind` and a `name`, each usable as a URL path segment");
  /** {@code validateMetricSpec}. */
  static final Rule METRIC_TYPE = Rule.of("hpa-metric-type", "validateMetricSpec",
      "a metric's `type` is Object, Pods, Resource, ContainerResource or External, and exactly the source of that type is set");
  /** {@code validateObjectSource}, {@code validatePodsSource}, {@code validateResourceSource}, ... */
  static final Rule METRIC_SOURCE = Rule.of("hpa-metric-source", "validateResourceSource",
      "a metric source names its resource (and container) and sets the target its type allows: Utilization or AverageValue for resources, AverageValue for Pods, Value or AverageValue for Object and External");
  /** {@code validateMetricTarget}. */
  static final Rule METRIC_TARGET = Rule.of("hpa-metric-target", "validateMetricTarget",
      "a metric target's `type` is Utilization, Value or AverageValue, its values positive and `averageUtilization` 1 or more");
  /** {@code validateMetricIdentifier}. */
  static final Rule METRIC_NAME = Rule.of("hpa-metric-name", "validateMetricIdentifier",
      "a Pods, Object or External metric has a `metric.name` usable as a URL path segment");
  /** {@code validateScalingRules}. */
  static final Rule SCALING_RULES = Rule.of("hpa-scaling-rules", "validateScalingRules",
      "a scaling direction's `stabilizationWindowSeconds` is 0 to 3600 and its `selectPolicy` Max, Min or Disabled");
  /** {@code validateScalingPolicy}. */
  static final Rule SCALING_POLICY = Rule.of("hpa-scaling-policy", "validateScalingPolicy",
      "a scaling policy's `type` is Pods or Percent, its `value` 1 or more and its `periodSeconds` 1 to 1800");

  private static final int MIN_REPLICAS_LOWER_BOUND = 1;
  private static final int MAX_PERIOD_SECONDS = 1800;
  private static final int MAX_STABILIZATION_WINDOW_SECONDS = 3600;
  private static final List<String> METRIC_TYPES = List.of("ContainerResource", "External", "Object", "Pods", "Resource");
  private static final List<String> SELECT_POLICIES = List.of("Disabled", "Max", "Min");
  private static final List<String> POLICY_TYPES = List.of("Percent", "Pods");

  private HorizontalPodAutoscalerValidation() {}

  /** {@code ValidateHorizontalPodAutoscaler}: metadata (a DNS subdomain name) and the spec. */
  static void horizontalPodAutoscaler(HorizontalPodAutoscaler hpa, Violations v) {
    MetaValidation.objectMeta(hpa.metadata(), FieldPath.of("metadata"), v);
    spec(hpa.spec(), FieldPath.of("spec"), v);
  }

  /** {@code validateHorizontalPodAutoscalerSpec} after defaulting. */
  private static void spec(HorizontalPodAutoscalerSpec spec, FieldPath path, Violations v) {
    int min = spec.minReplicas().orElse(1);
    int max = spec.maxReplicas().orElse(0);
    if (min < MIN_REPLICAS_LOWER_BOUND) {
      v.add(MIN_REPLICAS, path.child("minReplicas"), "must be greater than or equal to " + MIN_REPLICAS_LOWER_BOUND
          + " (was " + min + ")");
    }
    FieldPath maxPath = path.child("maxReplicas");
    if (max < 1) {
      v.add(MAX_REPLICAS, maxPath, spec.maxReplicas().isPresent()
          ? "must be greater than 0 (was " + max + ")" : "is required: must be greater than 0");
    }
    if (max < min) {
      v.add(MAX_REPLICAS, maxPath, "must be greater than or equal to `minReplicas` (was " + max
          + "; minReplicas is " + min + ")");
    }
    reference(spec.scaleTargetRef().orElse(CrossVersionObjectReference.builder().build()),
        path.child("scaleTargetRef"), v);
    metrics(spec.metrics(), min, path.child("metrics"), v);
    spec.behavior().ifPresent(b -> behavior(b, path.child("behavior"), v));
  }

  /** {@code ValidateCrossVersionObjectReference}. */
  static void reference(CrossVersionObjectReference ref, FieldPath path, Violations v) {
    pathSegment(OBJECT_REFERENCE, ref.kind().orElse(""), path.child("kind"), v);
    pathSegment(OBJECT_REFERENCE, ref.name().orElse(""), path.child("name"), v);
  }

  private static void pathSegment(Rule rule, String value, FieldPath path, Violations v) {
    if (value.isEmpty()) {
      v.add(rule, path, "is required");
      return;
    }
    for (String msg : Syntax.nameIsPathSegment(value, false)) {
      v.add(rule, path, msg + " (was " + quote(value) + ")");
    }
  }

  /**
   * {@code validateMetrics}: each metric; an empty list is defaulted to CPU utilization. With {@code minReplicas} 0
   * (refused anyway without the alpha gate) an Object or External metric is required.
   */
  private static void metrics(List<MetricSpec> metrics, int minReplicas, FieldPath path, Violations v) {
    boolean objectOrExternal = false;
    for (int i = 0; i < metrics.size(); i++) {
      MetricSpec m = metrics.get(i);
      metricSpec(m, path.index(i), v);
      String type = m.type().orElse("");
      objectOrExternal |= type.equals("Object") || type.equals("External");
    }
    if (minReplicas == 0 && !objectOrExternal) {
      v.add(METRIC_TYPE, path, "must specify at least one Object or External metric to support scaling to zero replicas");
    }
  }

  /** {@code validateMetricSpec}: the type, and the one source of that type. Only the first source set is checked. */
  private static void metricSpec(MetricSpec m, FieldPath path, Violations v) {
    String type = m.type().orElse("");
    if (type.isEmpty()) {
      v.add(METRIC_TYPE, path.child("type"), "is required: " + String.join(", ", METRIC_TYPES));
    } else if (!METRIC_TYPES.contains(type)) {
      v.add(METRIC_TYPE, path.child("type"), PodValidation.oneOf(METRIC_TYPES, type));
    }
    List<String> present = new ArrayList<>();
    if (m.object().isPresent()) {
      present.add("object");
      objectSource(m.object().get(), path.child("object"), v);
    }
    if (m.external().isPresent()) {
      present.add("external");
      if (present.size() == 1) {
        externalSource(m.external().get(), path.child("external"), v);
      }
    }
    if (m.pods().isPresent()) {
      present.add("pods");
      if (present.size() == 1) {
        podsSource(m.pods().get(), path.child("pods"), v);
      }
    }
    if (m.resource().isPresent()) {
      present.add("resource");
      if (present.size() == 1) {
        resourceSource(m.resource().get(), path.child("resource"), v);
      }
    }
    if (m.containerResource().isPresent()) {
      present.add("containerResource");
      if (present.size() == 1) {
        containerResourceSource(m.containerResource().get(), path.child("containerResource"), v);
      }
    }
    String expected = switch (type) {
      case "Object" -> "object";
      case "Pods" -> "pods";
      case "Resource" -> "resource";
      case "External" -> "external";
      case "ContainerResource" -> "containerResource";
      default -> "";
    };
    if (!expected.isEmpty() && !present.contains(expected)) {
      v.add(METRIC_TYPE, path.child(expected), "is required: must populate information for the given metric source"
          + " (type " + type + ")");
    }
    if (present.size() != 1) {
      for (String p : present) {
        if (!p.equals(expected)) {
          v.add(METRIC_TYPE, path.child(p), "must not be set: must populate the given metric source only"
              + (type.isEmpty() ? "" : " (type " + type + ")"));
        }
      }
    }
  }

  /** {@code validateObjectSource}. */
  private static void objectSource(ObjectMetricSource src, FieldPath path, Violations v) {
    reference(src.describedObject().orElse(CrossVersionObjectReference.builder().build()),
        path.child("describedObject"), v);
    identifier(src.metric(), path.child("metric"), v);
    MetricTarget target = target(src.target(), path.child("target"), v);
    if (target.value().isEmpty() && target.averageValue().isEmpty()) {
      v.add(METRIC_SOURCE, path.child("target", "averageValue"), "is required: must set either a target value or averageValue");
    }
  }

  /** {@code validateExternalSource}. */
  private static void externalSource(ExternalMetricSource src, FieldPath path, Violations v) {
    identifier(src.metric(), path.child("metric"), v);
    MetricTarget target = target(src.target(), path.child("target"), v);
    if (target.value().isEmpty() && target.averageValue().isEmpty()) {
      v.add(METRIC_SOURCE, path.child("target", "averageValue"),
          "is required: must set either a target value for metric or a per-pod target");
    }
    if (target.value().isPresent() && target.averageValue().isPresent()) {
      v.add(METRIC_SOURCE, path.child("target", "value"),
          "must not be set: may not set both a target value for metric and a per-pod target");
    }
  }

  /** {@code validatePodsSource}. */
  private static void podsSource(PodsMetricSource src, FieldPath path, Violations v) {
    identifier(src.metric(), path.child("metric"), v);
    MetricTarget target = target(src.target(), path.child("target"), v);
    if (target.averageValue().isEmpty()) {
      v.add(METRIC_SOURCE, path.child("target", "averageValue"), "is required: must specify a positive target averageValue");
    }
  }

  /** {@code validateResourceSource}. */
  private static void resourceSource(ResourceMetricSource src, FieldPath path, Violations v) {
    if (src.name().orElse("").isEmpty()) {
      v.add(METRIC_SOURCE, path.child("name"), "is required: must specify a resource name");
    }
    MetricTarget target = target(src.target(), path.child("target"), v);
    utilizationOrAverage(target, path.child("target"), v);
  }

  /** {@code validateContainerResourceSource}. */
  private static void containerResourceSource(ContainerResourceMetricSource src, FieldPath path, Violations v) {
    String name = src.name().orElse("");
    if (name.isEmpty()) {
      v.add(METRIC_SOURCE, path.child("name"), "is required: must specify a resource name");
    } else {
      ResourceChecks.resourceName(name, path.child("name"), v);
    }
    String container = src.container().orElse("");
    if (container.isEmpty()) {
      v.add(METRIC_SOURCE, path.child("container"), "is required: must specify a container");
    } else {
      for (String msg : Syntax.isDns1123Label(container)) {
        v.add(METRIC_SOURCE, path.child("container"), msg + " (was " + quote(container) + ")");
      }
    }
    MetricTarget target = target(src.target(), path.child("target"), v);
    utilizationOrAverage(target, path.child("target"), v);
  }

  private static void utilizationOrAverage(MetricTarget target, FieldPath path, Violations v) {
    if (target.averageUtilization().isEmpty() && target.averageValue().isEmpty()) {
      v.add(METRIC_SOURCE, path.child("averageUtilization"),
          "is required: must set either a target raw value or a target utilization");
    }
    if (target.averageUtilization().isPresent() && target.averageValue().isPresent()) {
      v.add(METRIC_SOURCE, path.child("averageValue"),
          "must not be set: may not set both a target raw value and a target utilization");
    }
  }

  /** {@code validateMetricTarget}; returns the target (empty when absent) for the source's own checks. */
  private static MetricTarget target(Optional<MetricTarget> maybe, FieldPath path, Violations v) {
    MetricTarget t = maybe.orElse(MetricTarget.builder().build());
    String type = t.type().orElse("");
    if (type.isEmpty()) {
      v.add(METRIC_TARGET, path.child("type"), "is required: must be either Utilization, Value, or AverageValue");
    } else if (!type.equals("Utilization") && !type.equals("Value") && !type.equals("AverageValue")) {
      v.add(METRIC_TARGET, path.child("type"), "must be either Utilization, Value, or AverageValue (was "
          + quote(type) + ")");
    }
    positive(t.value(), path.child("value"), v);
    positive(t.averageValue(), path.child("averageValue"), v);
    if (t.averageUtilization().isPresent() && t.averageUtilization().get() < 1) {
      v.add(METRIC_TARGET, path.child("averageUtilization"), "must be greater than 0 (was "
          + t.averageUtilization().get() + ")");
    }
    return t;
  }

  private static void positive(Optional<Quantity> q, FieldPath path, Violations v) {
    if (q.isEmpty()) {
      return;
    }
    if (!q.get().isValid()) {
      v.add(PodValidation.RESOURCE_QUANTITY, path, "must be a quantity such as 500m, 2 or 128Mi (was "
          + quote(q.get().toString()) + ")");
    } else if (q.get().value().signum() != 1) {
      v.add(METRIC_TARGET, path, "must be positive (was " + q.get() + ")");
    }
  }

  /** {@code validateMetricIdentifier}. */
  private static void identifier(Optional<MetricIdentifier> id, FieldPath path, Violations v) {
    String name = id.flatMap(MetricIdentifier::name).orElse("");
    FieldPath p = path.child("name");
    if (name.isEmpty()) {
      v.add(METRIC_NAME, p, "is required: must specify a metric name");
      return;
    }
    for (String msg : Syntax.nameIsPathSegment(name, false)) {
      v.add(METRIC_NAME, p, msg + " (was " + quote(name) + ")");
    }
  }

  /** {@code validateBehavior}: each direction that is set (absent ones get the defaults, which are valid). */
  private static void behavior(HorizontalPodAutoscalerBehavior b, FieldPath path, Violations v) {
    b.scaleUp().ifPresent(r -> scalingRules(r, path.child("scaleUp"), v));
    b.scaleDown().ifPresent(r -> scalingRules(r, path.child("scaleDown"), v));
  }

  /** {@code validateScalingRules}; an empty {@code policies} is replaced by the default policies before it runs. */
  private static void scalingRules(HPAScalingRules rules, FieldPath path, Violations v) {
    Optional<Integer> window = rules.stabilizationWindowSeconds();
    FieldPath windowPath = path.child("stabilizationWindowSeconds");
    if (window.isPresent() && window.get() < 0) {
      v.add(SCALING_RULES, windowPath, "must be greater than or equal to zero (was " + window.get() + ")");
    }
    if (window.isPresent() && window.get() > MAX_STABILIZATION_WINDOW_SECONDS) {
      v.add(SCALING_RULES, windowPath, "must be less than or equal to " + MAX_STABILIZATION_WINDOW_SECONDS
          + " (was " + window.get() + ")");
    }
    rules.selectPolicy().ifPresent(p -> {
      if (!SELECT_POLICIES.contains(p)) {
        v.add(SCALING_RULES, path.child("selectPolicy"), PodValidation.oneOf(SELECT_POLICIES, p));
      }
    });
    List<HPAScalingPolicy> policies = rules.policies();
    for (int i = 0; i < policies.size(); i++) {
      scalingPolicy(policies.get(i), path.child("policies").index(i), v);
    }
  }

  /** {@code validateScalingPolicy}. */
  private static void scalingPolicy(HPAScalingPolicy p, FieldPath path, Violations v) {
    String type = p.type().orElse("");
    if (!POLICY_TYPES.contains(type)) {
      v.add(SCALING_POLICY, path.child("type"), PodValidation.oneOf(POLICY_TYPES, type));
    }
    int value = p.value().orElse(0);
    if (value <= 0) {
      v.add(SCALING_POLICY, path.child("value"), "must be greater than zero (was " + value + ")");
    }
    int period = p.periodSeconds().orElse(0);
    FieldPath periodPath = path.child("periodSeconds");
    if (period <= 0) {
      v.add(SCALING_POLICY, periodPath, "must be greater than zero (was " + period + ")");
    }
    if (period > MAX_PERIOD_SECONDS) {
      v.add(SCALING_POLICY, periodPath, "must be less than or equal to " + MAX_PERIOD_SECONDS + " (was " + period + ")");
    }
  }
}
