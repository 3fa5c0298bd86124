package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodFixtures.addContainer;
import static io.kubeprint.core.validation.PodFixtures.addInit;
import static io.kubeprint.core.validation.PodFixtures.bad;
import static io.kubeprint.core.validation.PodFixtures.c;
import static io.kubeprint.core.validation.PodFixtures.container;
import static io.kubeprint.core.validation.PodFixtures.fields;
import static io.kubeprint.core.validation.PodFixtures.line;
import static io.kubeprint.core.validation.PodFixtures.obj;
import static io.kubeprint.core.validation.PodFixtures.pod;
import static io.kubeprint.core.validation.PodFixtures.spec;
import static io.kubeprint.core.validation.PodFixtures.validatePod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Capabilities;
import io.kubeprint.core.pod.ConfigMapEnvSource;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.ExecAction;
import io.kubeprint.core.pod.GRPCAction;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.HTTPHeader;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.PodSecurityContext;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceFieldSelector;
import io.kubeprint.core.pod.ResourceRequirements;
import io.kubeprint.core.pod.SecretEnvSource;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.TCPSocketAction;
import io.kubeprint.core.validation.PodFixtures.Case;
import io.kubeprint.core.workload.Pod;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Containers of a pod spec: names, images, ports, env, resources, probes, hooks and security contexts. */
class ContainerValidationTest {

