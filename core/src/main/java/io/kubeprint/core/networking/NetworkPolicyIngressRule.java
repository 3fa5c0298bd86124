package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import org.immutables.value.Value;

/**
 * An ingress rule of a NetworkPolicy ({@code spec.ingress[]}): traffic from these peers to these ports.
 *
 * <p>Fields follow the Kubernetes API ({@code NetworkPolicyIngressRule}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface NetworkPolicyIngressRule extends WithNetworkPolicyIngressRule {

  /** {@code ports}: the ports traffic may reach; empty means every port. */
  List<NetworkPolicyPort> ports();

  /** {@code from}: the peers traffic may come from; empty means anywhere. */
  List<NetworkPolicyPeer> from();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code NetworkPolicyIngressRule} values. */
  final class Builder extends ImmutableNetworkPolicyIngressRule.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
