package io.kubeprint.core.storage;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.Quantity;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The storage a claim asks for ({@code resources}).
 *
 * <p>Fields follow the Kubernetes API ({@code VolumeResourceRequirements}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface VolumeResourceRequirements extends WithVolumeResourceRequirements {

  /** {@code requests}: the least the volume must hold, e.g. {@code storage: 10Gi}. */
  Map<String, Quantity> requests();

  /** {@code limits}: the most it may hold. */
  Map<String, Quantity> limits();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code VolumeResourceRequirements} values. */
  final class Builder extends ImmutableVolumeResourceRequirements.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
