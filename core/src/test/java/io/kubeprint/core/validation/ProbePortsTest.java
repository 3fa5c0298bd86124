package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.deployment;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static io.kubeprint.core.validation.CrossObjectFixtures.port;
import static io.kubeprint.core.validation.CrossObjectFixtures.spec;
import static io.kubeprint.core.validation.CrossObjectFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.TCPSocketAction;
import io.kubeprint.core.workload.Pod;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A probe or hook on a named port reaches a port its own container declares, as the kubelet resolves it. */
class ProbePortsTest {
  private static final Map<String, String> WEB = Map.of("app", "web");

  private static Probe httpGet(String port) {
    return Probe.builder().httpGet(HTTPGetAction.builder().path("/").port(IntOrString.of(port)).build()).build();
  }

  private static Probe tcpSocket(String port) {
    return Probe.builder().tcpSocket(TCPSocketAction.builder().port(IntOrString.of(port)).build()).build();
  }

  private static Container web() {
    return container("web", port(8080, "http"));
  }

  @Test
  void should_accept_probes_on_a_port_name_the_container_declares_or_on_numbers() {
    // GIVEN probes by name, by number, and a hook by name
    Container c = Container.builder().from(web()).readinessProbe(httpGet("http")).livenessProbe(tcpSocket("http"))
        .startupProbe(Probe.builder().httpGet(HTTPGetAction.builder().port(IntOrString.of(8080)).build()).build())
        .extra(Fields.of("lifecycle", Map.of("preStop", Map.of("httpGet", Map.of("path", "/quit", "port", "http")))))
        .build();
    // WHEN checking THEN nothing is reported
    assertThat(check(Bundle.of(deployment("web", WEB, c)))).isEmpty();
  }

  @Test
  void should_reject_a_readiness_probe_on_a_port_name_the_container_does_not_declare() {
    // GIVEN a typo in the probe's port name
    Container c = Container.builder().from(web()).readinessProbe(httpGet("htpp")).build();
    // WHEN checking THEN the probe's port is reported, with the closest name
    assertThat(check(Bundle.of(deployment("web", WEB, c)))).containsExactly(
        "Deployment/web spec.template.spec.containers[0].readinessProbe.httpGet.port: must name a port of "
            + "container \"web\" (was \"htpp\"); it has ports http; did you mean \"http\"? [probe-port-not-declared]");
  }

  @Test
  void should_resolve_the_name_against_the_same_container_only() {
    // GIVEN the port declared by the other container of the pod
    Container sidecar = Container.builder().name("proxy").image("envoy:1.31").livenessProbe(tcpSocket("http")).build();
    Pod pod = Pod.builder().metadata(meta("p")).spec(spec(web(), sidecar)).build();
    // WHEN checking THEN the probe of the container without it is reported
    assertThat(check(Bundle.of(pod))).containsExactly(
        "Pod/p spec.containers[1].livenessProbe.tcpSocket.port: must name a port of container \"proxy\" "
            + "(was \"http\"); it has no named port [probe-port-not-declared]");
  }

  @Test
  void should_reject_every_wrong_probe_and_hook_of_a_cronjob_and_its_sidecars_at_once() {
    // GIVEN a CronJob whose container and sidecar probe and hook undeclared names
    Container main = Container.builder().from(web()).startupProbe(tcpSocket("metrics"))
        .extra(Fields.of("lifecycle", Map.of("postStart", Map.of("httpGet", Map.of("port", "admin")),
            "preStop", Map.of("tcpSocket", Map.of("port", "ignored"))))).build();
    Container sidecar = Container.builder().name("log").image("fluent-bit:3").restartPolicy("Always")
        .readinessProbe(httpGet("health")).build();
    Container init = Container.builder().name("init").image("busybox:1.36").build();
    CronJob cj = CronJob.builder().metadata(meta("backup")).spec(CronJobSpec.builder().schedule("0 3 * * *")
        .jobTemplate(JobTemplateSpec.builder().spec(JobSpec.builder().template(template(WEB,
            spec(main).withInitContainers(init, sidecar).withRestartPolicy("Never"))).build()).build()).build()).build();
    // WHEN checking THEN each is reported at its path (a tcpSocket hook the kubelet never runs is not)
    String at = "CronJob/backup spec.jobTemplate.spec.template.spec.";
    assertThat(check(Bundle.of(cj))).containsExactly(
        at + "containers[0].lifecycle.postStart.httpGet.port: must name a port of container \"web\" (was \"admin\"); "
            + "it has ports http [probe-port-not-declared]",
        at + "containers[0].startupProbe.tcpSocket.port: must name a port of container \"web\" (was \"metrics\"); "
            + "it has ports http [probe-port-not-declared]",
        at + "initContainers[1].readinessProbe.httpGet.port: must name a port of container \"log\" (was \"health\"); "
            + "it has no named port [probe-port-not-declared]");
  }

  @Test
  void should_leave_a_malformed_port_name_to_the_api_server_rule() {
    // GIVEN a name the API server refuses (port-name-syntax)
    Container c = Container.builder().from(web()).livenessProbe(httpGet("HTTP")).build();
    // WHEN checking across objects THEN nothing more is said of it
    assertThat(check(Bundle.of(deployment("web", WEB, c)))).isEmpty();
  }

  @Test
  void should_be_a_warning_for_files_and_an_error_in_code() {
    Bundle b = Bundle.of(deployment("web", WEB, Container.builder().from(web()).readinessProbe(httpGet("htpp")).build()));
    assertThat(Validator.validate(b)).filteredOn(x -> x.ruleId().equals("probe-port-not-declared"))
        .extracting(Violation::severity).containsExactly(Severity.ERROR);
    assertThat(Validator.validate(b, Severity.WARNING)).filteredOn(x -> x.ruleId().equals("probe-port-not-declared"))
        .extracting(Violation::severity).containsExactly(Severity.WARNING);
  }
}
