package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a StatefulSet replaces pods ({@code updateStrategy}).
 *
 * <p>Fields follow the Kubernetes API ({@code StatefulSetUpdateStrategy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface StatefulSetUpdateStrategy extends WithStatefulSetUpdateStrategy {

  /** {@code type}: {@code RollingUpdate} (the default) or {@code OnDelete}. */
  Optional<String> type();

  /** {@code rollingUpdate}: only with {@code RollingUpdate}. */
  Optional<RollingUpdateStatefulSetStrategy> rollingUpdate();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code StatefulSetUpdateStrategy} values. */
  final class Builder extends ImmutableStatefulSetUpdateStrategy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
