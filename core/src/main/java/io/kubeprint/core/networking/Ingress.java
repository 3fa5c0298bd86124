package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * An Ingress ({@code networking.k8s.io/v1}): HTTP routes from outside the cluster to Services, by host and path, with TLS.
 *
 * <p>Fields follow the Kubernetes API ({@code Ingress}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Ingress extends WithIngress, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default IngressSpec spec() {
    return IngressSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#INGRESS}. */
  @Override
  default Kind kind() {
    return Kind.INGRESS;
  }

  /** Calls {@link KubeObjectVisitor#ingress}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.ingress(this);
  }

  /** A builder of {@code Ingress} values. */
  final class Builder extends ImmutableIngress.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
