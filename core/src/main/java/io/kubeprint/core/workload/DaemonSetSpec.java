package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a DaemonSet.
 *
 * <p>Fields follow the Kubernetes API ({@code DaemonSetSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface DaemonSetSpec extends WithDaemonSetSpec {

  /** {@code selector}: required; must match the template's labels; immutable after creation. */
  Optional<LabelSelector> selector();

  /** {@code template}: its restartPolicy must be {@code Always} (the default). */
  @Value.Default
  default PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** {@code updateStrategy}: the API server defaults it to {@code RollingUpdate} with maxUnavailable 1, maxSurge 0. */
  Optional<DaemonSetUpdateStrategy> updateStrategy();

  /** {@code minReadySeconds}: defaults to 0. */
  Optional<Integer> minReadySeconds();

  /** {@code revisionHistoryLimit}: the API server defaults it to 10. */
  Optional<Integer> revisionHistoryLimit();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code DaemonSetSpec} values. */
  final class Builder extends ImmutableDaemonSetSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
