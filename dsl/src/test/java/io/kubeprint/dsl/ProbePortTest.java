package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.tcpSocket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.workload.Deployment;
import org.junit.jupiter.api.Test;

/** A probe (or hook) on a port name its container does not declare is a violation in a bundle built in code. */
class ProbePortTest {

  private static Deployment web(ProbeBuilder readiness) {
    return deployment("web").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").port(80, "http").readinessProbe(readiness)).build();
  }

  @Test
  void should_report_a_readiness_probe_on_a_misspelt_port_name_with_object_path_and_rule() {
    // GIVEN a new user's typo: the port is named http, the probe says htpp
    Deployment d = web(httpGet("/", "htpp"));
    // WHEN validating the bundle THEN the probe's port is an error, with the closest name
    assertThat(Violated.errors(d)).containsExactly(
        "Deployment/web spec.template.spec.containers[0].readinessProbe.httpGet.port: must name a port of container"
            + " \"web\" (was \"htpp\"); it has ports http; did you mean \"http\"? [probe-port-not-declared]");
  }

  @Test
  void should_accept_a_probe_on_a_declared_port_name() {
    assertThat(Violated.errors(web(httpGet("/", "http")))).isEmpty();
  }

  @Test
  void should_refuse_to_render_a_bundle_with_the_wrong_probe_port() {
    Bundle b = Bundle.of(web(tcpSocket("htpp")));

    assertThatThrownBy(() -> ManifestValidationException.throwIfErrors(b.validate()))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessageContaining("spec.template.spec.containers[0].readinessProbe.tcpSocket.port")
        .hasMessageContaining("[probe-port-not-declared]");
  }

  @Test
  void should_resolve_a_probe_of_a_pod_against_its_own_container_only() {
    // GIVEN two containers, the second probing the first one's port by name
    var p = pod("web").container(container("web", "nginx:1.27").port(80, "http"))
        .container(container("exporter", "exporter:1").livenessProbe(httpGet("/metrics", "http"))).build();
    // WHEN validating THEN the kubelet would not find it: reported on the second container
    assertThat(Violated.errors(p)).containsExactly(
        "Pod/web spec.containers[1].livenessProbe.httpGet.port: must name a port of container \"exporter\""
            + " (was \"http\"); it has no named port [probe-port-not-declared]");
  }

  @Test
  void should_report_a_hook_and_a_cron_job_probe_at_their_paths() {
    var c = cronJob("backup").schedule("0 3 * * *").container(container("backup", "backup:1").port(9000, "admin")
        .startupProbe(tcpSocket("amdin")).preStop(Hook.httpGet("/flush", "flush"))).build();

    assertThat(Violated.errors(c)).containsExactly(
        "CronJob/backup spec.jobTemplate.spec.template.spec.containers[0].lifecycle.preStop.httpGet.port: must name a"
            + " port of container \"backup\" (was \"flush\"); it has ports admin [probe-port-not-declared]",
        "CronJob/backup spec.jobTemplate.spec.template.spec.containers[0].startupProbe.tcpSocket.port: must name a"
            + " port of container \"backup\" (was \"amdin\"); it has ports admin; did you mean \"admin\"?"
            + " [probe-port-not-declared]");
  }

  @Test
  void should_follow_the_bundle_switch_for_checks_across_objects() {
    Bundle b = Bundle.of(web(httpGet("/", "htpp")));

    assertThat(b.withCrossObjectChecks(CrossObjectChecks.WARNING).validate())
        .allMatch(v -> !v.isError()).isNotEmpty();
    assertThat(b.withCrossObjectChecks(CrossObjectChecks.OFF).validate()).isEmpty();
  }
}
