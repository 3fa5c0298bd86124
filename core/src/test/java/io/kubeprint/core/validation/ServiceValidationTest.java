package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.service.ClientIPConfig;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.service.SessionAffinityConfig;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceValidationTest {

  static ServicePort http() {
    return ServicePort.builder().name("http").port(80).targetPort(IntOrString.of(8080)).build();
  }

  static ServicePort port(String name, int port) {
    return ServicePort.builder().name(name).port(port).build();
  }

  static Service service() {
    return Service.builder()
        .metadata(ObjectMeta.builder().name("web").build())
        .spec(ServiceSpec.builder().putSelector("app", "web").addPort(http()).build())
        .build();
  }

  static Service svc(UnaryOperator<ServiceSpec.Builder> edit) {
    return service().withSpec(edit.apply(ServiceSpec.builder().from(service().spec())).build());
  }

  static Service withPorts(ServicePort... ports) {
    return svc(s -> s.ports(List.of(ports)));
  }

  static Service withPort(UnaryOperator<ServicePort.Builder> edit) {
    return withPorts(edit.apply(ServicePort.builder().from(http())).build());
  }

  static Service withName(String name) {
    return service().withMetadata(ObjectMeta.builder().name(name).build());
  }

  static SessionAffinityConfig timeout(int seconds) {
    return SessionAffinityConfig.builder().clientIP(ClientIPConfig.builder().timeoutSeconds(seconds).build()).build();
  }

  static Fields extra(Object... keyValues) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return Fields.of(m);
  }

  static Arguments bad(String what, Service s, String... expected) {
    return Arguments.of(named(what, s), List.of(expected));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        bad("name with upper case", withName("Web"), "metadata.name [name-syntax]"),
        bad("name starting with a digit", withName("1web"), "metadata.name [name-syntax]"),
        bad("name with a dot", withName("web.front"), "metadata.name [name-syntax]"),
        bad("name of 64 characters", withName("a".repeat(64)), "metadata.name [name-syntax]"),
        bad("generateName with upper case", service().withMetadata(ObjectMeta.builder()
            .extra(Fields.of("generateName", "Web-")).build()),
            "metadata.generateName [generate-name-syntax]", "metadata.name [name-required]"),
        bad("selector value with a space", svc(s -> s.putSelector("tier", "front end")),
            "spec.selector [label-value-syntax]"),
        bad("selector key with two slashes", svc(s -> s.putSelector("a/b/c", "x")), "spec.selector [label-key-syntax]"),
        bad("no ports", svc(s -> s.ports(List.of())), "spec.ports [service-ports-required]"),
        bad("type Foo", svc(s -> s.type("Foo")), "spec.type [service-type]"),
        bad("second port without name", withPorts(http(), ServicePort.builder().port(443).build()),
            "spec.ports[1].name [service-port-name-required]"),
        bad("port name with upper case", withPort(p -> p.name("HTTP")), "spec.ports[0].name [service-port-name-syntax]"),
        bad("port name of 64 characters", withPort(p -> p.name("p".repeat(64))),
            "spec.ports[0].name [service-port-name-syntax]"),
        bad("duplicate port names", withPorts(port("web", 80), port("web", 81)),
            "spec.ports[1].name [service-port-name-duplicate]"),
        bad("port 0 with a target port", withPort(p -> p.port(0)), "spec.ports[0].port [service-port-range]"),
        bad("port 65536", withPort(p -> p.port(65536)), "spec.ports[0].port [service-port-range]"),
        bad("port 0 without a target port", withPorts(ServicePort.builder().port(0).build()),
            "spec.ports[0].port [service-port-range]", "spec.ports[0].targetPort [service-target-port]"),
        bad("absent port", withPorts(ServicePort.builder().targetPort(IntOrString.of(80)).build()),
            "spec.ports[0].port [service-port-range]"),
        bad("protocol HTTP", withPort(p -> p.protocol("HTTP")), "spec.ports[0].protocol [service-port-protocol]"),
        bad("protocol tcp in lower case", withPort(p -> p.protocol("tcp")),
            "spec.ports[0].protocol [service-port-protocol]"),
        bad("targetPort 70000", withPort(p -> p.targetPort(IntOrString.of(70000))),
            "spec.ports[0].targetPort [service-target-port]"),
        bad("targetPort -1", withPort(p -> p.targetPort(IntOrString.of(-1))),
            "spec.ports[0].targetPort [service-target-port]"),
        bad("targetPort name with underscore", withPort(p -> p.targetPort(IntOrString.of("http_web"))),
            "spec.ports[0].targetPort [service-target-port]"),
        bad("targetPort name of 16 characters", withPort(p -> p.targetPort(IntOrString.of("abcdefghijklmnop"))),
            "spec.ports[0].targetPort [service-target-port]"),
        bad("appProtocol with two slashes", withPort(p -> p.appProtocol("a/b/c")),
            "spec.ports[0].appProtocol [service-app-protocol]"),
        bad("same port and protocol twice", withPorts(port("a", 80), port("b", 80)),
            "spec.ports[1] [service-port-duplicate]"),
        bad("same port twice with TCP defaulted", withPorts(port("a", 80),
                ServicePort.builder().from(port("b", 80)).protocol("TCP").build()),
            "spec.ports[1] [service-port-duplicate]"),
        bad("nodePort on ClusterIP", withPort(p -> p.nodePort(30080)),
            "spec.ports[0].nodePort [service-node-port-cluster-ip]"),
        bad("nodePort 80 on NodePort", svc(s -> s.type("NodePort").ports(List.of(
                ServicePort.builder().from(http()).nodePort(80).build()))),
            "spec.ports[0].nodePort [service-node-port-range]"),
        bad("nodePort 32768 on LoadBalancer", svc(s -> s.type("LoadBalancer").ports(List.of(
                ServicePort.builder().from(http()).nodePort(32768).build()))),
            "spec.ports[0].nodePort [service-node-port-range]"),
        bad("same nodePort on two port numbers", svc(s -> s.type("NodePort").ports(List.of(
                ServicePort.builder().from(port("a", 80)).nodePort(30080).build(),
                ServicePort.builder().from(port("b", 81)).nodePort(30080).build()))),
            "spec.ports[1].nodePort [service-node-port-allocated]"),
        bad("same port and protocol twice on a NodePort Service, node ports allocated", svc(s -> s.type("NodePort")
                .ports(List.of(port("a", 80), port("b", 80)))),
            "spec.ports[1] [service-port-duplicate]", "spec.ports[1].nodePort [service-node-port-duplicate]"),
        bad("same port and protocol twice, the later one asking for the node port", svc(s -> s.type("NodePort")
                .ports(List.of(port("a", 80), ServicePort.builder().from(port("b", 80)).nodePort(30080).build()))),
            "spec.ports[1] [service-port-duplicate]", "spec.ports[1].nodePort [service-node-port-duplicate]"),
        bad("same port, protocol and nodePort twice", svc(s -> s.type("NodePort").ports(List.of(
                ServicePort.builder().from(port("a", 80)).nodePort(30080).build(),
                ServicePort.builder().from(port("b", 80)).nodePort(30080).build()))),
            "spec.ports[1] [service-port-duplicate]", "spec.ports[1].nodePort [service-node-port-duplicate]"),
        bad("healthCheckNodePort taken by a port", svc(s -> s.type("LoadBalancer").externalTrafficPolicy("Local")
                .ports(List.of(ServicePort.builder().from(http()).nodePort(30100).build()))
                .extra(extra("healthCheckNodePort", 30100))),
            "spec.healthCheckNodePort [service-node-port-allocated]"),
        bad("node port error hides the validation errors", svc(s -> s.type("NodePort").ports(List.of(
                ServicePort.builder().from(http()).name("HTTP").nodePort(8080).build()))),
            "spec.ports[0].nodePort [service-node-port-range]"),
        bad("kubelet port on a LoadBalancer", svc(s -> s.type("LoadBalancer").ports(List.of(port("kubelet", 10250)))),
            "spec.ports[0] [service-kubelet-port]"),
        bad("RequireDualStack on a single-stack cluster", svc(s -> s.extra(extra("ipFamilyPolicy", "RequireDualStack"))),
            "spec.ipFamilyPolicy [service-ip-family-not-configured]"),
        bad("dual-stack clusterIPs on a single-stack cluster", svc(s -> s.clusterIP("10.0.0.1").extra(extra(
                "clusterIPs", List.of("10.0.0.1", "fd00::1"), "ipFamilies", List.of("IPv4", "IPv6"),
                "ipFamilyPolicy", "RequireDualStack"))),
            "spec.ipFamilyPolicy [service-ip-family-not-configured]",
            "spec.ipFamilies[1] [service-ip-family-not-configured]"),
        bad("headless with a selector and ipFamilies IPv6", svc(s -> s.clusterIP("None")
                .extra(extra("ipFamilies", List.of("IPv6")))),
            "spec.ipFamilies[0] [service-ip-family-not-configured]"),
        bad("IPv6 clusterIP without families", svc(s -> s.clusterIP("fd00::1")),
            "spec.clusterIPs[0] [service-ip-family-not-configured]"),
        bad("SingleStack with two families", svc(s -> s.extra(extra("ipFamilies", List.of("IPv4", "IPv6")))),
            "spec.ipFamilyPolicy [service-ip-family-policy]"),
        bad("SingleStack with two clusterIPs", svc(s -> s.clusterIP("10.0.0.1").extra(extra(
                "clusterIPs", List.of("10.0.0.1", "fd00::1"), "ipFamilyPolicy", "SingleStack"))),
            "spec.ipFamilyPolicy [service-ip-family-policy]", "spec.clusterIPs[1] [service-ip-family-not-configured]"),
        bad("ExternalName without externalName", svc(s -> s.type("ExternalName")),
            "spec.externalName [service-external-name-required]"),
        bad("ExternalName with only a dot", svc(s -> s.type("ExternalName").externalName(".")),
            "spec.externalName [service-external-name-required]"),
        bad("ExternalName with underscore", svc(s -> s.type("ExternalName").externalName("my_db.example.com")),
            "spec.externalName [service-external-name-syntax]"),
        bad("ExternalName with clusterIP", svc(s -> s.type("ExternalName").externalName("db.example.com")
                .clusterIP("10.0.0.10")),
            "spec.clusterIPs [service-external-name-ip-fields]"),
        bad("ExternalName with clusterIP None", svc(s -> s.type("ExternalName").externalName("db.example.com")
                .clusterIP("None")),
            "spec.clusterIPs [service-external-name-ip-fields]"),
        bad("ExternalName with ipFamilies and policy", svc(s -> s.type("ExternalName").externalName("db.example.com")
                .extra(extra("ipFamilies", List.of("IPv4"), "ipFamilyPolicy", "SingleStack"))),
            "spec.ipFamilies [service-external-name-ip-fields]",
            "spec.ipFamilyPolicy [service-external-name-ip-fields]"),
        bad("headless LoadBalancer", svc(s -> s.type("LoadBalancer").clusterIP("None")),
            "spec.clusterIPs[0] [service-headless-type]"),
        bad("headless NodePort", svc(s -> s.type("NodePort").clusterIP("None")),
            "spec.clusterIPs[0] [service-headless-type]"),
        bad("clusterIP abc", svc(s -> s.clusterIP("abc")), "spec.clusterIPs[0] [service-cluster-ips]"),
        bad("clusterIP 10.0.0.300", svc(s -> s.clusterIP("10.0.0.300")), "spec.clusterIPs[0] [service-cluster-ips]"),
        bad("clusterIPs not starting with clusterIP", svc(s -> s.clusterIP("10.0.0.1")
                .extra(extra("clusterIPs", List.of("10.0.0.2")))),
            "spec.clusterIPs [service-cluster-ips]"),
        bad("clusterIPs without clusterIP", svc(s -> s.extra(extra("clusterIPs", List.of("10.0.0.2")))),
            "spec.clusterIPs [service-cluster-ips]"),
        bad("None followed by an IP", svc(s -> s.clusterIP("None")
                .extra(extra("clusterIPs", List.of("None", "10.0.0.2")))),
            "spec.clusterIPs [service-cluster-ips]"),
        bad("two IPv4 clusterIPs", svc(s -> s.clusterIP("10.0.0.1")
                .extra(extra("clusterIPs", List.of("10.0.0.1", "10.0.0.2")))),
            "spec.clusterIPs [service-cluster-ips]"),
        bad("three clusterIPs", svc(s -> s.clusterIP("10.0.0.1")
                .extra(extra("clusterIPs", List.of("10.0.0.1", "fd00::1", "10.0.0.2")))),
            "spec.clusterIPs [service-cluster-ips]"),
        bad("ipFamilies IPv5", svc(s -> s.extra(extra("ipFamilies", List.of("IPv5")))),
            "spec.ipFamilies[0] [service-ip-families]"),
        bad("ipFamilies twice IPv4", svc(s -> s.extra(extra("ipFamilies", List.of("IPv4", "IPv4")))),
            "spec.ipFamilies[1] [service-ip-families]"),
        bad("ipFamilyPolicy DualStack", svc(s -> s.extra(extra("ipFamilyPolicy", "DualStack"))),
            "spec.ipFamilyPolicy [service-ip-families]"),
        bad("IPv4 clusterIP with ipFamilies IPv6", svc(s -> s.clusterIP("10.0.0.1")
                .extra(extra("ipFamilies", List.of("IPv6")))),
            "spec.clusterIPs[0] [service-ip-families]"),
        bad("IPv6 clusterIP with ipFamilies IPv4", svc(s -> s.clusterIP("fd00::1")
                .extra(extra("ipFamilies", List.of("IPv4")))),
            "spec.clusterIPs[0] [service-ip-families]"),
        bad("externalIP 1.2.3", svc(s -> s.addExternalIP("1.2.3")), "spec.externalIPs[0] [service-external-ip]"),
        bad("externalIP loopback", svc(s -> s.addExternalIP("127.0.0.1")), "spec.externalIPs[0] [service-external-ip]"),
        bad("externalIP unspecified", svc(s -> s.addExternalIP("203.0.113.7").addExternalIP("0.0.0.0")),
            "spec.externalIPs[1] [service-external-ip]"),
        bad("externalIP link-local", svc(s -> s.addExternalIP("169.254.169.254")),
            "spec.externalIPs[0] [service-external-ip]"),
        bad("source ranges on ClusterIP", svc(s -> s.addLoadBalancerSourceRange("10.0.0.0/8")),
            "spec.LoadBalancerSourceRanges [service-source-ranges]"),
        bad("source range /33", svc(s -> s.type("LoadBalancer").addLoadBalancerSourceRange("10.0.0.0/33")),
            "spec.LoadBalancerSourceRanges[0] [service-source-ranges]"),
        bad("source range without prefix", svc(s -> s.type("LoadBalancer").addLoadBalancerSourceRange("10.0.0.0")),
            "spec.LoadBalancerSourceRanges[0] [service-source-ranges]"),
        bad("source range annotation on ClusterIP", service().withMetadata(ObjectMeta.builder().name("web")
                .putAnnotation("service.beta.kubernetes.io/load-balancer-source-ranges", "10.0.0.0/8").build()),
            "metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges] [service-source-ranges]"),
        bad("source range annotation with a bad CIDR", service().withMetadata(ObjectMeta.builder().name("web")
                .putAnnotation("service.beta.kubernetes.io/load-balancer-source-ranges", "10.0.0.0/8, 1.2.3.4")
                .build()).withSpec(svc(s -> s.type("LoadBalancer")).spec()),
            "metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges] [service-source-ranges]"),
        bad("sessionAffinity Sticky", svc(s -> s.sessionAffinity("Sticky")),
            "spec.sessionAffinity [service-session-affinity]"),
        bad("ClientIP timeout 0", svc(s -> s.sessionAffinity("ClientIP").sessionAffinityConfig(timeout(0))),
            "spec.sessionAffinityConfig.clientIP.timeoutSeconds [service-session-affinity-timeout]"),
        bad("ClientIP timeout 86401", svc(s -> s.sessionAffinity("ClientIP").sessionAffinityConfig(timeout(86401))),
            "spec.sessionAffinityConfig.clientIP.timeoutSeconds [service-session-affinity-timeout]"),
        bad("externalTrafficPolicy on ClusterIP", svc(s -> s.externalTrafficPolicy("Local")),
            "spec.externalTrafficPolicy [service-external-traffic-policy]"),
        bad("externalTrafficPolicy on ExternalName", svc(s -> s.type("ExternalName").externalName("db.example.com")
                .externalTrafficPolicy("Cluster")),
            "spec.externalTrafficPolicy [service-external-traffic-policy]"),
        bad("externalTrafficPolicy Global", svc(s -> s.type("NodePort").externalTrafficPolicy("Global")),
            "spec.externalTrafficPolicy [service-external-traffic-policy]"),
        bad("healthCheckNodePort on NodePort", svc(s -> s.type("NodePort").externalTrafficPolicy("Local")
                .extra(extra("healthCheckNodePort", 30100))),
            "spec.healthCheckNodePort [service-health-check-node-port]"),
        bad("healthCheckNodePort with Cluster policy", svc(s -> s.type("LoadBalancer")
                .extra(extra("healthCheckNodePort", 30100))),
            "spec.healthCheckNodePort [service-health-check-node-port]"),
        bad("healthCheckNodePort 70000", svc(s -> s.type("LoadBalancer").externalTrafficPolicy("Local")
                .extra(extra("healthCheckNodePort", 70000))),
            "spec.healthCheckNodePort [service-node-port-range]"),
        bad("internalTrafficPolicy Node", svc(s -> s.extra(extra("internalTrafficPolicy", "Node"))),
            "spec.internalTrafficPolicy [service-internal-traffic-policy]"),
        bad("trafficDistribution PreferSameZone", svc(s -> s.extra(extra("trafficDistribution", "PreferSameZone"))),
            "spec.trafficDistribution [service-traffic-distribution]"),
        bad("allocateLoadBalancerNodePorts on ClusterIP", svc(s -> s.extra(extra("allocateLoadBalancerNodePorts",
                false))),
            "spec.allocateLoadBalancerNodePorts [service-load-balancer-fields]"),
        bad("loadBalancerClass on NodePort", svc(s -> s.type("NodePort").extra(extra("loadBalancerClass",
                "example.com/lb"))),
            "spec.loadBalancerClass [service-load-balancer-fields]"),
        bad("loadBalancerClass with a space", svc(s -> s.type("LoadBalancer").extra(extra("loadBalancerClass",
                "my lb"))),
            "spec.loadBalancerClass [service-load-balancer-fields]"),
        bad("topology annotations that disagree", service().withMetadata(ObjectMeta.builder().name("web")
                .putAnnotation("service.kubernetes.io/topology-mode", "Auto")
                .putAnnotation("service.kubernetes.io/topology-aware-hints", "Disabled").build()),
            "metadata.annotations[service.kubernetes.io/topology-mode] [service-topology-annotations]"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void should_report_the_upstream_path_and_rule(Service s, List<String> expected) {
    assertThat(Found.all(s)).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of(named("baseline", service())),
        Arguments.of(named("name of 63 characters", withName("a".repeat(63)))),
        Arguments.of(named("headless without ports", svc(s -> s.clusterIP("None").ports(List.of())))),
        Arguments.of(named("ExternalName without ports", svc(s -> s.type("ExternalName")
            .externalName("db.example.com.").ports(List.of())))),
        Arguments.of(named("one port without name", withPorts(ServicePort.builder().port(80).build()))),
        Arguments.of(named("port 1 and 65535", withPorts(port("low", 1), port("high", 65535)))),
        Arguments.of(named("same port for TCP and UDP", withPorts(port("dns", 53),
            ServicePort.builder().from(port("dns-udp", 53)).protocol("UDP").build()))),
        Arguments.of(named("SCTP", withPort(p -> p.protocol("SCTP")))),
        Arguments.of(named("named targetPort", withPort(p -> p.targetPort(IntOrString.of("http-server"))))),
        Arguments.of(named("targetPort 0 defaults to the port", withPort(p -> p.targetPort(IntOrString.of(0))))),
        Arguments.of(named("empty targetPort defaults to the port", withPort(p -> p.targetPort(IntOrString.of(""))))),
        Arguments.of(named("appProtocol kubernetes.io/h2c", withPort(p -> p.appProtocol("kubernetes.io/h2c")))),
        Arguments.of(named("nodePorts 30000 and 32767", svc(s -> s.type("NodePort").ports(List.of(
            ServicePort.builder().from(port("a", 80)).nodePort(30000).build(),
            ServicePort.builder().from(port("b", 81)).nodePort(32767).build()))))),
        Arguments.of(named("same nodePort for TCP and UDP", svc(s -> s.type("LoadBalancer").ports(List.of(
            ServicePort.builder().from(port("a", 53)).nodePort(30053).build(),
            ServicePort.builder().from(port("b", 53)).protocol("UDP").nodePort(30053).build()))))),
        Arguments.of(named("headless without selector, dual-stack", svc(s -> s.clusterIP("None").selector(Map.of())
            .extra(extra("ipFamilies", List.of("IPv6", "IPv4")))))),
        Arguments.of(named("PreferDualStack, one IPv4 family", svc(s -> s.extra(extra("ipFamilyPolicy",
            "PreferDualStack", "ipFamilies", List.of("IPv4")))))),
        Arguments.of(named("port 10250 on a NodePort Service", svc(s -> s.type("NodePort")
            .ports(List.of(port("kubelet", 10250)))))),
        Arguments.of(named("external IPs with Local policy", svc(s -> s.addExternalIP("203.0.113.7")
            .addExternalIP("2001:db8::7").externalTrafficPolicy("Local")))),
        Arguments.of(named("padded source range on LoadBalancer", svc(s -> s.type("LoadBalancer")
            .addLoadBalancerSourceRange(" 10.0.0.0/8 ").addLoadBalancerSourceRange("2001:db8::/32")))),
        Arguments.of(named("ClientIP without config", svc(s -> s.sessionAffinity("ClientIP")))),
        Arguments.of(named("ClientIP timeout 1 and 86400", svc(s -> s.sessionAffinity("ClientIP")
            .sessionAffinityConfig(timeout(86400))))),
        Arguments.of(named("None drops the affinity config", svc(s -> s.sessionAffinity("None")
            .sessionAffinityConfig(timeout(0))))),
        Arguments.of(named("LoadBalancer with Local policy and health check port", svc(s -> s.type("LoadBalancer")
            .externalTrafficPolicy("Local").extra(extra("healthCheckNodePort", 30100,
                "allocateLoadBalancerNodePorts", false, "loadBalancerClass", "example.com/internal"))))),
        Arguments.of(named("internalTrafficPolicy Local and PreferClose", svc(s -> s.extra(extra(
            "internalTrafficPolicy", "Local", "trafficDistribution", "PreferClose"))))),
        Arguments.of(named("matching topology annotations", service().withMetadata(ObjectMeta.builder().name("web")
            .putAnnotation("service.kubernetes.io/topology-mode", "Auto")
            .putAnnotation("service.kubernetes.io/topology-aware-hints", "Auto").build()))));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void should_accept_what_the_api_server_accepts(Service s) {
    assertThat(Validator.validate(s)).isEmpty();
  }

  @Test
  void should_explain_port_problems_with_the_values() {
    assertThat(Found.lines(ServiceValidation.class, withPorts(port("web", 80), port("web", 80),
        ServicePort.builder().port(70000).protocol("HTTP").build()))).containsExactly(
        "Service/web spec.ports[1]: port and protocol must be unique among the ports (was 80/TCP again)"
            + " [service-port-duplicate]",
        "Service/web spec.ports[1].name: must be unique among the ports (was \"web\" again)"
            + " [service-port-name-duplicate]",
        "Service/web spec.ports[2].name: is required when a Service has more than one port"
            + " [service-port-name-required]",
        "Service/web spec.ports[2].port: must be between 1 and 65535, inclusive (was 70000) [service-port-range]",
        "Service/web spec.ports[2].protocol: must be \"SCTP\", \"TCP\" or \"UDP\" (was \"HTTP\")"
            + " [service-port-protocol]",
        "Service/web spec.ports[2].targetPort: must be between 1 and 65535, inclusive (was 70000, the port)"
            + " [service-target-port]");
  }

  @Test
  void should_check_the_service_name_as_a_dns_1035_label() {
    assertThat(Validator.validate(withName("1web"))).extracting(Violation::toString).containsExactly(
        "Service/1web metadata.name: a DNS-1035 label must consist of lower case alphanumeric characters or '-',"
            + " start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or"
            + " 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?') (was \"1web\")"
            + " [name-syntax]");
  }

  @Test
  void should_explain_a_node_port_out_of_range_alone_as_the_allocator_refuses_it_before_validation() {
    assertThat(Found.lines(ServiceValidation.class, svc(s -> s.type("NodePort").clusterIP("None")
        .ports(List.of(ServicePort.builder().from(http()).nodePort(8080).build()))))).containsExactly(
        "Service/web spec.ports[0].nodePort: must be between 30000 and 32767, the API server's default node port"
            + " range (was 8080) [service-node-port-range]");
  }

  @Test
  void should_explain_a_headless_node_port_service() {
    assertThat(Found.lines(ServiceValidation.class, svc(s -> s.type("NodePort").clusterIP("None")))).containsExactly(
        "Service/web spec.clusterIPs[0]: may not be \"None\" for NodePort Services (was \"None\")"
            + " [service-headless-type]");
  }

  @Test
  void should_explain_an_ipv6_family_on_a_single_stack_cluster() {
    assertThat(Found.lines(ServiceValidation.class, svc(s -> s.extra(extra("ipFamilies", List.of("IPv6"))))))
        .containsExactly("Service/web spec.ipFamilies[0]: must be \"IPv4\": IPv6 is not configured on a single-stack"
            + " IPv4 cluster (was \"IPv6\") [service-ip-family-not-configured]");
  }

  @Test
  void should_explain_an_affinity_timeout_out_of_range() {
    assertThat(Found.lines(ServiceValidation.class, svc(s -> s.sessionAffinity("ClientIP")
        .sessionAffinityConfig(timeout(90000))))).containsExactly(
        "Service/web spec.sessionAffinityConfig.clientIP.timeoutSeconds: must be between 1 and 86400 (was 90000)"
            + " [service-session-affinity-timeout]");
  }
}
