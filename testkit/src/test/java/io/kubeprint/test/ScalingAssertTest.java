package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.autoscaler;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.disruptionBudget;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.Fixtures.GREEN;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

class ScalingAssertTest {
  static final HorizontalPodAutoscaler HPA = autoscaler(BLUE).between(2, 10).targetCpu(70).build();
  static final PodDisruptionBudget PDB = disruptionBudget(BLUE).minAvailable(1).build();
  static final Bundle APP = bundle(BLUE, GREEN, HPA, PDB);

  @Test
  void should_navigate_to_the_autoscaler_and_budget_of_a_bundle() {
    assertThat(APP).autoscaler("webserver-blue").scales(BLUE).hasReplicasBetween(2, 10).targetsCpuUtilization(70);
    assertThat(APP).disruptionBudget("webserver-blue").selects(BLUE).doesNotSelect(GREEN).hasMinAvailable(1);
  }

  @Test
  void should_fail_to_scale_another_workload_showing_the_target() {
    assertThatThrownBy(() -> assertThat(HPA).scales(GREEN))
        .hasMessage("\nExpecting HorizontalPodAutoscaler/webserver-blue:\n"
            + "  to scale Deployment/webserver-green (apps/v1)\n"
            + "but had scaleTargetRef:\n  apps/v1 Deployment/webserver-blue");
  }

  @Test
  void should_fail_on_other_bounds_and_targets() {
    assertThatThrownBy(() -> assertThat(HPA).hasReplicasBetween(1, 10))
        .hasMessage("\nExpecting HorizontalPodAutoscaler/webserver-blue:\n  to keep between 1 and 10 replicas\n"
            + "but had:\n  minReplicas 2, maxReplicas 10");
    assertThatThrownBy(() -> assertThat(HPA).targetsMemoryUtilization(70))
        .hasMessage("\nExpecting HorizontalPodAutoscaler/webserver-blue:\n  to target 70% average memory utilization\n"
            + "but had metrics:\n  [Resource cpu 70%]");
  }

  @Test
  void should_count_the_api_server_defaults() {
    HorizontalPodAutoscaler defaults = autoscaler(BLUE).maxReplicas(4).build();
    assertThat(defaults).hasReplicasBetween(1, 4).targetsCpuUtilization(80);
  }

  @Test
  void should_fail_to_select_pods_the_budget_does_not_select() {
    assertThatThrownBy(() -> assertThat(PDB).selects(GREEN))
        .hasMessage("\nExpecting PodDisruptionBudget/webserver-blue:\n"
            + "  to select the pods of Deployment/webserver-green, labelled color=green,type=webserver\n"
            + "but had selector:\n  color=blue,type=webserver");
    assertThatThrownBy(() -> assertThat(PDB).hasMaxUnavailable("25%"))
        .hasMessage("\nExpecting PodDisruptionBudget/webserver-blue:\n  to have maxUnavailable 25%\n"
            + "but had maxUnavailable:\n  <unset>");
  }

  @Test
  void should_fail_when_the_bundle_has_no_such_autoscaler() {
    assertThatThrownBy(() -> assertThat(APP).autoscaler("web"))
        .hasMessageContaining("HorizontalPodAutoscaler").hasMessageContaining("webserver-blue");
  }
}
