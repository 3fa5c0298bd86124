package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rate limit: at most {@code value} pods, or percent, per {@code periodSeconds}.
 *
 * <p>Fields follow the Kubernetes API ({@code HPAScalingPolicy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HPAScalingPolicy extends WithHPAScalingPolicy {

  /** {@code type}: {@code Pods} or {@code Percent}; required. */
  Optional<String> type();

  /** {@code value}: more than 0; required. */
  Optional<Integer> value();

  /** {@code periodSeconds}: 1 to 1800; required. */
  Optional<Integer> periodSeconds();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code HPAScalingPolicy} values. */
  final class Builder extends ImmutableHPAScalingPolicy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
