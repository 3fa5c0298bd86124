package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.daemonSet;
import static io.kubeprint.dsl.Kube.job;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.statefulSet;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.StatefulSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkloadKindsAssertTest {
  private static final Job MIGRATE = job("migrate").backoffLimit(2).ttlAfterFinished(Duration.ofHours(1))
      .container(container("migrate", "migrate:1.4")).build();
  private static final StatefulSet DB = statefulSet("db").replicas(3).podLabels(labels("app", "db"))
      .container(container("db", "postgres:16").port(5432, "postgres")).volumeClaim("data", "10Gi").build();
  private static final DaemonSet AGENT = daemonSet("agent").podLabels(labels("app", "agent"))
      .container(container("agent", "fluent-bit:3.1")).rollingUpdate(2).build();

  @Test
  void should_pass_on_what_a_job_sets_and_its_defaults() {
    assertThat(MIGRATE).hasBackoffLimit(2).hasCompletions(1).hasParallelism(1).isDeletedSecondsAfterFinishing(3600)
        .hasRestartPolicy("OnFailure").runsImage("migrate:1.4");
    assertThat(job("render").indexed(5).container(container("r", "r:1")).build()).isIndexed().hasCompletions(5);
  }

  @Test
  void should_fail_naming_the_job_the_expected_and_the_found_values() {
    assertThatThrownBy(() -> assertThat(MIGRATE).hasBackoffLimit(6))
        .hasMessage("\nExpecting Job/migrate:\n  to have backoff limit 6\nbut had:\n  2");
    assertThatThrownBy(() -> assertThat(job("j").container(container("c", "c:1")).build()).hasBackoffLimit(2))
        .hasMessage("\nExpecting Job/j:\n  to have backoff limit 2\nbut had:\n  6 (unset: the API server's default)");
    assertThatThrownBy(() -> assertThat(MIGRATE).isIndexed())
        .hasMessage("\nExpecting Job/migrate:\n  to be Indexed\nbut had completionMode:\n  <unset> (NonIndexed)");
  }

  @Test
  void should_pass_on_a_stateful_sets_replicas_service_and_claims() {
    assertThat(DB).hasReplicas(3).hasServiceName("db").claims("data", "10Gi").selects(DB).hasPodLabel("app", "db");
  }

  @Test
  void should_fail_listing_the_claims_a_stateful_set_has() {
    assertThatThrownBy(() -> assertThat(DB).claims("data", "20Gi"))
        .hasMessage("\nExpecting StatefulSet/db:\n  to claim data 20Gi\nbut had volume claim templates:\n  [data 10Gi]");
    assertThatThrownBy(() -> assertThat(DB).hasServiceName("postgres"))
        .hasMessage("\nExpecting StatefulSet/db:\n  to have service name postgres\nbut had:\n  db");
  }

  @Test
  void should_pass_on_a_daemon_sets_update_strategy_and_fail_saying_the_default() {
    assertThat(AGENT).hasUpdateStrategy("RollingUpdate").hasMaxUnavailable("2");
    DaemonSet plain = daemonSet("plain").podLabels(labels("app", "p")).container(container("p", "p:1")).build();
    assertThat(plain).hasMaxUnavailable("1");
    assertThatThrownBy(() -> assertThat(plain).hasUpdateStrategy("OnDelete"))
        .hasMessage("\nExpecting DaemonSet/plain:\n  to have update strategy OnDelete\nbut had:\n"
            + "  <unset> (the API server defaults it to RollingUpdate)");
  }

  @Test
  void should_navigate_to_each_kind_in_a_bundle() {
    Bundle app = bundle(MIGRATE, DB, AGENT);
    assertThat(app).job("migrate").hasBackoffLimit(2);
    assertThat(app).statefulSet("db").hasReplicas(3);
    assertThat(app).daemonSet("agent").hasMaxUnavailable("2");
    assertThatThrownBy(() -> assertThat(app).statefulSet("cache"))
        .hasMessageContaining("to contain StatefulSet/cache");
  }
}
