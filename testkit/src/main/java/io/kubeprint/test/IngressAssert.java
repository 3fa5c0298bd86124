package io.kubeprint.test;

import io.kubeprint.core.networking.HTTPIngressPath;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.IngressBackend;
import io.kubeprint.core.networking.IngressRule;
import io.kubeprint.core.networking.IngressServiceBackend;
import io.kubeprint.core.networking.IngressTLS;
import io.kubeprint.core.networking.ServiceBackendPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on an {@link Ingress}: {@code assertThat(bundle).ingress("web").routes("/", "web", "http")
 * .hasTls("shop-cert")}. A route is a path of any rule ({@code spec.rules[].http.paths[]}) and its Service
 * backend. Reach it through {@link KubeAssertions#assertThat(Ingress)} or {@link BundleAssert#ingress(String)}.
 */
public final class IngressAssert extends AbstractKubeObjectAssert<IngressAssert, Ingress> {

  IngressAssert(Ingress actual) {
    super(actual, IngressAssert.class);
  }

  /** Verifies that some rule sends {@code path} to the port named {@code portName} of the Service {@code service}. */
  public IngressAssert routes(String path, String service, String portName) {
    Objects.requireNonNull(portName, "portName == null");
    return routes(path, service, ServiceBackendPort.builder().name(portName).build(), "port " + portName);
  }

  /** Verifies that some rule sends {@code path} to port number {@code port} of the Service {@code service}. */
  public IngressAssert routes(String path, String service, int port) {
    return routes(path, service, ServiceBackendPort.builder().number(port).build(), "port " + port);
  }

  /** Verifies that some rule is for {@code host} ({@code spec.rules[].host}). */
  public IngressAssert hasHost(String host) {
    isNotNull();
    Objects.requireNonNull(host, "host == null");
    List<String> hosts = new ArrayList<>();
    for (IngressRule r : actual.spec().rules()) {
      hosts.add(r.host().orElse("*"));
    }
    if (!hosts.contains(host)) {
      throw failure("to have a rule for host " + host, "but had hosts", Describe.list(hosts));
    }
    return myself;
  }

  /** Verifies that a {@code spec.tls[]} entry uses the Secret {@code secretName}. */
  public IngressAssert hasTls(String secretName) {
    isNotNull();
    Objects.requireNonNull(secretName, "secretName == null");
    List<String> secrets = new ArrayList<>();
    for (IngressTLS t : actual.spec().tls()) {
      secrets.add(t.secretName().orElse(Describe.UNSET));
    }
    if (!secrets.contains(secretName)) {
      throw failure("to serve TLS with Secret " + secretName, "but had TLS Secrets", Describe.list(secrets));
    }
    return myself;
  }

  /** Verifies {@code spec.ingressClassName}. */
  public IngressAssert hasIngressClassName(String className) {
    isNotNull();
    Objects.requireNonNull(className, "className == null");
    if (!actual.spec().ingressClassName().filter(className::equals).isPresent()) {
      throw failure("to have ingressClassName " + className, "but had",
          Describe.optional(actual.spec().ingressClassName()));
    }
    return myself;
  }

  private IngressAssert routes(String path, String service, ServiceBackendPort port, String portText) {
    isNotNull();
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(service, "service == null");
    List<String> routes = new ArrayList<>();
    for (IngressRule r : actual.spec().rules()) {
      for (HTTPIngressPath p : r.http().map(h -> h.paths()).orElse(List.of())) {
        Optional<IngressServiceBackend> s = p.backend().flatMap(IngressBackend::service);
        String target = s.map(IngressAssert::describe).orElse("a resource");
        routes.add(r.host().orElse("*") + p.path().orElse("") + " -> " + target);
        if (p.path().orElse("").equals(path) && s.isPresent() && s.get().name().filter(service::equals).isPresent()
            && s.get().port().filter(x -> x.name().equals(port.name()) && x.number().equals(port.number()))
                .isPresent()) {
          return myself;
        }
      }
    }
    throw failure("to route " + path + " to Service " + service + " " + portText, "but had routes",
        Describe.list(routes));
  }

  private static String describe(IngressServiceBackend s) {
    ServiceBackendPort p = s.port().orElse(ServiceBackendPort.builder().build());
    return s.name().orElse(Describe.UNSET) + " port " + p.name().orElse(p.number().map(String::valueOf)
        .orElse(Describe.UNSET));
  }
}
