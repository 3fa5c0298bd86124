package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Scratch space ({@code emptyDir}).
 *
 * <p>Fields follow the Kubernetes API ({@code EmptyDirVolumeSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface EmptyDirVolumeSource extends WithEmptyDirVolumeSource {

  /** {@code medium}: empty for node storage, {@code Memory} for tmpfs. */
  Optional<String> medium();

  /** {@code sizeLimit}. */
  Optional<Quantity> sizeLimit();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code EmptyDirVolumeSource} values. */
  final class Builder extends ImmutableEmptyDirVolumeSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
