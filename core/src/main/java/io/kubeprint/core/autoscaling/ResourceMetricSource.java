package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource (CPU, memory) of the target's pods ({@code type: Resource}).
 *
 * <p>Fields follow the Kubernetes API ({@code ResourceMetricSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ResourceMetricSource extends WithResourceMetricSource {

  /** {@code name}: the resource, e.g. {@code cpu} or {@code memory}; required. */
  Optional<String> name();

  /** {@code target}: an {@code Utilization} or {@code AverageValue}; required. */
  Optional<MetricTarget> target();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ResourceMetricSource} values. */
  final class Builder extends ImmutableResourceMetricSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
