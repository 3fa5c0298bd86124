package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.Fixtures.GREEN;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import org.junit.jupiter.api.Test;

class DeploymentAssertTest {

  @Test
  void should_pass_when_the_replicas_match() {
    assertThat(BLUE).hasReplicas(3).hasName("webserver-blue");
  }

  @Test
  void should_fail_naming_the_deployment_the_expected_and_the_found_replicas() {
    assertThatThrownBy(() -> assertThat(BLUE).hasReplicas(2))
        .isInstanceOf(AssertionError.class)
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to have 2 replicas\nbut had:\n  3");
  }

  @Test
  void should_count_unset_replicas_as_the_api_server_default_of_one() {
    // GIVEN a deployment without spec.replicas
    Deployment web = deployment("web").podLabels(labels("app", "web")).container(container("web", "nginx:1.27")).build();
    // THEN it has 1 replica, and a failure says the 1 is the default
    assertThat(web).hasReplicas(1);
    assertThatThrownBy(() -> assertThat(web).hasReplicas(3))
        .hasMessage("\nExpecting Deployment/web:\n  to have 3 replicas\nbut had:\n  1 (unset: the API server's default)");
  }

  @Test
  void should_prefix_the_description_given_with_as() {
    assertThatThrownBy(() -> assertThat(BLUE).as("blue release").hasReplicas(1))
        .hasMessage("[blue release] \nExpecting Deployment/webserver-blue:\n  to have 1 replica\nbut had:\n  3");
  }

  @Test
  void should_fail_on_a_null_deployment_as_assertj_does() {
    assertThatThrownBy(() -> assertThat((Deployment) null).hasReplicas(1))
        .hasMessage("\nExpecting actual not to be null");
  }

