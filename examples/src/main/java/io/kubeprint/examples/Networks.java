package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.ingress;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.networkPolicy;
import static io.kubeprint.dsl.Kube.port;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.service;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.dsl.IngressPathType;
import io.kubeprint.render.Yaml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shop of docs/networking.md: a web front end and an API behind one Ingress with TLS, and NetworkPolicies
 * that let only the front end reach the API. {@code NetworkingDocTest} checks that the page shows this code and
 * exactly the YAML each {@link #snippets() snippet} renders.
 */
public final class Networks {
  private Networks() {}

  static final Deployment WEB = deployment("web").podLabels(labels("app", "web"))
      .container(container("web", "nginx:1.27").port(port(8080, "http")))
      .build();
  static final Deployment API = deployment("api").podLabels(labels("app", "api"))
      .container(container("api", "ghcr.io/example/shop-api:1.4").port(port(9000, "api")))
      .build();
  static final Service WEB_SVC = service("web").selecting(WEB).port("http", 80, "http").build();
  static final Service API_SVC = service("api").selecting(API).port("api", 9000, "api").build();
  static final Secret SHOP_CERT = secret("shop-cert").type("kubernetes.io/tls")
      .data("tls.crt", "-----BEGIN CERTIFICATE-----...").data("tls.key", "-----BEGIN PRIVATE KEY-----...")
      .build();

  /** One host, two routes, TLS from a Secret value. */
  static Ingress shop() {
    return ingress("shop")
        .ingressClassName("nginx")
        .host("shop.example.com")
        .route("/", WEB_SVC, "http")                          // the Service must have a port named http
        .route("/api", API_SVC, 9000)                         // ... or numbered 9000
        .route("/healthz", IngressPathType.EXACT, WEB_SVC, "http")
        .tls(SHOP_CERT)                                       // kubernetes.io/tls; hosts: those of the rules
        .build();
  }

  /** The API takes traffic from the web pods only, on its port. */
  static NetworkPolicy apiFromWeb() {
    return networkPolicy("api-from-web")
        .selecting(API)
        .allowFrom(WEB).onPort(9000)
        .build();
  }

  /** Nothing in or out for any pod of the namespace unless another policy allows it. */
  static NetworkPolicy denyAll() {
    return networkPolicy("deny-all").selectingAllPods().denyAll().build();
  }

  /** The web pods may call the API and resolve names, nothing else. */
  static NetworkPolicy webEgress() {
    return networkPolicy("web-egress")
        .selecting(WEB)
        .allowTo(API).onPort(9000)
        .allowDns()
        .allowToCidr("10.20.0.0/16", "10.20.99.0/24").onPort(5432)
        .build();
  }

  /** The whole shop. */
  public static Bundle shopBundle() {
    return bundle(WEB, API, WEB_SVC, API_SVC, SHOP_CERT, shop(), apiFromWeb(), denyAll(), webEgress());
  }

  /** The YAML of each snippet of the page, by name. */
  public static Map<String, String> snippets() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("ingress", Yaml.render(shop()));
    s.put("api-from-web", Yaml.render(apiFromWeb()));
    s.put("deny-all", Yaml.render(denyAll()));
    s.put("web-egress", Yaml.render(webEgress()));
    return s;
  }
}
