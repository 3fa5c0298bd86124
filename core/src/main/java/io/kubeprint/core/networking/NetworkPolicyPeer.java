package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peer of a NetworkPolicy rule ({@code from[]}, {@code to[]}): pods, namespaces, both ANDed, or an IP block.
 *
 * <p>Fields follow the Kubernetes API ({@code NetworkPolicyPeer}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface NetworkPolicyPeer extends WithNetworkPolicyPeer {

  /** {@code podSelector}: pods (of the policy's namespace, or of the namespaces {@code namespaceSelector} selects). */
  Optional<LabelSelector> podSelector();

  /** {@code namespaceSelector}: namespaces, by their labels; empty ({@code {}}) selects every namespace. */
  Optional<LabelSelector> namespaceSelector();

  /** {@code ipBlock}: a CIDR and the ranges cut out of it; not combined with the selectors. */
  Optional<IPBlock> ipBlock();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code NetworkPolicyPeer} values. */
  final class Builder extends ImmutableNetworkPolicyPeer.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
