package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.Quantity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The target value of a metric: {@code Utilization} (a percentage of the requests), {@code Value} or {@code AverageValue}.
 *
 * <p>Fields follow the Kubernetes API ({@code MetricTarget}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface MetricTarget extends WithMetricTarget {

  /** {@code type}: {@code Utilization}, {@code Value} or {@code AverageValue}; required. */
  Optional<String> type();

  /** {@code value}: the target value of the metric, for type {@code Value}. */
  Optional<Quantity> value();

  /** {@code averageValue}: the target value averaged over the pods, for type {@code AverageValue}. */
  Optional<Quantity> averageValue();

  /** {@code averageUtilization}: percent of the pods' requests, for type {@code Utilization}. */
  Optional<Integer> averageUtilization();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code MetricTarget} values. */
  final class Builder extends ImmutableMetricTarget.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
