package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.matchLabels;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static io.kubeprint.core.validation.CrossObjectFixtures.port;
import static io.kubeprint.core.validation.CrossObjectFixtures.spec;
import static io.kubeprint.core.validation.CrossObjectFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetSpec;
import io.kubeprint.core.workload.DaemonSetUpdateStrategy;
import io.kubeprint.core.workload.RollingUpdateDaemonSet;
import io.kubeprint.core.workload.RollingUpdateStatefulSetStrategy;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubeprint.core.workload.StatefulSetSpec;
import io.kubeprint.core.workload.StatefulSetUpdateStrategy;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The 1.32 create-time rules of Jobs, StatefulSets and DaemonSets, and the checks of a StatefulSet's Service. */
class WorkloadKindsValidationTest {
  private static final Map<String, String> DB = Map.of("app", "db");

  private static List<String> validate(io.kubeprint.core.meta.KubeObject o) {
    return Validator.validate(o).stream().map(Violation::toString).toList();
  }

  // ---- Jobs ----

  private static Job job(UnaryOperator<JobSpec> edit) {
    PodSpec pods = spec(container("migrate")).withRestartPolicy("Never");
    return Job.builder().metadata(meta("migrate"))
        .spec(edit.apply(JobSpec.builder().template(template(Map.of(), pods)).build())).build();
  }

  @Test
  void should_accept_a_job_whose_selector_the_api_server_generates() {
    assertThat(validate(job(s -> s.withBackoffLimit(2).withTtlSecondsAfterFinished(60)))).isEmpty();
  }

  @Test
  void should_reject_a_job_template_that_restarts_always_by_default() {
    assertThat(validate(job(s -> s.withTemplate(s.template().withSpec(s.template().spec().withRestartPolicy(
        java.util.Optional.empty())))))).containsExactly("Job/migrate spec.template.spec.restartPolicy: must be one"
            + " of \"OnFailure\", \"Never\" here (was unset, which defaults to \"Always\") [restart-policy-not-allowed]");
  }

  @Test
  void should_reject_a_hand_written_selector_without_manual_selector() {
    assertThat(validate(job(s -> s.withSelector(matchLabels(Map.of("app", "migrate")))
        .withTemplate(s.template().withMetadata(io.kubeprint.core.meta.ObjectMeta.builder()
            .labels(Map.of("app", "migrate")).build()))))).containsExactly(
        "Job/migrate spec.selector: must select only the labels the API server generates (job-name, controller-uid)"
            + " unless manualSelector is true (was app=migrate) [job-selector-not-generated]");
  }

  @Test
  void should_require_a_selector_matching_the_pods_with_manual_selector() {
    assertThat(validate(job(s -> s.withManualSelector(true)))).containsExactly(
        "Job/migrate spec.selector: is required when manualSelector is true [job-selector-required]",
        "Job/migrate spec.template.metadata.labels: must be matched by spec.selector (was {}) [job-selector-mismatch]");
  }

  @Test
  void should_reject_a_job_name_label_other_than_the_job_name() {
    assertThat(validate(job(s -> s.withTemplate(s.template().withMetadata(s.template().metadata()
        .withLabels(Map.of("job-name", "other"))))))).containsExactly(
        "Job/migrate spec.template.metadata.labels[job-name]: must be \"migrate\", the Job's name (was \"other\")"
            + " [job-generated-labels]");
  }

  @Test
  void should_refuse_a_job_name_too_long_for_the_label_it_gives_its_pods() {
    String name = "a".repeat(64);
    Job j = job(s -> s).withMetadata(meta(name));
    // both job-name labels the API server adds carry the name
    String line = "Job/" + name + " spec.template.labels: must be no more than 63 characters (was \"" + name
        + "\") [label-value-syntax]";
    assertThat(validate(j)).containsExactly(line, line);
  }

  @Test
  void should_refuse_an_indexed_job_whose_last_pod_hostname_is_too_long() {
    String name = "b".repeat(62);
    Job j = job(s -> s.withCompletionMode("Indexed").withCompletions(10)).withMetadata(meta(name));
    assertThat(validate(j)).containsExactly("Job/" + name + " metadata.name: must leave room for the pod index: \""
        + name + "-9\" would not be a valid DNS label (was \"" + name + "\") [job-indexed-hostname]");
  }

