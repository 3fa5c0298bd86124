package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.test.Fixtures.API_KEY;
import static io.kubeprint.test.Fixtures.APP;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.Fixtures.GREEN;
import static io.kubeprint.test.Fixtures.PROJECT_ID;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import org.junit.jupiter.api.Test;

class BundleAssertTest {

  @Test
  void should_pass_validation_for_the_chapters_app() {
    assertThat(APP).hasNoViolations().hasSize(6);
  }

  @Test
  void should_not_count_a_notice_as_a_violation() {
    // GIVEN a custom resource without its CustomResourceDefinition: a notice says its body was not checked
    Bundle app = bundle(PROJECT_ID, io.kubeprint.dsl.Kube.object("stable.example.com/v1", "CronTab", "nightly")
        .field("spec", java.util.Map.of("cronSpec", "0 3 * * *")).build());
    // THEN it has no violations
    assertThat(app).hasNoViolations();
  }

  @Test
  void should_list_every_violation_when_the_bundle_is_invalid() {
    // GIVEN a bundle with an unnamed ConfigMap
    Bundle broken = bundle(PROJECT_ID, ConfigMap.builder().putData("a", "b").build());
    // THEN the failure lists the violation as the command line prints it
    assertThatThrownBy(() -> assertThat(broken).hasNoViolations())
        .hasMessage("\nExpecting bundle of 2 objects:\n  to have no violations\nbut had 1:\n"
            + "  ConfigMap/ metadata.name: name or generateName is required [name-required]");
  }

  @Test
  void should_find_a_violation_by_path_and_rule_and_optionally_object() {
    Bundle broken = bundle(PROJECT_ID, ConfigMap.builder().putData("a", "b").build());
    assertThat(broken).hasViolation("metadata.name", "name-required")
        .hasViolation("ConfigMap/", "metadata.name", "name-required");
    assertThatThrownBy(() -> assertThat(broken).hasViolation("ConfigMap/projectid", "metadata.name", "name-required"))
        .hasMessage("\nExpecting bundle of 2 objects:\n"
            + "  to have a violation of rule name-required at ConfigMap/projectid metadata.name\n"
            + "but had:\n  ConfigMap/ metadata.name: name or generateName is required [name-required]");
    assertThatThrownBy(() -> assertThat(APP).hasViolation("spec.selector", "selects-no-pods"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to have a violation of rule selects-no-pods at spec.selector\n"
            + "but had:\n  no violations");
  }

  @Test
  void should_navigate_to_each_kind_by_name() {
    assertThat(APP).deployment("webserver-blue").hasReplicas(3);
    assertThat(APP).service("webserver").selects(BLUE).doesNotSelect(GREEN);
    assertThat(APP).configMap("projectid").hasData("project.id", "hello-docker-123456");
    assertThat(APP).secret("apikey").hasKeys("id", "key");
    assertThat(APP).cronJob("batch-job").hasSchedule("*/1 * * * *");
    assertThat(APP).deployment("webserver-green").container("webserver-container")
        .hasEnv("SECRET_ID").fromSecret(API_KEY, "id");
  }

  @Test
  void should_list_the_objects_of_the_kind_when_the_name_is_missing() {
    assertThatThrownBy(() -> assertThat(APP).deployment("webserver-purple"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain Deployment/webserver-purple\n"
            + "but had Deployments:\n  [webserver-blue, webserver-green]");
    assertThatThrownBy(() -> assertThat(APP).pod("debug"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain Pod/debug\nbut had Pods:\n  []");
    assertThatThrownBy(() -> assertThat(APP).replicaSet("web"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain ReplicaSet/web\nbut had ReplicaSets:\n  []");
    assertThatThrownBy(() -> assertThat(APP).podTemplate("web"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain PodTemplate/web\nbut had PodTemplates:\n  []");
  }

  @Test
  void should_carry_the_description_to_the_object_navigated_to() {
    assertThatThrownBy(() -> assertThat(APP).as("chapter 9").deployment("webserver-blue").hasReplicas(2))
        .hasMessage("[chapter 9] \nExpecting Deployment/webserver-blue:\n  to have 2 replicas\nbut had:\n  3");
    assertThatThrownBy(() -> assertThat(APP).as("chapter 9").deployment("webserver-blue")
        .container("webserver-container").hasEnv("SECRET_ID").hasValue("x"))
        .hasMessageStartingWith("[chapter 9] \nExpecting env var SECRET_ID of container webserver-container");
  }

  @Test
  void should_check_the_objects_in_any_order() {
    assertThat(APP).hasObjects("Service/webserver", "CronJob/batch-job", "ConfigMap/projectid", "Secret/apikey",
        "Deployment/webserver-green", "Deployment/webserver-blue");
    assertThatThrownBy(() -> assertThat(bundle(PROJECT_ID, BLUE)).hasObjects("ConfigMap/projectid"))
        .hasMessage("\nExpecting bundle of 2 objects:\n  to have exactly objects [ConfigMap/projectid]\n"
            + "but had:\n  [ConfigMap/projectid, Deployment/webserver-blue]\n  not expected: [Deployment/webserver-blue]");
    assertThatThrownBy(() -> assertThat(bundle(PROJECT_ID)).hasSize(2))
        .hasMessage("\nExpecting bundle of 1 object:\n  to have 2 objects\nbut had:\n  [ConfigMap/projectid]");
  }

  @Test
  void should_fail_navigation_to_a_missing_object_of_every_other_kind() {
    assertThatThrownBy(() -> assertThat(APP).service("web"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain Service/web\nbut had Services:\n  [webserver]");
    assertThatThrownBy(() -> assertThat(APP).configMap("settings"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain ConfigMap/settings\nbut had ConfigMaps:\n  [projectid]");
    assertThatThrownBy(() -> assertThat(APP).secret("db"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain Secret/db\nbut had Secrets:\n  [apikey]");
    assertThatThrownBy(() -> assertThat(APP).cronJob("nightly"))
        .hasMessage("\nExpecting bundle of 6 objects:\n  to contain CronJob/nightly\nbut had CronJobs:\n  [batch-job]");
  }
}