  static Stream<Case> invalid() {
    return Stream.of(
        line("should_require_at_least_one_container", spec(s -> s.withContainers(List.of())),
            "Pod/web spec.containers: at least one container is required [containers-required]"),
        line("should_require_a_container_name", container(x -> x.withName("")),
            "Pod/web spec.containers[0].name: is required [container-name]"),
        bad("should_reject_a_container_name_that_is_not_a_dns_label", container(x -> x.withName("Web_1")),
            "spec.containers[0].name [container-name]"),
        line("should_reject_two_containers_with_one_name", addContainer(c("web").build()),
            "Pod/web spec.containers[1].name: must be unique among the pod's containers (was \"web\" again) [container-name-duplicate]"),
        bad("should_reject_an_init_container_named_like_a_container", addInit(c("web").build()),
            "spec.initContainers[0].name [container-name-duplicate]"),
        line("should_require_an_image", container(x -> x.withImage("")),
            "Pod/web spec.containers[0].image: is required [image-required]"),
        line("should_reject_whitespace_around_the_image_of_a_pod", container(x -> x.withImage(" nginx")),
            "Pod/web spec.containers[0].image: must not have leading or trailing whitespace (was \" nginx\") [image-whitespace]"),
        line("should_reject_an_unknown_image_pull_policy", container(x -> x.withImagePullPolicy("Sometimes")),
            "Pod/web spec.containers[0].imagePullPolicy: must be one of \"Always\", \"IfNotPresent\", \"Never\" (was \"Sometimes\") [image-pull-policy]"),
        bad("should_reject_an_unknown_termination_message_policy",
            container(x -> x.withExtra(fields("terminationMessagePolicy", "Always"))),
            "spec.containers[0].terminationMessagePolicy [termination-message-policy]"),
        // Ports
        line("should_require_a_container_port", container(x -> x.withPorts(ContainerPort.builder().name("http").build())),
            "Pod/web spec.containers[0].ports[0].containerPort: is required [container-port-required]"),
        line("should_reject_a_container_port_above_65535", container(x -> x.withPorts(port("http", 70000))),
            "Pod/web spec.containers[0].ports[0].containerPort: must be between 1 and 65535, inclusive (was 70000) [port-range]"),
        bad("should_reject_a_negative_host_port",
            container(x -> x.withPorts(ContainerPort.builder().containerPort(80).hostPort(-1).build())),
            "spec.containers[0].ports[0].hostPort [port-range]"),
        line("should_reject_a_port_name_with_an_underscore", container(x -> x.withPorts(port("http_server", 80))),
            "Pod/web spec.containers[0].ports[0].name: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-) (was \"http_server\") [port-name-syntax]"),
        bad("should_reject_a_port_name_longer_than_15_characters",
            container(x -> x.withPorts(port("http-server-main", 80))),
            "spec.containers[0].ports[0].name [port-name-syntax]"),
        line("should_reject_two_ports_with_one_name_in_a_container",
            container(x -> x.withPorts(port("http", 80), port("http", 81))),
            "Pod/web spec.containers[0].ports[1].name: must be unique within the container (was \"http\" again) [port-name-duplicate]"),
        line("should_reject_an_unknown_protocol",
            container(x -> x.withPorts(ContainerPort.builder().containerPort(80).protocol("HTTP").build())),
            "Pod/web spec.containers[0].ports[0].protocol: must be one of \"SCTP\", \"TCP\", \"UDP\" (was \"HTTP\") [port-protocol]"),
        line("should_reject_two_containers_on_one_host_port",
            addContainer(c("b").addPort(ContainerPort.builder().containerPort(81).hostPort(80).build()).build())
                .andThen(container(x -> x.withPorts(ContainerPort.builder().containerPort(80).hostPort(80).build())))::apply,
            "Pod/web spec.containers[1].ports[0].hostPort: must be unique per protocol and hostIP in the pod (was \"TCP//80\" again) [host-port-conflict]"),
        bad("should_default_host_ports_of_a_host_network_pod_and_find_the_conflict",
            spec(s -> s.withHostNetwork(true)).andThen(addContainer(c("b").addPort(port("web", 80)).build()))::apply,
            "spec.containers[1].ports[0].hostPort [host-port-conflict]"),
        line("should_reject_a_host_port_other_than_the_container_port_with_host_network",
            spec(s -> s.withHostNetwork(true))
                .andThen(container(x -> x.withPorts(ContainerPort.builder().containerPort(80).hostPort(8080).build())))::apply,
            "Pod/web spec.containers[0].ports[0].hostPort: must equal containerPort 80 when hostNetwork is true (was 8080) [host-network-host-port]"),
        // Env
        line("should_require_an_env_name", container(x -> x.withEnv(EnvVar.builder().value("x").build())),
            "Pod/web spec.containers[0].env[0].name: is required [env-name]"),
        line("should_reject_an_env_name_with_an_equals_sign", container(x -> x.withEnv(EnvVar.builder().name("A=B").build())),
            "Pod/web spec.containers[0].env[0].name: a valid environment variable name must consist only of printable ASCII characters other than '=' (was \"A=B\") [env-name]"),
        line("should_reject_a_value_beside_value_from",
            container(x -> x.withEnv(EnvVar.builder().name("A").value("x").valueFrom(fieldRef("metadata.name")).build())),
            "Pod/web spec.containers[0].env[0].valueFrom: must not be set when value is not empty (was 1 source) [env-value-from]"),
        bad("should_reject_two_value_sources",
            container(x -> x.withEnv(EnvVar.builder().name("A").valueFrom(EnvVarSource.builder()
                .fieldRef(ObjectFieldSelector.builder().fieldPath("metadata.name").build())
                .configMapKeyRef(ConfigMapKeySelector.builder().name("cfg").key("k").build()).build()).build())),
            "spec.containers[0].env[0].valueFrom [env-value-from]"),
        bad("should_reject_value_from_without_a_source",
            container(x -> x.withEnv(EnvVar.builder().name("A").valueFrom(EnvVarSource.builder().build()).build())),
            "spec.containers[0].env[0].valueFrom [env-value-from]"),
        bad("should_reject_a_config_map_key_ref_without_a_name",
            container(x -> x.withEnv(env(EnvVarSource.builder()
                .configMapKeyRef(ConfigMapKeySelector.builder().key("k").build()).build()))),
            "spec.containers[0].env[0].valueFrom.configMapKeyRef.name [env-key-ref]"),
        bad("should_reject_a_config_map_key_with_a_space",
            container(x -> x.withEnv(env(EnvVarSource.builder()
                .configMapKeyRef(ConfigMapKeySelector.builder().name("cfg").key("a key").build()).build()))),
            "spec.containers[0].env[0].valueFrom.configMapKeyRef.key [env-key-ref]"),
        line("should_require_a_secret_key",
            container(x -> x.withEnv(env(EnvVarSource.builder()
                .secretKeyRef(SecretKeySelector.builder().name("db").build()).build()))),
            "Pod/web spec.containers[0].env[0].valueFrom.secretKeyRef.key: is required [env-key-ref]"),
        line("should_reject_metadata_labels_as_an_env_field",
            container(x -> x.withEnv(env(fieldRef("metadata.labels")))),
            "Pod/web spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: must be one of \"metadata.name\", \"metadata.namespace\", \"metadata.uid\", \"spec.nodeName\", \"spec.serviceAccountName\", \"status.hostIP\", \"status.hostIPs\", \"status.podIP\", \"status.podIPs\" (was \"metadata.labels\") [env-field-ref]"),
        bad("should_reject_an_unknown_field_label", container(x -> x.withEnv(env(fieldRef("spec.containers")))),
            "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath [env-field-ref]"),
        bad("should_reject_a_label_subscript_that_is_no_label_key",
            container(x -> x.withEnv(env(fieldRef("metadata.labels['bad key']")))),
            "spec.containers[0].env[0].valueFrom.fieldRef [env-field-ref]"),
        bad("should_reject_a_field_ref_in_another_api_version",
            container(x -> x.withEnv(env(EnvVarSource.builder().fieldRef(
                ObjectFieldSelector.builder().apiVersion("v2").fieldPath("metadata.name").build()).build()))),
            "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath [env-field-ref]"),
        bad("should_reject_an_unknown_resource_field",
            container(x -> x.withEnv(env(EnvVarSource.builder().resourceFieldRef(
                ResourceFieldSelector.builder().resource("limits.gpu").build()).build()))),
            "spec.containers[0].env[0].valueFrom.resourceFieldRef.resource [env-resource-field-ref]"),
        line("should_reject_a_memory_divisor_for_cpu",
            container(x -> x.withEnv(env(EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
                .resource("limits.cpu").divisor(Quantity.parse("1Mi")).build()).build()))),
            "Pod/web spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: must be 1m or 1 for the cpu resource (was 1Mi) [env-resource-field-ref]"),
        bad("should_reject_a_non_canonical_memory_divisor",
            container(x -> x.withEnv(env(EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
                .resource("requests.memory").divisor(Quantity.parse("1024")).build()).build()))),
            "spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor [env-resource-field-ref]"),
        bad("should_reject_env_from_with_two_sources",
            container(x -> x.withEnvFrom(EnvFromSource.builder()
                .configMapRef(ConfigMapEnvSource.builder().name("cfg").build())
                .secretRef(SecretEnvSource.builder().name("sec").build()).build())),
            "spec.containers[0].envFrom [env-from]"),
        bad("should_reject_env_from_without_a_source", container(x -> x.withEnvFrom(EnvFromSource.builder().build())),
            "spec.containers[0].envFrom [env-from]"),
        bad("should_reject_an_env_from_prefix_with_an_equals_sign",
            container(x -> x.withEnvFrom(EnvFromSource.builder().prefix("A=")
                .configMapRef(ConfigMapEnvSource.builder().name("cfg").build()).build())),
            "spec.containers[0].envFrom[0].prefix [env-from]"),
        line("should_require_the_config_map_name_of_env_from",
            container(x -> x.withEnvFrom(EnvFromSource.builder().configMapRef(ConfigMapEnvSource.builder().build()).build())),
            "Pod/web spec.containers[0].envFrom[0].configMapRef.name: is required [env-from]"),
        // Resources
        bad("should_reject_an_unprefixed_resource_that_is_not_standard",
            container(x -> x.withResources(requests("gpu", "1"))),
            "spec.containers[0].resources.requests[gpu] [resource-name]",
            "spec.containers[0].resources.requests[gpu] [resource-name]"),
        bad("should_check_a_pod_limit_again_as_the_request_it_defaults",
            container(x -> x.withResources(limits("gpu", "1"))),
            "spec.containers[0].resources.limits[gpu] [resource-name]",
            "spec.containers[0].resources.limits[gpu] [resource-name]",
            "spec.containers[0].resources.requests[gpu] [resource-name]",
            "spec.containers[0].resources.requests[gpu] [resource-name]"),
        line("should_reject_a_quota_resource_in_a_container",
            container(x -> x.withResources(requests("pods", "1"))),
            "Pod/web spec.containers[0].resources.requests[pods]: must be a standard resource for containers (was \"pods\") [resource-name]"),
        line("should_reject_a_negative_quantity", container(x -> x.withResources(requests("cpu", "-1"))),
            "Pod/web spec.containers[0].resources.requests[cpu]: must be greater than or equal to 0 (was -1) [resource-quantity]"),
        bad("should_reject_a_malformed_quantity",
            container(x -> x.withResources(ResourceRequirements.builder().putLimit("memory", Quantity.of("1 GB")).build())),
            "spec.containers[0].resources.limits[memory] [resource-quantity]"),
        bad("should_reject_a_fraction_of_an_extended_resource",
            container(x -> x.withResources(limits("example.com/dongle", "0.5"))),
            "spec.containers[0].resources.limits[example.com/dongle] [resource-quantity]",
            "spec.containers[0].resources.requests[example.com/dongle] [resource-quantity]"),
        line("should_reject_a_request_above_its_limit",
            container(x -> x.withResources(ResourceRequirements.builder()
                .putRequest("cpu", Quantity.parse("2")).putLimit("cpu", Quantity.parse("1")).build())),
            "Pod/web spec.containers[0].resources.requests: must be less than or equal to the cpu limit of 1 (was 2) [resource-request-limit]"),
        bad("should_require_a_limit_for_an_extended_resource",
            container(x -> x.withResources(ResourceRequirements.builder()
                .putRequest("example.com/dongle", Quantity.parse("1")).build())),
            "spec.containers[0].resources.limits [resource-request-limit]"),
        bad("should_require_an_extended_request_equal_to_its_limit",
            container(x -> x.withResources(ResourceRequirements.builder()
                .putRequest("example.com/dongle", Quantity.parse("1"))
                .putLimit("example.com/dongle", Quantity.parse("2")).build())),
            "spec.containers[0].resources.requests [resource-request-limit]"),
        bad("should_reject_hugepages_that_are_not_whole_pages",
            container(x -> x.withResources(ResourceRequirements.builder()
                .putLimit("hugepages-2Mi", Quantity.parse("3Mi")).putRequest("memory", Quantity.parse("1Gi")).build())),
            "spec.containers[0].resources.limits[hugepages-2Mi] [hugepages]",
            "spec.containers[0].resources.requests[hugepages-2Mi] [hugepages]"),
        bad("should_require_cpu_or_memory_with_hugepages",
            container(x -> x.withResources(limits("hugepages-2Mi", "4Mi"))),
            "spec.containers[0].resources [hugepages]"),
        // Probes
        line("should_require_a_probe_handler", container(x -> x.withLivenessProbe(Probe.builder().build())),
            "Pod/web spec.containers[0].livenessProbe: must name one handler: exec, httpGet, tcpSocket or grpc [probe-handler]"),
        bad("should_reject_a_probe_with_two_handlers",
            container(x -> x.withLivenessProbe(Probe.builder().exec(exec("true"))
                .httpGet(HTTPGetAction.builder().port(IntOrString.of(80)).build()).build())),
            "spec.containers[0].livenessProbe.httpGet [probe-handler]"),
        line("should_require_an_exec_command", container(x -> x.withLivenessProbe(Probe.builder().exec(exec()).build())),
            "Pod/web spec.containers[0].livenessProbe.exec.command: is required [probe-action]"),
        bad("should_reject_an_unknown_http_scheme",
            container(x -> x.withLivenessProbe(Probe.builder().httpGet(HTTPGetAction.builder()
                .port(IntOrString.of(80)).scheme("FTP").build()).build())),
            "spec.containers[0].livenessProbe.httpGet.scheme [probe-action]"),
        bad("should_reject_a_header_name_with_a_space",
            container(x -> x.withLivenessProbe(Probe.builder().httpGet(HTTPGetAction.builder().port(IntOrString.of(80))
                .addHttpHeader(HTTPHeader.builder().name("X Custom").value("v").build()).build()).build())),
            "spec.containers[0].livenessProbe.httpGet.httpHeaders [probe-action]"),
        line("should_require_an_http_probe_port",
            container(x -> x.withLivenessProbe(Probe.builder().httpGet(HTTPGetAction.builder().path("/").build()).build())),
            "Pod/web spec.containers[0].livenessProbe.httpGet.port: must be between 1 and 65535, inclusive (was 0) [port-range]"),
        bad("should_reject_a_probe_port_name_with_an_underscore",
            container(x -> x.withLivenessProbe(Probe.builder()
                .tcpSocket(TCPSocketAction.builder().port(IntOrString.of("my_port")).build()).build())),
            "spec.containers[0].livenessProbe.tcpSocket.port [port-name-syntax]"),
        bad("should_reject_a_grpc_port_out_of_range",
            container(x -> x.withLivenessProbe(Probe.builder().grpc(GRPCAction.builder().port(0).build()).build())),
            "spec.containers[0].livenessProbe.grpc.port [port-range]"),
        line("should_reject_a_negative_initial_delay",
            container(x -> x.withLivenessProbe(Probe.builder().exec(exec("true")).initialDelaySeconds(-1).build())),
            "Pod/web spec.containers[0].livenessProbe.initialDelaySeconds: must be greater than or equal to 0 (was -1) [probe-timing]"),
        bad("should_reject_a_zero_probe_grace_period",
            container(x -> x.withLivenessProbe(Probe.builder().exec(exec("true")).terminationGracePeriodSeconds(0L).build())),
            "spec.containers[0].livenessProbe.terminationGracePeriodSeconds [probe-timing]"),
        line("should_require_success_threshold_one_for_liveness",
            container(x -> x.withLivenessProbe(Probe.builder().exec(exec("true")).successThreshold(2).build())),
            "Pod/web spec.containers[0].livenessProbe.successThreshold: must be 1 (was 2) [probe-success-threshold]"),
        bad("should_require_success_threshold_one_for_startup",
            container(x -> x.withStartupProbe(Probe.builder().exec(exec("true")).successThreshold(3).build())),
            "spec.containers[0].startupProbe.successThreshold [probe-success-threshold]"),
        line("should_reject_a_grace_period_on_a_readiness_probe",
            container(x -> x.withReadinessProbe(Probe.builder().exec(exec("true")).terminationGracePeriodSeconds(5L).build())),
            "Pod/web spec.containers[0].readinessProbe.terminationGracePeriodSeconds: must not be set for a readiness probe (was 5) [readiness-probe-grace-period]"),
        line("should_reject_a_probe_on_an_init_container",
            addInit(c("init").livenessProbe(Probe.builder().exec(exec("true")).build()).build()),
            "Pod/web spec.initContainers[0].livenessProbe: must not be set on an init container without restartPolicy Always (was set) [init-container-probe]"),
        bad("should_reject_a_lifecycle_on_an_init_container",
            addInit(c("init").extra(fields("lifecycle", obj("preStop", obj("exec", obj("command", List.of("x")))))).build()),
            "spec.initContainers[0].lifecycle [init-container-probe]"),
        line("should_reject_a_restart_policy_on_a_regular_container", container(x -> x.withRestartPolicy("Always")),
            "Pod/web spec.containers[0].restartPolicy: must be set only on init containers (was \"Always\") [container-restart-policy]"),
        bad("should_accept_only_always_as_an_init_container_restart_policy",
            addInit(c("init").restartPolicy("OnFailure").build()),
            "spec.initContainers[0].restartPolicy [container-restart-policy]"),
        line("should_reject_a_zero_second_sleep_hook",
            container(x -> x.withExtra(fields("lifecycle", obj("preStop", obj("sleep", obj("seconds", 0L)))))),
            "Pod/web spec.containers[0].lifecycle.preStop.sleep: must be greater than 0 and at most terminationGracePeriodSeconds 30 (was 0) [lifecycle-sleep]"),
        bad("should_reject_a_sleep_longer_than_the_grace_period",
            spec(s -> s.withTerminationGracePeriodSeconds(10L)).andThen(container(x -> x.withExtra(
                fields("lifecycle", obj("preStop", obj("sleep", obj("seconds", 11L)))))))::apply,
            "spec.containers[0].lifecycle.preStop.sleep [lifecycle-sleep]"),
        bad("should_require_a_hook_handler",
            container(x -> x.withExtra(fields("lifecycle", obj("postStart", obj())))),
            "spec.containers[0].lifecycle.postStart [probe-handler]"),
        // Security contexts
        line("should_reject_a_negative_run_as_user",
            container(x -> x.withSecurityContext(SecurityContext.builder().runAsUser(-1L).build())),
            "Pod/web spec.containers[0].securityContext.runAsUser: must be between 0 and 2147483647, inclusive (was -1) [security-context-id]"),
        bad("should_reject_a_supplemental_group_above_the_int32_range",
            spec(s -> s.withSecurityContext(PodSecurityContext.builder().addSupplementalGroup(2147483648L).build())),
            "spec.securityContext.supplementalGroups[0] [security-context-id]"),
        bad("should_reject_a_negative_fs_group",
            spec(s -> s.withSecurityContext(PodSecurityContext.builder().fsGroup(-5L).build())),
            "spec.securityContext.fsGroup [security-context-id]"),
        line("should_reject_no_privilege_escalation_in_a_privileged_container",
            container(x -> x.withSecurityContext(SecurityContext.builder().privileged(true).allowPrivilegeEscalation(false).build())),
            "Pod/web spec.containers[0].securityContext: must not set allowPrivilegeEscalation to false and privileged to true [security-context]"),
        bad("should_reject_no_privilege_escalation_with_cap_sys_admin",
            container(x -> x.withSecurityContext(SecurityContext.builder().allowPrivilegeEscalation(false)
                .capabilities(Capabilities.builder().addAdd("CAP_SYS_ADMIN").build()).build())),
            "spec.containers[0].securityContext [security-context]"),
        bad("should_require_a_localhost_profile_for_localhost_seccomp",
            container(x -> x.withSecurityContext(SecurityContext.builder()
                .extra(fields("seccompProfile", obj("type", "Localhost"))).build())),
            "spec.containers[0].securityContext.seccompProfile.localhostProfile [security-context]"),
        bad("should_reject_an_unknown_app_armor_profile_type",
            container(x -> x.withSecurityContext(SecurityContext.builder()
                .extra(fields("appArmorProfile", obj("type", "Strict"))).build())),
            "spec.containers[0].securityContext.appArmorProfile.type [security-context]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void should_report_each_broken_container_field_at_its_path(Case c) {
    // GIVEN the valid baseline with one field broken
    Pod pod = c.change().apply(pod());
    // WHEN validating it
    List<Violation> violations = validatePod(pod);
    // THEN exactly the expected violations are reported
    PodFixtures.check(c, violations);
  }

