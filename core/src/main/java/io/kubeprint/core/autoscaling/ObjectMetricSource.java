package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A metric describing another object of the namespace ({@code type: Object}).
 *
 * <p>Fields follow the Kubernetes API ({@code ObjectMetricSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ObjectMetricSource extends WithObjectMetricSource {

  /** {@code describedObject}: the object the metric describes; required. */
  Optional<CrossVersionObjectReference> describedObject();

  /** {@code metric}: the metric's name and selector; required. */
  Optional<MetricIdentifier> metric();

  /** {@code target}: a {@code Value} or {@code AverageValue}; required. */
  Optional<MetricTarget> target();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ObjectMetricSource} values. */
  final class Builder extends ImmutableObjectMetricSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
