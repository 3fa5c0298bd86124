package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a NetworkPolicy: which pods it applies to and the traffic it allows them.
 *
 * <p>Fields follow the Kubernetes API ({@code NetworkPolicySpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface NetworkPolicySpec extends WithNetworkPolicySpec {

  /** {@code podSelector}: the pods of the policy's namespace it applies to; empty ({@code {}}) selects all of them. */
  Optional<LabelSelector> podSelector();

  /** {@code ingress}: the incoming traffic allowed; none allows nothing in when the policy type {@code Ingress} applies. */
  List<NetworkPolicyIngressRule> ingress();

  /** {@code egress}: the outgoing traffic allowed; none allows nothing out when the policy type {@code Egress} applies. */
  List<NetworkPolicyEgressRule> egress();

  /** {@code policyTypes}: {@code Ingress}, {@code Egress} or both; the API server defaults it to {@code Ingress}, plus {@code Egress} when there are egress rules. */
  List<String> policyTypes();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code NetworkPolicySpec} values. */
  final class Builder extends ImmutableNetworkPolicySpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