  static Stream<Case> valid() {
    return Stream.of(
        bad("should_accept_the_baseline", p -> p),
        bad("should_accept_port_65535_and_a_15_character_port_name",
            container(x -> x.withPorts(port("http-server-one", 65535)))),
        bad("should_accept_one_port_name_in_two_containers",
            addContainer(c("sidecar").addPort(port("http", 8080)).build())),
        bad("should_accept_relaxed_env_names_of_1_32", container(x -> x.withEnv(EnvVar.builder().name("1st VAR.x").build()))),
        bad("should_ignore_proc_mount_whose_feature_is_off_in_1_32",
            container(x -> x.withSecurityContext(SecurityContext.builder().extra(fields("procMount", "Unmasked")).build()))),
        bad("should_accept_probe_timings_of_zero_as_the_defaults",
            container(x -> x.withLivenessProbe(Probe.builder().exec(exec("true")).successThreshold(0).periodSeconds(0)
                .timeoutSeconds(0).failureThreshold(0).build()))),
        bad("should_accept_a_sidecar_with_probes",
            addInit(c("proxy").restartPolicy("Always").readinessProbe(Probe.builder().exec(exec("true")).build()).build())),
        bad("should_accept_an_extended_resource_limited_and_requested_alike",
            container(x -> x.withResources(ResourceRequirements.builder()
                .putRequest("example.com/dongle", Quantity.parse("3")).putLimit("example.com/dongle", Quantity.parse("3")).build()))),
        bad("should_accept_a_request_equal_to_its_limit_after_rounding_to_milli_units",
            container(x -> x.withResources(ResourceRequirements.builder()
                .putRequest("cpu", Quantity.parse("1.0004m")).putLimit("cpu", Quantity.parse("1.0001m")).build()))),
        bad("should_accept_hugepages_with_memory",
            container(x -> x.withResources(ResourceRequirements.builder()
                .putLimit("hugepages-2Mi", Quantity.parse("100Mi")).putLimit("memory", Quantity.parse("100Mi")).build()))),
        bad("should_accept_canonical_divisors",
            container(x -> x.withEnv(
                env(EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
                    .resource("limits.memory").divisor(Quantity.parse("1024Ki")).build()).build()),
                env(EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
                    .resource("requests.cpu").divisor(Quantity.parse("1000m")).build()).build())))),
        bad("should_accept_subscripted_labels_and_the_legacy_spec_host",
            container(x -> x.withEnv(env(fieldRef("metadata.annotations['Example.COM/Key']")),
                env(fieldRef("spec.host"))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void should_accept_valid_containers_and_values_at_the_limits(Case c) {
    // GIVEN a valid variation of the baseline
    Pod pod = c.change().apply(pod());
    // WHEN validating it
    List<Violation> violations = validatePod(pod);
    // THEN nothing is reported
    assertThat(violations).isEmpty();
  }

  @Test
  void should_not_check_image_whitespace_in_a_template() {
    // GIVEN a template whose container image has a trailing space
    PodSpec spec = container(x -> x.withImage("nginx ")).apply(pod()).spec();
    Violations v = new Violations("Deployment/web");
    // WHEN validating it as a template
    PodValidation.podSpec(spec, FieldPath.of("spec", "template", "spec"), v);
    // THEN it passes, as upstream checks whitespace on Pods only
    assertThat(v.list()).isEmpty();
  }

  @Test
  void should_not_default_host_ports_in_a_template() {
    // GIVEN a host-network template whose two containers expose port 80 without host ports
    PodSpec spec = spec(s -> s.withHostNetwork(true)).andThen(addContainer(c("b").addPort(port("web", 80)).build()))
        .apply(pod()).spec();
    Violations v = new Violations("Deployment/web");
    // WHEN validating it as a template
    PodValidation.podSpec(spec, FieldPath.of("spec", "template", "spec"), v);
    // THEN no conflict is reported: only Pods get host ports defaulted to container ports
    assertThat(v.list()).isEmpty();
  }

  @Test
  void should_report_init_container_host_port_conflicts_at_index_0_as_upstream() {
    // GIVEN a second init container binding one host port twice
    Pod pod = addInit(c("a").build()).andThen(addInit(c("b")
        .addPort(ContainerPort.builder().containerPort(1).hostPort(9000).build())
        .addPort(ContainerPort.builder().containerPort(2).hostPort(9000).build()).build()))
        .apply(pod());
    // WHEN validating it
    List<Violation> violations = validatePod(pod);
    // THEN upstream's path (it checks each init container as a list of one) is kept
    assertThat(violations).extracting(Violation::path)
        .containsExactly("spec.initContainers[0].ports[1].hostPort");
  }

  private static ContainerPort port(String name, int number) {
    return ContainerPort.builder().name(name).containerPort(number).build();
  }

  private static EnvVarSource fieldRef(String path) {
    return EnvVarSource.builder().fieldRef(ObjectFieldSelector.builder().fieldPath(path).build()).build();
  }

  private static EnvVar env(EnvVarSource from) {
    return EnvVar.builder().name("V").valueFrom(from).build();
  }

  private static ResourceRequirements requests(String name, String quantity) {
    return ResourceRequirements.builder().putAllRequests(Map.of(name, Quantity.parse(quantity))).build();
  }

  private static ResourceRequirements limits(String name, String quantity) {
    return ResourceRequirements.builder().putAllLimits(Map.of(name, Quantity.parse(quantity))).build();
  }

  private static ExecAction exec(String... command) {
    return ExecAction.builder().addCommand(command).build();
  }
}
