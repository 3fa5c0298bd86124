package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.port;
import static io.kubeprint.dsl.Kube.service;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** STYLE 9: null arguments are NullPointerExceptions, impossible ones IllegalArgumentExceptions naming the parameter. */
class CallSiteChecksTest {

  @Test
  void should_reject_a_null_name_with_a_null_pointer_exception_naming_it() {
    assertThatThrownBy(() -> deployment((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name == null");
    assertThatThrownBy(() -> container("web", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("image == null");
  }

  @Test
  void should_reject_a_blank_name() {
    assertThatThrownBy(() -> service(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be non-blank (was \" \")");
    assertThatThrownBy(() -> configMap("cm").data("", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be non-blank (was \"\")");
  }

  @Test
  void should_reject_negative_replicas() {
    assertThatThrownBy(() -> deployment("web").replicas(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replicas must be >= 0 (was -1)");
  }

  @Test
  void should_reject_negative_counts_of_cron_jobs() {
    assertThatThrownBy(() -> cronJob("c").backoffLimit(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backoffLimit must be >= 0 (was -2)");
    assertThatThrownBy(() -> deployment("web").rollingUpdate(-1, 0))
        .hasMessage("maxSurge must be >= 0 (was -1)");
  }

  @Test
  void should_reject_port_zero_and_ports_above_65535() {
    assertThatThrownBy(() -> container("web", "nginx").port(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("containerPort must be between 1 and 65535 (was 0)");
    assertThatThrownBy(() -> service("web").port(65536))
        .hasMessage("port must be between 1 and 65535 (was 65536)");
    assertThatThrownBy(() -> service("web").port(80, 70000))
        .hasMessage("targetPort must be between 1 and 65535 (was 70000)");
    assertThatThrownBy(() -> httpGet("/", 0)).hasMessage("port must be between 1 and 65535 (was 0)");
    assertThatThrownBy(() -> port(-8080, "http")).hasMessage("containerPort must be between 1 and 65535 (was -8080)");
  }

  @Test
  void should_reject_negative_durations() {
    assertThatThrownBy(() -> deployment("web").minReady(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minReady must be >= 0s (was PT-1S)");
    assertThatThrownBy(() -> cronJob("c").startingDeadline(Duration.ofMinutes(-5)))
        .hasMessage("startingDeadline must be >= 0s (was PT-5M)");
  }

  @Test
  void should_reject_durations_that_are_not_whole_seconds() {
    assertThatThrownBy(() -> httpGet("/healthz", "http").period(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must be a whole number of seconds (was PT1.5S)");
  }

  @Test
  void should_reject_durations_beyond_an_int_field() {
    assertThatThrownBy(() -> deployment("web").progressDeadline(Duration.ofDays(100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progressDeadline must be at most 2147483647 seconds (was PT2400000H)");
  }

  @Test
  void should_reject_a_rolling_update_bound_that_is_not_a_percentage() {
    assertThatThrownBy(() -> deployment("web").rollingUpdate("25", "0%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSurge must be a percentage such as 25% (was \"25\")");
  }

  @Test
  void should_reject_null_elements_in_varargs_naming_their_index() {
    assertThatThrownBy(() -> container("web", "nginx").args("-v", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("args[1] == null");
  }

  @Test
  void should_reject_null_labels_and_durations() {
    assertThatThrownBy(() -> deployment("web").podLabels(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("labels == null");
    assertThatThrownBy(() -> deployment("web").minReady(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("minReady == null");
    assertThatThrownBy(() -> labels("app", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }
}