  @Test
  void should_check_a_jobs_spec_with_the_rules_shared_with_cron_jobs() {
    assertThat(validate(job(s -> s.withBackoffLimit(-1).withCompletionMode("Random")))).containsExactly(
        "Job/migrate spec.backoffLimit: must be greater than or equal to 0 (was -1) [job-field-nonnegative]",
        "Job/migrate spec.completionMode: must be \"NonIndexed\" or \"Indexed\" (was \"Random\") [completion-mode]");
  }

  // ---- StatefulSets ----

  private static StatefulSet statefulSet(UnaryOperator<StatefulSetSpec> edit) {
    return StatefulSet.builder().metadata(meta("db")).spec(edit.apply(StatefulSetSpec.builder().serviceName("db")
        .selector(matchLabels(DB)).template(template(DB, spec(container("db", port(5432, "postgres"))))).build()))
        .build();
  }

  @Test
  void should_accept_a_stateful_set_with_claims_and_a_partitioned_rollout() {
    assertThat(validate(statefulSet(s -> s.withReplicas(3).withPodManagementPolicy("Parallel")
        .withUpdateStrategy(StatefulSetUpdateStrategy.builder().type("RollingUpdate")
            .rollingUpdate(RollingUpdateStatefulSetStrategy.builder().partition(2).build()).build())
        .withVolumeClaimTemplates(io.kubeprint.core.meta.Fields.of(Map.of("metadata", Map.of("name", "data"),
            "spec", Map.of("accessModes", List.of("ReadWriteOnce"),
                "resources", Map.of("requests", Map.of("storage", "1Gi"))))))))).isEmpty();
  }

  @Test
  void should_not_check_the_pod_spec_of_a_stateful_set_as_upstream_does_not() {
    Container noImage = Container.builder().name("db").build();
    assertThat(validate(statefulSet(s -> s.withTemplate(template(DB, spec(noImage)))))).isEmpty();
  }

  @Test
  void should_refuse_a_stateful_set_name_that_is_no_dns_label() {
    assertThat(validate(statefulSet(s -> s).withMetadata(meta("db.main")))).containsExactly(
        "StatefulSet/db.main metadata.name: must not contain dots (was \"db.main\") [statefulset-name]");
  }

