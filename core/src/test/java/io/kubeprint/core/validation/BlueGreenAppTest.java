package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.API_KEY;
import static io.kubeprint.core.validation.CrossObjectFixtures.BATCH_JOB;
import static io.kubeprint.core.validation.CrossObjectFixtures.BLUE;
import static io.kubeprint.core.validation.CrossObjectFixtures.GREEN;
import static io.kubeprint.core.validation.CrossObjectFixtures.PROJECT_ID;
import static io.kubeprint.core.validation.CrossObjectFixtures.SECRET_VALUE;
import static io.kubeprint.core.validation.CrossObjectFixtures.WEBSERVER;
import static io.kubeprint.core.validation.CrossObjectFixtures.app;
import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.fromSecret;
import static io.kubeprint.core.validation.CrossObjectFixtures.matchLabels;
import static io.kubeprint.core.validation.CrossObjectFixtures.port;
import static io.kubeprint.core.validation.CrossObjectFixtures.secret;
import static io.kubeprint.core.validation.CrossObjectFixtures.web;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chapter's blue-green app, valid, then broken one way at a time. */
class BlueGreenAppTest {

  private static Service withSelector(Map<String, String> selector) {
    return WEBSERVER.withSpec(WEBSERVER.spec().withSelector(selector));
  }

  private static Deployment withContainer(Deployment d, Container c) {
    return d.withSpec(d.spec().withTemplate(d.spec().template().withSpec(
        d.spec().template().spec().withContainers(c))));
  }

  @Test
  void should_find_nothing_across_the_objects_of_the_chapter_app() {
    assertThat(check(app())).isEmpty();
  }

  @Test
  void should_find_nothing_at_all_in_the_chapter_app() {
    assertThat(app().validate()).isEmpty();
  }

