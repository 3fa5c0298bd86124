package io.kubeprint.dsl;

import io.kubeprint.core.validation.ManifestValidationException;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.bundleWide;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.ingress;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.networkPolicy;
import static io.kubeprint.dsl.Kube.port;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkingDslTest {
  static final Deployment WEB = deployment("web").podLabels(labels("app", "web").and("color", "blue"))
      .container(container("web", "nginx:1.27").port(port(8080, "http"))).build();
  static final Service WEB_SVC = service("web").selecting(WEB).port("http", 80, "http").build();

  @Test
  void should_refuse_a_route_to_a_port_the_service_does_not_have_with_object_path_and_rule() {
    assertThatThrownBy(() -> ingress("shop").route("/", WEB_SVC, "htp"))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nIngress/shop spec.rules[0].http.paths[0].backend.service.port.name: must name a"
            + " port of Service/web (was \"htp\"); it has: http; did you mean \"http\"? [ingress-backend-port-not-found]");
    assertThatThrownBy(() -> ingress("shop").host("shop.example.com").route("/", WEB_SVC, "http")
        .route("/api", WEB_SVC, 8080))
        .hasMessage("1 violation\nIngress/shop spec.rules[0].http.paths[1].backend.service.port.number: must be a"
            + " port of Service/web (was 8080); it has: 80 [ingress-backend-port-not-found]");
    assertThatThrownBy(() -> ingress("shop").defaultBackend(WEB_SVC, 8080))
        .hasMessageContaining("Ingress/shop spec.defaultBackend.service.port.number: ");
  }


  @Test
  void should_refuse_a_tls_secret_of_another_type_at_once_and_report_bad_hosts_and_paths_at_validation() {
    Secret opaque = secret("cert").data("tls.crt", "x").build();
    assertThatThrownBy(() -> ingress("shop").tls(opaque))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nIngress/shop spec.tls[0].secretName: must name a Secret of type kubernetes.io/tls"
            + " (was Secret/cert of type Opaque) [ingress-tls-secret-not-found]");
    var shop = ingress("shop").host("10.0.0.1").route("api", WEB_SVC, "http").build();
    assertThat(errors(WEB, WEB_SVC, shop)).hasSize(2)
        .anyMatch(line -> line.startsWith("Ingress/shop spec.rules[0].host: ") && line.endsWith("[ingress-host]"))
        .anyMatch(line -> line.startsWith("Ingress/shop spec.rules[0].http.paths[0].path: ")
            && line.endsWith("[ingress-path]"));
  }


  @Test
  void should_route_paths_of_hosts_with_prefix_paths_by_default() {
    Ingress in = ingress("shop").host("a.example.com").route("/", WEB_SVC, "http").host("b.example.com")
        .route("/x", IngressPathType.EXACT, WEB_SVC, 80).host("a.example.com").route("/y", WEB_SVC, "http").build();
    assertThat(in.spec().rules()).hasSize(2);
    assertThat(in.spec().rules().get(0).http().orElseThrow().paths()).extracting(p -> p.path().orElseThrow()
        + " " + p.pathType().orElseThrow()).containsExactly("/ Prefix", "/y Prefix");
    assertThat(in.spec().rules().get(1).http().orElseThrow().paths().get(0).pathType()).contains("Exact");
  }

  @Test
  void should_select_a_workload_without_its_color() {
    NetworkPolicy np = networkPolicy("web").selecting(WEB).allowFrom(WEB).onPort(8080).build();
    assertThat(np.spec().podSelector().orElseThrow().matchLabels()).isEqualTo(Map.of("app", "web"));
    assertThat(np.spec().policyTypes()).containsExactly("Ingress");
    assertThat(np.spec().ingress().get(0).ports()).hasSize(1);
  }

  @Test
  void should_refuse_a_port_before_any_rule_and_report_bad_cidrs_and_ports_at_validation() {
    assertThatThrownBy(() -> networkPolicy("x").onPort(80))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("onPort must follow an allowFrom(..) or allowTo(..) rule (was called first)");
    var policy = networkPolicy("x").selecting(WEB).allowToCidr("10.0.0.0").onPorts(9000, 8000).onPort(80, "HTTP")
        .build();
    assertThat(errors(WEB, policy)).hasSize(3).allMatch(line -> line.startsWith("NetworkPolicy/x spec.egress[0]."))
        .anyMatch(line -> line.contains(".to[0].ipBlock.cidr") && line.endsWith("[network-policy-ip-block]"))
        .anyMatch(line -> line.contains(".ports[0].endPort") && line.endsWith("[network-policy-port]"))
        .anyMatch(line -> line.contains(".ports[1].protocol") && line.endsWith("[network-policy-port-protocol]"));
  }


  @Test
  void should_refuse_a_common_label_a_network_policy_selects_on() {
    Bundle app = bundle(WEB, networkPolicy("web").selecting(labels("tier", "front")).build());
    assertThatThrownBy(() -> bundleWide().commonLabel("tier", "shop").applyTo(app))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessageContaining("NetworkPolicy/web spec.podSelector: must not test the key of common label tier (was"
            + " tier)");
  }


  @Test
  void should_stamp_common_labels_and_namespace_on_ingresses_and_policies() {
    Bundle app = bundle(WEB, WEB_SVC, ingress("shop").route("/", WEB_SVC, "http").build(),
        networkPolicy("deny").denyAll().build());
    Bundle shop = bundleWide().namespace("shop").commonLabel("team", "shop").applyTo(app);
    for (var o : List.of(shop.find(io.kubeprint.core.meta.Kind.INGRESS, "shop").orElseThrow(),
        shop.find(io.kubeprint.core.meta.Kind.NETWORK_POLICY, "deny").orElseThrow())) {
      assertThat(o.metadata().labels()).containsEntry("team", "shop");
      assertThat(o.metadata().namespace()).contains("shop");
    }
  }
}
