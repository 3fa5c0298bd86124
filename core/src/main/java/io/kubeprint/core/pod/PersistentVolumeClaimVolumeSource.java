package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claimed persistent volume ({@code persistentVolumeClaim}).
 *
 * <p>Fields follow the Kubernetes API ({@code PersistentVolumeClaimVolumeSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PersistentVolumeClaimVolumeSource extends WithPersistentVolumeClaimVolumeSource {

  /** {@code claimName}: the PersistentVolumeClaim in the pod's namespace. */
  Optional<String> claimName();

  /** {@code readOnly}: defaults to false. */
  Optional<Boolean> readOnly();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PersistentVolumeClaimVolumeSource} values. */
  final class Builder extends ImmutablePersistentVolumeClaimVolumeSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
