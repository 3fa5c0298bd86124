package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.port;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.Fixtures.GREEN;
import static io.kubeprint.test.Fixtures.SERVICE;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.Deployment;
import org.junit.jupiter.api.Test;

class ServiceAssertTest {

  @Test
  void should_select_the_blue_pods_and_not_the_green_ones() {
    assertThat(SERVICE).selects(BLUE).doesNotSelect(GREEN);
  }

  @Test
  void should_fail_to_select_the_green_pods_showing_the_selector() {
    assertThatThrownBy(() -> assertThat(SERVICE).selects(GREEN))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to select the pods of Deployment/webserver-green, labelled color=green,type=webserver\n"
            + "but had selector:\n  color=blue,type=webserver");
  }

  @Test
  void should_fail_when_it_selects_pods_it_must_not() {
    assertThatThrownBy(() -> assertThat(SERVICE).doesNotSelect(BLUE))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  not to select the pods of Deployment/webserver-blue, labelled color=blue,type=webserver\n"
            + "but had selector:\n  color=blue,type=webserver");
  }

  @Test
  void should_select_no_pods_with_an_empty_selector() {
    Service manual = service("external").port(80).build();
    assertThat(manual).doesNotSelect(BLUE);
    assertThatThrownBy(() -> assertThat(manual).selects(BLUE))
        .hasMessage("\nExpecting Service/external:\n"
            + "  to select the pods of Deployment/webserver-blue, labelled color=blue,type=webserver\n"
            + "but had selector:\n  <none> (a Service without a selector selects no pods)");
  }

  @Test
  void should_select_only_pods_of_its_own_namespace() {
    Deployment prodBlue = deployment(BLUE).namespace("prod").build();
    assertThat(SERVICE).doesNotSelect(prodBlue);
    assertThatThrownBy(() -> assertThat(SERVICE).selects(prodBlue))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to select the pods of Deployment/webserver-blue, labelled color=blue,type=webserver in namespace prod\n"
            + "but was in namespace:\n  <unset>");
  }

  @Test
  void should_route_to_the_named_container_port_of_the_selected_pods() {
    assertThat(SERVICE).routesTo(BLUE, "http-server").routesTo(BLUE, 80).routesPort(80, BLUE, "http-server");
  }

  @Test
  void should_not_route_to_pods_it_does_not_select() {
    assertThatThrownBy(() -> assertThat(SERVICE).routesTo(GREEN, "http-server"))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to route to container port http-server of Deployment/webserver-green, whose pods are labelled"
            + " color=green,type=webserver\n"
            + "but had selector:\n  color=blue,type=webserver");
  }

  @Test
  void should_name_the_container_ports_when_the_port_asked_for_does_not_exist() {
    assertThatThrownBy(() -> assertThat(SERVICE).routesTo(BLUE, "metrics"))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to route to container port metrics of Deployment/webserver-blue\n"
            + "but its pods had container ports:\n  [http-server=80]");
  }

  @Test
  void should_fail_when_no_service_port_reaches_the_container_port() {
    // GIVEN a Service sending port 80 to pod port 8080, while the pods listen on 80
    Service wrong = service("webserver").selecting(BLUE).port(80, 8080).build();
    // THEN it does not route to http-server, and the failure shows both sides
    assertThatThrownBy(() -> assertThat(wrong).routesTo(BLUE, "http-server"))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to route to container port http-server of Deployment/webserver-blue\n"
            + "but had ports:\n  [80->8080] for container ports [http-server=80]");
    assertThat(wrong).routesTo(BLUE, 8080);
  }

  @Test
  void should_resolve_a_numeric_target_to_the_named_port_with_that_number() {
    Service numeric = service("webserver").selecting(BLUE).port(8000, 80).build();
    assertThat(numeric).routesTo(BLUE, "http-server").routesPort(8000, BLUE, "http-server");
  }

  @Test
  void should_take_an_unset_target_port_as_the_port() {
    Service plain = service("webserver").selecting(BLUE).port(80).build();
    assertThat(plain).routesTo(BLUE, 80).routesTo(BLUE, "http-server");
  }

  @Test
  void should_fail_when_the_given_service_port_does_not_route_there() {
    assertThatThrownBy(() -> assertThat(SERVICE).routesPort(443, BLUE, "http-server"))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to route port 443 to container port http-server of Deployment/webserver-blue\n"
            + "but had ports:\n  [80->http-server] for container ports [http-server=80]");
  }

  @Test
  void should_fail_for_a_number_no_port_resolves_to() {
    assertThatThrownBy(() -> assertThat(SERVICE).routesTo(BLUE, 9090))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to route to port 9090 of Deployment/webserver-blue\n"
            + "but had ports:\n  [80->http-server] for container ports [http-server=80]");
  }

  @Test
  void should_not_route_a_named_target_across_protocols() {
    // GIVEN a UDP Service port naming a TCP container port
    Service udp = Service.builder().from(SERVICE).spec(SERVICE.spec().withPorts(ServicePort.builder().port(80)
        .protocol("UDP").targetPort(IntOrString.of("http-server")).build())).build();
    // THEN the endpoints controller would find no port
    assertThatThrownBy(() -> assertThat(udp).routesTo(BLUE, "http-server"))
        .hasMessage("\nExpecting Service/webserver:\n"
            + "  to route to container port http-server of Deployment/webserver-blue\n"
            + "but had ports:\n  [80->http-server/UDP] for container ports [http-server=80]");
  }

  @Test
  void should_route_to_a_port_of_a_sidecar() {
    // GIVEN pods whose metrics port is on a sidecar (an init container that keeps running)
    Container proxy = container("proxy", "envoyproxy/envoy:v1.31").port(9901, "admin").build();
    Deployment web = deployment("web").podLabels(labels("app", "web")).container(container("web", "nginx:1.27"))
        .sidecar(proxy).build();
    Service admin = service("admin").selecting(web).port(9901, "admin").build();
    // THEN the Service routes to it
    assertThat(admin).routesTo(web, "admin");
  }

  @Test
  void should_expose_its_ports() {
    assertThat(SERVICE).exposesPort(80);
    assertThatThrownBy(() -> assertThat(SERVICE).exposesPort(443))
        .hasMessage("\nExpecting Service/webserver:\n  to expose port 443\nbut had ports:\n  [80->http-server]");
  }

  @Test
  void should_check_the_type_with_cluster_ip_as_the_default() {
    assertThat(SERVICE).hasType("LoadBalancer");
    assertThat(service("internal").selecting(BLUE).port(80).build()).hasType("ClusterIP");
    assertThatThrownBy(() -> assertThat(SERVICE).hasType("NodePort"))
        .hasMessage("\nExpecting Service/webserver:\n  to have type NodePort\nbut had:\n  LoadBalancer");
  }

  @Test
  void should_accept_a_container_port_declared_with_the_dsl_port_factory() {
    Deployment web = deployment("web").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").port(port(8080, "http"))).build();
    assertThat(service("web").selecting(web).port(80, "http").build()).routesPort(80, web, "http").routesTo(web, 8080);
  }
}
