package io.kubeprint.dsl;

import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
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
import io.kubeprint.core.autoscaling.ExternalMetricSource;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link HorizontalPodAutoscaler} ({@code autoscaling/v2}):
 * <pre>{@code
 * HorizontalPodAutoscaler hpa = autoscaler(web)        // named like web, scaleTargetRef: apps/v1 Deployment web
 *     .between(2, 10)                                  // minReplicas 2, maxReplicas 10
 *     .targetCpu(70)                                   // 70% average CPU utilization of the requests
 *     .scaleDownStabilization(Duration.ofMinutes(5))
 *     .build();
 * }</pre>
 *
 * <p>{@link Autoscalers#autoscaler(KubeObject)} checks the target where it is given: a kind with a {@code scale}
 * subresource (Deployment, ReplicaSet, StatefulSet, ReplicationController, or a custom resource). Without a
 * metric the API server scales on 80% average CPU utilization; without {@code minReplicas} it keeps at least 1.
 * Targets and metrics keep the order they are given in.
 */
public final class AutoscalerBuilder extends ObjectBuilder<AutoscalerBuilder, HorizontalPodAutoscaler> {
  private HorizontalPodAutoscalerSpec spec;

  AutoscalerBuilder(String name) {
    super(HorizontalPodAutoscaler.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.spec = HorizontalPodAutoscalerSpec.builder().build();
  }

  AutoscalerBuilder(HorizontalPodAutoscaler existing) {
    super(HorizontalPodAutoscaler.class, Checks.notNull(existing, "autoscaler").metadata(), existing.extra());
    this.spec = existing.spec();
  }

  @Override
  AutoscalerBuilder self() {
    return this;
  }

  /**
   * Sets {@code spec.scaleTargetRef} to {@code target} (its {@code apiVersion}, {@code kind} and name), which must
   * be of a kind with a {@code scale} subresource; e.g. {@code .scaling(web)}.
   *
   * @throws io.kubeprint.core.validation.ManifestValidationException at once when {@code target}'s kind cannot be
   *     scaled (a CronJob, Pod, ConfigMap...): a typed reference that can never be right
   */
  public AutoscalerBuilder scaling(KubeObject target) {
    Checks.notNull(target, "target");
    if (!Autoscalers.isScalable(target.kind())) {
      throw Checks.reference(displayName(), "spec.scaleTargetRef.kind", "scale-target-not-scalable",
          "must be a kind with a scale subresource: Deployment, ReplicaSet, StatefulSet, ReplicationController or a"
          + " custom resource (was " + target.kind() + ", " + target.displayName() + ")");
    }
    if (target.name().isBlank()) {
      throw Checks.reference(displayName(), "spec.scaleTargetRef.name", "hpa-object-reference",
          "is required (was an unnamed " + target.kind().kindName() + ")");
    }
    spec = spec.withScaleTargetRef(CrossVersionObjectReference.builder().apiVersion(target.apiVersion())
        .kind(target.kind().kindName()).name(target.name()).build());
    return this;
  }

  /**
   * Sets {@code spec.scaleTargetRef} by name, for a workload that is not at hand (made by another bundle, say);
   * e.g. {@code .scaleTargetRef("apps/v1", "Deployment", "web")}. Prefer {@link #scaling(KubeObject)}, which
   * checks the kind.
   */
  public AutoscalerBuilder scaleTargetRef(String apiVersion, String kind, String name) {
    spec = spec.withScaleTargetRef(CrossVersionObjectReference.builder().apiVersion(Checks.notNull(apiVersion,
        "apiVersion")).kind(Checks.notNull(kind, "kind")).name(Checks.notNull(name, "name")).build());
    return this;
  }

  /** Sets {@code spec.scaleTargetRef} to {@code ref} as it is (an absent {@code apiVersion} means the core group). */
  public AutoscalerBuilder scaleTargetRef(CrossVersionObjectReference ref) {
    spec = spec.withScaleTargetRef(Checks.notNull(ref, "ref"));
    return this;
  }

  /**
   * Sets {@code spec.minReplicas} and {@code spec.maxReplicas}: the autoscaler keeps between {@code min} and
   * {@code max} replicas, e.g. {@code .between(2, 10)}.
   *
   * Unless {@code 1 <= min <= max}, validation reports {@code hpa-min-replicas} or {@code hpa-max-replicas}.
   */
  public AutoscalerBuilder between(int min, int max) {
    spec = spec.withMinReplicas(min).withMaxReplicas(max);
    return this;
  }

  /** Sets {@code spec.minReplicas} (at least 1); the API server defaults it to 1. */
  public AutoscalerBuilder minReplicas(int min) {
    spec = spec.withMinReplicas(min);
    return this;
  }

  /** Sets {@code spec.maxReplicas} (at least 1); required. */
  public AutoscalerBuilder maxReplicas(int max) {
    spec = spec.withMaxReplicas(max);
    return this;
  }

  /**
   * Adds a {@code Resource} metric: the pods' average CPU use at {@code percent} of their CPU requests
   * ({@code type: Utilization}); e.g. {@code .targetCpu(70)}. The pods need CPU requests.
   */
  public AutoscalerBuilder targetCpu(int percent) {
    return resourceUtilization("cpu", percent);
  }

  /** Adds a {@code Resource} metric: the pods' average memory use at {@code percent} of their memory requests. */
  public AutoscalerBuilder targetMemory(int percent) {
    return resourceUtilization("memory", percent);
  }

  /** Adds a {@code Resource} metric: the pods' average memory use at {@code quantity}, e.g. {@code "512Mi"} ({@code AverageValue}). */
  public AutoscalerBuilder targetMemory(String quantity) {
    return resourceAverage("memory", quantity);
  }

  /** Adds a {@code Resource} metric: the pods' average CPU use at {@code quantity}, e.g. {@code "500m"} ({@code AverageValue}). */
  public AutoscalerBuilder targetCpu(String quantity) {
    return resourceAverage("cpu", quantity);
  }

  private AutoscalerBuilder resourceUtilization(String resource, int percent) {
    return metric(MetricSpec.builder().type("Resource").resource(ResourceMetricSource.builder().name(resource)
        .target(MetricTarget.builder().type("Utilization").averageUtilization(percent).build()).build()).build());
  }

  private AutoscalerBuilder resourceAverage(String resource, String quantity) {
    return metric(MetricSpec.builder().type("Resource").resource(ResourceMetricSource.builder().name(resource)
        .target(MetricTarget.builder().type("AverageValue").averageValue(positive(quantity, "quantity")).build())
        .build()).build());
  }

  /**
   * Adds a {@code Pods} metric: {@code metric} (from a custom metrics API) averaged over the pods at
   * {@code averageValue}; e.g. {@code .targetPods("packets-per-second", "1k")}.
   */
  public AutoscalerBuilder targetPods(String metric, String averageValue) {
    return metric(MetricSpec.builder().type("Pods").pods(PodsMetricSource.builder()
        .metric(MetricIdentifier.builder().name(Checks.notNull(metric, "metric")).build())
        .target(MetricTarget.builder().type("AverageValue").averageValue(positive(averageValue, "averageValue")).build())
        .build()).build());
  }

  /**
   * Adds an {@code Object} metric: {@code metric} describing {@code described} (an Ingress, say) at {@code value};
   * e.g. {@code .targetObject(ingress, "requests-per-second", "10k")}.
   */
  public AutoscalerBuilder targetObject(KubeObject described, String metric, String value) {
    Checks.notNull(described, "described");
    return metric(MetricSpec.builder().type("Object").object(ObjectMetricSource.builder()
        .describedObject(CrossVersionObjectReference.builder().apiVersion(described.apiVersion())
            .kind(described.kind().kindName()).name(Checks.notNull(described.name(), "described.name")).build())
        .metric(MetricIdentifier.builder().name(Checks.notNull(metric, "metric")).build())
        .target(MetricTarget.builder().type("Value").value(positive(value, "value")).build()).build()).build());
  }

  /**
   * Adds an {@code External} metric: {@code metric} from outside the cluster (a queue's length, say) at
   * {@code value} in total; e.g. {@code .targetExternal("queue_messages_ready", "30")}.
   */
  public AutoscalerBuilder targetExternal(String metric, String value) {
    return metric(MetricSpec.builder().type("External").external(ExternalMetricSource.builder()
        .metric(MetricIdentifier.builder().name(Checks.notNull(metric, "metric")).build())
        .target(MetricTarget.builder().type("Value").value(positive(value, "value")).build()).build()).build());
  }

  /** Adds {@code metric} to {@code spec.metrics} as it is, for what the shortcuts do not say. */
  public AutoscalerBuilder metric(MetricSpec metric) {
    List<MetricSpec> metrics = new ArrayList<>(spec.metrics());
    metrics.add(Checks.notNull(metric, "metric"));
    spec = spec.withMetrics(metrics);
    return this;
  }

  /** Sets {@code spec.behavior.scaleUp.stabilizationWindowSeconds}: how long scale-up recommendations are smoothed (0 by default). */
  public AutoscalerBuilder scaleUpStabilization(Duration window) {
    int seconds = Checks.intSeconds(window, "window");
    return scaleUp(r -> r.withStabilizationWindowSeconds(seconds));
  }

  /** Sets {@code spec.behavior.scaleDown.stabilizationWindowSeconds} (300 s by default, at most one hour). */
  public AutoscalerBuilder scaleDownStabilization(Duration window) {
    int seconds = Checks.intSeconds(window, "window");
    return scaleDown(r -> r.withStabilizationWindowSeconds(seconds));
  }

  /** Adds a scale-up policy: at most {@code pods} more pods per {@code period} (1 s to 30 min). */
  public AutoscalerBuilder scaleUpPods(int pods, Duration period) {
    return scaleUp(r -> withPolicy(r, policy("Pods", pods, "pods", period)));
  }

  /** Adds a scale-up policy: at most {@code percent} % more pods per {@code period}. */
  public AutoscalerBuilder scaleUpPercent(int percent, Duration period) {
    return scaleUp(r -> withPolicy(r, policy("Percent", percent, "percent", period)));
  }

  /** Adds a scale-down policy: at most {@code pods} fewer pods per {@code period} (1 s to 30 min). */
  public AutoscalerBuilder scaleDownPods(int pods, Duration period) {
    return scaleDown(r -> withPolicy(r, policy("Pods", pods, "pods", period)));
  }

  /** Adds a scale-down policy: at most {@code percent} % fewer pods per {@code period}. */
  public AutoscalerBuilder scaleDownPercent(int percent, Duration period) {
    return scaleDown(r -> withPolicy(r, policy("Percent", percent, "percent", period)));
  }

  /** Sets {@code spec.behavior.scaleDown.selectPolicy: Disabled}: the autoscaler never scales down. */
  public AutoscalerBuilder scaleDownDisabled() {
    return scaleDown(r -> r.withSelectPolicy("Disabled"));
  }

  /** Sets {@code spec.behavior} as it is, replacing what the behavior shortcuts set. */
  public AutoscalerBuilder behavior(HorizontalPodAutoscalerBehavior behavior) {
    spec = spec.withBehavior(Checks.notNull(behavior, "behavior"));
    return this;
  }

  /**
   * Sets a field of {@code spec} kubeprint does not type, kept verbatim; a typed field ({@code minReplicas},
   * {@code metrics}, ...) is refused: use its method.
   */
  public AutoscalerBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), HorizontalPodAutoscalerSpec.class, field, value));
    return this;
  }

  private AutoscalerBuilder scaleUp(UnaryOperator<HPAScalingRules> edit) {
    HorizontalPodAutoscalerBehavior b = spec.behavior().orElse(HorizontalPodAutoscalerBehavior.builder().build());
    spec = spec.withBehavior(b.withScaleUp(edit.apply(b.scaleUp().orElse(HPAScalingRules.builder().build()))));
    return this;
  }

  private AutoscalerBuilder scaleDown(UnaryOperator<HPAScalingRules> edit) {
    HorizontalPodAutoscalerBehavior b = spec.behavior().orElse(HorizontalPodAutoscalerBehavior.builder().build());
    spec = spec.withBehavior(b.withScaleDown(edit.apply(b.scaleDown().orElse(HPAScalingRules.builder().build()))));
    return this;
  }

  private static HPAScalingRules withPolicy(HPAScalingRules r, HPAScalingPolicy p) {
    List<HPAScalingPolicy> policies = new ArrayList<>(r.policies());
    policies.add(p);
    return r.withPolicies(policies);
  }

  private static HPAScalingPolicy policy(String type, int value, String name, Duration period) {
    int seconds = Checks.intSeconds(period, "period");
    return HPAScalingPolicy.builder().type(type).value(value).periodSeconds(seconds).build();
  }

  private static io.kubeprint.core.pod.Quantity positive(String text, String name) {
    return Checks.quantity(text, name);
  }

  @Override
  public HorizontalPodAutoscaler build() {
    return HorizontalPodAutoscaler.builder().metadata(metadata).spec(spec).extra(extra).build();
  }

  /** The target's reference, when set. */
  Optional<CrossVersionObjectReference> target() {
    return spec.scaleTargetRef();
  }
}
