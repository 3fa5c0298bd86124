package io.kubeprint.core.meta;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An object of any kind kubeprint does not model as a typed value: a Role, an Ingress, a ClusterRole,
 * a custom resource. Its {@code apiVersion} and {@code kind} are given, its {@code metadata} is typed (so names,
 * labels and namespaces are checked as for every kind), and every other top-level field ({@code spec},
 * {@code rules}, {@code subjects}, {@code data}, ...) is kept verbatim in {@link #extra()}.
 *
 * <p>Validation checks the body of a built-in kind against the Kubernetes 1.32 schema (unknown fields, wrong
 * types) and its metadata by that kind's rules; the body of a custom resource is checked against its
 * CustomResourceDefinition when the bundle holds it. Build one with {@link #of(String, String)}:
 * <pre>{@code
 * GenericObject reader = GenericObject.of("rbac.authorization.k8s.io/v1", "Role")
 *     .metadata(ObjectMeta.builder().name("pod-reader").build())
 *     .extra(Fields.of("rules", List.of(Map.of("apiGroups", List.of(""), "resources", List.of("pods"),
 *         "verbs", List.of("get", "list")))))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface GenericObject extends WithGenericObject, KubeObject {

  /** The kind: its {@code apiVersion} and {@code kind}. */
  @Override
  Kind kind();

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Every top-level field other than {@code apiVersion}, {@code kind} and {@code metadata}, verbatim; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** The top-level field {@code name} ({@code spec}, {@code rules}, ...), when present. */
  default Optional<Object> field(String name) {
    return Optional.ofNullable(extra().get(name));
  }

  /** The shape invariant: a typed kind is built as its typed value, never as a generic one. */
  @Value.Check
  default void check() {
    if (kind().isTyped()) {
      throw new IllegalArgumentException(kind() + " is a typed kind: build it with its own builder (e.g. "
          + kind().kindName() + ".builder()), not as a GenericObject");
    }
    for (String reserved : new String[] {"apiVersion", "kind", "metadata"}) {
      if (extra().asMap().containsKey(reserved)) {
        throw new IllegalArgumentException("extra must not hold \"" + reserved + "\": set it through "
            + (reserved.equals("metadata") ? "metadata(...)" : "the kind") + " instead");
      }
    }
  }

  /** Calls {@link KubeObjectVisitor#generic}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.generic(this);
  }

  /** A builder of {@code GenericObject} values. */
  final class Builder extends ImmutableGenericObject.Builder {}

  /** A new builder of an object of this {@code apiVersion} and {@code kind}, e.g. {@code of("rbac.authorization.k8s.io/v1", "Role")}. */
  static Builder of(String apiVersion, String kind) {
    Builder b = new Builder();
    b.kind(Kind.of(apiVersion, kind));
    return b;
  }

  /** A new, empty builder; {@link Builder#kind(Kind)} must be set. */
  static Builder builder() {
    return new Builder();
  }
}
