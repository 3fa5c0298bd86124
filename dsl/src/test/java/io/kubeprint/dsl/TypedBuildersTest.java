package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.csi;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.emptyDir;
import static io.kubeprint.dsl.Kube.files;
import static io.kubeprint.dsl.Kube.hostPath;
import static io.kubeprint.dsl.Kube.job;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.nodeLabel;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.dsl.Kube.spreadAcross;
import static io.kubeprint.dsl.Kube.tcpSocket;
import static io.kubeprint.dsl.Kube.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed builders of issue 15 item 5 write the API's fields, and wrong values fail with object, path and rule. */
class TypedBuildersTest {

  private static List<String> violations(io.kubeprint.core.meta.KubeObject o) {
    return Validator.validate(o).stream().map(Violation::toString).toList();
  }

  @Test
  void should_report_wrong_scheduling_values_at_the_api_servers_paths() {
    Deployment bad = deployment("bad").podLabels(labels("app", "bad")).container(container("c", "busybox:1.37"))
        .topologySpread(spreadAcross(TopologySpread.ZONE).maxSkew(-1))
        .nodeAffinity().prefer(0, nodeLabel("x").gt(3))
        .antiAffinity().prefer(101, TopologySpread.NODE, labels("app", "bad"))
        .build();

    assertThat(violations(bad)).containsExactly(
        "Deployment/bad spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]"
            + ".weight: must be between 1 and 100 (was 0) [affinity]",
        "Deployment/bad spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]"
            + ".weight: must be between 1 and 100 (was 101) [affinity]",
        "Deployment/bad spec.template.spec.topologySpreadConstraints[0].maxSkew: must be greater than zero (was -1)"
            + " [topology-spread-constraint]");
  }

  @Test
  void should_report_wrong_pod_level_values_at_the_api_servers_paths() {
    Deployment bad = deployment("bad").podLabels(labels("app", "bad")).container(container("c", "busybox:1.37"))
        .sysctl("Bad Name", "1").hostAlias("not-an-ip", "x").dnsPolicy(DnsPolicy.NONE)
        .build();

    assertThat(violations(bad)).containsExactly(
        "Deployment/bad spec.template.spec.dnsConfig: is required when dnsPolicy is None [dns-config]",
        "Deployment/bad spec.template.spec.hostAliases[0].ip: must be a valid IP address, (e.g. 10.9.8.7 or"
            + " 2001:db8::ffff) (was \"not-an-ip\") [host-alias]",
        "Deployment/bad spec.template.spec.securityContext.sysctls[0].name: must have at most 253 characters and match"
            + " regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$ (was \"Bad Name\")"
            + " [pod-security-context]");
  }

  @Test
  void should_report_a_wrong_pod_failure_policy_at_the_api_servers_paths() {
    var bad = job("badjob").container(container("main", "t:1"))
        .completionMode(CompletionMode.INDEXED)
        .podFailurePolicy(PodFailureRule.onExitCodes(PodFailureAction.FAIL_INDEX, 0)).build();

    assertThat(violations(bad)).containsExactly(
        "Job/badjob spec.completions: is required when completionMode is \"Indexed\" [indexed-job]",
        "Job/badjob spec.podFailurePolicy.rules[0].action: requires backoffLimitPerIndex to be set (was \"FailIndex\")"
            + " [pod-failure-policy]",
        "Job/badjob spec.podFailurePolicy.rules[0].onExitCodes.values[0]: must not be 0 for the In operator (was 0)"
            + " [pod-failure-policy]",
        "Job/badjob spec.template.spec.restartPolicy: must be \"Never\" when podFailurePolicy is specified (was"
            + " \"OnFailure\") [pod-failure-policy-restart-never]");
  }

  @Test
  void should_report_a_wrong_app_protocol_at_its_port() {
    var bad = service("badsvc").selector(labels("app", "w")).port(80).appProtocol(80, "not a protocol!").build();

    assertThat(violations(bad)).singleElement().asString()
        .startsWith("Service/badsvc spec.ports[0].appProtocol: name part must consist of alphanumeric characters")
        .endsWith("(was \"not a protocol!\") [service-app-protocol]");
  }

