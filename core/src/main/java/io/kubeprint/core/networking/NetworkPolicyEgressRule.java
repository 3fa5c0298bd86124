package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import org.immutables.value.Value;

/**
 * An egress rule of a NetworkPolicy ({@code spec.egress[]}): traffic to these peers on these ports.
 *
 * <p>Fields follow the Kubernetes API ({@code NetworkPolicyEgressRule}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface NetworkPolicyEgressRule extends WithNetworkPolicyEgressRule {

  /** {@code ports}: the ports traffic may go to; empty means every port. */
  List<NetworkPolicyPort> ports();

  /** {@code to}: the peers traffic may go to; empty means anywhere. */
  List<NetworkPolicyPeer> to();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code NetworkPolicyEgressRule} values. */
  final class Builder extends ImmutableNetworkPolicyEgressRule.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
