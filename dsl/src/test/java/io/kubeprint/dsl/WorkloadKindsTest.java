package io.kubeprint.dsl;

import io.kubeprint.core.validation.ManifestValidationException;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.daemonSet;
import static io.kubeprint.dsl.Kube.headlessService;
import static io.kubeprint.dsl.Kube.job;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.dsl.Kube.statefulSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.batch.Job;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.StatefulSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadKindsTest {

  // ---- Jobs ----

  @Test
  void should_build_a_valid_job_that_restarts_on_failure_with_its_selector_left_to_the_api_server() {
    Job migrate = job("migrate").container(container("migrate", "registry.example.com/migrate:1.4")).build();

    assertThat(migrate.spec().template().spec().restartPolicy()).contains("OnFailure");
    assertThat(migrate.spec().selector()).isEmpty();
    assertThat(migrate.spec().manualSelector()).isEmpty();
    assertThat(migrate.spec().backoffLimit()).isEmpty();
    assertThat(Validator.validate(migrate)).isEmpty();
  }

  @Test
  void should_set_every_job_field() {
    Job j = job("render").restartPolicy("Never").backoffLimit(2).ttlAfterFinished(Duration.ofHours(1))
        .activeDeadline(Duration.ofMinutes(10)).parallelism(3).indexed(9).suspend(true)
        .container(container("render", "busybox:1.36")).build();

    assertThat(j.spec().backoffLimit()).contains(2);
    assertThat(j.spec().ttlSecondsAfterFinished()).contains(3600);
    assertThat(j.spec().activeDeadlineSeconds()).contains(600L);
    assertThat(j.spec().parallelism()).contains(3);
    assertThat(j.spec().completions()).contains(9);
    assertThat(j.spec().completionMode()).contains("Indexed");
    assertThat(j.spec().extra().get("suspend")).isEqualTo(true);
    assertThat(j.spec().template().spec().restartPolicy()).contains("Never");
    assertThat(Validator.validate(j)).isEmpty();
  }

  @Test
  void should_set_a_manual_selector_that_the_pod_labels_must_carry() {
    Job j = job("adopt").manualSelector(labels("app", "adopt")).podLabels(labels("app", "adopt"))
        .container(container("work", "busybox:1.36")).build();

    assertThat(j.spec().manualSelector()).contains(true);
    assertThat(j.spec().selector().orElseThrow().matchLabels()).containsExactly(Map.entry("app", "adopt"));
    assertThat(Validator.validate(j)).isEmpty();
  }

  @Test
  void should_report_job_values_at_validation_and_refuse_a_typed_field_through_extra() {
    var j = job("j").container(container("j", "j:1")).backoffLimit(-1).build();
    assertThat(errors(j)).containsExactly(
        "Job/j spec.backoffLimit: must be greater than or equal to 0 (was -1) [job-field-nonnegative]");
    assertThat(errors(job("k").container(container("k", "k:1")).indexed(0).build())).isEmpty();
    assertThatThrownBy(() -> job("j").specExtra("backoffLimit", 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use the typed method instead");
  }


  @Test
  void should_copy_a_job_with_every_field() {
    Job j = job("migrate").backoffLimit(1).podLabel("app", "migrate").container(container("m", "m:1")).build();
    assertThat(job(j).build()).isEqualTo(j);
  }

  // ---- StatefulSets ----

  private static StatefulSetBuilder db() {
    return statefulSet("db").replicas(3).podLabels(labels("app", "db"))
        .container(container("db", "postgres:16").port(5432, "postgres").mount("data", "/var/lib/postgresql/data"))
        .volumeClaim("data", "10Gi");
  }

  @Test
  void should_name_the_service_after_the_set_and_select_the_pod_labels_by_default() {
    StatefulSet s = db().build();

    assertThat(s.spec().serviceName()).contains("db");
    assertThat(s.spec().selector().orElseThrow().matchLabels()).containsExactly(Map.entry("app", "db"));
    assertThat(s.spec().volumeClaimTemplates()).containsExactly(Fields.of(Map.of(
        "metadata", Map.of("name", "data"),
        "spec", Map.of("accessModes", List.of("ReadWriteOnce"), "resources",
            Map.of("requests", Map.of("storage", "10Gi"))))));
    assertThat(s.spec().podManagementPolicy()).isEmpty();
    assertThat(s.spec().updateStrategy()).isEmpty();
    assertThat(Validator.validate(s)).isEmpty();
  }

  @Test
  void should_build_the_headless_service_that_names_the_pods() {
    StatefulSetBuilder db = db().namespace("shop");
    Service svc = db.headlessService().build();

    assertThat(svc.name()).isEqualTo("db");
    assertThat(svc.metadata().namespace()).contains("shop");
    assertThat(svc.spec().clusterIP()).contains("None");
    assertThat(svc.spec().selector()).containsExactly(Map.entry("app", "db"));
    assertThat(svc.spec().ports()).containsExactly(ServicePort.builder().name("postgres").port(5432)
        .targetPort(IntOrString.of("postgres")).build());
    assertThat(Validator.validate(bundle(db.build(), svc))).isEmpty();
    assertThat(headlessService(db.build()).build()).isEqualTo(svc);
  }

  @Test
  void should_set_the_rollout_and_claim_settings() {
    StatefulSet s = db().serviceName("postgres").parallel().rollingUpdate(2).deleteClaims(true, false)
        .minReady(Duration.ofSeconds(5)).revisionHistoryLimit(3).volumeClaim("data", "20Gi", "ReadWriteOncePod")
        .build();

    assertThat(s.spec().serviceName()).contains("postgres");
    assertThat(s.spec().podManagementPolicy()).contains("Parallel");
    assertThat(s.spec().updateStrategy().orElseThrow().rollingUpdate().orElseThrow().partition()).contains(2);
    assertThat(s.spec().persistentVolumeClaimRetentionPolicy().orElseThrow().whenDeleted()).contains("Delete");
    assertThat(s.spec().persistentVolumeClaimRetentionPolicy().orElseThrow().whenScaled()).contains("Retain");
    assertThat(s.spec().minReadySeconds()).contains(5);
    assertThat(s.spec().revisionHistoryLimit()).contains(3);
    assertThat(s.spec().volumeClaimTemplates()).hasSize(1);
    assertThat(Validator.validate(s)).isEmpty();
    assertThat(db().onDelete().build().spec().updateStrategy().orElseThrow().type()).contains("OnDelete");
  }

  @Test
  void should_refuse_a_claim_template_whose_storage_is_no_quantity() {
    assertThatThrownBy(() -> statefulSet("db").volumeClaim("data", "ten gigs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("storage must be a quantity such as 500m, 1.5 or 128Mi (was \"ten gigs\")");
  }



  @Test
  void should_refuse_a_headless_service_for_pods_without_labels() {
    assertThatThrownBy(() -> statefulSet("db").container(container("db", "postgres:16")).headlessService())
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nService/db spec.selector: must select the pods of a workload: StatefulSet/db has no"
            + " pod labels to select (was none) [service-selects-no-pods]");
  }


  @Test
  void should_let_a_service_select_the_pods_of_each_new_workload() {
    StatefulSet s = db().build();
    DaemonSet d = daemonSet("agent").podLabel("app", "agent").container(container("a", "a:1")).build();
    Job j = job("migrate").container(container("m", "m:1")).build();

    assertThat(service("db").selecting(s).build().spec().selector()).containsExactly(Map.entry("app", "db"));
    assertThat(service("agent").selecting(d).build().spec().selector()).containsExactly(Map.entry("app", "agent"));
    assertThat(service("migrate").selecting(j).build().spec().selector())
        .containsExactly(Map.entry("batch.kubernetes.io/job-name", "migrate"));
  }

  // ---- DaemonSets ----

  @Test
  void should_build_a_daemon_set_with_each_update_strategy() {
    DaemonSetBuilder agent = daemonSet("agent").podLabels(labels("app", "agent"))
        .container(container("agent", "fluent/fluent-bit:3.1"));

    DaemonSet d = agent.rollingUpdate(2).build();
    assertThat(d.spec().selector().orElseThrow().matchLabels()).containsExactly(Map.entry("app", "agent"));
    assertThat(d.spec().updateStrategy().orElseThrow().rollingUpdate().orElseThrow().maxUnavailable())
        .contains(IntOrString.of(2));
    assertThat(d.spec().updateStrategy().orElseThrow().rollingUpdate().orElseThrow().maxSurge())
        .contains(IntOrString.of(0));
    assertThat(Validator.validate(d)).isEmpty();
    assertThat(Validator.validate(agent.rollingUpdate("10%").build())).isEmpty();
    DaemonSet surge = agent.surgeUpdate(1).build();
    assertThat(surge.spec().updateStrategy().orElseThrow().rollingUpdate().orElseThrow().maxUnavailable())
        .contains(IntOrString.of(0));
    assertThat(Validator.validate(surge)).isEmpty();
    assertThat(agent.onDelete().build().spec().updateStrategy().orElseThrow().type()).contains("OnDelete");
  }

  @Test
  void should_report_update_bounds_the_api_server_refuses_at_validation() {
    var zero = daemonSet("zero").podLabels(labels("app", "zero")).container(container("a", "a:1")).rollingUpdate(0)
        .build();
    var over = daemonSet("over").podLabels(labels("app", "over")).container(container("a", "a:1"))
        .rollingUpdate("150%").build();
    var noSurge = daemonSet("nosurge").podLabels(labels("app", "nosurge")).container(container("a", "a:1"))
        .surgeUpdate(0).build();

    assertThat(errors(zero, over, noSurge)).hasSize(3)
        .allMatch(line -> line.contains(" spec.updateStrategy.rollingUpdate.") && line.endsWith("[daemonset-rolling-update]"))
        .anyMatch(line -> line.startsWith("DaemonSet/zero "))
        .anyMatch(line -> line.startsWith("DaemonSet/over "))
        .anyMatch(line -> line.startsWith("DaemonSet/nosurge "));
  }


  @Test
  void should_stamp_common_labels_on_the_pods_of_the_new_workloads() {
    var b = BundleSettings.none().commonLabels(Kube.commonLabels("team", "data"))
        .applyTo(bundle(db().build(), job("migrate").container(container("m", "m:1")).build()));
    for (var o : b.objects()) {
      assertThat(o.metadata().labels()).containsEntry("team", "data");
    }
    StatefulSet s = (StatefulSet) b.objects().get(0);
    assertThat(s.spec().template().metadata().labels()).containsEntry("team", "data");
    assertThat(s.spec().selector().orElseThrow().matchLabels()).containsExactly(Map.entry("app", "db"));
  }
}
