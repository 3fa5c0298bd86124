package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a DaemonSet replaces pods ({@code updateStrategy}).
 *
 * <p>Fields follow the Kubernetes API ({@code DaemonSetUpdateStrategy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface DaemonSetUpdateStrategy extends WithDaemonSetUpdateStrategy {

  /** {@code type}: {@code RollingUpdate} (the default) or {@code OnDelete}. */
  Optional<String> type();

  /** {@code rollingUpdate}: with {@code RollingUpdate}; the API server defaults it to maxUnavailable 1, maxSurge 0. */
  Optional<RollingUpdateDaemonSet> rollingUpdate();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code DaemonSetUpdateStrategy} values. */
  final class Builder extends ImmutableDaemonSetUpdateStrategy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
