package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A metric from outside the cluster ({@code type: External}).
 *
 * <p>Fields follow the Kubernetes API ({@code ExternalMetricSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ExternalMetricSource extends WithExternalMetricSource {

  /** {@code metric}: the metric's name and selector; required. */
  Optional<MetricIdentifier> metric();

  /** {@code target}: a {@code Value} or {@code AverageValue}; required. */
  Optional<MetricTarget> target();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ExternalMetricSource} values. */
  final class Builder extends ImmutableExternalMetricSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
