package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.deployment;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static io.kubeprint.core.validation.CrossObjectFixtures.port;
import static io.kubeprint.core.validation.CrossObjectFixtures.service;
import static io.kubeprint.core.validation.CrossObjectFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.networking.HTTPIngressPath;
import io.kubeprint.core.networking.HTTPIngressRuleValue;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.IngressBackend;
import io.kubeprint.core.networking.IngressRule;
import io.kubeprint.core.networking.IngressServiceBackend;
import io.kubeprint.core.networking.IngressSpec;
import io.kubeprint.core.networking.IngressTLS;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicySpec;
import io.kubeprint.core.networking.ServiceBackendPort;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks across objects of Ingresses and NetworkPolicies: backends name Services of the bundle and their
 * ports, TLS Secrets are {@code kubernetes.io/tls} Secrets of the bundle (warnings), a NetworkPolicy selects pods
 * (warning). Each table row: what it shows, the bundle, the lines found.
 */
class NetworkingReferencesTest {
  private static final Map<String, String> WEB = Map.of("app", "web");

  /** One row of a table. */
  record Case(String behaviour, Bundle bundle, List<String> expected) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  private static Case valid(String behaviour, KubeObject... objects) {
    return new Case(behaviour, Bundle.of(objects), List.of());
  }

  private static Case invalid(String behaviour, String expected, KubeObject... objects) {
    return new Case(behaviour, Bundle.of(objects), List.of(expected));
  }

  private static ObjectMeta in(String namespace, String name) {
    return namespace.isEmpty() ? meta(name) : meta(namespace, name);
  }

  private static Service webService(String namespace) {
    return service(in(namespace, "web"), WEB, ServicePort.builder().name("http").port(80).build(),
        ServicePort.builder().name("https").port(443).build());
  }

  private static IngressBackend backend(String service, String portName) {
    return IngressBackend.builder().service(IngressServiceBackend.builder().name(service)
        .port(ServiceBackendPort.builder().name(portName).build()).build()).build();
  }

  private static IngressBackend backend(String service, int number) {
    return IngressBackend.builder().service(IngressServiceBackend.builder().name(service)
        .port(ServiceBackendPort.builder().number(number).build()).build()).build();
  }

  private static IngressRule rule(IngressBackend backend) {
    return IngressRule.builder().host("example.com").http(HTTPIngressRuleValue.builder().addPaths(
        HTTPIngressPath.builder().path("/").pathType("Prefix").backend(backend).build()).build()).build();
  }

  private static Ingress ingress(String namespace, IngressBackend backend) {
    return Ingress.builder().metadata(in(namespace, "web")).spec(IngressSpec.builder().addRules(rule(backend))
        .build()).build();
  }

  private static Ingress withTls(Ingress ingress, String secretName) {
    return ingress.withSpec(ingress.spec().withTls(IngressTLS.builder().addHosts("example.com")
        .secretName(secretName).build()));
  }

  private static Secret tlsSecret(String name, String type) {
    return Secret.builder().metadata(meta(name)).type(type).putData("tls.crt", Bytes.utf8("c"))
        .putData("tls.key", Bytes.utf8("k")).build();
  }

