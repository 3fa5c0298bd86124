package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The name of a metric and the selector that narrows it.
 *
 * <p>Fields follow the Kubernetes API ({@code MetricIdentifier}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface MetricIdentifier extends WithMetricIdentifier {

  /** {@code name}: the metric's name; required. */
  Optional<String> name();

  /** {@code selector}: narrows the metric by its labels. */
  Optional<LabelSelector> selector();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code MetricIdentifier} values. */
  final class Builder extends ImmutableMetricIdentifier.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
