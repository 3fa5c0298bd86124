package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.BundleValidation.namespace;

import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks across objects of the StatefulSet's {@code serviceName}: it names a headless Service of the bundle
 * that selects the StatefulSet's pods, which gives each pod its DNS name ({@code <pod>.<service>}). The API server
 * accepts a StatefulSet whatever its {@code serviceName} says, so these are warnings, always: the pods run, only
 * their stable network identity is missing. Namespaces as {@link BundleValidation} describes them.
 */
final class WorkloadReferences {

  /**
   * A StatefulSet's {@code spec.serviceName} names a Service of the bundle (or one declared external), when the
   * bundle has Services.
   */
  static final Rule STATEFUL_SET_SERVICE_NOT_FOUND = Rule.of("statefulset-service-not-found", "kubeprint",
      "a StatefulSet's `serviceName` names a Service in the bundle, when the bundle has Services (a warning)");
  /** The Service a StatefulSet's {@code serviceName} names is headless ({@code clusterIP: None}). */
  static final Rule STATEFUL_SET_SERVICE_NOT_HEADLESS = Rule.of("statefulset-service-not-headless", "kubeprint",
      "the Service a StatefulSet's `serviceName` names has `clusterIP: None` (a warning)");
  /** The Service a StatefulSet's {@code serviceName} names selects the StatefulSet's pods. */
  static final Rule STATEFUL_SET_SERVICE_SELECTS_OTHER_PODS = Rule.of("statefulset-service-selects-other-pods",
      "kubeprint", "the Service a StatefulSet's `serviceName` names selects the StatefulSet's pods (a warning)");

  private WorkloadReferences() {}

  /** The references of {@code o} checked here; nothing for objects other than StatefulSets. */
  static void object(KubeObject o, BundleValidation.Index index, Violations v) {
    if (o instanceof StatefulSet s) {
      serviceName(s, index, v);
    }
  }

  private static void serviceName(StatefulSet s, BundleValidation.Index index, Violations v) {
    Optional<String> name = s.spec().serviceName().filter(n -> !n.isEmpty());
    if (name.isEmpty() || !index.has(Kind.SERVICE)) {
      return;
    }
    String ns = namespace(s);
    FieldPath at = FieldPath.of("spec", "serviceName");
    Optional<KubeObject> found = index.find(Kind.SERVICE, ns, name.get());
    if (found.isEmpty()) {
      if (!index.isExternal(Kind.SERVICE, ns, name.get())) {
        index.missing(Kind.SERVICE, ns, name.get());
        v.add(STATEFUL_SET_SERVICE_NOT_FOUND, at, "should name a headless Service in the bundle (was \""
            + name.get() + "\")" + BundleValidation.hint(Kind.SERVICE, ns, name.get(), index, List.of()),
            Severity.WARNING);
      }
      return;
    }
    Service service = (Service) found.get();
    String clusterIp = service.spec().clusterIP().orElse("");
    if (!clusterIp.equals("None")) {
      v.add(STATEFUL_SET_SERVICE_NOT_HEADLESS, at, "should name a headless Service (clusterIP: None); "
          + service.displayName() + " has " + (clusterIp.isEmpty() ? "a cluster IP" : "clusterIP " + clusterIp)
          + " (was \"" + name.get() + "\")", Severity.WARNING);
    }
    Map<String, String> selector = service.spec().selector();
    PodTemplates.Pods pods = PodTemplates.of(s).orElseThrow();
    if (selector.isEmpty() || !Selectors.selects(selector, pods)) {
      v.add(STATEFUL_SET_SERVICE_SELECTS_OTHER_PODS, at, "should name a Service that selects this StatefulSet's"
          + " pods; " + service.displayName() + " selects " + (selector.isEmpty() ? "no pods (it has no selector)"
              : Selectors.format(selector)) + " and the pods have " + Selectors.format(pods.labels()) + " (was \""
          + name.get() + "\")", Severity.WARNING);
    }
  }
}
