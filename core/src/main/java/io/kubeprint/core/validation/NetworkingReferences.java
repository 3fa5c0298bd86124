package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.BundleValidation.hint;
import static io.kubeprint.core.validation.BundleValidation.namespace;

import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.networking.HTTPIngressPath;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.IngressBackend;
import io.kubeprint.core.networking.IngressRule;
import io.kubeprint.core.networking.IngressServiceBackend;
import io.kubeprint.core.networking.IngressTLS;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.ServiceBackendPort;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks across objects for Ingresses and NetworkPolicies: an Ingress's backends name Services of the bundle
 * and their ports, its TLS Secrets are in the bundle and of type {@code kubernetes.io/tls}, a NetworkPolicy
 * selects pods. kube-linter reports the first and the last as {@code dangling-ingress} and
 * {@code dangling-networkpolicy}. Each runs only when the bundle holds an object of the kind referred to;
 * objects declared external ({@code withExternal}) always resolve. Namespaces as {@link BundleValidation}
 * describes them.
 */
final class NetworkingReferences {

  /**
   * An Ingress TLS {@code secretName} names a Secret of the bundle in its namespace, of type
   * {@code kubernetes.io/tls}: always a warning (a controller such as cert-manager may make it; an Ingress with a
   * {@code cert-manager.io/} annotation is not checked).
   */
  static final Rule TLS_SECRET_NOT_FOUND = Rule.of("ingress-tls-secret-not-found", "kubeprint",
      "an Ingress TLS Secret is a `kubernetes.io/tls` Secret of the bundle, when the bundle has Secrets (warning)");

  /**
   * A NetworkPolicy's {@code spec.podSelector} selects the pods of some workload of the bundle in its namespace;
   * the empty selector selects every pod. Always a warning: the policy may be meant for pods made elsewhere.
   */
  static final Rule NETWORK_POLICY_SELECTS_NO_PODS = Rule.of("network-policy-selects-no-pods", "kubeprint",
      "a NetworkPolicy's pod selector selects the pods of some workload, when the bundle has pods (warning)");

  /** The type a Secret holding a certificate and its key has. */
  static final String TLS_TYPE = "kubernetes.io/tls";
  private static final String CERT_MANAGER = "cert-manager.io/";

  private NetworkingReferences() {}

  // ---- Ingress ----

  /** The backends and TLS Secrets of an Ingress. */
  static void ingress(Ingress o, BundleValidation.Index index, Violations v) {
    String ns = namespace(o);
    FieldPath at = FieldPath.of("spec");
    if (index.has(Kind.SERVICE)) {
      o.spec().defaultBackend().ifPresent(b -> backend(b, at.child("defaultBackend"), ns, index, v));
      List<IngressRule> rules = o.spec().rules();
      for (int i = 0; i < rules.size(); i++) {
        List<HTTPIngressPath> paths = rules.get(i).http().map(h -> h.paths()).orElse(List.of());
        for (int j = 0; j < paths.size(); j++) {
          FieldPath bp = at.child("rules").index(i).child("http", "paths").index(j).child("backend");
          paths.get(j).backend().ifPresent(b -> backend(b, bp, ns, index, v));
        }
      }
    }
    boolean certManaged = o.metadata().annotations().keySet().stream().anyMatch(k -> k.startsWith(CERT_MANAGER));
    if (index.has(Kind.SECRET) && !certManaged) {
      List<IngressTLS> tls = o.spec().tls();
      for (int i = 0; i < tls.size(); i++) {
        Optional<String> name = tls.get(i).secretName().filter(s -> !s.isEmpty());
        if (name.isPresent()) {
          tlsSecret(name.get(), at.child("tls").index(i).child("secretName"), ns, index, v);
        }
      }
    }
  }

