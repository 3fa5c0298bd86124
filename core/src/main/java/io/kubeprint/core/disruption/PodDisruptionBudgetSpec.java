package io.kubeprint.core.disruption;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a PodDisruptionBudget: the pods, and either {@code minAvailable} or {@code maxUnavailable}.
 *
 * <p>Fields follow the Kubernetes API ({@code PodDisruptionBudgetSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodDisruptionBudgetSpec extends WithPodDisruptionBudgetSpec {

  /** {@code minAvailable}: pods (or percent of them) that must stay available after an eviction. */
  Optional<IntOrString> minAvailable();

  /** {@code maxUnavailable}: pods (or percent of them) that may be unavailable after an eviction. */
  Optional<IntOrString> maxUnavailable();

  /** {@code selector}: the pods; absent selects none, empty ({@code {}}) every pod of the namespace. */
  Optional<LabelSelector> selector();

  /** {@code unhealthyPodEvictionPolicy}: {@code IfHealthyBudget} (the default) or {@code AlwaysAllow}. */
  Optional<String> unhealthyPodEvictionPolicy();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodDisruptionBudgetSpec} values. */
  final class Builder extends ImmutablePodDisruptionBudgetSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
