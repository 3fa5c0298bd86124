package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.blueGreen;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.workload.Deployment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleasePlanTest {
  private final ConfigMap settings = configMap("settings").data("mode", "fast").build();
  private final BlueGreen release = blueGreen("web")
      .sharedLabels(labels("app", "web"))
      .template(deployment("web").replicas(2)
          .container(container("web", "app:base").port(8080, "http").env("MODE", fromConfigMap(settings, "mode"))))
      .image(Color.BLUE, "app:1.4")
      .image(Color.GREEN, "app:1.5")
      .servicePort(80, "http")
      .build();

  @Test
  void should_plan_deploying_the_idle_colour_then_switching_the_service_to_it() {
    List<ReleasePlan.Step> steps = release.plan().steps();

    assertThat(steps).extracting(ReleasePlan.Step::name).containsExactly("1-deploy-green", "2-switch-to-green");
    assertThat(steps).extracting(ReleasePlan.Step::description).containsExactly(
        "deploy web-green beside the live web-blue", "switch Service/web to green");
    assertThat(steps.get(0).bundle().objects()).containsExactly(release.blue(), release.green(), release.service());
    assertThat(steps.get(1).bundle().objects()).isEqualTo(release.switchTo(Color.GREEN).objects());
    assertThat(steps.get(1).changes()).containsExactly(release.switchTo(Color.GREEN).service());
  }

  @Test
  void should_add_a_third_step_scaling_the_old_colour_to_zero_replicas() {
    List<ReleasePlan.Step> steps = release.plan().scaleDownOld().steps();

    assertThat(steps).extracting(ReleasePlan.Step::number).containsExactly(1, 2, 3);
    ReleasePlan.Step last = steps.get(2);
    assertThat(last.name()).isEqualTo("3-scale-down-blue");
    assertThat(last.description()).isEqualTo("scale web-blue down to 0 replicas");
    Deployment scaled = (Deployment) last.changes().get(0);
    assertThat(scaled).isEqualTo(release.blue().withSpec(release.blue().spec().withReplicas(0)));
    assertThat(last.bundle().objects()).containsExactly(scaled, release.green(), release.switchTo(Color.GREEN).service());
  }

  @Test
  void should_make_each_step_differ_from_the_one_before_exactly_in_its_changes() {
    List<ReleasePlan.Step> steps = release.plan().scaleDownOld().steps();

    for (int i = 1; i < steps.size(); i++) {
      List<KubeObject> changed = new ArrayList<>(steps.get(i).bundle().objects());
      changed.removeAll(steps.get(i - 1).bundle().objects());
      assertThat(changed).as(steps.get(i).name()).isEqualTo(steps.get(i).changes());
    }
  }

  @Test
  void should_put_the_rest_of_the_app_in_every_step_with_the_release_objects_in_place() {
    Bundle app = bundle(settings, release.blue(), release.green(), release.service())
        .withExternal(Kind.SECRET, "registry");

    List<ReleasePlan.Step> steps = release.plan().scaleDownOld().alongside(app).steps();

    assertThat(steps.get(1).bundle().objects())
        .containsExactly(settings, release.blue(), release.green(), release.switchTo(Color.GREEN).service());
    for (ReleasePlan.Step step : steps) {
      assertThat(step.bundle().validate()).as(step.name()).isEmpty();
      assertThat(step.bundle().externals()).as(step.name()).isEqualTo(app.externals());
    }
  }

  @Test
  void should_append_the_release_objects_the_rest_of_the_app_lacks() {
    Bundle step1 = release.plan().alongside(bundle(settings)).steps().get(0).bundle();

    assertThat(step1.objects()).containsExactly(settings, release.blue(), release.green(), release.service());
    assertThat(step1.validate()).isEmpty();
  }

  @Test
  void should_plan_back_from_green_to_blue_after_a_switch() {
    ReleasePlan plan = release.switchTo(Color.GREEN).plan().scaleDownOld();

    assertThat(plan.steps()).extracting(ReleasePlan.Step::name)
        .containsExactly("1-deploy-blue", "2-switch-to-blue", "3-scale-down-green");
    assertThat(plan.to()).isEqualTo(release);
    assertThat(plan.toString()).isEqualTo("ReleasePlan{web: green -> blue, scale down green}");
  }

  @Test
  void should_refuse_to_switch_traffic_to_a_colour_running_no_replicas() {
    BlueGreen idleAtZero = blueGreen("web").sharedLabels(labels("app", "web"))
        .template(deployment("web").replicas(0).container(container("web", "app:base").port(8080, "http")))
        .image(Color.BLUE, "app:1").image(Color.GREEN, "app:2").servicePort(80, "http").build();

    assertThatThrownBy(() -> idleAtZero.plan().steps())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the green Deployment web-green must run at least one replica before traffic switches to it (was 0)");
  }
}