  @Test
  void should_accept_the_service_switched_to_green() {
    // GIVEN the live color switched by the selector only
    Bundle b = Bundle.of(PROJECT_ID, API_KEY, BLUE, GREEN, withSelector(Map.of("type", "webserver", "color", "green")),
        BATCH_JOB);
    // THEN it is as valid as before
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_reject_a_service_selecting_both_colors() {
    Bundle b = Bundle.of(PROJECT_ID, API_KEY, BLUE, GREEN, withSelector(Map.of("type", "webserver")), BATCH_JOB);
    assertThat(check(b)).containsExactly(
        "Service/webserver spec.selector: must select pods of one color only (was Deployment/webserver-blue color=blue,"
            + " Deployment/webserver-green color=green); add color=blue or color=green to the selector"
            + " [service-selects-both-colors]");
  }

  @Test
  void should_reject_a_service_selecting_a_color_no_deployment_has() {
    Bundle b = Bundle.of(PROJECT_ID, API_KEY, BLUE, GREEN, withSelector(Map.of("type", "webserver", "color", "purple")),
        BATCH_JOB);
    assertThat(check(b)).containsExactly(
        "Service/webserver spec.selector: must select the pods of a workload in the bundle (was color=purple,type=webserver);"
            + " closest: Deployment/webserver-blue with pod labels color=blue,type=webserver [service-selects-no-pods]");
  }

  @Test
  void should_reject_a_target_port_name_the_live_pods_do_not_have() {
    Service s = WEBSERVER.withSpec(WEBSERVER.spec().withPorts(
        WEBSERVER.spec().ports().get(0).withTargetPort(IntOrString.of("http-srv"))));
    assertThat(check(Bundle.of(PROJECT_ID, API_KEY, BLUE, GREEN, s, BATCH_JOB))).containsExactly(
        "Service/webserver spec.ports[0].targetPort: must name a TCP container port of the pods of"
            + " Deployment/webserver-blue (was \"http-srv\"); they have: http-server/TCP [target-port-name-missing]");
  }

  @Test
  void should_reject_the_live_deployment_renaming_its_port() {
    // GIVEN blue's port renamed; green (not selected) keeps it
    Container renamed = web("blue").withPorts(port(80, "http"));
    Bundle b = Bundle.of(PROJECT_ID, API_KEY, withContainer(BLUE, renamed), GREEN, WEBSERVER, BATCH_JOB);
    assertThat(check(b)).containsExactly(
        "Service/webserver spec.ports[0].targetPort: must name a TCP container port of the pods of"
            + " Deployment/webserver-blue (was \"http-server\"); they have: http/TCP [target-port-name-missing]");
  }

  @Test
  void should_reject_a_secret_key_the_secret_lacks_in_both_deployments() {
    Bundle b = Bundle.of(PROJECT_ID, secret("apikey", "id"), BLUE, GREEN, WEBSERVER, BATCH_JOB);
    assertThat(check(b)).containsExactly(
        "Deployment/webserver-blue spec.template.spec.containers[0].env[2].valueFrom.secretKeyRef.key:"
            + " must be a key of Secret/apikey (was \"key\"); it has: id [secret-key-not-found]",
        "Deployment/webserver-green spec.template.spec.containers[0].env[2].valueFrom.secretKeyRef.key:"
            + " must be a key of Secret/apikey (was \"key\"); it has: id [secret-key-not-found]");
  }

  @Test
  void should_name_the_keys_a_secret_has_when_the_key_is_misspelled() {
    Container c = web("blue").withEnv(fromSecret("TOKEN", "apikey", "token"));
    Bundle b = Bundle.of(PROJECT_ID, API_KEY, withContainer(BLUE, c), GREEN, WEBSERVER, BATCH_JOB);
    assertThat(check(b)).containsExactly(
        "Deployment/webserver-blue spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key:"
            + " must be a key of Secret/apikey (was \"token\"); it has: id, key [secret-key-not-found]");
  }

  @Test
  void should_reject_a_missing_configmap_in_both_deployments() {
    Bundle b = Bundle.of(API_KEY, BLUE, GREEN, WEBSERVER, BATCH_JOB);
    assertThat(check(b)).containsExactly(
        "Deployment/webserver-blue spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"projectid\") [config-map-not-found]",
        "Deployment/webserver-green spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name:"
            + " must name a ConfigMap in the bundle or declared external (was \"projectid\") [config-map-not-found]");
  }

  @Test
  void should_accept_a_missing_secret_declared_external() {
    Bundle b = Bundle.of(PROJECT_ID, BLUE, GREEN, WEBSERVER, BATCH_JOB).withExternal(Kind.SECRET, "apikey");
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_reject_a_configmap_key_the_configmap_lacks() {
    ConfigMap renamed = ConfigMap.builder().from(PROJECT_ID).data(Map.of("project-id", "hello-docker-123456")).build();
    Bundle b = Bundle.of(renamed, API_KEY, BLUE, WEBSERVER);
    assertThat(check(b)).containsExactly(
        "Deployment/webserver-blue spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key:"
            + " must be a key of ConfigMap/projectid (was \"project.id\"); it has: project-id [config-map-key-not-found]");
  }

  @Test
  void should_reject_blue_and_green_deployments_selecting_each_others_pods() {
    // GIVEN both Deployments select type=webserver only
    Deployment blue = BLUE.withSpec(BLUE.spec().withSelector(matchLabels(Map.of("type", "webserver"))));
    Deployment green = GREEN.withSpec(GREEN.spec().withSelector(matchLabels(Map.of("type", "webserver"))));
    assertThat(check(Bundle.of(PROJECT_ID, API_KEY, blue, green, WEBSERVER, BATCH_JOB))).containsExactly(
        "Deployment/webserver-green spec.selector: must not overlap the selector of Deployment/webserver-blue"
            + " (was type=webserver); a pod labelled type=webserver would match both [selector-overlap]");
  }

  @Test
  void should_never_print_a_secret_value_in_any_message() {
    // GIVEN every kind of key problem with the Secret holding the sentinel
    Container c = web("blue").withEnv(fromSecret("A", "apikey", "nope"), fromSecret("B", "apikey", "other"));
    Bundle b = Bundle.of(PROJECT_ID, API_KEY, withContainer(BLUE, c), GREEN, WEBSERVER, BATCH_JOB);
    // THEN keys are named, values never
    List<String> lines = check(b);
    assertThat(lines).hasSize(2);
    assertThat(String.join("\n", lines)).doesNotContain(SECRET_VALUE).doesNotContain("client-1234");
    assertThat(lines.get(0)).endsWith("it has: id, key [secret-key-not-found]");
  }

  @Test
  void should_report_the_checks_across_objects_as_warnings_for_files() {
    Bundle b = Bundle.of(BLUE, GREEN, WEBSERVER, BATCH_JOB);
    List<Violation> found = Validator.validate(b, Severity.WARNING);
    assertThat(found).isNotEmpty().allMatch(v -> v.severity() == Severity.WARNING);
    assertThat(Validator.validate(b)).isNotEmpty().allMatch(Violation::isError);
  }
}