  @Test
  void should_fill_in_the_pod_labels_as_selector_of_a_spread_constraint_without_one() {
    Deployment web = deployment("web").podLabels(labels("app", "web")).container(container("c", "busybox:1.37"))
        .topologySpread(spreadAcross(TopologySpread.NODE))
        .build();

    assertThat(web.spec().template().spec().extra().get("topologySpreadConstraints")).isEqualTo(List.of(
        java.util.Map.of("maxSkew", 1L, "topologyKey", "kubernetes.io/hostname", "whenUnsatisfiable", "DoNotSchedule",
            "labelSelector", java.util.Map.of("matchLabels", java.util.Map.of("app", "web")))));
    assertThat(violations(web)).isEmpty();
  }

  @Test
  void should_take_anti_affinity_targets_from_a_workloads_selector() {
    Deployment cache = deployment("cache").podLabels(labels("app", "cache")).container(container("c", "redis:7"))
        .build();
    Deployment web = deployment("web").podLabels(labels("app", "web")).container(container("c", "nginx:1.27"))
        .podAffinity().preferSameNodeAs(cache)
        .build();

    assertThat(web.spec().template().spec().affinity().orElseThrow().podAffinity().orElseThrow().asMap())
        .isEqualTo(java.util.Map.of("preferredDuringSchedulingIgnoredDuringExecution", List.of(java.util.Map.of(
            "weight", 100L, "podAffinityTerm", java.util.Map.of("topologyKey", "kubernetes.io/hostname",
                "labelSelector", java.util.Map.of("matchLabels", java.util.Map.of("app", "cache")))))));
    assertThat(violations(web)).isEmpty();
  }

  @Test
  void should_refuse_a_volume_option_that_does_not_apply_to_the_source() {
    assertThatThrownBy(() -> csi("secrets", "secrets-store.csi.k8s.io").type(HostPathType.DIRECTORY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be set on a hostPath volume (was the csi volume secrets)");
  }

  @Test
  void should_report_an_item_key_the_config_map_does_not_have_at_validation() {
    ConfigMap settings = configMap("settings").data("app.properties", "a=b").build();
    var p = pod("p").container(container("c", "busybox:1.37")
            .mount(volume("props", settings, files().item("app.propertes", "app.properties")), "/etc/app"))
        .build();

    assertThat(Violated.errors(settings, p)).containsExactly("Pod/p spec.volumes[0].configMap.items[0].key:"
        + " must be a key of ConfigMap/settings (was \"app.propertes\"); it has: app.properties"
        + " [config-map-key-not-found]");
  }

  @Test
  void should_refuse_sub_path_before_any_mount_and_scheme_on_a_tcp_probe() {
    assertThatThrownBy(() -> container("c", "busybox:1.37").subPath("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("subPath applies to the mount added last (was called on container c with no mount)");
    assertThatThrownBy(() -> tcpSocket(80).scheme(Scheme.HTTPS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("scheme applies to an httpGet probe (was a tcpSocket probe)");
  }

  @Test
  void should_keep_a_host_path_volume_valid_when_mounted_with_sub_path_and_read_only() {
    var p = pod("p").container(container("c", "busybox:1.37")
            .mount(hostPath("logs", "/var/log").type(HostPathType.DIRECTORY_OR_CREATE), "/logs").subPath("app")
            .readOnly()
            .mount(emptyDir("tmp", StorageMedium.MEMORY), "/tmp"))
        .build();

    assertThat(p.spec().containers().get(0).volumeMounts().get(0).subPath()).contains("app");
    assertThat(p.spec().containers().get(0).volumeMounts().get(0).readOnly()).contains(true);
    assertThat(p.spec().volumes()).hasSize(2);
    assertThat(violations(p)).isEmpty();
  }

  @Test
  void should_compare_security_profiles_by_kind_and_fields() {
    assertThat(SeccompProfile.localhost("audit.json")).isEqualTo(SeccompProfile.localhost("audit.json"))
        .hasSameHashCodeAs(SeccompProfile.localhost("audit.json"))
        .isNotEqualTo(SeccompProfile.localhost("other.json"))
        .hasToString("{type=Localhost, localhostProfile=audit.json}");
    assertThat((Object) SeccompProfile.RUNTIME_DEFAULT).isNotEqualTo(AppArmorProfile.RUNTIME_DEFAULT);
    assertThat(AppArmorProfile.UNCONFINED).hasToString("{type=Unconfined}");
  }
}
