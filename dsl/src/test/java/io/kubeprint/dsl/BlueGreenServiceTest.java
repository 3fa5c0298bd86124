package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.blueGreen;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.validation.ManifestValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A blue-green release takes a Service template: ports, annotations, traffic policy kept; the selector is the release's. */
class BlueGreenServiceTest {
  private static final String NEG = "cloud.google.com/neg";

  private final DeploymentBuilder frontend = deployment("web").namespace("shop").replicas(2)
      .container(container("web", "shop/web:base").port(8080, "http").port(8443, "https"));

  private BlueGreen.Builder release() {
    return blueGreen("web").sharedLabels(labels("app", "web")).template(frontend)
        .image(Color.BLUE, "shop/web:1.4").image(Color.GREEN, "shop/web:1.5");
  }

  private ServiceBuilder template() {
    return service("web").loadBalancer()
        .port(80, "http", "http").port(443, "https", "https")
        .annotation(NEG, "{\"ingress\": true}")
        .externalTrafficPolicy(TrafficPolicy.LOCAL);
  }

  @Test
  void should_keep_every_port_annotation_and_the_traffic_policy_of_the_service_template() {
    // GIVEN a release with a Service template of two ports, an annotation and a traffic policy
    BlueGreen web = release().service(template()).build();
    // WHEN taking its Service
    Service s = web.service();
    // THEN it has all of them, the release's selector, the Deployments' namespace, and validates
    assertThat(s.name()).isEqualTo("web");
    assertThat(s.metadata().namespace()).contains("shop");
    assertThat(s.metadata().annotations()).containsExactly(Map.entry(NEG, "{\"ingress\": true}"));
    assertThat(s.spec().type()).contains("LoadBalancer");
    assertThat(s.spec().externalTrafficPolicy()).contains("Local");
    assertThat(s.spec().ports()).containsExactly(
        ServicePort.builder().name("http").port(80).targetPort(IntOrString.of("http")).build(),
        ServicePort.builder().name("https").port(443).targetPort(IntOrString.of("https")).build());
    assertThat(s.spec().selector()).containsExactly(Map.entry("app", "web"), Map.entry("color", "blue"));
    assertThat(Violated.errors(web.bundle())).isEmpty();
  }

  @Test
  void should_keep_everything_but_the_colour_of_the_selector_when_switching_blue_to_green() {
    // GIVEN the release live on blue
    BlueGreen blue = release().service(template()).build();
    // WHEN switching to green
    BlueGreen green = blue.switchTo(Color.GREEN);
    // THEN the Service differs from blue's in the selector's colour only, and switching back gives blue again
    assertThat(green.service()).isEqualTo(blue.service().withSpec(
        blue.service().spec().withSelector(Map.of("app", "web", "color", "green"))));
    assertThat(green.service().metadata().annotations()).containsKey(NEG);
    assertThat(green.service().spec().ports()).hasSize(2);
    assertThat(green.service().spec().externalTrafficPolicy()).contains("Local");
    assertThat(green.rollback()).isEqualTo(blue);
  }

  @Test
  void should_give_several_named_ports_with_service_port() {
    // GIVEN two named ports added on the release itself
    BlueGreen web = release().servicePort(80, "http", "http").servicePort(443, "https", 8443).loadBalancer().build();
    // WHEN validating THEN the Service has both and nothing is wrong
    assertThat(web.service().spec().ports()).extracting(p -> p.name().orElseThrow()).containsExactly("http", "https");
    assertThat(Violated.errors(web.bundle())).isEmpty();
  }

  @Test
  void should_report_at_validation_each_port_without_a_name_when_there_are_several() {
    // GIVEN two unnamed ports (the mistake of issue 15)
    BlueGreen web = release().servicePort(80, "http").servicePort(443, "https").build();
    // WHEN validating THEN each port is reported at its path, with the API server's rule
    assertThat(Violated.errors(web.bundle())).containsExactly(
        "Service/web spec.ports[0].name: is required when a Service has more than one port [service-port-name-required]",
        "Service/web spec.ports[1].name: is required when a Service has more than one port [service-port-name-required]");
  }

  @Test
  void should_add_service_port_calls_after_the_template_ports_and_let_load_balancer_set_the_type() {
    BlueGreen web = release().service(service("web").port(80, "http", "http")).servicePort(443, "https", "https")
        .loadBalancer().build();

    assertThat(web.service().spec().ports()).extracting(p -> p.port().orElseThrow()).containsExactly(80, 443);
    assertThat(web.service().spec().type()).contains("LoadBalancer");
  }

  @Test
  void should_name_the_service_after_the_release_and_keep_a_namespace_the_template_names() {
    BlueGreen web = release().service(service("frontend").namespace("shop").port(80, "http", "http")).build();

    assertThat(web.service().name()).isEqualTo("web");
    assertThat(web.service().metadata().namespace()).contains("shop");
  }

  @Test
  void should_merge_a_template_selector_key_that_the_pods_carry() {
    // GIVEN pods with a tier label and a template selecting it
    BlueGreen web = blueGreen("web").sharedLabels(labels("app", "web"))
        .template(deployment("web").podLabels(labels("tier", "front")).container(container("web", "w:1").port(80, "http")))
        .image(Color.BLUE, "w:1").image(Color.GREEN, "w:2")
        .service(service("web").selector(labels("tier", "front")).port(80, "http", "http")).build();
    // WHEN switching THEN the tier key stays beside the shared labels and the moving colour
    assertThat(web.switchTo(Color.GREEN).service().spec().selector())
        .containsExactly(Map.entry("tier", "front"), Map.entry("app", "web"), Map.entry("color", "green"));
    assertThat(Violated.errors(web.bundle())).isEmpty();
  }

  @Test
  void should_refuse_a_template_selector_that_fights_the_colour_or_the_shared_labels() {
    // GIVEN a template selecting a colour of its own and another app
    ServiceBuilder fighting = service("web").selector(labels("color", "green").and("app", "api")).port(80, "http", "http");
    // WHEN building THEN both are refused at once, with object, path and rule
    assertThatThrownBy(() -> release().service(fighting).build())
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("2 violations\n"
            + "Service/web spec.selector: must agree with sharedLabels app=web (was app=api) [blue-green-service-selector]\n"
            + "Service/web spec.selector: must leave the color label to the release, which selects the live colour and"
            + " moves it at each switch (was color=green); remove it from the service template [blue-green-service-selector]");
  }

  @Test
  void should_check_the_template_target_ports_against_the_live_pods() {
    assertThatThrownBy(() -> release().service(template().port(9090, "metrics", "metrcs")).build())
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nService/web spec.ports[2].targetPort: must name a container port of the pods of"
            + " Deployment/web-blue (was \"metrcs\"); they have: http, https [target-port-name-missing]");
  }

  @Test
  void should_refuse_a_template_without_ports_when_no_service_port_is_given() {
    assertThatThrownBy(() -> release().service(service("web").loadBalancer()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the Service must have a port: servicePort or a service template with ports (was none)");
  }
}
