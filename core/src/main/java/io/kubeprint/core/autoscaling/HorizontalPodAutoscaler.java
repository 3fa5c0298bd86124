package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A HorizontalPodAutoscaler ({@code autoscaling/v2}): scales a workload's replicas between bounds to meet metric targets.
 *
 * <p>Fields follow the Kubernetes API ({@code HorizontalPodAutoscaler}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HorizontalPodAutoscaler extends WithHorizontalPodAutoscaler, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default HorizontalPodAutoscalerSpec spec() {
    return HorizontalPodAutoscalerSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#HORIZONTAL_POD_AUTOSCALER}. */
  @Override
  default Kind kind() {
    return Kind.HORIZONTAL_POD_AUTOSCALER;
  }

  /** Calls {@link KubeObjectVisitor#horizontalPodAutoscaler}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.horizontalPodAutoscaler(this);
  }

  /** A builder of {@code HorizontalPodAutoscaler} values. */
  final class Builder extends ImmutableHorizontalPodAutoscaler.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
