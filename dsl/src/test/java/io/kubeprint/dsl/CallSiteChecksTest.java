package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.port;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.dsl.Violated.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.workload.Deployment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One rule for the DSL's checks: null arguments are NullPointerExceptions; values land in the object and
 * validation reports them all at once with object, path and rule; what cannot land (a fraction of a second) is an
 * IllegalArgumentException naming the parameter.
 */
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
  void should_report_a_blank_name_and_a_blank_key_at_validation() {
    ConfigMap cm = configMap("cm").data("", "v").build();

    assertThat(errors(service(" ").port(80).build(), cm)).hasSize(2)
        .anyMatch(line -> line.startsWith("ConfigMap/cm data[]: ") && line.endsWith("[configmap-key-syntax]"))
        .anyMatch(line -> line.startsWith("Service/  metadata.name: ") && line.endsWith("[name-syntax]"));
  }

  @Test
  void should_report_every_value_of_a_deployment_at_validation_at_once_with_object_path_and_rule() {
    Deployment web = deployment("web").replicas(-1).minReady(Duration.ofSeconds(-1)).podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").port(70000, "http")
            .readinessProbe(httpGet("/", 0).period(Duration.ofSeconds(-5))))
        .build();

    assertThat(web.spec().replicas()).contains(-1);
    assertThat(errors(web)).containsExactly(
        "Deployment/web spec.minReadySeconds: must be greater than or equal to 0 (was -1) [min-ready-seconds-nonnegative]",
        "Deployment/web spec.replicas: must be greater than or equal to 0 (was -1) [replicas-nonnegative]",
        "Deployment/web spec.template.spec.containers[0].ports[0].containerPort: must be between 1 and 65535,"
            + " inclusive (was 70000) [port-range]",
        "Deployment/web spec.template.spec.containers[0].readinessProbe.httpGet.port: must be between 1 and 65535,"
            + " inclusive (was 0) [port-range]",
        "Deployment/web spec.template.spec.containers[0].readinessProbe.periodSeconds: must be greater than or equal"
            + " to 0 (was -5) [probe-timing]");
  }

  @Test
  void should_refuse_to_render_a_bundle_with_such_values_listing_every_violation() {
    Deployment web = deployment("web").replicas(-1).podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").port(port(0, "http"))).build();

    assertThatThrownBy(() -> Bundle.of(web).requireValid())
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("2 violations\n"
            + "Deployment/web spec.replicas: must be greater than or equal to 0 (was -1) [replicas-nonnegative]\n"
            + "Deployment/web spec.template.spec.containers[0].ports[0].containerPort: is required"
            + " [container-port-required]");
  }

  @Test
  void should_report_negative_counts_and_durations_of_cron_jobs_at_validation() {
    var c = cronJob("c").schedule("* * * * *").backoffLimit(-2).startingDeadline(Duration.ofMinutes(-5))
        .container(container("c", "busybox:1.37")).build();

    assertThat(errors(c)).containsExactly(
        "CronJob/c spec.jobTemplate.spec.backoffLimit: must be greater than or equal to 0 (was -2)"
            + " [job-field-nonnegative]",
        "CronJob/c spec.startingDeadlineSeconds: must be greater than or equal to 0 (was -300)"
            + " [starting-deadline-nonnegative]");
  }

  @Test
  void should_report_a_missing_key_and_an_invalid_key_together_with_the_objects_that_hold_them() {
    ConfigMap settings = configMap("settings").data("bad key!", "x").data("mode", "fast").build();
    Deployment api = deployment("api").podLabels(labels("app", "api"))
        .container(container("api", "api:1").env("MODE", fromConfigMap(settings, "mdoe"))).build();

    assertThat(errors(settings, api)).containsExactly(
        "ConfigMap/settings data[bad key!]: a valid config key must consist of alphanumeric characters, '-', '_' or"
            + " '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is"
            + " '[-._a-zA-Z0-9]+') (was \"bad key!\") [configmap-key-syntax]",
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key: must be a key of"
            + " ConfigMap/settings (was \"mdoe\"); it has: bad key!, mode [config-map-key-not-found]");
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
  void should_report_a_rolling_update_bound_that_is_not_a_percentage_at_validation() {
    Deployment web = deployment("web").podLabels(labels("app", "web")).container(container("web", "nginx:1.27"))
        .rollingUpdate("25", "0%").build();

    assertThat(errors(web)).containsExactly("Deployment/web spec.strategy.rollingUpdate.maxSurge: a valid percent"
        + " string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for"
        + " validation is '[0-9]+%') (was \"25\") [rolling-update-int-or-percent]");
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
