package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Compute resources of a container ({@code resources}).
 *
 * <p>Fields follow the Kubernetes API ({@code ResourceRequirements}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ResourceRequirements extends WithResourceRequirements {

  /** {@code requests}: what the scheduler reserves, e.g. {@code cpu: 100m}. */
  Map<String, Quantity> requests();

  /** {@code limits}: the most the container may use. */
  Map<String, Quantity> limits();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ResourceRequirements} values. */
  final class Builder extends ImmutableResourceRequirements.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
