package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of one scaling direction: a stabilization window and rate-limiting policies.
 *
 * <p>Fields follow the Kubernetes API ({@code HPAScalingRules}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HPAScalingRules extends WithHPAScalingRules {

  /** {@code stabilizationWindowSeconds}: 0 to 3600. */
  Optional<Integer> stabilizationWindowSeconds();

  /** {@code selectPolicy}: {@code Max} (the default), {@code Min} or {@code Disabled}. */
  Optional<String> selectPolicy();

  /** {@code policies}: how much may change per period; none means the API server's default policies. */
  List<HPAScalingPolicy> policies();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code HPAScalingRules} values. */
  final class Builder extends ImmutableHPAScalingRules.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
