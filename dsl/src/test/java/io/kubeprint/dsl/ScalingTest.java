package io.kubeprint.dsl;

import io.kubeprint.core.validation.ManifestValidationException;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.appLabels;
import static io.kubeprint.dsl.Kube.autoscaler;
import static io.kubeprint.dsl.Kube.blueGreen;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.bundleWide;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.disruptionBudget;
import static io.kubeprint.dsl.Kube.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.autoscaling.HPAScalingPolicy;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.autoscaling.MetricSpec;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.workload.Deployment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingTest {
  static final Deployment WEB = deployment("web").namespace("shop").podLabels(labels("app", "web"))
      .container(container("web", "nginx:1.27").port(80, "http")).build();

  @Test
  void should_target_the_workload_it_is_made_from() {
    HorizontalPodAutoscaler h = autoscaler(WEB).between(2, 10).targetCpu(70).build();

    assertThat(h.name()).isEqualTo("web");
    assertThat(h.metadata().namespace()).contains("shop");
    assertThat(h.spec().scaleTargetRef().orElseThrow().apiVersion()).contains("apps/v1");
    assertThat(h.spec().scaleTargetRef().orElseThrow().kind()).contains("Deployment");
    assertThat(h.spec().scaleTargetRef().orElseThrow().name()).contains("web");
    assertThat(h.spec().minReplicas()).contains(2);
    assertThat(h.spec().maxReplicas()).contains(10);
    MetricSpec cpu = h.spec().metrics().get(0);
    assertThat(cpu.type()).contains("Resource");
    assertThat(cpu.resource().orElseThrow().name()).contains("cpu");
    assertThat(cpu.resource().orElseThrow().target().orElseThrow().averageUtilization()).contains(70);
    assertThat(Validator.validate(h)).isEmpty();
  }

  @Test
  void should_leave_min_replicas_and_metrics_to_the_api_server_by_default() {
    HorizontalPodAutoscaler h = autoscaler(WEB).maxReplicas(5).build();
    assertThat(h.spec().minReplicas()).isEmpty();
    assertThat(h.spec().metrics()).isEmpty();
    assertThat(h.spec().behavior()).isEmpty();
  }

  @Test
  void should_add_memory_pods_external_targets_and_behavior() {
    HorizontalPodAutoscaler h = autoscaler(WEB).between(1, 4).targetMemory("512Mi").targetPods("rps", "1k")
        .targetExternal("queue_ready", "30").scaleDownStabilization(Duration.ofMinutes(5))
        .scaleDownPods(1, Duration.ofMinutes(1)).scaleUpPercent(100, Duration.ofSeconds(15)).build();

    assertThat(h.spec().metrics()).extracting(m -> m.type().orElseThrow()).containsExactly("Resource", "Pods", "External");
    assertThat(h.spec().behavior().orElseThrow().scaleDown().orElseThrow().stabilizationWindowSeconds()).contains(300);
    assertThat(h.spec().behavior().orElseThrow().scaleDown().orElseThrow().policies()).containsExactly(
        HPAScalingPolicy.builder().type("Pods").value(1).periodSeconds(60).build());
    assertThat(h.spec().behavior().orElseThrow().scaleUp().orElseThrow().policies()).containsExactly(
        HPAScalingPolicy.builder().type("Percent").value(100).periodSeconds(15).build());
    assertThat(Validator.validate(h)).isEmpty();
  }

  @Test
  void should_refuse_a_target_without_a_scale_subresource_at_once_with_object_path_and_rule() {
    var batch = cronJob("batch").schedule("* * * * *").container(container("job", "busybox")).build();
    assertThatThrownBy(() -> autoscaler(batch))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nHorizontalPodAutoscaler/batch spec.scaleTargetRef.kind: must be a kind with a scale"
            + " subresource: Deployment, ReplicaSet, StatefulSet, ReplicationController or a custom resource (was"
            + " batch/v1 CronJob, CronJob/batch) [scale-target-not-scalable]");
  }


  @Test
  void should_report_bad_bounds_and_targets_at_validation_all_at_once() {
    var bad = autoscaler(WEB).between(0, 3).targetCpu(0).targetMemory("lots").scaleUpPods(4, Duration.ofHours(1))
        .build();
    var reversed = autoscaler(WEB).name("reversed").between(5, 3).build();

    assertThat(errors(WEB, bad, reversed)).containsExactly(
        "HorizontalPodAutoscaler/reversed spec.maxReplicas: must be greater than or equal to `minReplicas` (was 3;"
            + " minReplicas is 5) [hpa-max-replicas]",
        "HorizontalPodAutoscaler/web spec.behavior.scaleUp.policies[0].periodSeconds: must be less than or equal to"
            + " 1800 (was 3600) [hpa-scaling-policy]",
        "HorizontalPodAutoscaler/web spec.metrics: must specify at least one Object or External metric to support"
            + " scaling to zero replicas [hpa-metric-type]",
        "HorizontalPodAutoscaler/web spec.metrics[0].resource.target.averageUtilization: must be greater than 0"
            + " (was 0) [hpa-metric-target]",
        "HorizontalPodAutoscaler/web spec.metrics[1].resource.target.averageValue: must be a quantity such as 500m,"
            + " 2 or 128Mi (was \"lots\") [resource-quantity]",
        "HorizontalPodAutoscaler/web spec.minReplicas: must be greater than or equal to 1 (was 0) [hpa-min-replicas]");
  }


  @Test
  void should_select_the_pods_of_the_workload_for_a_disruption_budget() {
    PodDisruptionBudget p = disruptionBudget(WEB).minAvailable(1).build();

    assertThat(p.name()).isEqualTo("web");
    assertThat(p.metadata().namespace()).contains("shop");
    assertThat(p.spec().selector().orElseThrow().matchLabels()).isEqualTo(Map.of("app", "web"));
    assertThat(p.spec().minAvailable()).contains(IntOrString.of(1));
    assertThat(disruptionBudget(WEB).maxUnavailable("25%").build().spec().maxUnavailable())
        .contains(IntOrString.of("25%"));
  }

  @Test
  void should_report_both_bounds_and_bad_percentages_at_validation() {
    var both = disruptionBudget(WEB).minAvailable(1).maxUnavailable("25%").build();
    var over = disruptionBudget(WEB).name("over").maxUnavailable("150%").build();
    var negative = disruptionBudget(WEB).name("negative").minAvailable(-1).build();

    assertThat(errors(WEB, both, over, negative)).containsExactly(
        "PodDisruptionBudget/negative spec.minAvailable: must be greater than or equal to 0 (was -1)"
            + " [pdb-int-or-percent]",
        "PodDisruptionBudget/over spec.maxUnavailable: must not be greater than 100% (was \"150%\")"
            + " [pdb-percent-at-most-100]",
        "PodDisruptionBudget/web spec: minAvailable and maxUnavailable cannot be both set (minAvailable 1,"
            + " maxUnavailable 25%) [pdb-min-max-exclusive]");
  }


  @Test
  void should_give_each_colour_its_own_autoscaler_and_budget() {
    BlueGreen release = blueGreen("web").sharedLabels(labels("app", "web"))
        .template(deployment("web").container(container("web", "nginx").port(80, "http")))
        .image(Color.BLUE, "nginx:1.26").image(Color.GREEN, "nginx:1.27").servicePort(80, "http")
        .autoscaler(autoscaler("web").between(2, 10).targetCpu(70))
        .disruptionBudget(disruptionBudget("web").maxUnavailable(1))
        .build();

    HorizontalPodAutoscaler green = release.autoscaler(Color.GREEN).orElseThrow();
    assertThat(green.name()).isEqualTo("web-green");
    assertThat(green.spec().scaleTargetRef().orElseThrow().name()).contains("web-green");
    assertThat(green.spec().maxReplicas()).contains(10);
    PodDisruptionBudget blue = release.disruptionBudget(Color.BLUE).orElseThrow();
    assertThat(blue.name()).isEqualTo("web-blue");
    assertThat(blue.spec().selector().orElseThrow().matchLabels()).isEqualTo(Map.of("app", "web", "color", "blue"));
    assertThat(release.objects()).extracting(o -> o.displayName()).containsExactly("Deployment/web-blue",
        "Deployment/web-green", "Service/web", "HorizontalPodAutoscaler/web-blue", "HorizontalPodAutoscaler/web-green",
        "PodDisruptionBudget/web-blue", "PodDisruptionBudget/web-green");
    // THEN the release has nothing to report, and a switch keeps them
    assertThat(Validator.validate(release.bundle())).isEmpty();
    assertThat(release.switchTo(Color.GREEN).autoscaler(Color.GREEN)).contains(green);
  }

  @Test
  void should_refuse_an_autoscaled_release_whose_template_sets_replicas() {
    assertThatThrownBy(() -> blueGreen("web").sharedLabels(labels("app", "web"))
        .template(deployment("web").replicas(3).container(container("web", "nginx").port(80, "http")))
        .image(Color.BLUE, "nginx:1.26").image(Color.GREEN, "nginx:1.27").servicePort(80, "http")
        .autoscaler(autoscaler("web").between(2, 10)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the template must not set replicas when the release is autoscaled (was 3): each apply would"
            + " reset what the autoscaler chose");
  }

  @Test
  void should_stamp_common_labels_on_a_budget_but_refuse_one_its_selector_tests() {
    var app = bundle(WEB, autoscaler(WEB).maxReplicas(3).build(), disruptionBudget(WEB).maxUnavailable(1).build());
    var out = bundleWide().commonLabels(appLabels("shop")).applyTo(app);
    assertThat(out.objects()).allMatch(o -> "shop".equals(o.metadata().labels().get("app.kubernetes.io/name")));
    assertThatThrownBy(() -> bundleWide().commonLabels(Kube.commonLabels("app", "web")).applyTo(app))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessageContaining("PodDisruptionBudget/web spec.selector.matchLabels: must not test the key of common"
            + " label app");
    assertThat(List.of(out.objects().get(1).kind().kindName(), out.objects().get(2).kind().kindName()))
        .containsExactly("HorizontalPodAutoscaler", "PodDisruptionBudget");
  }

}
