package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A taint the pod tolerates ({@code tolerations[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code Toleration}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Toleration extends WithToleration {

  /** {@code key}: empty with {@code Exists} tolerates every taint. */
  Optional<String> key();

  /** {@code operator}: {@code Exists} or {@code Equal} (the default). */
  Optional<String> operator();

  /** {@code value}: empty with {@code Exists}. */
  Optional<String> value();

  /** {@code effect}: {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}; empty means all. */
  Optional<String> effect();

  /** {@code tolerationSeconds}: only with {@code NoExecute}. */
  Optional<Long> tolerationSeconds();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code Toleration} values. */
  final class Builder extends ImmutableToleration.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
