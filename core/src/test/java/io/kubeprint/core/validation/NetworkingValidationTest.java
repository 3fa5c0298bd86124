package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.networking.HTTPIngressPath;
import io.kubeprint.core.networking.HTTPIngressRuleValue;
import io.kubeprint.core.networking.IPBlock;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.IngressBackend;
import io.kubeprint.core.networking.IngressRule;
import io.kubeprint.core.networking.IngressServiceBackend;
import io.kubeprint.core.networking.IngressSpec;
import io.kubeprint.core.networking.IngressTLS;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicyEgressRule;
import io.kubeprint.core.networking.NetworkPolicyIngressRule;
import io.kubeprint.core.networking.NetworkPolicyPeer;
import io.kubeprint.core.networking.NetworkPolicyPort;
import io.kubeprint.core.networking.NetworkPolicySpec;
import io.kubeprint.core.networking.ServiceBackendPort;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API server's 1.32 create validation of Ingresses ({@code ValidateIngressCreate}) and NetworkPolicies
 * ({@code ValidateNetworkPolicy}): each row an object and every line it gets, exactly.
 */
class NetworkingValidationTest {

  record Case(String behaviour, KubeObject object, List<String> expected) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  private static Case valid(String behaviour, KubeObject o) {
    return new Case(behaviour, o, List.of());
  }

  private static Case invalid(String behaviour, KubeObject o, String... expected) {
    return new Case(behaviour, o, List.of(expected));
  }

  // ---- Ingress ----

  static IngressBackend backend(String service, String port) {
    return IngressBackend.builder().service(IngressServiceBackend.builder().name(service)
        .port(ServiceBackendPort.builder().name(port).build()).build()).build();
  }

  static HTTPIngressPath path(String path, String type, IngressBackend backend) {
    HTTPIngressPath.Builder b = HTTPIngressPath.builder().path(path).backend(backend);
    if (type != null) {
      b.pathType(type);
    }
    return b.build();
  }

  static IngressRule rule(String host, HTTPIngressPath... paths) {
    IngressRule.Builder b = IngressRule.builder().http(HTTPIngressRuleValue.builder().addPaths(paths).build());
    if (host != null) {
      b.host(host);
    }
    return b.build();
  }

  static Ingress ingress(UnaryOperator<IngressSpec.Builder> spec) {
    return Ingress.builder().metadata(ObjectMeta.builder().name("web").build())
        .spec(spec.apply(IngressSpec.builder()).build()).build();
  }

  static Ingress simple(IngressRule... rules) {
    return ingress(s -> s.addRules(rules));
  }

  static final IngressBackend WEB = backend("web", "http");

