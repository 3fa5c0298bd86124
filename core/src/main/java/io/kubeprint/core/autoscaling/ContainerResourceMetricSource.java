package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource of one container of the target's pods ({@code type: ContainerResource}).
 *
 * <p>Fields follow the Kubernetes API ({@code ContainerResourceMetricSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ContainerResourceMetricSource extends WithContainerResourceMetricSource {

  /** {@code name}: the resource, e.g. {@code cpu}; required. */
  Optional<String> name();

  /** {@code container}: the container's name; required. */
  Optional<String> container();

  /** {@code target}: an {@code Utilization} or {@code AverageValue}; required. */
  Optional<MetricTarget> target();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ContainerResourceMetricSource} values. */
  final class Builder extends ImmutableContainerResourceMetricSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
