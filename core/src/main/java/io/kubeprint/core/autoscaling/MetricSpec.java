package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One metric an autoscaler scales on: its {@code type} and the source of that type.
 *
 * <p>Fields follow the Kubernetes API ({@code MetricSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface MetricSpec extends WithMetricSpec {

  /** {@code type}: {@code Resource}, {@code ContainerResource}, {@code Pods}, {@code Object} or {@code External}; required. */
  Optional<String> type();

  /** {@code object}: a metric of another object, for type {@code Object}. */
  Optional<ObjectMetricSource> object();

  /** {@code pods}: a metric averaged over the target's pods, for type {@code Pods}. */
  Optional<PodsMetricSource> pods();

  /** {@code resource}: CPU or memory of the target's pods, for type {@code Resource}. */
  Optional<ResourceMetricSource> resource();

  /** {@code containerResource}: CPU or memory of one container, for type {@code ContainerResource}. */
  Optional<ContainerResourceMetricSource> containerResource();

  /** {@code external}: a metric from outside the cluster, for type {@code External}. */
  Optional<ExternalMetricSource> external();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code MetricSpec} values. */
  final class Builder extends ImmutableMetricSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
