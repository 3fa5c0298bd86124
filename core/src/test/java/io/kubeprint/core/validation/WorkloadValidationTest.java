package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import io.kubeprint.core.workload.RollingUpdateDeployment;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkloadValidationTest {

  static final Fields EPHEMERAL = Fields.of("ephemeralContainers",
      List.of(Map.of("name", "debug", "image", "busybox:1.36")));

  static PodSpec podSpec() {
    return PodSpec.builder().addContainer(Container.builder().name("web").image("nginx:1.27").build()).build();
  }

  static PodTemplateSpec template() {
    return PodTemplateSpec.builder()
        .metadata(ObjectMeta.builder().putLabel("app", "web").putLabel("tier", "front").build())
        .spec(podSpec())
        .build();
  }

  static LabelSelector selector() {
    return LabelSelector.builder().putMatchLabel("app", "web").build();
  }

  static Deployment deployment() {
    return Deployment.builder()
        .metadata(ObjectMeta.builder().name("web").build())
        .spec(DeploymentSpec.builder().replicas(3).selector(selector()).template(template()).build())
        .build();
  }

  static ReplicaSet replicaSet() {
    return ReplicaSet.builder()
        .metadata(ObjectMeta.builder().name("web").build())
        .spec(ReplicaSetSpec.builder().replicas(3).selector(selector()).template(template()).build())
        .build();
  }

  static Pod pod() {
    return Pod.builder().metadata(ObjectMeta.builder().name("web").build()).spec(podSpec()).build();
  }

  static PodTemplate podTemplate() {
    return PodTemplate.builder().metadata(ObjectMeta.builder().name("web").build()).template(template()).build();
  }

  static Deployment dep(UnaryOperator<DeploymentSpec.Builder> edit) {
    DeploymentSpec spec = edit.apply(DeploymentSpec.builder().from(deployment().spec())).build();
    return deployment().withSpec(spec);
  }

  static ReplicaSet rs(UnaryOperator<ReplicaSetSpec.Builder> edit) {
    return replicaSet().withSpec(edit.apply(ReplicaSetSpec.builder().from(replicaSet().spec())).build());
  }

  static PodTemplateSpec tpl(UnaryOperator<PodSpec.Builder> edit) {
    return template().withSpec(edit.apply(PodSpec.builder().from(podSpec())).build());
  }

  static DeploymentStrategy rolling(IntOrString maxUnavailable, IntOrString maxSurge) {
    RollingUpdateDeployment.Builder r = RollingUpdateDeployment.builder();
    if (maxUnavailable != null) {
      r.maxUnavailable(maxUnavailable);
    }
    if (maxSurge != null) {
      r.maxSurge(maxSurge);
    }
    return DeploymentStrategy.builder().type("RollingUpdate").rollingUpdate(r.build()).build();
  }

  static LabelSelector expr(String key, String op, String... values) {
    return LabelSelector.builder().addMatchExpression(
        LabelSelectorRequirement.builder().key(key).operator(op).addValues(values).build()).build();
  }

  static Arguments bad(String what, KubeObject object, String... expected) {
    return Arguments.of(named(what, object), List.of(expected));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        // Deployment
        bad("deployment replicas -1", dep(s -> s.replicas(-1)), "spec.replicas [replicas-nonnegative]"),
        bad("deployment minReadySeconds -1", dep(s -> s.minReadySeconds(-1)),
            "spec.minReadySeconds [min-ready-seconds-nonnegative]"),
        bad("deployment revisionHistoryLimit -1", dep(s -> s.revisionHistoryLimit(-1)),
            "spec.revisionHistoryLimit [revision-history-limit-nonnegative]"),
        bad("deployment progressDeadlineSeconds -1", dep(s -> s.progressDeadlineSeconds(-1)),
            "spec.progressDeadlineSeconds [progress-deadline-after-min-ready]",
            "spec.progressDeadlineSeconds [progress-deadline-nonnegative]"),
        bad("deployment progressDeadlineSeconds equal to minReadySeconds",
            dep(s -> s.progressDeadlineSeconds(10).minReadySeconds(10)),
            "spec.progressDeadlineSeconds [progress-deadline-after-min-ready]"),
        bad("deployment minReadySeconds 600 against the default deadline", dep(s -> s.minReadySeconds(600)),
            "spec.progressDeadlineSeconds [progress-deadline-after-min-ready]"),
        bad("deployment without selector", dep(s -> s.selector(java.util.Optional.empty())),
            "spec.selector [selector-required]", "spec.template.metadata.labels [selector-mismatch]"),
        bad("deployment with empty selector", dep(s -> s.selector(LabelSelector.builder().build())),
            "spec.selector [selector-empty]"),
        bad("deployment selector not matching labels",
            dep(s -> s.selector(LabelSelector.builder().putMatchLabel("app", "api").build())),
            "spec.template.metadata.labels [selector-mismatch]"),
        bad("deployment selector matching a missing label",
            dep(s -> s.selector(LabelSelector.builder().putMatchLabel("app", "web").putMatchLabel("env", "prod")
                .build())),
            "spec.template.metadata.labels [selector-mismatch]"),
        bad("deployment NotIn excluding the template", dep(s -> s.selector(expr("app", "NotIn", "web"))),
            "spec.template.metadata.labels [selector-mismatch]"),
        bad("deployment In missing the template", dep(s -> s.selector(expr("app", "In", "api", "db"))),
            "spec.template.metadata.labels [selector-mismatch]"),
        bad("deployment DoesNotExist on a template label", dep(s -> s.selector(expr("app", "DoesNotExist"))),
            "spec.template.metadata.labels [selector-mismatch]"),
        bad("deployment Exists on a missing label", dep(s -> s.selector(expr("env", "Exists"))),
            "spec.template.metadata.labels [selector-mismatch]"),
        bad("deployment selector operator Equals", dep(s -> s.selector(expr("app", "Equals", "web"))),
            "spec.selector [selector-invalid]", "spec.selector.matchExpressions[0].operator [selector-operator]"),
        bad("deployment selector In without values", dep(s -> s.selector(expr("app", "In"))),
            "spec.selector [selector-invalid]", "spec.selector.matchExpressions[0].values [selector-values]"),
        bad("deployment selector Exists with values", dep(s -> s.selector(expr("app", "Exists", "web"))),
            "spec.selector [selector-invalid]", "spec.selector.matchExpressions[0].values [selector-values]"),
        bad("deployment selector with an invalid key",
            dep(s -> s.selector(LabelSelector.builder().putMatchLabel("app name", "web").build())),
            "spec.selector [selector-invalid]", "spec.selector.matchLabels [label-key-syntax]"),
        bad("deployment selector with an invalid value",
            dep(s -> s.selector(LabelSelector.builder().putMatchLabel("app", "web!").build())),
            "spec.selector [selector-invalid]", "spec.selector.matchLabels [label-value-syntax]"),
        bad("deployment restartPolicy OnFailure", dep(s -> s.template(tpl(p -> p.restartPolicy("OnFailure")))),
            "spec.template.spec.restartPolicy [restart-policy-not-allowed]"),
        bad("deployment restartPolicy Never", dep(s -> s.template(tpl(p -> p.restartPolicy("Never")))),
            "spec.template.spec.restartPolicy [restart-policy-not-allowed]"),
        bad("deployment activeDeadlineSeconds", dep(s -> s.template(tpl(p -> p.activeDeadlineSeconds(30L)))),
            "spec.template.spec.activeDeadlineSeconds [template-active-deadline-forbidden]"),
        bad("deployment ephemeral containers", dep(s -> s.template(tpl(p -> p.extra(EPHEMERAL)))),
            "spec.template.spec.ephemeralContainers [template-ephemeral-containers-forbidden]"),
        bad("deployment strategy BlueGreen",
            dep(s -> s.strategy(DeploymentStrategy.builder().type("BlueGreen").build())),
            "spec.strategy [strategy-type]"),
        bad("deployment Recreate with rollingUpdate", dep(s -> s.strategy(DeploymentStrategy.builder()
                .type("Recreate").rollingUpdate(RollingUpdateDeployment.builder().maxSurge(IntOrString.of(1)).build())
                .build())),
            "spec.strategy.rollingUpdate [rolling-update-with-recreate]"),
        bad("deployment maxSurge -1", dep(s -> s.strategy(rolling(null, IntOrString.of(-1)))),
            "spec.strategy.rollingUpdate.maxSurge [rolling-update-int-or-percent]"),
        bad("deployment maxUnavailable -1", dep(s -> s.strategy(rolling(IntOrString.of(-1), null))),
            "spec.strategy.rollingUpdate.maxUnavailable [rolling-update-int-or-percent]"),
        bad("deployment maxUnavailable abc", dep(s -> s.strategy(rolling(IntOrString.of("abc"), null))),
            "spec.strategy.rollingUpdate.maxUnavailable [rolling-update-int-or-percent]"),
        bad("deployment maxSurge 5 as a string", dep(s -> s.strategy(rolling(null, IntOrString.of("5")))),
            "spec.strategy.rollingUpdate.maxSurge [rolling-update-int-or-percent]"),
        bad("deployment maxSurge 5.5%", dep(s -> s.strategy(rolling(null, IntOrString.of("5.5%")))),
            "spec.strategy.rollingUpdate.maxSurge [rolling-update-int-or-percent]"),
        bad("deployment maxUnavailable 101%", dep(s -> s.strategy(rolling(IntOrString.of("101%"), null))),
            "spec.strategy.rollingUpdate.maxUnavailable [max-unavailable-percent]"),
        bad("deployment maxSurge and maxUnavailable 0", dep(s -> s.strategy(rolling(IntOrString.of(0),
                IntOrString.of(0)))),
            "spec.strategy.rollingUpdate.maxUnavailable [rolling-update-zero]"),
        bad("deployment maxSurge 0% and maxUnavailable 0", dep(s -> s.strategy(rolling(IntOrString.of(0),
                IntOrString.of("0%")))),
            "spec.strategy.rollingUpdate.maxUnavailable [rolling-update-zero]"),
        bad("deployment maxSurge abc counts as 0", dep(s -> s.strategy(rolling(IntOrString.of(0),
                IntOrString.of("abc")))),
            "spec.strategy.rollingUpdate.maxSurge [rolling-update-int-or-percent]",
            "spec.strategy.rollingUpdate.maxUnavailable [rolling-update-zero]"),
        // ReplicaSet
        bad("replicaset replicas -1", rs(s -> s.replicas(-1)), "spec.replicas [replicas-nonnegative]"),
        bad("replicaset minReadySeconds -1", rs(s -> s.minReadySeconds(-1)),
            "spec.minReadySeconds [min-ready-seconds-nonnegative]"),
        bad("replicaset without selector", rs(s -> s.selector(java.util.Optional.empty())),
            "spec.selector [selector-required]", "spec.template.metadata.labels [selector-mismatch]"),
        bad("replicaset with empty selector", rs(s -> s.selector(LabelSelector.builder().build())),
            "spec.selector [selector-empty]"),
        bad("replicaset template without labels",
            rs(s -> s.template(template().withMetadata(ObjectMeta.builder().build()))),
            "spec.template.metadata.labels [selector-mismatch]"),
        bad("replicaset restartPolicy Never", rs(s -> s.template(tpl(p -> p.restartPolicy("Never")))),
            "spec.template.spec.restartPolicy [restart-policy-not-allowed]"),
        bad("replicaset activeDeadlineSeconds 0", rs(s -> s.template(tpl(p -> p.activeDeadlineSeconds(0L)))),
            "spec.template.spec.activeDeadlineSeconds [active-deadline-seconds]",
            "spec.template.spec.activeDeadlineSeconds [template-active-deadline-forbidden]"),
        // Pod and PodTemplate
        bad("pod with ephemeral containers", pod().withSpec(podSpec().withExtra(EPHEMERAL)),
            "spec.ephemeralContainers [pod-ephemeral-containers-forbidden]"),
        bad("pod with nodeName and scheduling gates", pod().withSpec(podSpec().withExtra(Fields.of(Map.of(
                "nodeName", "node-1", "schedulingGates", List.of(Map.of("name", "example.com/quota")))))),
            "spec.nodeName [pod-node-name-with-scheduling-gates]"),
        bad("podtemplate with ephemeral containers", podTemplate().withTemplate(tpl(p -> p.extra(EPHEMERAL))),
            "template.spec.ephemeralContainers [template-ephemeral-containers-forbidden]"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void should_report_the_upstream_path_and_rule(KubeObject object, List<String> expected) {
    assertThat(Found.all(object)).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of(named("deployment baseline", deployment())),
        Arguments.of(named("replicaset baseline", replicaSet())),
        Arguments.of(named("pod baseline", pod())),
        Arguments.of(named("podtemplate baseline", podTemplate())),
        Arguments.of(named("deployment replicas 0", dep(s -> s.replicas(0)))),
        Arguments.of(named("deployment revisionHistoryLimit 0", dep(s -> s.revisionHistoryLimit(0)))),
        Arguments.of(named("deployment progressDeadlineSeconds just above minReadySeconds",
            dep(s -> s.progressDeadlineSeconds(11).minReadySeconds(10)))),
        Arguments.of(named("deployment minReadySeconds 599 under the default deadline",
            dep(s -> s.minReadySeconds(599)))),
        Arguments.of(named("deployment restartPolicy Always", dep(s -> s.template(tpl(p -> p.restartPolicy("Always")))))),
        Arguments.of(named("deployment Recreate", dep(s -> s.strategy(DeploymentStrategy.builder().type("Recreate")
            .build())))),
        Arguments.of(named("deployment strategy without type",
            dep(s -> s.strategy(DeploymentStrategy.builder().build())))),
        Arguments.of(named("deployment maxUnavailable 0 with the default surge",
            dep(s -> s.strategy(rolling(IntOrString.of(0), null))))),
        Arguments.of(named("deployment maxSurge 0 with the default unavailability",
            dep(s -> s.strategy(rolling(null, IntOrString.of("0%")))))),
        Arguments.of(named("deployment maxUnavailable 100%", dep(s -> s.strategy(rolling(IntOrString.of("100%"),
            IntOrString.of("200%")))))),
        Arguments.of(named("deployment In selector", dep(s -> s.selector(expr("app", "In", "web", "api"))))),
        Arguments.of(named("deployment NotIn selector", dep(s -> s.selector(expr("app", "NotIn", "api"))))),
        Arguments.of(named("deployment Exists selector", dep(s -> s.selector(expr("tier", "Exists"))))),
        Arguments.of(named("deployment DoesNotExist selector", dep(s -> s.selector(
            LabelSelector.builder().from(expr("env", "DoesNotExist")).putMatchLabel("app", "web").build())))),
        Arguments.of(named("replicaset replicas 0 and minReadySeconds 0", rs(s -> s.replicas(0).minReadySeconds(0)))),
        Arguments.of(named("pod with nodeName only", pod().withSpec(podSpec().withExtra(Fields.of("nodeName", "n1"))))),
        Arguments.of(named("pod with restartPolicy Never", pod().withSpec(podSpec().withRestartPolicy("Never")))),
        Arguments.of(named("podtemplate with restartPolicy OnFailure",
            podTemplate().withTemplate(tpl(p -> p.restartPolicy("OnFailure"))))));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void should_accept_what_the_api_server_accepts(KubeObject object) {
    assertThat(Validator.validate(object)).isEmpty();
  }

  private static Pod podWith(Map<String, Object> specFields, String priorityClassName) {
    PodSpec.Builder spec = PodSpec.builder().from(podSpec()).extra(Fields.of(specFields));
    if (priorityClassName != null) {
      spec.priorityClassName(priorityClassName);
    }
    return pod().withSpec(spec.build());
  }

  @Test
  void should_refuse_a_priority_without_a_priority_class_alone_as_the_priority_admission_plugin_does() {
    // GIVEN a Pod with a priority but no class, and an invalid restart policy
    Pod p = podWith(Map.of("priority", 1000), null).withSpec(podWith(Map.of("priority", 1000), null).spec()
        .withRestartPolicy("Sometimes"));
    // WHEN validating it
    // THEN the admission plugin's refusal is the only error: validation never runs
    assertThat(Validator.validate(p)).extracting(Violation::toString).containsExactly(
        "Pod/web spec.priority: must not be set, or be 0, the priority the Priority admission plugin computes with no"
            + " priorityClassName (was 1000) [pod-priority]");
  }

  @Test
  void should_refuse_a_preemption_policy_other_than_the_default_without_a_priority_class() {
    assertThat(Validator.validate(podWith(Map.of("preemptionPolicy", "Never"), null)))
        .extracting(Violation::path, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("spec.preemptionPolicy", "pod-priority"));
  }

  @Test
  void should_accept_the_priority_a_system_priority_class_gives_and_leave_other_classes_to_the_cluster() {
    assertThat(Validator.validate(podWith(Map.of("priority", 2_000_001_000), "system-node-critical"))).isEmpty();
    assertThat(Validator.validate(podWith(Map.of("priority", 0, "preemptionPolicy", "PreemptLowerPriority"), null)))
        .isEmpty();
    assertThat(Validator.validate(podWith(Map.of("priority", 5, "preemptionPolicy", "Never"), "batch-low"))).isEmpty();
    assertThat(Validator.validate(podWith(Map.of("priority", 1), "system-cluster-critical")))
        .extracting(Violation::ruleId).containsExactly("pod-priority");
  }

  @Test
  void should_explain_a_selector_that_does_not_match_the_template_labels() {
    // GIVEN a Deployment whose selector asks for app=api
    Deployment d = dep(s -> s.selector(LabelSelector.builder().putMatchLabel("app", "api").build()));
    // THEN the template labels are reported, with their value
    assertThat(Found.lines(WorkloadValidation.class, d)).containsExactly(
        "Deployment/web spec.template.metadata.labels: must be matched by spec.selector (was {app=web, tier=front})"
            + " [selector-mismatch]");
  }

  @Test
  void should_allow_only_always_as_a_controller_template_restart_policy() {
    assertThat(Validator.validate(dep(s -> s.template(tpl(p -> p.restartPolicy("OnFailure"))))))
        .extracting(Violation::toString)
        .containsExactly("Deployment/web spec.template.spec.restartPolicy: must be \"Always\" here (was \"OnFailure\")"
            + " [restart-policy-not-allowed]");
  }

  @Test
  void should_name_the_default_progress_deadline_when_min_ready_seconds_reaches_it() {
    assertThat(Found.lines(WorkloadValidation.class, dep(s -> s.minReadySeconds(600)))).containsExactly(
        "Deployment/web spec.progressDeadlineSeconds: must be greater than minReadySeconds (was 600, the default;"
            + " minReadySeconds is 600) [progress-deadline-after-min-ready]");
  }

  @Test
  void should_explain_rolling_update_bounds() {
    assertThat(Found.lines(WorkloadValidation.class, dep(s -> s.strategy(rolling(IntOrString.of("150%"),
        IntOrString.of(-2)))))).containsExactly(
        "Deployment/web spec.strategy.rollingUpdate.maxSurge: must be greater than or equal to 0 (was -2)"
            + " [rolling-update-int-or-percent]",
        "Deployment/web spec.strategy.rollingUpdate.maxUnavailable: must not be greater than 100% (was 150%)"
            + " [max-unavailable-percent]");
    assertThat(Found.lines(WorkloadValidation.class, dep(s -> s.strategy(rolling(IntOrString.of("x"), null)))))
        .containsExactly("Deployment/web spec.strategy.rollingUpdate.maxUnavailable: a valid percent string must be"
            + " a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is"
            + " '[0-9]+%') (was \"x\") [rolling-update-int-or-percent]");
  }

  @Test
  void should_report_both_missing_selector_and_mismatch_like_the_api_server() {
    assertThat(Found.lines(WorkloadValidation.class, rs(s -> s.selector(java.util.Optional.empty()))))
        .containsExactly(
            "ReplicaSet/web spec.selector: is required [selector-required]",
            "ReplicaSet/web spec.template.metadata.labels: must be matched by spec.selector"
                + " (was {app=web, tier=front}) [selector-mismatch]");
  }
}
