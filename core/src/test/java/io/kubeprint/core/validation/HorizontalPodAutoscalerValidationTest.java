package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Quantity;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HorizontalPodAutoscalerValidationTest {

  static HorizontalPodAutoscaler hpa(UnaryOperator<HorizontalPodAutoscalerSpec.Builder> edit) {
    HorizontalPodAutoscalerSpec.Builder b = HorizontalPodAutoscalerSpec.builder()
        .scaleTargetRef(CrossVersionObjectReference.builder().apiVersion("apps/v1").kind("Deployment").name("web").build())
        .minReplicas(2).maxReplicas(10);
    return HorizontalPodAutoscaler.builder().metadata(ObjectMeta.builder().name("web").build())
        .spec(edit.apply(b).build()).build();
  }

  static MetricSpec cpu(int percent) {
    return MetricSpec.builder().type("Resource").resource(ResourceMetricSource.builder().name("cpu")
        .target(MetricTarget.builder().type("Utilization").averageUtilization(percent).build()).build()).build();
  }

  static List<String> lines(HorizontalPodAutoscaler h) {
    return Validator.validate(h).stream().map(Violation::toString).toList();
  }

  @Test
  void should_accept_an_autoscaler_with_a_cpu_target_and_behavior() {
    // GIVEN an autoscaler scaling on CPU, with scale-down rules
    HorizontalPodAutoscaler h = hpa(s -> s.addMetric(cpu(70)).behavior(HorizontalPodAutoscalerBehavior.builder()
        .scaleDown(HPAScalingRules.builder().stabilizationWindowSeconds(300)
            .addPolicy(HPAScalingPolicy.builder().type("Pods").value(1).periodSeconds(60).build()).build())
        .build()));
    // THEN it is valid
    assertThat(lines(h)).isEmpty();
  }

  @Test
  void should_accept_an_autoscaler_without_metrics_and_min_replicas_as_defaulting_fills_them() {
    assertThat(lines(hpa(s -> s.minReplicas(java.util.Optional.empty())))).isEmpty();
  }

  @Test
  void should_refuse_replica_bounds_as_validateHorizontalPodAutoscalerSpec_does() {
    // GIVEN minReplicas 0 (scale to zero is alpha) and maxReplicas below it
    HorizontalPodAutoscaler h = hpa(s -> s.minReplicas(0).maxReplicas(-1));
    // THEN every bound is reported, and scaling to zero also needs an Object or External metric
    assertThat(lines(h)).containsExactly(
        "HorizontalPodAutoscaler/web spec.maxReplicas: must be greater than 0 (was -1) [hpa-max-replicas]",
        "HorizontalPodAutoscaler/web spec.maxReplicas: must be greater than or equal to `minReplicas` (was -1;"
            + " minReplicas is 0) [hpa-max-replicas]",
        "HorizontalPodAutoscaler/web spec.metrics: must specify at least one Object or External metric to support"
            + " scaling to zero replicas [hpa-metric-type]",
        "HorizontalPodAutoscaler/web spec.minReplicas: must be greater than or equal to 1 (was 0) [hpa-min-replicas]");
  }

  @Test
  void should_require_max_replicas_and_a_scale_target() {
    HorizontalPodAutoscaler h = HorizontalPodAutoscaler.builder().metadata(ObjectMeta.builder().name("web").build())
        .spec(HorizontalPodAutoscalerSpec.builder().scaleTargetRef(CrossVersionObjectReference.builder()
            .kind("Deployment").name("a/b").build()).build())
        .build();
    assertThat(lines(h)).containsExactly(
        "HorizontalPodAutoscaler/web spec.maxReplicas: is required: must be greater than 0 [hpa-max-replicas]",
        "HorizontalPodAutoscaler/web spec.maxReplicas: must be greater than or equal to `minReplicas` (was 0;"
            + " minReplicas is 1) [hpa-max-replicas]",
        "HorizontalPodAutoscaler/web spec.scaleTargetRef.name: may not contain '/' (was \"a/b\") [hpa-object-reference]");
  }

  @Test
  void should_check_the_metric_source_of_each_type() {
    // GIVEN a Resource metric without its source, a Pods metric with a Utilization target, an unknown type
    MetricSpec noSource = MetricSpec.builder().type("Resource").build();
    MetricSpec pods = MetricSpec.builder().type("Pods").pods(PodsMetricSource.builder()
        .metric(MetricIdentifier.builder().name("packets-per-second").build())
        .target(MetricTarget.builder().type("Utilization").averageUtilization(0).build()).build()).build();
    MetricSpec unknown = MetricSpec.builder().type("Cpu").resource(ResourceMetricSource.builder().name("cpu")
        .target(MetricTarget.builder().type("Utilization").averageUtilization(50).build()).build()).build();
    HorizontalPodAutoscaler h = hpa(s -> s.metrics(List.of(noSource, pods, unknown)));
    // THEN each is reported where the API server reports it
    assertThat(lines(h)).containsExactly(
        "HorizontalPodAutoscaler/web spec.metrics[0].resource: is required: must populate information for the given"
            + " metric source (type Resource) [hpa-metric-type]",
        "HorizontalPodAutoscaler/web spec.metrics[1].pods.target.averageUtilization: must be greater than 0 (was 0)"
            + " [hpa-metric-target]",
        "HorizontalPodAutoscaler/web spec.metrics[1].pods.target.averageValue: is required: must specify a positive"
            + " target averageValue [hpa-metric-source]",
        "HorizontalPodAutoscaler/web spec.metrics[2].type: must be one of \"ContainerResource\", \"External\","
            + " \"Object\", \"Pods\", \"Resource\" (was \"Cpu\") [hpa-metric-type]");
  }

  @Test
  void should_forbid_a_second_source_and_check_only_the_first() {
    MetricSpec two = MetricSpec.builder().type("Resource")
        .resource(ResourceMetricSource.builder().name("cpu")
            .target(MetricTarget.builder().type("Utilization").averageUtilization(50).build()).build())
        .external(ExternalMetricSource.builder().metric(MetricIdentifier.builder().name("queue").build())
            .target(MetricTarget.builder().type("Value").value(Quantity.of("30")).build()).build())
        .build();
    assertThat(lines(hpa(s -> s.addMetric(two)))).containsExactly(
        "HorizontalPodAutoscaler/web spec.metrics[0].external: must not be set: must populate the given metric source"
            + " only (type Resource) [hpa-metric-type]");
  }

  @Test
  void should_check_object_container_resource_and_target_values() {
    MetricSpec object = MetricSpec.builder().type("Object").object(ObjectMetricSource.builder()
        .describedObject(CrossVersionObjectReference.builder().kind("Ingress").build())
        .metric(MetricIdentifier.builder().name("requests-per-second").build())
        .target(MetricTarget.builder().type("Value").value(Quantity.of("-1")).build()).build()).build();
    MetricSpec container = MetricSpec.builder().type("ContainerResource").containerResource(
        ContainerResourceMetricSource.builder().name("cpu").container("Web_1")
            .target(MetricTarget.builder().type("Ratio").averageUtilization(60).averageValue(Quantity.of("1")).build())
            .build()).build();
    assertThat(lines(hpa(s -> s.metrics(List.of(object, container))))).containsExactly(
        "HorizontalPodAutoscaler/web spec.metrics[0].object.describedObject.name: is required [hpa-object-reference]",
        "HorizontalPodAutoscaler/web spec.metrics[0].object.target.value: must be positive (was -1) [hpa-metric-target]",
        "HorizontalPodAutoscaler/web spec.metrics[1].containerResource.container: a lowercase RFC 1123 label must"
            + " consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric"
            + " character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
            + " (was \"Web_1\") [hpa-metric-source]",
        "HorizontalPodAutoscaler/web spec.metrics[1].containerResource.target.averageValue: must not be set: may not"
            + " set both a target raw value and a target utilization [hpa-metric-source]",
        "HorizontalPodAutoscaler/web spec.metrics[1].containerResource.target.type: must be either Utilization, Value,"
            + " or AverageValue (was \"Ratio\") [hpa-metric-target]");
  }

  @Test
  void should_check_scaling_rules_and_policies() {
    HorizontalPodAutoscalerBehavior behavior = HorizontalPodAutoscalerBehavior.builder()
        .scaleUp(HPAScalingRules.builder().stabilizationWindowSeconds(3601).selectPolicy("Fastest")
            .addPolicy(HPAScalingPolicy.builder().type("Nodes").value(0).periodSeconds(1801).build()).build())
        .scaleDown(HPAScalingRules.builder().stabilizationWindowSeconds(-1).build())
        .build();
    assertThat(lines(hpa(s -> s.behavior(behavior)))).containsExactly(
        "HorizontalPodAutoscaler/web spec.behavior.scaleDown.stabilizationWindowSeconds: must be greater than or equal"
            + " to zero (was -1) [hpa-scaling-rules]",
        "HorizontalPodAutoscaler/web spec.behavior.scaleUp.policies[0].periodSeconds: must be less than or equal to"
            + " 1800 (was 1801) [hpa-scaling-policy]",
        "HorizontalPodAutoscaler/web spec.behavior.scaleUp.policies[0].type: must be one of \"Percent\", \"Pods\""
            + " (was \"Nodes\") [hpa-scaling-policy]",
        "HorizontalPodAutoscaler/web spec.behavior.scaleUp.policies[0].value: must be greater than zero (was 0)"
            + " [hpa-scaling-policy]",
        "HorizontalPodAutoscaler/web spec.behavior.scaleUp.selectPolicy: must be one of \"Disabled\", \"Max\", \"Min\""
            + " (was \"Fastest\") [hpa-scaling-rules]",
        "HorizontalPodAutoscaler/web spec.behavior.scaleUp.stabilizationWindowSeconds: must be less than or equal to"
            + " 3600 (was 3601) [hpa-scaling-rules]");
  }

  @Test
  void should_check_the_name_as_a_dns_subdomain() {
    HorizontalPodAutoscaler h = hpa(s -> s).withMetadata(ObjectMeta.builder().name("Web").build());
    assertThat(lines(h)).hasSize(1).allMatch(l -> l.startsWith("HorizontalPodAutoscaler/Web metadata.name: ")
        && l.endsWith("[name-syntax]"));
  }
}
