package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A metric averaged over the pods of the target ({@code type: Pods}).
 *
 * <p>Fields follow the Kubernetes API ({@code PodsMetricSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodsMetricSource extends WithPodsMetricSource {

  /** {@code metric}: the metric's name and selector; required. */
  Optional<MetricIdentifier> metric();

  /** {@code target}: an {@code AverageValue}; required. */
  Optional<MetricTarget> target();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodsMetricSource} values. */
  final class Builder extends ImmutablePodsMetricSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
