package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port of a NetworkPolicy rule ({@code ports[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code NetworkPolicyPort}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface NetworkPolicyPort extends WithNetworkPolicyPort {

  /** {@code protocol}: {@code TCP} (the API server's default), {@code UDP} or {@code SCTP}. */
  Optional<String> protocol();

  /** {@code port}: a number or a named container port; absent means every port. */
  Optional<IntOrString> port();

  /** {@code endPort}: with a numeric {@code port}, the last port of the range. */
  Optional<Integer> endPort();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code NetworkPolicyPort} values. */
  final class Builder extends ImmutableNetworkPolicyPort.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
