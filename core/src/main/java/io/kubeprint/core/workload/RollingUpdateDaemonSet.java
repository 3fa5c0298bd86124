package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rolling-update bounds of a DaemonSet ({@code updateStrategy.rollingUpdate}).
 *
 * <p>Fields follow the Kubernetes API ({@code RollingUpdateDaemonSet}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface RollingUpdateDaemonSet extends WithRollingUpdateDaemonSet {

  /** {@code maxUnavailable}: a number or percent of nodes; the API server defaults it to 1. */
  Optional<IntOrString> maxUnavailable();

  /** {@code maxSurge}: a number or percent of nodes; the API server defaults it to 0. Exactly one of the two is non-zero. */
  Optional<IntOrString> maxSurge();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code RollingUpdateDaemonSet} values. */
  final class Builder extends ImmutableRollingUpdateDaemonSet.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