  private static void backend(IngressBackend backend, FieldPath at, String ns, BundleValidation.Index index,
      Violations v) {
    Optional<IngressServiceBackend> service = backend.service();
    String name = service.flatMap(IngressServiceBackend::name).orElse("");
    if (name.isEmpty()) {
      return;
    }
    FieldPath sp = at.child("service");
    Optional<KubeObject> found = index.find(Kind.SERVICE, ns, name);
    if (found.isEmpty() && index.isExternal(Kind.SERVICE, ns, name)) {
      return; // declared to live elsewhere: its ports are unknown here
    }
    if (found.isEmpty()) {
      index.missing(Kind.SERVICE, ns, name);
      v.add(BundleReferences.INGRESS_BACKEND_NOT_FOUND, sp.child("name"), "must name a Service in the bundle (was \""
          + name + "\")" + hint(Kind.SERVICE, ns, name, index, List.of()));
      return;
    }
    Service target = (Service) found.get();
    ServiceBackendPort port = service.get().port().orElse(ServiceBackendPort.builder().build());
    String portName = port.name().orElse("");
    int portNumber = port.number().orElse(0);
    Set<String> names = new LinkedHashSet<>();
    Set<String> numbers = new LinkedHashSet<>();
    for (ServicePort p : target.spec().ports()) {
      p.name().filter(n -> !n.isEmpty()).ifPresent(names::add);
      p.port().ifPresent(n -> numbers.add(String.valueOf(n)));
    }
    if (!portName.isEmpty() && !names.contains(portName)) {
      Optional<String> closest = Suggestions.closest(portName, names, false);
      v.add(BundleReferences.INGRESS_BACKEND_PORT_NOT_FOUND, sp.child("port", "name"), "must name a port of "
          + target.displayName() + " (was \"" + portName + "\"); " + (names.isEmpty() ? "it has no named ports"
              : "it has: " + String.join(", ", names)) + closest.map(c -> "; did you mean \"" + c + "\"?").orElse(""));
    } else if (portName.isEmpty() && portNumber != 0 && !numbers.contains(String.valueOf(portNumber))) {
      v.add(BundleReferences.INGRESS_BACKEND_PORT_NOT_FOUND, sp.child("port", "number"), "must be a port of "
          + target.displayName() + " (was " + portNumber + "); " + (numbers.isEmpty() ? "it has no ports"
              : "it has: " + String.join(", ", numbers)));
    }
  }

  private static void tlsSecret(String name, FieldPath at, String ns, BundleValidation.Index index, Violations v) {
    Optional<KubeObject> found = index.find(Kind.SECRET, ns, name);
    if (found.isEmpty()) {
      if (!index.isExternal(Kind.SECRET, ns, name)) {
        index.missing(Kind.SECRET, ns, name);
        v.add(TLS_SECRET_NOT_FOUND, at, "must name a Secret in the bundle (was \"" + name + "\")"
            + hint(Kind.SECRET, ns, name, index, List.of()), Severity.WARNING);
      }
      return;
    }
    String type = ((Secret) found.get()).type().orElse("Opaque");
    if (!type.equals(TLS_TYPE)) {
      v.add(TLS_SECRET_NOT_FOUND, at, "must name a Secret of type " + TLS_TYPE + " (was \"" + name + "\" of type "
          + type + ")", Severity.WARNING);
    }
  }

  // ---- NetworkPolicy ----

  /** A NetworkPolicy's pod selector: some pods of the bundle in its namespace. */
  static void networkPolicy(NetworkPolicy o, BundleValidation.Index index, Violations v) {
    LabelSelector selector = o.spec().podSelector().orElse(LabelSelector.builder().build());
    if (Selectors.isEmpty(selector) || !MetaValidation.isConvertible(selector)) {
      return;
    }
    BundleValidation.PodsByLabel<PodTemplates.Labelled> pods = index.allPods();
    if (pods.pods.isEmpty()) {
      return;
    }
    String ns = namespace(o);
    List<PodTemplates.Labelled> candidates = pods.candidates(selector);
    for (PodTemplates.Labelled p : candidates) {
      if (BundleValidation.mayShareNamespace(p.namespace(), ns)
          && Selectors.selects(selector, p.labels(), p.controllerLabels())) {
        return;
      }
    }
    v.add(NETWORK_POLICY_SELECTS_NO_PODS, FieldPath.of("spec", "podSelector"),
        "must select the pods of a workload in the bundle (was " + Selectors.format(selector) + ")"
            + BundleValidation.nearestPods(pods, candidates,
                p -> Selectors.selects(selector, p.labels(), p.controllerLabels()), selector.matchLabels(), ns),
        Severity.WARNING);
  }
}
