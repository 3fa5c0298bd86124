package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.deployment;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscalerSpec;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.disruption.PodDisruptionBudgetSpec;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingChecksTest {
  static final Map<String, String> WEB = Map.of("app", "web");

  static HorizontalPodAutoscaler hpa(String apiVersion, String kind, String name, int max) {
    return HorizontalPodAutoscaler.builder().metadata(meta("web"))
        .spec(HorizontalPodAutoscalerSpec.builder().maxReplicas(max).scaleTargetRef(
            CrossVersionObjectReference.builder().apiVersion(apiVersion).kind(kind).name(name).build()).build())
        .build();
  }

  static PodDisruptionBudget pdb(PodDisruptionBudgetSpec.Builder spec) {
    return PodDisruptionBudget.builder().metadata(meta("web")).spec(spec.build()).build();
  }

  static PodDisruptionBudgetSpec.Builder selecting(Map<String, String> labels) {
    return PodDisruptionBudgetSpec.builder().selector(LabelSelector.builder().matchLabels(labels).build());
  }

  static Deployment web(Integer replicas) {
    Deployment d = deployment("web", WEB, container("web"));
    return replicas == null ? d : d.withSpec(d.spec().withReplicas(replicas));
  }

  @Test
  void should_accept_an_autoscaler_of_a_deployment_that_leaves_replicas_unset() {
    assertThat(check(Bundle.of(web(null), hpa("apps/v1", "Deployment", "web", 5)))).isEmpty();
  }

  @Test
  void should_warn_when_a_scaled_deployment_sets_replicas() {
    List<Violation> all = Validator.validate(Bundle.of(web(3), hpa("apps/v1", "Deployment", "web", 5)));
    // THEN a warning, even in a bundle built in code, on the Deployment
    assertThat(all).extracting(Violation::toString).containsExactly(
        "warning: Deployment/web spec.replicas: should be unset: HorizontalPodAutoscaler/web scales this workload"
            + " and each apply would reset it (was 3) [autoscaled-replicas]");
  }

  @Test
  void should_refuse_a_cron_job_as_scale_target() {
    CronJob batch = CrossObjectFixtures.BATCH_JOB;
    assertThat(check(Bundle.of(batch, hpa("batch/v1", "CronJob", "batch-job", 5)))).containsExactly(
        "HorizontalPodAutoscaler/web spec.scaleTargetRef.kind: must be a kind with a scale subresource: Deployment,"
            + " ReplicaSet, StatefulSet, ReplicationController or a custom resource (was batch/v1 CronJob)"
            + " [scale-target-not-scalable]");
  }

  @Test
  void should_report_a_missing_target_of_a_kind_the_bundle_has() {
    assertThat(check(Bundle.of(web(null), hpa("apps/v1", "Deployment", "api", 5)))).containsExactly(
        "HorizontalPodAutoscaler/web spec.scaleTargetRef.name: must name a Deployment in the bundle (was \"api\")"
            + " [scale-target-not-found]");
  }

  @Test
  void should_warn_when_a_budget_can_never_allow_a_disruption() {
    assertThat(check(Bundle.of(web(2), pdb(selecting(WEB).minAvailable(IntOrString.of(2)))))).containsExactly(
        "warning: PodDisruptionBudget/web spec.minAvailable: should be below the 2 pods it selects: no pod may ever be"
            + " evicted, so every node drain blocks (was 2; Deployment/web 2) [pdb-blocks-disruption]");
    assertThat(check(Bundle.of(web(2), pdb(selecting(WEB).maxUnavailable(IntOrString.of(0)))))).containsExactly(
        "warning: PodDisruptionBudget/web spec.maxUnavailable: should be above 0: no pod may ever be evicted, so every"
            + " node drain blocks (was 0) [pdb-blocks-disruption]");
    assertThat(check(Bundle.of(web(2), pdb(selecting(WEB).minAvailable(IntOrString.of("100%")))))).hasSize(1);
  }

  @Test
  void should_count_an_autoscaled_workload_at_its_max_replicas() {
    Bundle b = Bundle.of(web(null), hpa("apps/v1", "Deployment", "web", 4),
        pdb(selecting(WEB).minAvailable(IntOrString.of(2))));
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_report_a_budget_that_selects_no_pods_or_has_no_selector() {
    assertThat(check(Bundle.of(web(null), pdb(selecting(Map.of("app", "api")).maxUnavailable(IntOrString.of(1))))))
        .containsExactly("PodDisruptionBudget/web spec.selector: must select the pods of a workload in the bundle"
            + " (was app=api) [pdb-selects-no-pods]");
    assertThat(check(Bundle.of(web(null), pdb(PodDisruptionBudgetSpec.builder().maxUnavailable(IntOrString.of(1))))))
        .containsExactly("PodDisruptionBudget/web spec.selector: must be set: a PodDisruptionBudget without a"
            + " selector selects no pods [pdb-selects-no-pods]");
  }
}
