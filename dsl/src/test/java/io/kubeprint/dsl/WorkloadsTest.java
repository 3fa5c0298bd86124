package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.emptyDir;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.podTemplate;
import static io.kubeprint.dsl.Kube.replicaSet;
import static io.kubeprint.dsl.Kube.toleration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.Toleration;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.RollingUpdateDeployment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadsTest {
  private static final Container WEB = container("web", "nginx:1.27").build();

  @Test
  void should_default_the_deployment_selector_to_exactly_the_pod_labels() {
    Deployment d = deployment("web").podLabels(labels("app", "web").and("tier", "front")).container(WEB).build();

    assertThat(d.spec().selector()).contains(LabelSelector.builder()
        .putMatchLabel("app", "web").putMatchLabel("tier", "front").build());
  }

  @Test
  void should_leave_the_selector_absent_when_there_are_no_pod_labels() {
    Deployment d = deployment("web").container(WEB).build();

    assertThat(d.spec().selector()).isEmpty();
    assertThat(d.spec().template().metadata().labels()).isEmpty();
  }

  @Test
  void should_use_an_explicit_selector_and_keep_it_on_copies_with_new_pod_labels() {
    Deployment d = deployment("web").podLabels(labels("app", "web").and("version", "1"))
        .selector(labels("app", "web")).container(WEB).build();
    Deployment copy = deployment(d).podLabels(labels("app", "web").and("version", "2")).build();

    assertThat(d.spec().selector()).contains(LabelSelector.builder().putMatchLabel("app", "web").build());
    assertThat(copy.spec().selector()).contains(LabelSelector.builder().putMatchLabel("app", "web").build());
    assertThat(copy.spec().template().metadata().labels()).containsEntry("version", "2");
  }

  @Test
  void should_take_a_selector_with_match_expressions() {
    LabelSelector selector = LabelSelector.builder().addMatchExpression(LabelSelectorRequirement.builder()
        .key("app").operator("In").addValue("web").build()).build();

    Deployment d = deployment("web").podLabels(labels("app", "web")).selector(selector).container(WEB).build();

    assertThat(d.spec().selector()).contains(selector);
  }

  @Test
  void should_copy_a_deployment_keeping_every_field_it_does_not_change() {
    Deployment blue = deployment("web-blue").namespace("shop").label("team", "checkout").annotation("owner", "ana")
        .replicas(3).rollingUpdate(1, 0).minReady(Duration.ofSeconds(5)).revisionHistoryLimit(4)
        .podLabels(labels("app", "web")).serviceAccount("web").container(WEB).build();

    Deployment green = Workloads.from(blue).name("web-green").build();

    assertThat(green).isEqualTo(blue.withMetadata(blue.metadata().withName("web-green")));
  }

  @Test
  void should_replace_a_container_of_the_same_name_in_place_and_append_new_ones() {
    Deployment d = deployment("web")
        .container(container("web", "nginx:1.26"))
        .container(container("log", "fluentbit:3"))
        .container(container("web", "nginx:1.27"))
        .build();

    assertThat(d.spec().template().spec().containers())
        .extracting(c -> c.name().orElseThrow() + "=" + c.image().orElseThrow())
        .containsExactly("web=nginx:1.27", "log=fluentbit:3");
  }

  @Test
  void should_make_a_sidecar_an_init_container_that_restarts_always() {
    Deployment d = deployment("web").initContainer(container("migrate", "flyway:10"))
        .sidecar(container("proxy", "envoy:1.31")).container(WEB).build();

    assertThat(d.spec().template().spec().initContainers())
        .extracting(c -> c.name().orElseThrow() + ":" + c.restartPolicy().orElse("-"))
        .containsExactly("migrate:-", "proxy:Always");
  }

  @Test
  void should_set_a_rolling_update_with_numbers_or_percentages_and_a_recreate_strategy() {
    Deployment numbers = deployment("a").rollingUpdate(2, 0).build();
    Deployment percent = deployment("b").rollingUpdate("50%", "0%").build();
    Deployment recreate = deployment("c").recreate().build();

    assertThat(numbers.spec().strategy()).contains(DeploymentStrategy.builder().type("RollingUpdate")
        .rollingUpdate(RollingUpdateDeployment.builder().maxSurge(IntOrString.of(2))
            .maxUnavailable(IntOrString.of(0)).build()).build());
    assertThat(percent.spec().strategy().orElseThrow().rollingUpdate().orElseThrow().maxSurge())
        .contains(IntOrString.of("50%"));
    assertThat(recreate.spec().strategy()).contains(DeploymentStrategy.builder().type("Recreate").build());
  }

  @Test
  void should_turn_durations_into_whole_seconds_and_set_the_other_deployment_fields() {
    Deployment d = deployment("web").minReady(Duration.ofSeconds(10)).progressDeadline(Duration.ofMinutes(10))
        .revisionHistoryLimit(2).paused(true).build();

    assertThat(d.spec().minReadySeconds()).contains(10);
    assertThat(d.spec().progressDeadlineSeconds()).contains(600);
    assertThat(d.spec().revisionHistoryLimit()).contains(2);
    assertThat(d.spec().paused()).contains(true);
  }

  @Test
  void should_leave_every_unset_deployment_field_absent_for_the_api_server_defaults() {
    Deployment d = deployment("web").build();

    assertThat(d.metadata().namespace()).isEmpty();
    assertThat(d.spec().replicas()).isEmpty();
    assertThat(d.spec().strategy()).isEmpty();
    assertThat(d.spec().minReadySeconds()).isEmpty();
    assertThat(d.spec().revisionHistoryLimit()).isEmpty();
    assertThat(d.spec().progressDeadlineSeconds()).isEmpty();
    assertThat(d.spec().paused()).isEmpty();
    assertThat(d.spec().template().spec().restartPolicy()).isEmpty();
    assertThat(d.extra()).isEqualTo(Fields.none());
  }

  @Test
  void should_set_the_pod_spec_fields_of_a_workload() {
    Toleration gpu = toleration("gpu", "true", "NoSchedule");
    Deployment d = deployment("web").container(WEB).volume(emptyDir("tmp")).serviceAccount("web-sa")
        .nodeSelector("disk", "ssd").toleration(gpu).imagePullSecret("registry")
        .terminationGracePeriod(Duration.ofSeconds(45)).podAnnotation("prometheus.io/scrape", "true")
        .build();

    var pod = d.spec().template().spec();
    assertThat(pod.volumes()).extracting(v -> v.name().orElseThrow()).containsExactly("tmp");
    assertThat(pod.serviceAccountName()).contains("web-sa");
    assertThat(pod.nodeSelector()).containsExactly(Map.entry("disk", "ssd"));
    assertThat(pod.tolerations()).containsExactly(Toleration.builder().key("gpu").operator("Equal").value("true")
        .effect("NoSchedule").build());
    assertThat(pod.imagePullSecrets()).extracting(r -> r.name().orElseThrow()).containsExactly("registry");
    assertThat(pod.terminationGracePeriodSeconds()).contains(45L);
    assertThat(d.spec().template().metadata().annotations()).containsExactly(Map.entry("prometheus.io/scrape", "true"));
  }

  @Test
  void should_keep_extra_fields_on_the_object_its_spec_and_its_pod_spec() {
    Deployment d = deployment("web").extra("status", Map.of("replicas", 1))
        .specExtra("someNewField", true)
        .podSpecExtra("runtimeClassName", "gvisor")
        .editPodSpec(spec -> spec.withHostNetwork(true))
        .build();

    assertThat(d.extra().asMap()).containsExactly(Map.entry("status", Map.of("replicas", 1L)));
    assertThat(d.spec().extra().asMap()).containsExactly(Map.entry("someNewField", true));
    assertThat(d.spec().template().spec().extra().asMap()).containsExactly(Map.entry("runtimeClassName", "gvisor"));
    assertThat(d.spec().template().spec().hostNetwork()).contains(true);
  }

  @Test
  void should_refuse_an_extra_field_that_kubeprint_types() {
    assertThatThrownBy(() -> deployment("web").specExtra("replicas", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field must be one kubeprint does not type on DeploymentSpec (was \"replicas\"); "
            + "use the typed method instead");
    assertThatThrownBy(() -> deployment("web").podSpecExtra("containers", java.util.List.of()))
        .hasMessage("field must be one kubeprint does not type on PodSpec (was \"containers\"); "
            + "use the typed method instead");
  }

  @Test
  void should_default_a_replica_set_selector_to_its_pod_labels() {
    ReplicaSet rs = replicaSet("web").replicas(2).minReady(Duration.ofSeconds(3))
        .podLabels(labels("app", "web")).container(WEB).build();

    assertThat(rs.spec().selector()).contains(LabelSelector.builder().putMatchLabel("app", "web").build());
    assertThat(rs.spec().replicas()).contains(2);
    assertThat(rs.spec().minReadySeconds()).contains(3);
    assertThat(Workloads.from(rs).podLabels(labels("app", "web2")).build().spec().selector())
        .contains(LabelSelector.builder().putMatchLabel("app", "web2").build());
  }

  @Test
  void should_build_a_pod_whose_own_labels_are_its_metadata_labels() {
    Pod p = pod("debug").labels(labels("app", "debug")).restartPolicy("Never")
        .container(container("shell", "busybox:1.36").command("sleep", "3600")).build();

    assertThat(p.metadata().labels()).containsExactly(Map.entry("app", "debug"));
    assertThat(p.spec().restartPolicy()).contains("Never");
    assertThat(p.spec().containers().get(0).command()).containsExactly("sleep", "3600");
    assertThat(pod(p).name("debug-2").build().spec()).isEqualTo(p.spec());
  }

  @Test
  void should_build_a_pod_template_with_template_labels_and_restart_policy() {
    PodTemplate t = podTemplate("web").podLabels(labels("app", "web")).restartPolicy("Always").container(WEB).build();

    assertThat(t.name()).isEqualTo("web");
    assertThat(t.template().metadata().labels()).containsExactly(Map.entry("app", "web"));
    assertThat(t.template().spec().restartPolicy()).contains("Always");
    assertThat(t.template().spec().containers()).containsExactly(WEB);
    assertThat(podTemplate(t).build()).isEqualTo(t);
  }
}
