package io.kubeprint.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Capabilities;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSecurityContext;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Pod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profiles, levels, waivers and namespace labels of {@link Policy}, over typed and generic objects. */
class PolicyTest {

  static Pod rootPod(String name, String namespace, Map<String, String> annotations) {
    ObjectMeta.Builder m = ObjectMeta.builder().name(name).putAllAnnotations(annotations);
    if (namespace != null) {
      m.namespace(namespace);
    }
    return Pod.builder().metadata(m.build())
        .spec(PodSpec.builder().addContainer(Container.builder().name("web").image("nginx:1.27").build()).build())
        .build();
  }

  static Pod hardenedPod() {
    return Pod.builder().metadata(ObjectMeta.builder().name("ok").build())
        .spec(PodSpec.builder()
            .securityContext(PodSecurityContext.builder().runAsNonRoot(true)
                .extra(Fields.of("seccompProfile", Map.of("type", "RuntimeDefault"))).build())
            .addContainer(Container.builder().name("web").image("nginx:1.27")
                .securityContext(SecurityContext.builder().allowPrivilegeEscalation(false)
                    .capabilities(Capabilities.builder().addDrop("ALL").build()).build())
                .build())
            .build())
        .build();
  }

  @Test
  void should_check_a_typed_pod_at_restricted_with_the_admissions_messages() {
    List<Violation> found = Policy.restricted().check(rootPod("web", null, Map.of()));
    assertThat(found).extracting(Violation::toString).containsExactly(
        "Pod/web spec.containers[0].securityContext.allowPrivilegeEscalation: allowPrivilegeEscalation != false"
            + " (container \"web\" must set securityContext.allowPrivilegeEscalation=false) [pss-allow-privilege-escalation]",
        "Pod/web spec.containers[0].securityContext.capabilities.drop: unrestricted capabilities (container \"web\""
            + " must set securityContext.capabilities.drop=[\"ALL\"]) [pss-capabilities-restricted]",
        "Pod/web spec.securityContext.runAsNonRoot: runAsNonRoot != true (pod or container \"web\" must set"
            + " securityContext.runAsNonRoot=true) [pss-run-as-non-root]",
        "Pod/web spec.securityContext.seccompProfile.type: seccompProfile (pod or container \"web\" must set"
            + " securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\") [pss-seccomp-profile-restricted]");
  }

  @Test
  void should_admit_a_hardened_typed_pod_at_restricted() {
    assertThat(Policy.restricted().check(hardenedPod())).isEmpty();
  }

