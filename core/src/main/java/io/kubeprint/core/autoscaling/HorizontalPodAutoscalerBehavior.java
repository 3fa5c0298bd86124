package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How fast an autoscaler scales up and down ({@code behavior}).
 *
 * <p>Fields follow the Kubernetes API ({@code HorizontalPodAutoscalerBehavior}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HorizontalPodAutoscalerBehavior extends WithHorizontalPodAutoscalerBehavior {

  /** {@code scaleUp}: the API server fills what is absent with its defaults (no stabilization, +100% or +4 pods per 15 s). */
  Optional<HPAScalingRules> scaleUp();

  /** {@code scaleDown}: the API server fills what is absent with its defaults (300 s stabilization, -100% per 15 s). */
  Optional<HPAScalingRules> scaleDown();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code HorizontalPodAutoscalerBehavior} values. */
  final class Builder extends ImmutableHorizontalPodAutoscalerBehavior.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
