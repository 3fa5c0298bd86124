package io.kubeprint.core.disruption;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A PodDisruptionBudget ({@code policy/v1}): how many of a set of pods voluntary disruptions (drains, evictions) may take down at once.
 *
 * <p>Fields follow the Kubernetes API ({@code PodDisruptionBudget}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodDisruptionBudget extends WithPodDisruptionBudget, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default PodDisruptionBudgetSpec spec() {
    return PodDisruptionBudgetSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#POD_DISRUPTION_BUDGET}. */
  @Override
  default Kind kind() {
    return Kind.POD_DISRUPTION_BUDGET;
  }

  /** Calls {@link KubeObjectVisitor#podDisruptionBudget}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.podDisruptionBudget(this);
  }

  /** A builder of {@code PodDisruptionBudget} values. */
  final class Builder extends ImmutablePodDisruptionBudget.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