  @Test
  void should_report_at_the_level_chosen_per_check() {
    List<Violation> found = Policy.restricted().with("pss-run-as-non-root", Level.WARNING)
        .with(Check.PSS_SECCOMP_PROFILE_RESTRICTED, Level.OFF).check(rootPod("web", null, Map.of()));
    assertThat(found).extracting(Violation::ruleId, Violation::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("pss-allow-privilege-escalation", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("pss-capabilities-restricted", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("pss-run-as-non-root", Severity.WARNING));
  }

  @Test
  void should_refuse_an_unknown_check_id() {
    assertThatThrownBy(() -> Policy.baseline().with("latest-tags", Level.ERROR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no such check \"latest-tags\" (checks: ");
    assertThatThrownBy(() -> Waiver.of("latest-tag", "web", "x")).hasMessage("waiver object must be Kind/name or * (was \"web\")");
    assertThatThrownBy(() -> Waiver.of("latest-tag", "Deployment/web", " ")).hasMessage(
        "waiver of latest-tag for Deployment/web must give a reason");
  }

  @Test
  void should_waive_a_check_for_an_object_annotated_as_kube_linter_reads_it() {
    Pod annotated = rootPod("web", null, Map.of(Policy.IGNORE_CHECK_PREFIX + "pss-run-as-non-root", "runs as nobody by image"));
    List<Violation> found = Policy.restricted().check(annotated);
    assertThat(found).extracting(Violation::ruleId).doesNotContain("pss-run-as-non-root").hasSize(3);
  }

  @Test
  void should_report_an_annotation_that_waives_nothing() {
    Pod annotated = rootPod("web", null, Map.of(Policy.IGNORE_CHECK_PREFIX + "pss-privileged", "legacy",
        Policy.IGNORE_CHECK_PREFIX + "some-check-kubeprint-lacks", "kube-linter's own"));
    List<Violation> found = Policy.baseline().check(annotated);
    assertThat(found).extracting(Violation::toString).containsExactly(
        "warning: Pod/web metadata.annotations[ignore-check.kube-linter.io/pss-privileged]: waives nothing: check"
            + " pss-privileged finds nothing to waive in this object [unused-waiver]");
  }

  @Test
  void should_waive_every_check_for_an_object_annotated_ignore_all() {
    assertThat(Policy.restricted().and(Policy.recommended())
        .check(rootPod("web", null, Map.of(Policy.IGNORE_ALL, "a test fixture")))).isEmpty();
  }

  @Test
  void should_apply_policy_waivers_and_report_those_that_waive_nothing() {
    Policy p = Policy.recommended().waive("latest-tag", "Pod/web", "pinned by the pipeline")
        .waive("no-read-only-root-fs", "*", "the app writes to /tmp")
        .waive("privileged-container", "Pod/web", "was privileged once");
    KubeObject j = PodSecurityTest.job("{}", "{'containers':[{'name':'c','image':'nginx:latest',"
        + "'securityContext':{'runAsNonRoot':true},'resources':{'requests':{'cpu':'1','memory':'1Gi'},"
        + "'limits':{'cpu':'1','memory':'1Gi'}}}]}");
    List<Violation> found = p.check(Bundle.of(rootPod("web", null, Map.of()), j));
    assertThat(found).extracting(Violation::toString).contains(
        "Job/j spec.template.spec.containers[0].image: must name a tag other than latest (was \"nginx:latest\") [latest-tag]",
        "warning: Pod/web: waives nothing: check privileged-container finds nothing to waive in Pod/web (reason given:"
            + " was privileged once) [unused-waiver]");
    assertThat(found).extracting(Violation::ruleId).doesNotContain("no-read-only-root-fs");
    assertThat(found).filteredOn(v -> v.object().equals("Pod/web")).extracting(Violation::ruleId)
        .doesNotContain("latest-tag");
  }

  @Test
  void should_check_the_pods_of_a_namespace_labelled_enforce_at_its_level() {
    Namespace ns = Namespace.builder().metadata(ObjectMeta.builder().name("prod")
        .putLabel("pod-security.kubernetes.io/enforce", "restricted").build()).build();
    List<Violation> found = Policy.none().check(Bundle.of(ns, rootPod("web", "prod", Map.of()), rootPod("dev", null, Map.of())));
    assertThat(found).hasSize(4).allMatch(v -> v.object().equals("Pod/web") && v.severity() == Severity.ERROR)
        .allMatch(v -> v.message().endsWith("; namespace prod is labelled pod-security.kubernetes.io/enforce=restricted"));
    assertThat(Policy.none().ignoringNamespaceLabels().check(Bundle.of(ns, rootPod("web", "prod", Map.of())))).isEmpty();
  }

  @Test
  void should_combine_policies_at_the_higher_level() {
    Policy p = Policy.restricted().with("pss-run-as-user", Level.WARNING).and(Policy.baseline().with("pss-run-as-user", Level.ERROR));
    assertThat(p.level(Check.PSS_RUN_AS_USER)).isEqualTo(Level.ERROR);
    assertThat(p.level(Check.PSS_CAPABILITIES_BASELINE)).isEqualTo(Level.ERROR);
    assertThat(Policy.recommended().enabled()).hasSize(30);
    assertThat(Policy.named("restricted")).isEqualTo(Policy.restricted());
    assertThat(Policy.restricted().toString()).isEqualTo("Policy{restricted, 14 checks, 0 waivers}");
  }
}
