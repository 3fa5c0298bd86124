package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.ingress;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.networkPolicy;
import static io.kubeprint.dsl.Kube.port;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import org.junit.jupiter.api.Test;

class NetworkingAssertTest {
  static final Deployment WEB = deployment("web").podLabels(labels("app", "web"))
      .container(container("web", "nginx:1.27").port(port(8080, "http"))).build();
  static final Deployment API = deployment("api").podLabels(labels("app", "api"))
      .container(container("api", "api:1.0").port(port(9000, "api"))).build();
  static final Service WEB_SERVICE = service("web").selecting(WEB).port("http", 80, "http").build();
  static final Secret CERT = secret("shop-cert").type("kubernetes.io/tls").data("tls.crt", "c").data("tls.key", "k")
      .build();
  static final Ingress SHOP = ingress("shop").ingressClassName("nginx").host("shop.example.com")
      .route("/", WEB_SERVICE, "http").tls(CERT).build();
  static final NetworkPolicy API_POLICY = networkPolicy("api").selecting(API).allowFrom(WEB).onPort(9000).build();

  @Test
  void should_find_the_route_of_an_ingress_in_a_bundle() {
    Bundle b = bundle(WEB, WEB_SERVICE, CERT, SHOP);
    assertThat(b).ingress("shop").routes("/", "web", "http").hasHost("shop.example.com").hasTls("shop-cert")
        .hasIngressClassName("nginx");
  }

  @Test
  void should_fail_on_a_route_the_ingress_does_not_have_listing_its_routes() {
    assertThatThrownBy(() -> assertThat(SHOP).routes("/", "web", 80))
        .hasMessage("\nExpecting Ingress/shop:\n  to route / to Service web port 80\n"
            + "but had routes:\n  [shop.example.com/ -> web port http]");
  }

  @Test
  void should_fail_on_a_tls_secret_the_ingress_does_not_use() {
    assertThatThrownBy(() -> assertThat(SHOP).hasTls("other"))
        .hasMessage("\nExpecting Ingress/shop:\n  to serve TLS with Secret other\nbut had TLS Secrets:\n  [shop-cert]");
  }

  @Test
  void should_allow_traffic_from_the_workload_named_on_its_port() {
    assertThat(bundle(WEB, API, API_POLICY)).networkPolicy("api").selects(API).allowsFrom(WEB).allowsFrom(WEB, 9000);
  }

  @Test
  void should_fail_on_a_port_the_policy_does_not_open() {
    assertThatThrownBy(() -> assertThat(API_POLICY).allowsFrom(WEB, 8080))
        .hasMessage("\nExpecting NetworkPolicy/api:\n  to allow traffic from the pods of Deployment/web on port 8080\n"
            + "but its ingress rules allowed:\n  pods app=web on ports 9000/TCP");
  }

  @Test
  void should_fail_when_the_policy_does_not_apply_to_the_workload() {
    assertThatThrownBy(() -> assertThat(API_POLICY).selects(WEB))
        .hasMessage("\nExpecting NetworkPolicy/api:\n  to apply to the pods of Deployment/web, labelled app=web\n"
            + "but its podSelector was:\n  app=api");
  }

  @Test
  void should_deny_all_traffic_with_a_deny_all_policy() {
    NetworkPolicy deny = networkPolicy("deny-all").selectingAllPods().denyAll().build();
    assertThat(deny).selects(WEB).deniesAllIngress().deniesAllEgress();
    assertThatThrownBy(() -> assertThat(deny).allowsFrom(WEB))
        .hasMessage("\nExpecting NetworkPolicy/deny-all:\n  to allow traffic from the pods of Deployment/web\n"
            + "but its ingress rules allowed:\n  nothing");
  }

  @Test
  void should_fail_deny_all_egress_on_an_ingress_only_policy() {
    assertThatThrownBy(() -> assertThat(API_POLICY).deniesAllEgress())
        .hasMessage("\nExpecting NetworkPolicy/api:\n  to deny all egress traffic\n"
            + "but had policy types [Ingress] and egress rules:\n  0");
  }

  @Test
  void should_allow_egress_to_a_workload_and_dns() {
    NetworkPolicy web = networkPolicy("web-out").selecting(WEB).allowTo(API).onPort(9000).allowDns().build();
    assertThat(web).allowsTo(API, 9000);
    assertThatThrownBy(() -> assertThat(web).allowsFrom(API))
        .hasMessage("\nExpecting NetworkPolicy/web-out:\n  to allow traffic from the pods of Deployment/api\n"
            + "but it is not an ingress policy; policy types:\n  [Egress]");
  }
}