  @Test
  void should_check_object_labels_and_report_all_of_them() {
    Deployment labelled = deployment("web").label("team", "shop").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27")).build();
    assertThat(labelled).hasLabel("team", "shop").doesNotHaveLabel("app");
    assertThatThrownBy(() -> assertThat(labelled).hasLabel("team", "search"))
        .hasMessage("\nExpecting Deployment/web:\n  to have label team=search\nbut had labels:\n  team=shop");
    assertThatThrownBy(() -> assertThat(BLUE).hasLabel("color", "blue"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to have label color=blue\nbut had labels:\n  <none>");
  }

  @Test
  void should_fail_when_a_label_that_must_be_absent_is_present() {
    Deployment labelled = deployment("web").label("legacy", "true").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27")).build();
    assertThatThrownBy(() -> assertThat(labelled).doesNotHaveLabel("legacy"))
        .hasMessage("\nExpecting Deployment/web:\n  not to have label legacy\nbut had labels:\n  legacy=true");
  }

  @Test
  void should_check_the_pod_labels_of_the_template() {
    assertThat(BLUE).hasPodLabel("color", "blue").hasPodLabel("type", "webserver");
    assertThatThrownBy(() -> assertThat(BLUE).hasPodLabel("color", "green"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to have pod label color=green\n"
            + "but had pod labels:\n  color=blue,type=webserver");
  }

  @Test
  void should_check_annotations() {
    Deployment annotated = deployment("web").annotation("owner", "shop").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27")).build();
    assertThat(annotated).hasAnnotation("owner", "shop");
    assertThatThrownBy(() -> assertThat(annotated).hasAnnotation("owner", "search"))
        .hasMessage("\nExpecting Deployment/web:\n  to have annotation owner=search\nbut had annotations:\n  owner=shop");
  }

  @Test
  void should_check_the_namespace() {
    Deployment prod = deployment("web").namespace("prod").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27")).build();
    assertThat(prod).hasNamespace("prod");
    assertThatThrownBy(() -> assertThat(BLUE).hasNamespace("prod"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to be in namespace prod\nbut had:\n  <unset>");
  }

  @Test
  void should_fail_on_another_name() {
    assertThatThrownBy(() -> assertThat(BLUE).hasName("webserver-green"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to have name webserver-green\nbut had:\n  webserver-blue");
  }

  @Test
  void should_list_the_containers_when_the_one_asked_for_is_missing() {
    assertThat(BLUE).hasContainer("webserver-container");
    assertThatThrownBy(() -> assertThat(BLUE).container("sidecar"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to have a container named sidecar\n"
            + "but had containers:\n  [webserver-container]");
  }

  @Test
  void should_count_an_unset_strategy_as_rolling_update() {
    assertThat(BLUE).hasStrategy("RollingUpdate");
    assertThatThrownBy(() -> assertThat(BLUE).hasStrategy("Recreate"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to have strategy Recreate\n"
            + "but had:\n  <unset> (the API server defaults it to RollingUpdate)");
  }

  @Test
  void should_select_its_own_pods_and_not_the_other_colour() {
    assertThat(BLUE).selects(BLUE).doesNotSelect(GREEN);
    assertThatThrownBy(() -> assertThat(BLUE).selects(GREEN))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n"
            + "  to select the pods of Deployment/webserver-green, labelled color=green,type=webserver\n"
            + "but had selector:\n  color=blue,type=webserver");
    assertThatThrownBy(() -> assertThat(BLUE).doesNotSelect(BLUE))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n"
            + "  not to select the pods of Deployment/webserver-blue, labelled color=blue,type=webserver\n"
            + "but had selector:\n  color=blue,type=webserver");
  }

  @Test
  void should_apply_match_expressions_when_selecting() {
    // GIVEN a deployment selecting type=webserver pods of any colour but red
    Deployment any = BLUE.withMetadata(ObjectMeta.builder().name("webserver-any").build())
        .withSpec(DeploymentSpec.builder().from(BLUE.spec()).selector(LabelSelector.builder()
            .putMatchLabel("type", "webserver")
            .addMatchExpression(LabelSelectorRequirement.builder().key("color").operator("NotIn")
                .addValue("red").build())
            .build()).build());
    // THEN it selects blue and green pods, and says how it selects when it fails
    assertThat(any).selects(BLUE).selects(GREEN);
    assertThatThrownBy(() -> assertThat(any).doesNotSelect(GREEN))
        .hasMessage("\nExpecting Deployment/webserver-any:\n"
            + "  not to select the pods of Deployment/webserver-green, labelled color=green,type=webserver\n"
            + "but had selector:\n  color notin (red),type=webserver");
  }

  @Test
  void should_select_nothing_without_a_selector() {
    Deployment none = Deployment.builder().metadata(ObjectMeta.builder().name("bare").build()).build();
    assertThatThrownBy(() -> assertThat(none).selects(BLUE))
        .hasMessage("\nExpecting Deployment/bare:\n"
            + "  to select the pods of Deployment/webserver-blue, labelled color=blue,type=webserver\n"
            + "but had selector:\n  <unset> (selects nothing)");
  }

  @Test
  void should_refuse_a_kind_without_pods_as_the_selected_workload() {
    assertThatThrownBy(() -> assertThat(BLUE).selects(Fixtures.SERVICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workload must be a Pod, PodTemplate, ReplicaSet, Deployment, CronJob, Job, StatefulSet or DaemonSet (was Service/webserver)");
  }

  @Test
  void should_check_an_image_run_by_any_container() {
    assertThat(BLUE).runsImage("gcr.io/hello-docker-123456/imageview:blue");
    assertThatThrownBy(() -> assertThat(BLUE).runsImage("gcr.io/hello-docker-123456/imageview:green"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to run image gcr.io/hello-docker-123456/imageview:green\n"
            + "but ran:\n  [gcr.io/hello-docker-123456/imageview:blue]");
  }

  @Test
  void should_pass_validation_for_the_chapters_deployment() {
    assertThat(BLUE).hasNoViolations();
  }

  @Test
  void should_find_a_violation_by_path_and_rule() {
    // GIVEN a deployment without containers
    Deployment empty = Deployment.builder().metadata(ObjectMeta.builder().name("empty").build()).build();
    // THEN validation reports it at the containers field
    assertThat(empty).hasViolation("spec.template.spec.containers", "containers-required");
    assertThatThrownBy(() -> assertThat(BLUE).hasViolation("spec.replicas", "replicas-range"))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to have a violation of rule replicas-range at spec.replicas\n"
            + "but had:\n  no violations");
  }
}
