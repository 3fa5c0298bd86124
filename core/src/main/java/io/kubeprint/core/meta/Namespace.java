package io.kubeprint.core.meta;

import org.immutables.value.Value;

/**
 * A Namespace ({@code v1}): a scope for names, applied before the objects in it; its spec and status are kept verbatim.
 *
 * <p>Fields follow the Kubernetes API ({@code Namespace}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Namespace extends WithNamespace, KubeObject {

  /** {@code metadata}: the name is a DNS-1123 label. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#NAMESPACE}. */
  @Override
  default Kind kind() {
    return Kind.NAMESPACE;
  }

  /** Calls {@link KubeObjectVisitor#namespace}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.namespace(this);
  }

  /** A builder of {@code Namespace} values. */
  final class Builder extends ImmutableNamespace.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