  static Stream<Case> ingresses() {
    Deployment pods = deployment("web", WEB, container("web", port(80, "http"), port(443, "https")));
    return Stream.of(
        valid("a Service and port of the bundle, by name and by number", webService(""), pods,
            Ingress.builder().metadata(meta("web")).spec(IngressSpec.builder().defaultBackend(backend("web", 443))
                .addRules(rule(backend("web", "http"))).build()).build()),
        valid("no Service in the bundle: not judged", ingress("", backend("web", "http"))),
        valid("a resource backend names no Service", webService(""), pods, ingress("", IngressBackend.builder()
            .extra(Fields.of("resource", Map.of("apiGroup", "k8s.example.com", "kind", "StorageBucket", "name",
                "static-assets"))).build())),
        invalid("a misspelled Service gets a did-you-mean",
            "Ingress/web spec.rules[0].http.paths[0].backend.service.name: must name a Service in the bundle"
                + " (was \"wbe\"); did you mean \"web\"? [ingress-backend-not-found]",
            webService(""), pods, ingress("", backend("wbe", "http"))),
        invalid("a Service of another namespace does not count",
            "Ingress/web spec.rules[0].http.paths[0].backend.service.name: must name a Service in the bundle"
                + " (was \"web\"); Service/web is in namespace \"a\" [ingress-backend-not-found]",
            webService("a"), deployment(in("a", "web"), WEB, spec(container("web", port(80, "http"), port(443)))),
            ingress("b", backend("web", "http"))),
        invalid("a misspelled port name gets a did-you-mean",
            "Ingress/web spec.rules[0].http.paths[0].backend.service.port.name: must name a port of Service/web"
                + " (was \"htp\"); it has: http, https; did you mean \"http\"? [ingress-backend-port-not-found]",
            webService(""), pods, ingress("", backend("web", "htp"))),
        invalid("a port name on a Service without named ports",
            "Ingress/web spec.rules[0].http.paths[0].backend.service.port.name: must name a port of Service/web"
                + " (was \"http\"); it has no named ports [ingress-backend-port-not-found]",
            service("web", WEB, ServicePort.builder().port(80).build()), pods, ingress("", backend("web", "http"))),
        invalid("a port number the Service does not have",
            "Ingress/web spec.defaultBackend.service.port.number: must be a port of Service/web (was 8080);"
                + " it has: 80, 443 [ingress-backend-port-not-found]",
            webService(""), pods, Ingress.builder().metadata(meta("web")).spec(IngressSpec.builder()
                .defaultBackend(backend("web", 8080)).build()).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ingresses")
  void should_resolve_an_ingress_backend_service_and_port_when_the_bundle_has_services(Case c) {
    assertThat(CrossObjectFixtures.check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  static Stream<Case> tlsSecrets() {
    Ingress web = ingress("", backend("web", "http"));
    Deployment pods = deployment("web", WEB, container("web", port(80, "http"), port(443, "https")));
    return Stream.of(
        valid("a kubernetes.io/tls Secret of the bundle", webService(""), pods, withTls(web, "shop-cert"),
            tlsSecret("shop-cert", "kubernetes.io/tls")),
        valid("no Secret in the bundle: not judged", webService(""), pods, withTls(web, "shop-cert")),
        valid("cert-manager makes the Secret", webService(""), pods, tlsSecret("other", "kubernetes.io/tls"),
            withTls(web, "shop-cert").withMetadata(meta("web").withAnnotations(
                Map.of("cert-manager.io/cluster-issuer", "letsencrypt")))),
        invalid("a misspelled Secret gets a did-you-mean",
            "warning: Ingress/web spec.tls[0].secretName: must name a Secret in the bundle (was \"shop-crt\");"
                + " did you mean \"shop-cert\"? [ingress-tls-secret-not-found]",
            webService(""), pods, withTls(web, "shop-crt"), tlsSecret("shop-cert", "kubernetes.io/tls")),
        invalid("a Secret of another type",
            "warning: Ingress/web spec.tls[0].secretName: must name a Secret of type kubernetes.io/tls (was"
                + " \"shop-cert\" of type Opaque) [ingress-tls-secret-not-found]",
            webService(""), pods, withTls(web, "shop-cert"), tlsSecret("shop-cert", "Opaque")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tlsSecrets")
  void should_warn_when_a_tls_secret_is_not_a_tls_secret_of_the_bundle(Case c) {
    assertThat(CrossObjectFixtures.check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  @Test
  void should_accept_a_tls_secret_declared_external() {
    // GIVEN a bundle whose Ingress uses a Secret made elsewhere, declared so
    Bundle bundle = Bundle.of(webService(""), deployment("web", WEB, container("web", port(80, "http"), port(443, "https"))), tlsSecret("other", "kubernetes.io/tls"),
        withTls(ingress("", backend("web", "http")), "shop-cert")).withExternal(Kind.SECRET, "shop-cert");
    // THEN nothing is reported
    assertThat(CrossObjectFixtures.check(bundle)).isEmpty();
  }

  private static NetworkPolicy policy(String namespace, Map<String, String> selects) {
    return NetworkPolicy.builder().metadata(in(namespace, "api")).spec(NetworkPolicySpec.builder()
        .podSelector(LabelSelector.builder().matchLabels(selects).build()).build()).build();
  }

  static Stream<Case> policies() {
    Deployment api = deployment("api", Map.of("app", "api"), container("api", port(8080, "http")));
    return Stream.of(
        valid("selects the pods of a Deployment", api, policy("", Map.of("app", "api"))),
        valid("the empty selector selects every pod", api, policy("", Map.of())),
        valid("no pods in the bundle: not judged", policy("", Map.of("app", "api"))),
        invalid("a misspelled label gets the closest pods",
            "warning: NetworkPolicy/api spec.podSelector: must select the pods of a workload in the bundle (was"
                + " app=apy) [network-policy-selects-no-pods]",
            api, policy("", Map.of("app", "apy"))),
        invalid("pods of another namespace do not count",
            "warning: NetworkPolicy/api spec.podSelector: must select the pods of a workload in the bundle (was"
                + " app=api); Deployment/api in namespace \"a\" has these labels [network-policy-selects-no-pods]",
            deployment(in("a", "api"), Map.of("app", "api"), spec(container("api"))), policy("b", Map.of("app", "api"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void should_warn_when_a_network_policy_selects_no_pods_of_the_bundle(Case c) {
    assertThat(CrossObjectFixtures.check(c.bundle())).containsExactlyElementsOf(c.expected());
  }

  @Test
  void should_keep_the_warnings_of_a_bundle_built_in_code_warnings() {
    // GIVEN a bundle built in code, whose cross-object checks are errors
    Bundle bundle = Bundle.of(deployment("api", Map.of("app", "api"), container("api")), policy("", Map.of("app", "x")));
    // WHEN it is validated
    List<Violation> found = Validator.validate(bundle);
    // THEN the NetworkPolicy's check stays a warning
    assertThat(found).extracting(Violation::severity).containsExactly(Severity.WARNING);
  }
}
