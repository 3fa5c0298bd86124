package io.kubeprint.core.validation;

import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The pod template of an object, typed or not, as a JSON object: what a policy check reads. It comes from the
 * one place that lists the pods of every kind (the Pod itself, PodTemplate, ReplicaSet, Deployment, CronJob,
 * and StatefulSet, DaemonSet, Job and ReplicationController whether typed or kept as a {@link GenericObject}),
 * so a kind added there is checked by every policy at once.
 *
 * @param owner the object in the bundle
 * @param metadata the pods' {@code metadata} (the Pod's own, or the template's) as a JSON object
 * @param spec the pods' {@code spec} as a JSON object, in the shapes of {@link io.kubeprint.core.meta.Fields}
 * @param specPath the field path of {@code spec} in {@code owner}, e.g. {@code spec.template.spec}
 * @param replicas {@code spec.replicas} of a workload that has one (defaulted to 1 when absent), else empty
 */
public record PodTemplateView(KubeObject owner, Map<String, Object> metadata, Map<String, Object> spec,
    FieldPath specPath, OptionalLong replicas) {

  /** Checks the components are there. */
  public PodTemplateView {
    Objects.requireNonNull(owner, "owner == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(specPath, "specPath == null");
    Objects.requireNonNull(replicas, "replicas == null");
  }

  /** The pod template of {@code o}, or empty for objects that run no pods (Service, ConfigMap, RBAC, ...). */
  public static Optional<PodTemplateView> of(KubeObject o) {
    Optional<PodTemplates.Pods> typed = PodTemplates.of(o);
    if (typed.isPresent()) {
      PodTemplates.Pods p = typed.get();
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("labels", p.metadata().labels());
      meta.put("annotations", p.metadata().annotations());
      return Optional.of(new PodTemplateView(o, meta, PodJson.object(p.spec()), p.specPath(), replicas(o)));
    }
    return PodTemplates.untyped(o).map(p -> new PodTemplateView(o, p.metadata(), p.spec(), p.specPath(), replicas(o)));
  }

  /** {@code metadata.annotations} of the pods, those whose values are strings. */
  public Map<String, String> annotations() {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Object> a = Untyped.map(metadata, "annotations");
    if (a != null) {
      a.forEach((k, v) -> {
        if (v instanceof String s) {
          out.put(k, s);
        }
      });
    }
    return out;
  }

  /** {@code metadata.labels} of the pods, those whose values are strings. */
  public Map<String, String> labels() {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Object> a = Untyped.map(metadata, "labels");
    if (a != null) {
      a.forEach((k, v) -> {
        if (v instanceof String s) {
          out.put(k, s);
        }
      });
    }
    return out;
  }

  /**
   * The {@code spec} of any object as the JSON object the renderer would write for it (absent: an empty map), so
   * that a check reads a typed object and a verbatim one the same way.
   */
  public static Map<String, Object> specOf(KubeObject o) {
    if (o instanceof GenericObject g) {
      Map<String, Object> spec = Untyped.map(g.extra().asMap(), "spec");
      return spec == null ? Map.of() : spec;
    }
    // The public model interface of the typed kind (its implementation class is package-private) declares spec()
    // when the kind has one (ConfigMap, Secret and ServiceAccount have none).
    for (Class<?> type : o.getClass().getInterfaces()) {
      try {
        return PodJson.object(type.getMethod("spec").invoke(o));
      } catch (NoSuchMethodException e) {
        // not this interface
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read the spec of " + o.displayName(), e);
      }
    }
    return Map.of();
  }

  private static OptionalLong replicas(KubeObject o) {
    if (o instanceof Deployment d) {
      return OptionalLong.of(d.spec().replicas().orElse(1));
    }
    if (o instanceof ReplicaSet r) {
      return OptionalLong.of(r.spec().replicas().orElse(1));
    }
    if (o instanceof StatefulSet s) {
      return OptionalLong.of(s.spec().replicas().orElse(1));
    }
    if (o instanceof GenericObject g && g.kind().equals(PodTemplates.REPLICATION_CONTROLLER)) {
      Long n = Untyped.integer(Untyped.map(g.extra(), "spec"), "replicas");
      return OptionalLong.of(n == null ? 1 : n);
    }
    return OptionalLong.empty();
  }
}