  static Stream<Case> ingresses() {
    return Stream.of(
        valid("a host, a Prefix path and a named port", simple(rule("shop.example.com", path("/", "Prefix", WEB)))),
        valid("a wildcard host and an ImplementationSpecific path without a path",
            simple(rule("*.example.com", path("", "ImplementationSpecific", WEB)))),
        valid("the class annotation equal to ingressClassName", ingress(s -> s.ingressClassName("nginx")
            .addRules(rule(null, path("/", "Exact", WEB)))).withMetadata(ObjectMeta.builder().name("web")
                .annotations(Map.of("kubernetes.io/ingress.class", "nginx")).build())),
        invalid("neither rules nor a default backend", ingress(s -> s),
            "Ingress/web spec: must specify either `defaultBackend` or `rules` [ingress-rules-or-default-backend]"),
        invalid("an IP address as host", simple(rule("10.0.0.1", path("/", "Prefix", WEB))),
            "Ingress/web spec.rules[0].host: must be a DNS name, not an IP address (was \"10.0.0.1\") [ingress-host]"),
        invalid("a wildcard in the middle of the host", simple(rule("shop.*.com", path("/", "Prefix", WEB))),
            "Ingress/web spec.rules[0].host: a wildcard DNS-1123 subdomain must start with '*.', followed by a valid"
                + " DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an"
                + " alphanumeric character (e.g. '*.example.com', regex used for validation is"
                + " '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was \"shop.*.com\")"
                + " [ingress-host]"),
        invalid("http without paths", ingress(s -> s.addRules(IngressRule.builder().host("a.example.com")
            .http(HTTPIngressRuleValue.builder().build()).build())),
            "Ingress/web spec.rules[0].http.paths: is required: at least one path [ingress-paths-required]"),
        invalid("no pathType hides the rest of the path",
            simple(rule(null, path("api", null, IngressBackend.builder().build()))),
            "Ingress/web spec.rules[0].http.paths[0].pathType: is required: \"Exact\", \"ImplementationSpecific\" or"
                + " \"Prefix\" [ingress-path-type]"),
        invalid("an unknown pathType", simple(rule(null, path("/", "Regex", WEB))),
            "Ingress/web spec.rules[0].http.paths[0].pathType: must be \"Exact\", \"ImplementationSpecific\" or"
                + " \"Prefix\" (was \"Regex\") [ingress-path-type]"),
        invalid("a relative Prefix path, and dot segments", simple(rule(null, path("api/./v1/..", "Prefix", WEB))),
            "Ingress/web spec.rules[0].http.paths[0].path: cannot end with '/..' (was \"api/./v1/..\") [ingress-path]",
            "Ingress/web spec.rules[0].http.paths[0].path: must be an absolute path (was \"api/./v1/..\") [ingress-path]",
            "Ingress/web spec.rules[0].http.paths[0].path: must not contain '/./' (was \"api/./v1/..\") [ingress-path]"),
        invalid("the second rule is named by its own index", simple(rule("a.example.com", path("/", "Prefix", WEB)),
            rule("b.example.com", path("/", "Prefix", backend("web", "HTTP")))),
            "Ingress/web spec.rules[1].http.paths[0].backend.service.port.name: must contain at least one letter"
                + " (a-z) (was \"HTTP\") [ingress-backend-port]",
            "Ingress/web spec.rules[1].http.paths[0].backend.service.port.name: must contain only alpha-numeric"
                + " characters (a-z, 0-9), and hyphens (-) (was \"HTTP\") [ingress-backend-port]"),
        invalid("both a service and a resource", ingress(s -> s.defaultBackend(WEB.withExtra(Fields.of("resource",
            Map.of("kind", "Bucket", "name", "b"))))),
            "Ingress/web spec.defaultBackend: cannot set both resource and service backends [ingress-backend]"),
        invalid("no backend at all", simple(rule(null, path("/", "Prefix", IngressBackend.builder().build()))),
            "Ingress/web spec.rules[0].http.paths[0].backend: must have a service or a resource backend"
                + " [ingress-backend]"),
        invalid("a resource without kind", ingress(s -> s.defaultBackend(IngressBackend.builder()
            .extra(Fields.of("resource", Map.of("name", "b"))).build())),
            "Ingress/web spec.defaultBackend.resource.kind: is required [ingress-backend-resource]"),
        invalid("a service without name or port", ingress(s -> s.defaultBackend(IngressBackend.builder()
            .service(IngressServiceBackend.builder().build()).build())),
            "Ingress/web spec.defaultBackend: is required: a port name or number [ingress-backend-port]",
            "Ingress/web spec.defaultBackend.service.name: is required [ingress-backend-service-name]"),
        invalid("both a port name and number, a Service name not a DNS-1035 label",
            ingress(s -> s.defaultBackend(IngressBackend.builder().service(IngressServiceBackend.builder()
                .name("1web").port(ServiceBackendPort.builder().name("http").number(80).build()).build()).build())),
            "Ingress/web spec.defaultBackend: cannot set both port name & port number (was name \"http\", number 80)"
                + " [ingress-backend-port]",
            "Ingress/web spec.defaultBackend.service.name: a DNS-1035 label must consist of lower case alphanumeric"
                + " characters or '-', start with an alphabetic character, and end with an alphanumeric character"
                + " (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
                + " (was \"1web\") [ingress-backend-service-name]"),
        invalid("a port number out of range", ingress(s -> s.defaultBackend(IngressBackend.builder()
            .service(IngressServiceBackend.builder().name("web").port(ServiceBackendPort.builder().number(70000)
                .build()).build()).build())),
            "Ingress/web spec.defaultBackend.service.port.number: must be between 1 and 65535, inclusive (was 70000)"
                + " [ingress-backend-port]"),
        invalid("TLS hosts and secret name", ingress(s -> s.defaultBackend(WEB).addTls(IngressTLS.builder()
            .addHosts("*.example.com", "Shop.example.com").secretName("shop_cert").build())),
            "Ingress/web spec.tls[0].hosts[1]: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
                + " characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com',"
                + " regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
                + " (was \"Shop.example.com\") [ingress-tls-host]",
            "Ingress/web spec.tls[0].secretName: a lowercase RFC 1123 subdomain must consist of lower case"
                + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g."
                + " 'example.com', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was \"shop_cert\")"
                + " [ingress-tls-secret-name]"),
        invalid("the class annotation differs from ingressClassName", ingress(s -> s.ingressClassName("nginx")
            .defaultBackend(WEB)).withMetadata(ObjectMeta.builder().name("web")
                .annotations(Map.of("kubernetes.io/ingress.class", "traefik")).build()),
            "Ingress/web annotations.kubernetes.io/ingress.class: must match `ingressClassName` when both are"
                + " specified (was \"traefik\"; ingressClassName is \"nginx\") [ingress-class-annotation]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ingresses")
  void should_validate_an_ingress_as_the_api_server_does(Case c) {
    assertThat(Validator.validate(c.object())).extracting(Violation::toString)
        .containsExactlyElementsOf(c.expected());
  }

  // ---- NetworkPolicy ----

  static NetworkPolicy policy(UnaryOperator<NetworkPolicySpec.Builder> spec) {
    return NetworkPolicy.builder().metadata(ObjectMeta.builder().name("api").build())
        .spec(spec.apply(NetworkPolicySpec.builder().podSelector(LabelSelector.builder().build())).build()).build();
  }

  static NetworkPolicy from(NetworkPolicyPeer peer, NetworkPolicyPort... ports) {
    return policy(s -> s.addIngress(NetworkPolicyIngressRule.builder().addFrom(peer).addPorts(ports).build()));
  }

  static NetworkPolicyPeer pods(String key, String value) {
    return NetworkPolicyPeer.builder().podSelector(LabelSelector.builder().matchLabels(Map.of(key, value)).build())
        .build();
  }

  static NetworkPolicyPeer cidr(String cidr, String... except) {
    return NetworkPolicyPeer.builder().ipBlock(IPBlock.builder().cidr(cidr).addExcept(except).build()).build();
  }

  static NetworkPolicyPort port(Object port, Integer end) {
    NetworkPolicyPort.Builder b = NetworkPolicyPort.builder();
    if (port instanceof Integer i) {
      b.port(IntOrString.of(i));
    } else if (port instanceof String s) {
      b.port(IntOrString.of(s));
    }
    if (end != null) {
      b.endPort(end);
    }
    return b.build();
  }

  static Stream<Case> policies() {
    return Stream.of(
        valid("deny all", policy(s -> s.addPolicyTypes("Ingress", "Egress"))),
        valid("pods and namespaces together, a port range",
            from(NetworkPolicyPeer.builder().podSelector(LabelSelector.builder().build())
                .namespaceSelector(LabelSelector.builder().build()).build(), port(32000, 32768))),
        valid("an IPv6 block with a leading-zero-free except", from(cidr("2001:db8::/32", "2001:db8:1::/48"))),
        valid("an IPv4 block with host bits and leading zeros", from(cidr("10.0.0.1/8", "010.1.0.0/16"))),
        invalid("an empty peer", from(NetworkPolicyPeer.builder().build()),
            "NetworkPolicy/api spec.ingress[0].from[0]: is required: a podSelector, a namespaceSelector or an ipBlock"
                + " [network-policy-peer]"),
        invalid("an ipBlock with a selector", from(NetworkPolicyPeer.builder().from(cidr("10.0.0.0/8"))
            .podSelector(LabelSelector.builder().build()).build()),
            "NetworkPolicy/api spec.ingress[0].from[0]: may not specify both ipBlock and another peer"
                + " [network-policy-peer]"),
        invalid("an invalid cidr hides the excepts", from(cidr("10.0.0.0/33", "nonsense")),
            "NetworkPolicy/api spec.ingress[0].from[0].ipBlock.cidr: must be a valid CIDR value, (e.g. 10.9.8.0/24 or"
                + " 2001:db8::/64) (was \"10.0.0.0/33\") [network-policy-ip-block]"),
        invalid("excepts outside, equal and invalid", from(cidr("10.0.0.0/8", "192.168.0.0/16", "10.0.0.0/8", "x")),
            "NetworkPolicy/api spec.ingress[0].from[0].ipBlock.except[0]: must be a strict subset of `cidr` (was"
                + " \"192.168.0.0/16\"; cidr is \"10.0.0.0/8\") [network-policy-ip-block]",
            "NetworkPolicy/api spec.ingress[0].from[0].ipBlock.except[1]: must be a strict subset of `cidr` (was"
                + " \"10.0.0.0/8\"; cidr is \"10.0.0.0/8\") [network-policy-ip-block]",
            "NetworkPolicy/api spec.ingress[0].from[0].ipBlock.except[2]: must be a valid CIDR value, (e.g."
                + " 10.9.8.0/24 or 2001:db8::/64) (was \"x\") [network-policy-ip-block]"),
        invalid("a missing cidr", from(NetworkPolicyPeer.builder().ipBlock(IPBlock.builder().build()).build()),
            "NetworkPolicy/api spec.ingress[0].from[0].ipBlock.cidr: is required [network-policy-ip-block]"),
        invalid("ports: out of range, an end below, an end with a name, an end alone",
            policy(s -> s.addEgress(NetworkPolicyEgressRule.builder().addPorts(port(0, null), port(8080, 80),
                port("http", 9000), port(null, 10)).addTo(pods("app", "db")).build())),
            "NetworkPolicy/api spec.egress[0].ports[0].port: must be between 1 and 65535, inclusive (was 0)"
                + " [network-policy-port]",
            "NetworkPolicy/api spec.egress[0].ports[1].endPort: must be greater than or equal to `port` (was 80;"
                + " port is 8080) [network-policy-port]",
            "NetworkPolicy/api spec.egress[0].ports[2].endPort: may not be specified when `port` is non-numeric (was"
                + " 9000) [network-policy-port]",
            "NetworkPolicy/api spec.egress[0].ports[3].endPort: may not be specified when `port` is not specified"
                + " (was 10) [network-policy-port]"),
        invalid("a protocol", from(pods("app", "web"), NetworkPolicyPort.builder().protocol("HTTP").build()),
            "NetworkPolicy/api spec.ingress[0].ports[0].protocol: must be \"SCTP\", \"TCP\" or \"UDP\" (was \"HTTP\")"
                + " [network-policy-port-protocol]"),
        invalid("a policy type in lower case", policy(s -> s.addPolicyTypes("ingress")),
            "NetworkPolicy/api spec.policyTypes[0]: must be \"Ingress\" or \"Egress\" (was \"ingress\")"
                + " [network-policy-types]"),
        invalid("three policy types", policy(s -> s.addPolicyTypes("Ingress", "Egress", "Other")),
            "NetworkPolicy/api spec.policyTypes: may not specify more than two policyTypes (was [Ingress, Egress,"
                + " Other]) [network-policy-types]"),
        invalid("a selector's label value", from(pods("app", "-web")),
            "NetworkPolicy/api spec.ingress[0].from[0].podSelector.matchLabels: a valid label must be an empty string"
                + " or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric"
                + " character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is"
                + " '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?') (was \"-web\") [label-value-syntax]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void should_validate_a_network_policy_as_the_api_server_does(Case c) {
    assertThat(Validator.validate(c.object())).extracting(Violation::toString)
        .containsExactlyElementsOf(c.expected());
  }
}
