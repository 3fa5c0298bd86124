package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rolling-update bounds of a StatefulSet ({@code updateStrategy.rollingUpdate}).
 *
 * <p>Fields follow the Kubernetes API ({@code RollingUpdateStatefulSetStrategy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface RollingUpdateStatefulSetStrategy extends WithRollingUpdateStatefulSetStrategy {

  /** {@code partition}: pods with an ordinal below it keep the old revision; defaults to 0. */
  Optional<Integer> partition();

  /**
   * {@code maxUnavailable}: a number or percent; only honoured with the {@code MaxUnavailableStatefulSet} feature
   * gate (alpha, off in 1.32), without which the API server drops it.
   */
  Optional<IntOrString> maxUnavailable();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code RollingUpdateStatefulSetStrategy} values. */
  final class Builder extends ImmutableRollingUpdateStatefulSetStrategy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
