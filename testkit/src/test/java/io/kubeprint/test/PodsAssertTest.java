package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.podTemplate;
import static io.kubeprint.dsl.Kube.replicaSet;
import static io.kubeprint.test.Fixtures.BATCH;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import org.junit.jupiter.api.Test;

/** The kinds with pods besides Deployment: CronJob, Pod, PodTemplate, ReplicaSet. */
class PodsAssertTest {
  private static final Pod POD = pod("debug").label("app", "debug").container(container("shell", "busybox:1.36"))
      .serviceAccount("debugger").nodeSelector("disk", "ssd").build();
  private static final PodTemplate TEMPLATE = podTemplate("web-template").podLabels(labels("app", "web"))
      .container(container("web", "nginx:1.27")).build();
  private static final ReplicaSet CANARY = replicaSet("web-canary").replicas(1)
      .podLabels(labels("app", "web").and("track", "canary"))
      .selector(LabelSelector.builder().putMatchLabel("app", "web")
          .addMatchExpression(LabelSelectorRequirement.builder().key("track").operator("In").addValue("canary").build())
          .build())
      .container(container("web", "nginx:1.27")).build();

  @Test
  void should_check_the_cron_job_schedule() {
    assertThat(BATCH).hasSchedule("*/1 * * * *");
    assertThatThrownBy(() -> assertThat(BATCH).hasSchedule("0 * * * *"))
        .hasMessage("\nExpecting CronJob/batch-job:\n  to have schedule 0 * * * *\nbut had:\n  */1 * * * *");
  }

  @Test
  void should_check_the_job_pods_restart_policy_which_has_no_default() {
    assertThat(BATCH).hasRestartPolicy("OnFailure");
    assertThatThrownBy(() -> assertThat(BATCH).hasRestartPolicy("Never"))
        .hasMessage("\nExpecting CronJob/batch-job:\n  to have restart policy Never\nbut had:\n  OnFailure");
    CronJob bare = CronJob.builder().from(BATCH).spec(BATCH.spec().withJobTemplate(
        BATCH.spec().jobTemplate().withSpec(BATCH.spec().jobTemplate().spec().withTemplate(
            BATCH.spec().jobTemplate().spec().template().withSpec(
                BATCH.spec().jobTemplate().spec().template().spec().withRestartPolicy(java.util.Optional.empty())))))).build();
    assertThatThrownBy(() -> assertThat(bare).hasRestartPolicy("Always"))
        .hasMessage("\nExpecting CronJob/batch-job:\n  to have restart policy Always\nbut had:\n  <unset>");
  }

  @Test
  void should_check_cron_job_policies_with_their_defaults() {
    assertThat(BATCH).hasConcurrencyPolicy("Allow").isNotSuspended();
    CronJob strict = cronJob("nightly").schedule("0 3 * * *").timeZone("Europe/Berlin").forbidConcurrent().suspend(true)
        .container(container("job", "example/job:1")).build();
    assertThat(strict).hasConcurrencyPolicy("Forbid").hasTimeZone("Europe/Berlin").isSuspended();
    assertThatThrownBy(() -> assertThat(BATCH).hasConcurrencyPolicy("Forbid"))
        .hasMessage("\nExpecting CronJob/batch-job:\n  to have concurrency policy Forbid\n"
            + "but had:\n  <unset> (the API server defaults it to Allow)");
    assertThatThrownBy(() -> assertThat(BATCH).isSuspended())
        .hasMessage("\nExpecting CronJob/batch-job:\n  to be suspended\nbut had suspend:\n  <unset>");
    assertThatThrownBy(() -> assertThat(strict).isNotSuspended())
        .hasMessage("\nExpecting CronJob/nightly:\n  not to be suspended\nbut had suspend:\n  true");
    assertThatThrownBy(() -> assertThat(BATCH).hasTimeZone("UTC"))
        .hasMessage("\nExpecting CronJob/batch-job:\n  to have time zone UTC\nbut had:\n  <unset> (the controller's time zone)");
  }

  @Test
  void should_reach_the_job_container() {
    assertThat(BATCH).container("batch-container").hasImage("gcr.io/hello-docker-123456/batch-app:latest");
    assertThat(BATCH).runsImage("gcr.io/hello-docker-123456/batch-app:latest");
  }

