package io.kubeprint.dsl;

import io.kubeprint.core.validation.ManifestValidationException;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.podTemplate;
import static io.kubeprint.dsl.Kube.replicaSet;
import static io.kubeprint.dsl.Kube.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.service.ClientIPConfig;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.SessionAffinityConfig;
import io.kubeprint.core.workload.Deployment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServicesTest {
  private final Deployment web = deployment("web").podLabels(labels("app", "web").and("version", "3"))
      .container(container("web", "nginx").port(8080, "http")).build();

  @Test
  void should_select_a_deployment_by_its_pod_labels() {
    Service s = service("web").selecting(web).port(80, "http").build();

    assertThat(s.spec().selector()).containsExactly(Map.entry("app", "web"), Map.entry("version", "3"));
  }

  @Test
  void should_select_a_deployment_with_an_explicit_selector_by_its_match_labels() {
    Deployment d = deployment(web).selector(labels("app", "web")).build();

    assertThat(service("web").selecting(d).build().spec().selector()).containsExactly(Map.entry("app", "web"));
  }

  @Test
  void should_select_replica_sets_pod_templates_and_pods() {
    var rs = replicaSet("rs").podLabels(labels("app", "rs")).build();
    var pt = podTemplate("pt").podLabels(labels("app", "pt")).build();
    var p = pod("p").labels(labels("app", "p")).build();

    assertThat(service("a").selecting(rs).build().spec().selector()).containsExactly(Map.entry("app", "rs"));
    assertThat(service("b").selecting(pt).build().spec().selector()).containsExactly(Map.entry("app", "pt"));
    assertThat(service("c").selecting(p).build().spec().selector()).containsExactly(Map.entry("app", "p"));
  }

  @Test
  void should_refuse_selecting_a_workload_without_pod_labels_with_object_and_path() {
    Deployment unlabelled = deployment("bare").build();

    assertThatThrownBy(() -> service("web").selecting(unlabelled))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nService/web spec.selector: must select the pods of a workload: Deployment/bare has"
            + " no pod labels to select (was none) [service-selects-no-pods]");
  }

  @Test
  void should_report_port_numbers_and_target_port_names_at_validation_all_at_once() {
    Service s = service("web").selector(labels("app", "web")).port(0).port("Web", 70000, "HTTP_1").build();

    assertThat(errors(web, s)).contains(
        "Service/web spec.ports[0].name: is required when a Service has more than one port [service-port-name-required]",
        "Service/web spec.ports[0].port: must be between 1 and 65535, inclusive (was 0) [service-port-range]",
        "Service/web spec.ports[0].targetPort: must be between 1 and 65535, inclusive (was 0, the port)"
            + " [service-target-port]",
        "Service/web spec.ports[1].name: a lowercase RFC 1123 label must consist of lower case alphanumeric"
            + " characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or"
            + " '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?') (was \"Web\")"
            + " [service-port-name-syntax]",
        "Service/web spec.ports[1].port: must be between 1 and 65535, inclusive (was 70000) [service-port-range]",
        "Service/web spec.ports[1].targetPort: must contain only alpha-numeric characters (a-z, 0-9), and hyphens"
            + " (-) (was \"HTTP_1\") [service-target-port]");
  }


  @Test
  void should_refuse_target_port_names_the_selected_pods_do_not_declare_at_once_with_object_and_path() {
    assertThatThrownBy(() -> service("web").selecting(web).port(80, "https").port(81, "metrics").build())
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("2 violations\n"
            + "Service/web spec.ports[0].targetPort: must name a container port of the pods of Deployment/web (was"
            + " \"https\"); they have: http; did you mean \"http\"? [target-port-name-missing]\n"
            + "Service/web spec.ports[1].targetPort: must name a container port of the pods of Deployment/web (was"
            + " \"metrics\"); they have: http [target-port-name-missing]");
  }


  @Test
  void should_add_ports_in_every_shape() {
    Service s = service("web").selector(labels("app", "web"))
        .port(80).port(81, "http").port(82, 8082).port(9090, "metrics", 9091).port(9000, "admin", "http")
        .build();

    assertThat(s.spec().ports()).containsExactly(
        ServicePort.builder().port(80).build(),
        ServicePort.builder().port(81).targetPort(IntOrString.of("http")).build(),
        ServicePort.builder().port(82).targetPort(IntOrString.of(8082)).build(),
        ServicePort.builder().name("metrics").port(9090).targetPort(IntOrString.of(9091)).build(),
        ServicePort.builder().name("admin").port(9000).targetPort(IntOrString.of("http")).build());
  }

  @Test
  void should_set_the_node_port_of_a_port_added_before() {
    Service s = service("web").nodePort().selecting(web).port(80, "http").nodePort(80, 30080).build();

    assertThat(s.spec().type()).contains("NodePort");
    assertThat(s.spec().ports().get(0).nodePort()).contains(30080);
    assertThatThrownBy(() -> service("web").port(80).nodePort(81, 30081))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nService/web spec.ports: must have a port numbered 81 to set its nodePort 30081"
            + " (was [80]) [service-node-port-port-not-found]");
  }

  @Test
  void should_set_the_app_protocol_of_a_port_added_before_and_refuse_a_port_it_does_not_have() {
    Service s = service("web").selecting(web).port(443, "https", "http").appProtocol(443, "kubernetes.io/h2c").build();

    assertThat(s.spec().ports().get(0).appProtocol()).contains("kubernetes.io/h2c");
    assertThatThrownBy(() -> service("web").port(80).port(443).appProtocol(8443, "https"))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nService/web spec.ports: must have a port numbered 8443 to set its appProtocol https"
            + " (was [80, 443]) [service-app-protocol-port-not-found]");
  }


  @Test
  void should_set_each_service_type() {
    assertThat(service("a").clusterIP().build().spec().type()).contains("ClusterIP");
    Service headless = service("b").headless().build();
    assertThat(headless.spec().clusterIP()).contains("None");
    assertThat(service("c").loadBalancer().build().spec().type()).contains("LoadBalancer");
    Service external = service("d").externalName("db.example.com").build();
    assertThat(external.spec().type()).contains("ExternalName");
    assertThat(external.spec().externalName()).contains("db.example.com");
    assertThat(service("e").build().spec().type()).isEmpty();
  }

  @Test
  void should_set_addresses_affinity_and_traffic_policy() {
    Service s = service("web").loadBalancer().externalIPs("10.0.0.5").loadBalancerSourceRanges("10.0.0.0/8")
        .sessionAffinityClientIP(Duration.ofHours(1)).externalTrafficPolicyLocal().specExtra("ipFamilyPolicy", "SingleStack")
        .build();

    assertThat(s.spec().externalIPs()).containsExactly("10.0.0.5");
    assertThat(s.spec().loadBalancerSourceRanges()).containsExactly("10.0.0.0/8");
    assertThat(s.spec().sessionAffinity()).contains("ClientIP");
    assertThat(s.spec().sessionAffinityConfig()).contains(SessionAffinityConfig.builder()
        .clientIP(ClientIPConfig.builder().timeoutSeconds(3600).build()).build());
    assertThat(s.spec().externalTrafficPolicy()).contains("Local");
    assertThat(s.spec().extra().asMap()).containsExactly(Map.entry("ipFamilyPolicy", "SingleStack"));
  }

  @Test
  void should_copy_a_service_and_change_its_selector() {
    Service blue = service("web").loadBalancer().selector(labels("app", "web").and("color", "blue")).port(80).build();

    Service green = service(blue).selector(labels("app", "web").and("color", "green")).build();

    assertThat(green).isEqualTo(blue.withSpec(blue.spec().withSelector(Map.of("app", "web", "color", "green"))));
  }
}
