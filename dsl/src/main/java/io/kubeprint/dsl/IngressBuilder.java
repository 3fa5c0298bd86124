package io.kubeprint.dsl;

import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.networking.HTTPIngressPath;
import io.kubeprint.core.networking.HTTPIngressRuleValue;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.IngressBackend;
import io.kubeprint.core.networking.IngressRule;
import io.kubeprint.core.networking.IngressServiceBackend;
import io.kubeprint.core.networking.IngressSpec;
import io.kubeprint.core.networking.IngressTLS;
import io.kubeprint.core.networking.ServiceBackendPort;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link Ingress}:
 * {@code ingress("web").host("shop.example.com").route("/", webService, "http").tls(shopCert).build()}.
 *
 * <p>{@link #host(String)} starts (or returns to) the rule of a host; the {@code route(..)} calls after it add
 * paths to that rule, or to a rule for every host when no host was named. A route names a Service value and one
 * of its ports, by name or number, and is checked where it is made: the Service must have that port. Paths are
 * {@code Prefix} paths unless an {@link IngressPathType} says otherwise. TLS comes from a Secret of type
 * {@code kubernetes.io/tls} ({@link #tls(Secret, String...)}) or a Secret named as living elsewhere
 * ({@link #tls(SecretRef, String...)}).
 */
public final class IngressBuilder extends ObjectBuilder<IngressBuilder, Ingress> {
  private IngressSpec spec;
  /** The index in {@code spec.rules} that routes go to, or -1 before any rule. */
  private int current = -1;

  IngressBuilder(String name) {
    super(Ingress.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.spec = IngressSpec.builder().build();
  }

  IngressBuilder(Ingress existing) {
    super(Ingress.class, Checks.notNull(existing, "ingress").metadata(), existing.extra());
    this.spec = existing.spec();
    this.current = spec.rules().size() - 1;
  }

  @Override
  IngressBuilder self() {
    return this;
  }

  /** Sets {@code spec.ingressClassName}: the IngressClass that serves this Ingress; absent means the cluster's default class. */
  public IngressBuilder ingressClassName(String className) {
    spec = spec.withIngressClassName(Checks.notNull(className, "className"));
    return this;
  }

  /**
   * Starts the rule of {@code host} ({@code spec.rules[].host}), or returns to it when one exists: the routes that
   * follow serve this host. A DNS name such as {@code shop.example.com}, or a wildcard such as {@code *.example.com}.
   */
  public IngressBuilder host(String host) {
    Checks.notNull(host, "host");
    List<IngressRule> rules = spec.rules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).host().equals(Optional.of(host))) {
        current = i;
        return this;
      }
    }
    List<IngressRule> all = new ArrayList<>(rules);
    all.add(IngressRule.builder().host(host).build());
    spec = spec.withRules(all);
    current = all.size() - 1;
    return this;
  }

  /** Adds a {@code Prefix} path to the current host's rule, to {@code service}'s port named {@code portName}. */
  public IngressBuilder route(String path, Service service, String portName) {
    return route(path, IngressPathType.PREFIX, service, portName);
  }

  /** Adds a {@code Prefix} path to the current host's rule, to {@code service}'s port numbered {@code port}. */
  public IngressBuilder route(String path, Service service, int port) {
    return route(path, IngressPathType.PREFIX, service, port);
  }

  /**
   * Adds a path of {@code type} to the current host's rule, to {@code service}'s port named {@code portName}:
   * {@code .route("/healthz", IngressPathType.EXACT, web, "http")}.
   *
   * @throws IllegalArgumentException when {@code service} has no port of that name, or the path is not absolute
   */
  public IngressBuilder route(String path, IngressPathType type, Service service, String portName) {
    return addPath(path, type, backend(service, portName, nextPathAt()));
  }

  /** Adds a path of {@code type} to the current host's rule, to {@code service}'s port numbered {@code port}. */
  public IngressBuilder route(String path, IngressPathType type, Service service, int port) {
    return addPath(path, type, backend(service, port, nextPathAt()));
  }

  /** Adds a path of the current host's rule as given (any backend, e.g. a {@code resource} one). */
  public IngressBuilder path(HTTPIngressPath path) {
    Checks.notNull(path, "path");
    ensureRule();
    List<IngressRule> rules = new ArrayList<>(spec.rules());
    IngressRule rule = rules.get(current);
    HTTPIngressRuleValue http = rule.http().orElse(HTTPIngressRuleValue.builder().build());
    List<HTTPIngressPath> paths = new ArrayList<>(http.paths());
    paths.add(path);
    rules.set(current, rule.withHttp(http.withPaths(paths)));
    spec = spec.withRules(rules);
    return this;
  }

  /** Sets {@code spec.defaultBackend}: where requests no rule matches go, {@code service}'s port named {@code portName}. */
  public IngressBuilder defaultBackend(Service service, String portName) {
    spec = spec.withDefaultBackend(backend(service, portName, "spec.defaultBackend"));
    return this;
  }

  /** Sets {@code spec.defaultBackend} to {@code service}'s port numbered {@code port}. */
  public IngressBuilder defaultBackend(Service service, int port) {
    spec = spec.withDefaultBackend(backend(service, port, "spec.defaultBackend"));
    return this;
  }

  /**
   * Adds {@code spec.tls[]}: {@code hosts} served with the certificate of {@code secret}, which must be of type
   * {@code kubernetes.io/tls}; no hosts means the hosts of the rules named so far.
   */
  public IngressBuilder tls(Secret secret, String... hosts) {
    Checks.notNull(secret, "secret");
    String type = secret.type().orElse("Opaque");
    if (!type.equals("kubernetes.io/tls")) {
      throw Checks.reference(displayName(), "spec.tls[" + spec.tls().size() + "].secretName",
          "ingress-tls-secret-not-found", "must name a Secret of type kubernetes.io/tls (was " + secret.displayName()
          + " of type " + type + ")");
    }
    return addTls(secret.name(), hosts);
  }

  /** Adds {@code spec.tls[]} with a Secret that lives elsewhere ({@code SecretRef.external("shop-cert")}), e.g. one cert-manager makes. */
  public IngressBuilder tls(SecretRef secret, String... hosts) {
    Checks.notNull(secret, "secret");
    return addTls(secret.name(), hosts);
  }

  /** Sets a {@code spec} field kubeprint does not type, kept in {@code IngressSpec.extra()}. */
  public IngressBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), IngressSpec.class, field, value));
    return this;
  }

  @Override
  public Ingress build() {
    return Ingress.builder().metadata(metadata).spec(spec).extra(extra).build();
  }

  private IngressBuilder addTls(String secretName, String[] hosts) {
    List<String> names = Checks.strings(hosts, "hosts");
    if (names.isEmpty()) {
      Set<String> ruleHosts = new LinkedHashSet<>();
      spec.rules().forEach(r -> r.host().ifPresent(ruleHosts::add));
      names = List.copyOf(ruleHosts);
    }
    List<IngressTLS> all = new ArrayList<>(spec.tls());
    all.add(IngressTLS.builder().hosts(names).secretName(secretName).build());
    spec = spec.withTls(all);
    return this;
  }

  private IngressBuilder addPath(String path, IngressPathType type, IngressBackend backend) {
    Checks.notNull(type, "type");
    String p = Checks.notNull(path, "path");
    return path(HTTPIngressPath.builder().path(p).pathType(type.value()).backend(backend).build());
  }

  private void ensureRule() {
    if (current < 0) {
      List<IngressRule> all = new ArrayList<>(spec.rules());
      all.add(IngressRule.builder().build());
      spec = spec.withRules(all);
      current = all.size() - 1;
    }
  }

  /** Where the next route's backend goes: {@code spec.rules[r].http.paths[p].backend}. */
  private String nextPathAt() {
    int rule = current < 0 ? spec.rules().size() : current;
    int path = current < 0 ? 0 : spec.rules().get(current).http().map(h -> h.paths().size()).orElse(0);
    return "spec.rules[" + rule + "].http.paths[" + path + "].backend";
  }

  /** A backend to {@code service}'s port named {@code portName}, a typed reference checked at once. */
  private IngressBackend backend(Service service, String portName, String at) {
    Checks.notNull(service, "service");
    String name = Checks.notNull(portName, "portName");
    List<String> names = new ArrayList<>();
    for (ServicePort p : service.spec().ports()) {
      p.name().ifPresent(names::add);
    }
    if (!names.contains(name)) {
      String hint = KeyCheck.closest(name, names);
      throw Checks.reference(displayName(), at + ".service.port.name", "ingress-backend-port-not-found",
          "must name a port of " + service.displayName() + " (was \"" + name + "\"); it has: "
          + (names.isEmpty() ? "no named port" : String.join(", ", names))
          + (hint == null ? "" : "; did you mean \"" + hint + "\"?"));
    }
    return backend(service.name(), ServiceBackendPort.builder().name(name).build());
  }

  /** A backend to {@code service}'s port numbered {@code port}, a typed reference checked at once. */
  private IngressBackend backend(Service service, int port, String at) {
    Checks.notNull(service, "service");
    List<String> numbers = new ArrayList<>();
    for (ServicePort p : service.spec().ports()) {
      p.port().ifPresent(n -> numbers.add(String.valueOf(n)));
    }
    if (!numbers.contains(String.valueOf(port))) {
      throw Checks.reference(displayName(), at + ".service.port.number", "ingress-backend-port-not-found",
          "must be a port of " + service.displayName() + " (was " + port + "); it has: "
          + (numbers.isEmpty() ? "no port" : String.join(", ", numbers)));
    }
    return backend(service.name(), ServiceBackendPort.builder().number(port).build());
  }

  private static IngressBackend backend(String service, ServiceBackendPort port) {
    return IngressBackend.builder().service(IngressServiceBackend.builder().name(service).port(port).build()).build();
  }
}
