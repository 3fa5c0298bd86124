package io.kubeprint.dsl;

import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.ObjectMeta;

/**
 * Builds an object of a kind kubeprint does not type — a Role, an Ingress, a ClusterRole, a custom
 * resource — from its {@code apiVersion}, {@code kind}, name and top-level fields:
 * <pre>{@code
 * GenericObject reader = object("rbac.authorization.k8s.io/v1", "Role", "pod-reader")
 *     .label("app", "web")
 *     .field("rules", List.of(Map.of("apiGroups", List.of(""), "resources", List.of("pods"),
 *         "verbs", List.of("get", "list"))))
 *     .build();
 * GenericObject tab = object("stable.example.com/v1", "CronTab", "nightly")
 *     .field("spec", Map.of("cronSpec", "0 3 * * *", "image", "backup:1.4"))
 *     .build();
 * }</pre>
 * Fields are JSON-shaped values (String, Boolean, Number, List, Map or null), checked when the bundle is
 * validated: a built-in kind's against the Kubernetes 1.32 schema, a custom resource's against its
 * CustomResourceDefinition when the bundle holds it.
 */
public final class GenericObjectBuilder extends ObjectBuilder<GenericObjectBuilder, GenericObject> {
  private final Kind kind;

  GenericObjectBuilder(String apiVersion, String kind, String name) {
    super(GenericObject.class, ObjectMeta.builder().name(Checks.notBlank(name, "name")).build(),
        io.kubeprint.core.meta.Fields.none());
    Checks.notBlank(apiVersion, "apiVersion");
    Checks.notBlank(kind, "kind");
    this.kind = Kind.of(apiVersion, kind);
    if (this.kind.isTyped()) {
      throw new IllegalArgumentException(this.kind + " has its own builder (e.g. "
          + (this.kind == Kind.PERSISTENT_VOLUME_CLAIM ? "claim" : lowerFirst(kind)) + "(\"" + name + "\")); object(...) is for kinds kubeprint does not type");
    }
  }

  GenericObjectBuilder(GenericObject existing) {
    super(GenericObject.class, Checks.notNull(existing, "object").metadata(), existing.extra());
    this.kind = existing.kind();
  }

  @Override
  GenericObjectBuilder self() {
    return this;
  }

  /**
   * Sets the top-level field {@code name} ({@code spec}, {@code rules}, {@code subjects}, {@code data}, ...) to a
   * JSON-shaped value, replacing an earlier one. {@code apiVersion}, {@code kind} and {@code metadata} are set
   * through the factory and the metadata methods instead.
   */
  public GenericObjectBuilder field(String name, Object value) {
    return extra(name, value);
  }

  @Override
  public GenericObject build() {
    return GenericObject.builder().kind(kind).metadata(metadata).extra(extra).build();
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