  @Test
  void should_take_a_pods_own_labels_as_its_pod_labels() {
    assertThat(POD).hasPodLabel("app", "debug").hasLabel("app", "debug").hasContainer("shell");
    assertThatThrownBy(() -> assertThat(POD).hasPodLabel("app", "web"))
        .hasMessage("\nExpecting Pod/debug:\n  to have pod label app=web\nbut had pod labels:\n  app=debug");
  }

  @Test
  void should_count_always_as_the_default_restart_policy_of_a_pod() {
    assertThat(POD).hasRestartPolicy("Always");
    assertThatThrownBy(() -> assertThat(POD).hasRestartPolicy("Never"))
        .hasMessage("\nExpecting Pod/debug:\n  to have restart policy Never\n"
            + "but had:\n  <unset> (the API server defaults it to Always)");
  }

  @Test
  void should_check_service_account_and_node_selector() {
    assertThat(POD).hasServiceAccount("debugger").hasNodeSelector("disk", "ssd");
    assertThat(TEMPLATE).hasServiceAccount("default");
    assertThatThrownBy(() -> assertThat(TEMPLATE).hasServiceAccount("web"))
        .hasMessage("\nExpecting PodTemplate/web-template:\n  to run as service account web\n"
            + "but had:\n  <unset> (the API server defaults it to default)");
    assertThatThrownBy(() -> assertThat(POD).hasNodeSelector("disk", "hdd"))
        .hasMessage("\nExpecting Pod/debug:\n  to have node selector disk=hdd\nbut had node selector:\n  disk=ssd");
  }

  @Test
  void should_check_a_pod_template() {
    assertThat(TEMPLATE).hasPodLabel("app", "web").runsImage("nginx:1.27").hasNoViolations();
    assertThatThrownBy(() -> assertThat(TEMPLATE).container("sidecar"))
        .hasMessage("\nExpecting PodTemplate/web-template:\n  to have a container named sidecar\n"
            + "but had containers:\n  [web]");
  }

  @Test
  void should_list_init_containers_beside_containers() {
    Pod withInit = pod("migrate").container(container("app", "example/app:1"))
        .initContainer(container("schema", "example/migrate:1")).build();
    assertThat(withInit).container("schema").hasImage("example/migrate:1");
    assertThatThrownBy(() -> assertThat(withInit).hasContainer("cache"))
        .hasMessage("\nExpecting Pod/migrate:\n  to have a container named cache\n"
            + "but had containers:\n  [app] and init containers [schema]");
  }

  @Test
  void should_check_replica_set_replicas_and_selector_expressions() {
    assertThat(CANARY).hasReplicas(1).selects(CANARY).doesNotSelect(BLUE);
    assertThatThrownBy(() -> assertThat(CANARY).hasReplicas(2))
        .hasMessage("\nExpecting ReplicaSet/web-canary:\n  to have 2 replicas\nbut had:\n  1");
    assertThatThrownBy(() -> assertThat(CANARY).selects(TEMPLATE))
        .hasMessage("\nExpecting ReplicaSet/web-canary:\n"
            + "  to select the pods of PodTemplate/web-template, labelled app=web\n"
            + "but had selector:\n  app=web,track in (canary)");
  }

  @Test
  void should_fail_when_a_replica_set_selects_pods_it_must_not() {
    assertThatThrownBy(() -> assertThat(CANARY).doesNotSelect(CANARY))
        .hasMessage("\nExpecting ReplicaSet/web-canary:\n"
            + "  not to select the pods of ReplicaSet/web-canary, labelled app=web,track=canary\n"
            + "but had selector:\n  app=web,track in (canary)");
  }

  @Test
  void should_reach_pods_replica_sets_and_templates_of_a_bundle() {
    io.kubeprint.core.Bundle b = io.kubeprint.dsl.Kube.bundle(POD, TEMPLATE, CANARY);
    assertThat(b).pod("debug").hasServiceAccount("debugger");
    assertThat(b).replicaSet("web-canary").hasReplicas(1);
    assertThat(b).podTemplate("web-template").hasPodLabel("app", "web");
  }
}
