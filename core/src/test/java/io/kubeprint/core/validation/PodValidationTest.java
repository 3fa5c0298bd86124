package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodFixtures.bad;
import static io.kubeprint.core.validation.PodFixtures.fields;
import static io.kubeprint.core.validation.PodFixtures.line;
import static io.kubeprint.core.validation.PodFixtures.obj;
import static io.kubeprint.core.validation.PodFixtures.pod;
import static io.kubeprint.core.validation.PodFixtures.spec;
import static io.kubeprint.core.validation.PodFixtures.validatePod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Affinity;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.PodDNSConfig;
import io.kubeprint.core.pod.PodDNSConfigOption;
import io.kubeprint.core.pod.PodSecurityContext;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.Toleration;
import io.kubeprint.core.validation.PodFixtures.Case;
import io.kubeprint.core.workload.Pod;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pod-level fields of a pod spec, the pod annotations the API server reads, and pod templates. */
class PodValidationTest {

  static Stream<Case> invalid() {
    return Stream.of(
        line("should_reject_an_unknown_restart_policy", spec(s -> s.withRestartPolicy("Sometimes")),
            "Pod/web spec.restartPolicy: must be one of \"Always\", \"OnFailure\", \"Never\" (was \"Sometimes\") [restart-policy-unsupported]"),
        line("should_reject_an_unknown_dns_policy", spec(s -> s.withDnsPolicy("Cluster")),
            "Pod/web spec.dnsPolicy: must be one of \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\" (was \"Cluster\") [dns-policy]"),
        line("should_require_a_dns_config_with_dns_policy_none", spec(s -> s.withDnsPolicy("None")),
            "Pod/web spec.dnsConfig: is required when dnsPolicy is None [dns-config]"),
        bad("should_require_a_nameserver_with_dns_policy_none",
            spec(s -> s.withDnsPolicy("None").withDnsConfig(PodDNSConfig.builder().addSearch("example.com").build())),
            "spec.dnsConfig.nameservers [dns-config]"),
        line("should_reject_four_nameservers",
            spec(s -> s.withDnsConfig(PodDNSConfig.builder().addNameservers("1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4").build())),
            "Pod/web spec.dnsConfig.nameservers: must hold at most 3 nameservers (was 4) [dns-config]"),
        line("should_reject_a_nameserver_that_is_no_ip",
            spec(s -> s.withDnsConfig(PodDNSConfig.builder().addNameserver("dns.example").build())),
            "Pod/web spec.dnsConfig.nameservers[0]: must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (was \"dns.example\") [dns-config]"),
        bad("should_reject_a_search_domain_with_an_underscore_in_1_32",
            spec(s -> s.withDnsConfig(PodDNSConfig.builder().addSearch("_tcp.example.com").build())),
            "spec.dnsConfig.searches[0] [dns-config]"),
        bad("should_reject_33_search_domains",
            spec(s -> s.withDnsConfig(PodDNSConfig.builder().searches(Collections.nCopies(33, "a.example")).build())),
            "spec.dnsConfig.searches [dns-config]"),
        bad("should_require_a_dns_option_name",
            spec(s -> s.withDnsConfig(PodDNSConfig.builder().addOption(PodDNSConfigOption.builder().value("2").build()).build())),
            "spec.dnsConfig.options[0] [dns-config]"),
        line("should_require_operator_exists_for_a_toleration_without_key",
            spec(s -> s.withTolerations(Toleration.builder().operator("Equal").value("x").build())),
            "Pod/web spec.tolerations[0].operator: must be Exists when key is empty, which matches all keys and values (was \"Equal\") [toleration-operator]"),
        bad("should_reject_a_value_with_operator_exists",
            spec(s -> s.withTolerations(Toleration.builder().key("k").operator("Exists").value("v").build())),
            "spec.tolerations[0].operator [toleration-operator]"),
        line("should_reject_the_gt_operator_unknown_in_1_32",
            spec(s -> s.withTolerations(Toleration.builder().key("k").operator("Gt").value("900").build())),
            "Pod/web spec.tolerations[0].operator: must be one of \"Equal\", \"Exists\" (was \"Gt\") [toleration-operator]"),
        bad("should_report_an_invalid_toleration_value_at_the_operator",
            spec(s -> s.withTolerations(Toleration.builder().key("k").value("bad value").build())),
            "spec.tolerations[0].operator [toleration-operator]"),
        bad("should_reject_an_unknown_taint_effect",
            spec(s -> s.withTolerations(Toleration.builder().key("k").operator("Exists").effect("NoRun").build())),
            "spec.tolerations[0].effect [toleration-effect]"),
        line("should_require_no_execute_with_toleration_seconds",
            spec(s -> s.withTolerations(Toleration.builder().key("k").operator("Exists").effect("NoSchedule")
                .tolerationSeconds(60L).build())),
            "Pod/web spec.tolerations[0].effect: must be NoExecute when tolerationSeconds is set (was \"NoSchedule\") [toleration-effect]"),
        bad("should_reject_a_toleration_key_that_is_no_label_key",
            spec(s -> s.withTolerations(Toleration.builder().key("bad key").operator("Exists").build())),
            "spec.tolerations[0].key [label-key-syntax]"),
        bad("should_reject_a_node_selector_value_that_is_no_label_value",
            spec(s -> s.withNodeSelector(java.util.Map.of("disktype", "solid state"))),
            "spec.nodeSelector [label-value-syntax]"),
        line("should_reject_a_service_account_name_in_upper_case", spec(s -> s.withServiceAccountName("Default")),
            "Pod/web spec.serviceAccountName: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was \"Default\") [service-account-name]"),
        bad("should_check_the_deprecated_service_account_field", spec(s -> s.withExtra(fields("serviceAccount", "My_SA"))),
            "spec.serviceAccountName [service-account-name]", "spec.serviceAccount [deprecated-service-account-field]"),
        bad("should_reject_a_node_name_with_an_underscore", spec(s -> s.withExtra(fields("nodeName", "node_1"))),
            "spec.nodeName [node-name]"),
        line("should_reject_a_hostname_with_dots", spec(s -> s.withHostname("web.example")),
            "Pod/web spec.hostname: must not contain dots (was \"web.example\") [hostname-syntax]"),
        bad("should_reject_a_subdomain_in_upper_case", spec(s -> s.withExtra(fields("subdomain", "Cache"))),
            "spec.subdomain [hostname-syntax]"),
        bad("should_reject_a_priority_class_name_in_upper_case", spec(s -> s.withPriorityClassName("High")),
            "spec.priorityClassName [priority-class-name]"),
        bad("should_reject_a_runtime_class_name_in_mixed_case", spec(s -> s.withExtra(fields("runtimeClassName", "gVisor"))),
            "spec.runtimeClassName [runtime-class-name]"),
        bad("should_reject_an_unknown_preemption_policy", spec(s -> s.withExtra(fields("preemptionPolicy", "Always"))),
            "spec.preemptionPolicy [preemption-policy]"),
        line("should_reject_an_active_deadline_of_zero", spec(s -> s.withActiveDeadlineSeconds(0L)),
            "Pod/web spec.activeDeadlineSeconds: must be between 1 and 2147483647, inclusive (was 0) [active-deadline-seconds]"),
        line("should_reject_an_image_pull_secret_with_more_than_a_name",
            spec(s -> s.withImagePullSecrets(LocalObjectReference.builder().name("reg").extra(fields("namespace", "x")).build())),
            "Pod/web spec.imagePullSecrets[0]: must set only name (was also namespace) [image-pull-secret]"),
        bad("should_reject_an_unknown_fs_group_change_policy",
            spec(s -> s.withSecurityContext(PodSecurityContext.builder().extra(fields("fsGroupChangePolicy", "Sometimes")).build())),
            "spec.securityContext.fsGroupChangePolicy [pod-security-context]"),
        bad("should_reject_a_malformed_sysctl_name",
            spec(s -> s.withSecurityContext(PodSecurityContext.builder()
                .extra(fields("sysctls", List.of(obj("name", "kernel..shm", "value", "1")))).build())),
            "spec.securityContext.sysctls[0].name [pod-security-context]"),
        bad("should_reject_a_net_sysctl_in_a_host_network_pod",
            spec(s -> s.withHostNetwork(true).withContainers(s.containers().get(0).withPorts())
                .withSecurityContext(PodSecurityContext.builder()
                    .extra(fields("sysctls", List.of(obj("name", "net.core.somaxconn", "value", "1024")))).build())),
            "spec.securityContext.sysctls[0].name [pod-security-context]"),
        bad("should_reject_host_process_containers_without_host_network",
            spec(s -> s.withSecurityContext(PodSecurityContext.builder()
                .extra(fields("windowsOptions", obj("hostProcess", true))).build())),
            "spec.hostNetwork [windows-host-process]"),
        bad("should_reject_a_container_host_process_setting_that_contradicts_the_pod",
            spec(s -> s.withHostNetwork(true).withContainers(s.containers().get(0).withPorts()
                    .withSecurityContext(SecurityContext.builder()
                        .extra(fields("windowsOptions", obj("hostProcess", false))).build()))
                .withSecurityContext(PodSecurityContext.builder()
                    .extra(fields("windowsOptions", obj("hostProcess", true))).build())),
            "spec.containers[0].securityContext.windowsOptions.hostProcess [windows-host-process]"),
        bad("should_require_an_absolute_nfs_path",
            spec(s -> s.withVolumes(Volume.builder().name("data").extra(fields("nfs",
                obj("server", "nfs.example.com", "path", "exports"))).build())),
            "spec.volumes[0].nfs.path [volume-source-field]",
            // a volume with an error is not one the mounts may name (ValidateVolumes)
            "spec.containers[0].volumeMounts[0].name [volume-mount-name]"),
        bad("should_require_a_csi_driver",
            spec(s -> s.withVolumes(Volume.builder().name("data").extra(fields("csi", obj("readOnly", true))).build())),
            "spec.volumes[0].csi.driver [volume-source-field]", "spec.volumes[0].csi.driver [volume-source-field]",
            "spec.containers[0].volumeMounts[0].name [volume-mount-name]"),
        bad("should_reject_process_namespace_sharing_with_host_pid",
            spec(s -> s.withExtra(fields("shareProcessNamespace", true, "hostPID", true))),
            "spec.shareProcessNamespace [pod-security-context]"),
        bad("should_reject_a_localhost_profile_for_runtime_default_seccomp",
            spec(s -> s.withSecurityContext(PodSecurityContext.builder().extra(fields("seccompProfile",
                obj("type", "RuntimeDefault", "localhostProfile", "p.json"))).build())),
            "spec.securityContext.seccompProfile.localhostProfile [pod-security-context]"),
        line("should_require_a_node_selector_term",
            affinity(fields("requiredDuringSchedulingIgnoredDuringExecution",
                obj("nodeSelectorTerms", List.of())), null, null),
            "Pod/web spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: must hold at least one node selector term [affinity]"),
        bad("should_reject_an_unknown_node_selector_operator",
            affinity(fields("requiredDuringSchedulingIgnoredDuringExecution",
                obj("nodeSelectorTerms", List.of(obj("matchExpressions", List.of(
                    obj("key", "zone", "operator", "Equals", "values", List.of("a"))))))), null, null),
            "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator [affinity]"),
        bad("should_accept_only_metadata_name_as_a_node_field",
            affinity(fields("requiredDuringSchedulingIgnoredDuringExecution",
                obj("nodeSelectorTerms", List.of(obj("matchFields", List.of(
                    obj("key", "metadata.labels", "operator", "In", "values", List.of("a"))))))), null, null),
            "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key [affinity]"),
        line("should_reject_a_preferred_weight_above_100",
            affinity(fields("preferredDuringSchedulingIgnoredDuringExecution", List.of(
                obj("weight", 101L, "preference", obj("matchExpressions", List.of(
                    obj("key", "zone", "operator", "Exists")))))), null, null),
            "Pod/web spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: must be between 1 and 100 (was 101) [affinity]"),
        bad("should_require_a_topology_key_in_a_pod_affinity_term",
            affinity(null, fields("requiredDuringSchedulingIgnoredDuringExecution", List.of(
                obj("labelSelector", obj("matchLabels", obj("app", "db"))))), null),
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey [affinity]",
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey [label-key-syntax]",
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey [label-key-syntax]"),
        bad("should_check_label_values_in_a_pod_anti_affinity_selector",
            affinity(null, null, fields("requiredDuringSchedulingIgnoredDuringExecution", List.of(
                obj("topologyKey", "kubernetes.io/hostname", "labelSelector", obj("matchExpressions", List.of(
                    obj("key", "app", "operator", "In", "values", List.of("not valid")))))))),
            "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].values[0] [label-value-syntax]"),
        line("should_reject_a_skew_of_zero",
            spec(s -> s.withExtra(fields("topologySpreadConstraints", List.of(
                obj("maxSkew", 0L, "topologyKey", "zone", "whenUnsatisfiable", "DoNotSchedule"))))),
            "Pod/web spec.topologySpreadConstraints[0].maxSkew: must be greater than zero (was 0) [topology-spread-constraint]"),
        bad("should_reject_an_unknown_when_unsatisfiable",
            spec(s -> s.withExtra(fields("topologySpreadConstraints", List.of(
                obj("maxSkew", 1L, "topologyKey", "zone", "whenUnsatisfiable", "Never"))))),
            "spec.topologySpreadConstraints[0].whenUnsatisfiable [topology-spread-constraint]"),
        bad("should_reject_a_repeated_topology_spread_constraint",
            spec(s -> s.withExtra(fields("topologySpreadConstraints", List.of(
                obj("maxSkew", 1L, "topologyKey", "zone", "whenUnsatisfiable", "DoNotSchedule"),
                obj("maxSkew", 2L, "topologyKey", "zone", "whenUnsatisfiable", "DoNotSchedule"))))),
            "spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable} [topology-spread-constraint]"),
        bad("should_reject_min_domains_with_schedule_anyway",
            spec(s -> s.withExtra(fields("topologySpreadConstraints", List.of(
                obj("maxSkew", 1L, "topologyKey", "zone", "whenUnsatisfiable", "ScheduleAnyway", "minDomains", 2L))))),
            "spec.topologySpreadConstraints[0].minDomains [topology-spread-constraint]"),
        bad("should_reject_a_host_alias_without_a_valid_ip",
            spec(s -> s.withExtra(fields("hostAliases", List.of(obj("ip", "localhost", "hostnames", List.of("a.local")))))),
            "spec.hostAliases[0].ip [host-alias]"),
        bad("should_reject_a_repeated_scheduling_gate",
            spec(s -> s.withExtra(fields("schedulingGates", List.of(obj("name", "example.com/gate"), obj("name", "example.com/gate"))))),
            "spec.schedulingGates[1] [pod-gate]"),
        bad("should_reject_a_readiness_gate_that_is_no_qualified_name",
            spec(s -> s.withExtra(fields("readinessGates", List.of(obj("conditionType", "ready now"))))),
            "spec.readinessGates[0].conditionType [pod-gate]"),
        line("should_reject_an_unknown_os", spec(s -> s.withExtra(fields("os", obj("name", "macos")))),
            "Pod/web spec.os: must be one of \"linux\", \"windows\" (was \"macos\") [pod-os]"),
        bad("should_reject_run_as_user_in_a_windows_pod",
            spec(s -> s.withExtra(fields("os", obj("name", "windows")))
                .withSecurityContext(PodSecurityContext.builder().runAsUser(1000L).build())),
            "spec.securityContext.runAsUser [pod-os]"),
        line("should_reject_a_pod_deletion_cost_that_is_no_int32",
            annotation("controller.kubernetes.io/pod-deletion-cost", "2147483648"),
            "Pod/web metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: must be a 32-bit integer (was \"2147483648\") [pod-annotation]"),
        bad("should_reject_a_pod_deletion_cost_with_a_plus_sign",
            annotation("controller.kubernetes.io/pod-deletion-cost", "+10"),
            "metadata.annotations[controller.kubernetes.io/pod-deletion-cost] [pod-annotation]"),
        bad("should_reject_an_app_armor_annotation_for_a_missing_container",
            annotation("container.apparmor.security.beta.kubernetes.io/api", "runtime/default"),
            "metadata.annotations[container.apparmor.security.beta.kubernetes.io/api] [pod-annotation]"),
        bad("should_reject_an_unknown_seccomp_annotation_profile",
            annotation("seccomp.security.alpha.kubernetes.io/pod", "strict"),
            "metadata.annotations.seccomp.security.alpha.kubernetes.io/pod [pod-annotation]"),
        bad("should_require_a_node_name_for_a_mirror_pod", annotation("kubernetes.io/config.mirror", "abc"),
            "metadata.annotations[kubernetes.io/config.mirror] [pod-annotation]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void should_report_each_broken_pod_field_at_its_path(Case c) {
    // GIVEN the valid baseline with one pod-level field broken
    Pod pod = c.change().apply(pod());
    // WHEN validating it
    List<Violation> violations = validatePod(pod);
    // THEN exactly the expected violations are reported
    PodFixtures.check(c, violations);
  }

  static Stream<Case> valid() {
    return Stream.of(
        bad("should_accept_three_nameservers_and_32_searches_with_trailing_dots",
            spec(s -> s.withDnsConfig(PodDNSConfig.builder().addNameservers("1.1.1.1", "2001:db8::1", "010.0.0.1")
                .searches(Collections.nCopies(32, "svc.cluster.local.")).build()))),
        bad("should_accept_dns_policy_none_with_a_nameserver",
            spec(s -> s.withDnsPolicy("None").withDnsConfig(PodDNSConfig.builder().addNameserver("1.1.1.1").build()))),
        bad("should_accept_the_active_deadline_at_its_maximum", spec(s -> s.withActiveDeadlineSeconds(2147483647L))),
        bad("should_accept_a_negative_termination_grace_period", spec(s -> s.withTerminationGracePeriodSeconds(-1L))),
        bad("should_accept_tolerations_of_every_shape",
            spec(s -> s.withTolerations(
                Toleration.builder().operator("Exists").build(),
                Toleration.builder().key("k").value("v").effect("NoExecute").tolerationSeconds(30L).build(),
                Toleration.builder().key("example.com/k").operator("Exists").effect("PreferNoSchedule").build()))),
        bad("should_accept_affinity_weights_1_and_100_and_gt_values",
            affinity(fields("preferredDuringSchedulingIgnoredDuringExecution", List.of(
                obj("weight", 1L, "preference", obj("matchExpressions", List.of(obj("key", "cpus", "operator", "Gt",
                    "values", List.of("4"))))),
                obj("weight", 100L, "preference", obj("matchExpressions", List.of(obj("key", "zone", "operator", "In",
                    "values", List.of("any value here is tolerated"))))))), null, null)),
        bad("should_accept_the_smallest_int32_deletion_cost",
            annotation("controller.kubernetes.io/pod-deletion-cost", "-2147483648")),
        bad("should_accept_app_armor_and_seccomp_annotations_naming_the_container",
            p -> p.withMetadata(ObjectMeta.builder().from(p.metadata())
                .putAnnotation("container.apparmor.security.beta.kubernetes.io/web", "localhost/deny-write")
                .putAnnotation("seccomp.security.alpha.kubernetes.io/pod", "localhost/profiles/audit.json")
                .putAnnotation("container.seccomp.security.alpha.kubernetes.io/web", "runtime/default").build())),
        bad("should_accept_sysctls_of_both_spellings",
            spec(s -> s.withSecurityContext(PodSecurityContext.builder().extra(fields("sysctls", List.of(
                obj("name", "kernel.shm_rmid_forced", "value", "0"), obj("name", "net/ipv4/ip_local_port_range",
                    "value", "1024 65535")))).build()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void should_accept_valid_pod_fields_and_values_at_the_limits(Case c) {
    // GIVEN a valid variation of the baseline
    Pod pod = c.change().apply(pod());
    // WHEN validating it
    List<Violation> violations = validatePod(pod);
    // THEN nothing is reported
    assertThat(violations).isEmpty();
  }

  @Test
  void should_report_template_labels_and_annotations_at_the_template_path_as_upstream() {
    // GIVEN a Deployment's pod template with a bad label value and a bad annotation key
    PodTemplateSpec template = PodTemplateSpec.builder()
        .metadata(ObjectMeta.builder().putLabel("app", "web server").putAnnotation("bad key", "x").build())
        .spec(pod().spec())
        .build();
    Violations v = new Violations("Deployment/web");
    // WHEN validating the template
    PodValidation.podTemplateSpec(template, FieldPath.of("spec", "template"), v);
    // THEN the paths are upstream's: spec.template.labels, not spec.template.metadata.labels
    assertThat(v.list()).extracting(x -> x.path() + " [" + x.ruleId() + "]").containsExactly(
        "spec.template.labels [label-value-syntax]", "spec.template.annotations [annotation-key-syntax]");
  }

  @Test
  void should_refuse_a_deployment_template_that_restarts_on_failure() {
    // GIVEN a Deployment template with restartPolicy OnFailure
    PodSpec spec = pod().spec().withRestartPolicy("OnFailure");
    Violations v = new Violations("Deployment/web");
    // WHEN checking it against what a Deployment allows
    PodValidation.templateRestartPolicy(spec, FieldPath.of("spec", "template", "spec"), Set.of("Always"), v);
    // THEN it is refused at the template's restartPolicy
    assertThat(v.list()).extracting(Violation::toString).containsExactly(
        "Deployment/web spec.template.spec.restartPolicy: must be \"Always\" here (was \"OnFailure\") [restart-policy-not-allowed]");
  }

  @Test
  void should_refuse_a_job_template_without_restart_policy_since_it_defaults_to_always() {
    // GIVEN a CronJob's pod template without restartPolicy
    PodSpec spec = pod().spec();
    Violations v = new Violations("CronJob/nightly");
    // WHEN checking it against what a Job allows
    PodValidation.templateRestartPolicy(spec, FieldPath.of("spec", "jobTemplate", "spec", "template", "spec"),
        Set.of("OnFailure", "Never"), v);
    // THEN it is refused, naming the default
    assertThat(v.list()).extracting(Violation::toString).containsExactly(
        "CronJob/nightly spec.jobTemplate.spec.template.spec.restartPolicy: must be one of \"OnFailure\", \"Never\" here (was unset, which defaults to \"Always\") [restart-policy-not-allowed]");
  }

  private static UnaryOperator<Pod> affinity(Fields node, Fields pod, Fields anti) {
    Affinity.Builder b = Affinity.builder();
    if (node != null) {
      b.nodeAffinity(node);
    }
    if (pod != null) {
      b.podAffinity(pod);
    }
    if (anti != null) {
      b.podAntiAffinity(anti);
    }
    Affinity a = b.build();
    return spec(s -> s.withAffinity(a));
  }

  private static UnaryOperator<Pod> annotation(String key, String value) {
    return p -> p.withMetadata(ObjectMeta.builder().from(p.metadata()).putAnnotation(key, value).build());
  }
}
