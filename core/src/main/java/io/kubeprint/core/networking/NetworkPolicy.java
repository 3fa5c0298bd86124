package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A NetworkPolicy ({@code networking.k8s.io/v1}): the traffic the pods it selects may receive and send.
 *
 * <p>Fields follow the Kubernetes API ({@code NetworkPolicy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface NetworkPolicy extends WithNetworkPolicy, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default NetworkPolicySpec spec() {
    return NetworkPolicySpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#NETWORK_POLICY}. */
  @Override
  default Kind kind() {
    return Kind.NETWORK_POLICY;
  }

  /** Calls {@link KubeObjectVisitor#networkPolicy}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.networkPolicy(this);
  }

  /** A builder of {@code NetworkPolicy} values. */
  final class Builder extends ImmutableNetworkPolicy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