  @Test
  void should_report_every_stateful_set_violation_at_once() {
    StatefulSet s = statefulSet(x -> x.withReplicas(-1).withPodManagementPolicy("Sequential")
        .withSelector(java.util.Optional.empty())
        .withUpdateStrategy(StatefulSetUpdateStrategy.builder().type("OnDelete")
            .rollingUpdate(RollingUpdateStatefulSetStrategy.builder().partition(1).build()).build())
        .withPersistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy.builder()
            .whenScaled("Keep").build())
        .withTemplate(template(DB, spec(container("db")).withRestartPolicy("Never"))));
    assertThat(validate(s)).containsExactly(
        "StatefulSet/db spec.persistentVolumeClaimRetentionPolicy.whenScaled: must be \"Retain\" or \"Delete\""
            + " (was \"Keep\") [statefulset-claim-retention-policy]",
        "StatefulSet/db spec.podManagementPolicy: must be \"OrderedReady\" or \"Parallel\" (was \"Sequential\")"
            + " [statefulset-pod-management-policy]",
        "StatefulSet/db spec.replicas: must be greater than or equal to 0 (was -1) [statefulset-field-nonnegative]",
        "StatefulSet/db spec.selector: is required [statefulset-selector-required]",
        "StatefulSet/db spec.template.metadata.labels: must be matched by spec.selector (was {app=db})"
            + " [statefulset-selector-mismatch]",
        "StatefulSet/db spec.template.spec.restartPolicy: must be \"Always\" in a StatefulSet (was \"Never\")"
            + " [statefulset-template]",
        "StatefulSet/db spec.updateStrategy.rollingUpdate: must not be set when the type is \"OnDelete\"; only"
            + " allowed for updateStrategy \"RollingUpdate\" [statefulset-update-strategy]");
  }

  @Test
  void should_ignore_max_unavailable_which_the_api_server_drops_without_its_feature_gate() {
    assertThat(validate(statefulSet(s -> s.withUpdateStrategy(StatefulSetUpdateStrategy.builder()
        .rollingUpdate(RollingUpdateStatefulSetStrategy.builder().maxUnavailable(IntOrString.of(0)).build())
        .build())))).isEmpty();
  }

  // ---- DaemonSets ----

  private static DaemonSet daemonSet(UnaryOperator<DaemonSetSpec> edit) {
    Map<String, String> agent = Map.of("app", "agent");
    return DaemonSet.builder().metadata(meta("agent")).spec(edit.apply(DaemonSetSpec.builder()
        .selector(matchLabels(agent)).template(template(agent, spec(container("agent")))).build())).build();
  }

  private static DaemonSetUpdateStrategy rolling(IntOrString maxUnavailable, IntOrString maxSurge) {
    RollingUpdateDaemonSet.Builder r = RollingUpdateDaemonSet.builder();
    if (maxUnavailable != null) {
      r.maxUnavailable(maxUnavailable);
    }
    if (maxSurge != null) {
      r.maxSurge(maxSurge);
    }
    return DaemonSetUpdateStrategy.builder().type("RollingUpdate").rollingUpdate(r.build()).build();
  }

  @Test
  void should_accept_a_daemon_set_surging_one_node_at_a_time() {
    assertThat(validate(daemonSet(s -> s.withUpdateStrategy(rolling(IntOrString.of(0), IntOrString.of(1))))))
        .isEmpty();
  }

  @Test
  void should_refuse_max_surge_alone_since_max_unavailable_defaults_to_one() {
    assertThat(validate(daemonSet(s -> s.withUpdateStrategy(rolling(null, IntOrString.of(1)))))).containsExactly(
        "DaemonSet/agent spec.updateStrategy.rollingUpdate.maxSurge: must be 0 when maxUnavailable is not 0 (was 1;"
            + " maxUnavailable is 1, the default) [daemonset-rolling-update]");
  }

  @Test
  void should_refuse_both_bounds_zero_and_a_bound_above_100_percent() {
    assertThat(validate(daemonSet(s -> s.withUpdateStrategy(rolling(IntOrString.of(0), null))))).containsExactly(
        "DaemonSet/agent spec.updateStrategy.rollingUpdate.maxUnavailable: may not be 0 when maxSurge is 0 (was 0;"
            + " maxSurge is 0) [daemonset-rolling-update]");
    assertThat(validate(daemonSet(s -> s.withUpdateStrategy(rolling(IntOrString.of("150%"), null)))))
        .containsExactly("DaemonSet/agent spec.updateStrategy.rollingUpdate.maxUnavailable: must not be greater than"
            + " 100% (was 150%) [daemonset-rolling-update]");
  }

  @Test
  void should_refuse_a_daemon_set_without_selector_as_its_template_then_matches_nothing() {
    assertThat(validate(daemonSet(s -> s.withSelector(java.util.Optional.empty())))).containsExactly(
        "DaemonSet/agent spec.template.metadata.labels: must be matched by spec.selector (was {app=agent};"
            + " spec.selector is absent) [daemonset-selector]");
  }

  @Test
  void should_check_a_daemon_sets_pod_spec_in_full() {
    Container noImage = Container.builder().name("agent").build();
    assertThat(validate(daemonSet(s -> s.withTemplate(template(Map.of("app", "agent"), spec(noImage)
        .withActiveDeadlineSeconds(60L)))))).containsExactly(
        "DaemonSet/agent spec.template.spec.activeDeadlineSeconds: must not be set in a DaemonSet (was 60)"
            + " [daemonset-template]",
        "DaemonSet/agent spec.template.spec.containers[0].image: is required [image-required]");
  }

  @Test
  void should_accept_an_on_delete_strategy_whatever_its_rolling_update_says() {
    assertThat(validate(daemonSet(s -> s.withUpdateStrategy(rolling(IntOrString.of(0), null).withType("OnDelete")))))
        .isEmpty();
  }

  // ---- a StatefulSet's Service ----

  private static Service service(String name, String clusterIp, Map<String, String> selector) {
    ServiceSpec.Builder spec = ServiceSpec.builder().selector(selector)
        .addPorts(io.kubeprint.core.service.ServicePort.builder().name("postgres").port(5432).build());
    if (clusterIp != null) {
      spec.clusterIP(clusterIp);
    }
    return Service.builder().metadata(meta(name)).spec(spec.build()).build();
  }

  @Test
  void should_accept_a_stateful_set_named_by_its_headless_service() {
    assertThat(check(Bundle.of(statefulSet(s -> s), service("db", "None", DB)))).isEmpty();
  }

  @Test
  void should_warn_of_a_service_name_that_names_no_service_of_the_bundle() {
    assertThat(check(Bundle.of(statefulSet(s -> s.withServiceName("dbs")), service("db", "None", DB))))
        .containsExactly("warning: StatefulSet/db spec.serviceName: should name a headless Service in the bundle"
            + " (was \"dbs\"); did you mean \"db\"? [statefulset-service-not-found]");
  }

  @Test
  void should_warn_of_a_service_that_is_not_headless_or_selects_other_pods() {
    assertThat(check(Bundle.of(statefulSet(s -> s), service("db", null, Map.of("app", "web")),
        CrossObjectFixtures.deployment("web", Map.of("app", "web"), container("web"))))).containsExactly(
        "warning: StatefulSet/db spec.serviceName: should name a headless Service (clusterIP: None); Service/db has"
            + " a cluster IP (was \"db\") [statefulset-service-not-headless]",
        "warning: StatefulSet/db spec.serviceName: should name a Service that selects this StatefulSet's pods;"
            + " Service/db selects app=web and the pods have app=db (was \"db\") [statefulset-service-selects-other-pods]");
  }

  @Test
  void should_keep_the_service_name_checks_warnings_in_a_bundle_built_in_code() {
    List<Violation> all = Validator.validate(Bundle.of(statefulSet(s -> s.withServiceName("dbs")),
        service("db", "None", DB)));
    assertThat(all).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("statefulset-service-not-found");
      assertThat(v.isError()).isFalse();
    });
  }

  @Test
  void should_not_judge_a_service_name_when_the_bundle_has_no_service_or_declares_it_external() {
    assertThat(check(Bundle.of(statefulSet(s -> s)))).isEmpty();
    assertThat(check(Bundle.of(statefulSet(s -> s.withServiceName("shared")), service("db", "None", DB))
        .withExternal(Kind.SERVICE, "shared"))).isEmpty();
  }

  @Test
  void should_let_services_select_the_pods_of_jobs_stateful_sets_and_daemon_sets() {
    Job j = job(s -> s.withTemplate(template(Map.of("app", "migrate"), spec(container("migrate", port(80)))
        .withRestartPolicy("Never"))));
    Service toJob = service("migrate", null, Map.of("app", "migrate"));
    assertThat(check(Bundle.of(j, toJob.withSpec(toJob.spec().withPorts(io.kubeprint.core.service.ServicePort
        .builder().port(8080).build()))))).containsExactly("Service/migrate spec.ports[0].targetPort: must be a TCP"
            + " container port of the pods of Job/migrate (was 8080, defaulted from port); they expose: 80/TCP"
            + " [target-port-not-exposed]");
  }

  @Test
  void should_find_the_config_maps_the_pods_of_a_daemon_set_read() {
    Container reads = container("agent").withEnv(CrossObjectFixtures.fromConfigMap("LEVEL", "agent-config", "level"));
    DaemonSet d = daemonSet(s -> s.withTemplate(template(Map.of("app", "agent"), spec(reads))));
    assertThat(check(Bundle.of(d))).containsExactly("DaemonSet/agent spec.template.spec.containers[0].env[0]"
        + ".valueFrom.configMapKeyRef.name: must name a ConfigMap in the bundle or declared external (was"
        + " \"agent-config\") [config-map-not-found]");
  }

  @Test
  void should_report_overlapping_selectors_of_stateful_sets_and_deployments() {
    StatefulSet s = statefulSet(x -> x);
    LabelSelector same = matchLabels(DB);
    assertThat(check(Bundle.of(s, CrossObjectFixtures.deployment("db-web", DB, container("web"))
        .withSpec(CrossObjectFixtures.deployment("db-web", DB, container("web")).spec().withSelector(same)))))
        .anySatisfy(line -> assertThat(line).contains("[selector-overlap]"));
  }
}
