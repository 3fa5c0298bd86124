package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pod volume ({@code volumes[]}): a name and exactly one source.
 *
 * <p>Fields follow the Kubernetes API ({@code Volume}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Volume extends WithVolume {

  /** {@code name}: a DNS-1123 label unique in the pod. */
  Optional<String> name();

  /** {@code configMap}: a ConfigMap's keys as files. */
  Optional<ConfigMapVolumeSource> configMap();

  /** {@code secret}: a Secret's keys as files. */
  Optional<SecretVolumeSource> secret();

  /** {@code emptyDir}: scratch space that lives as long as the pod. */
  Optional<EmptyDirVolumeSource> emptyDir();

  /** {@code persistentVolumeClaim}: a claimed persistent volume. */
  Optional<PersistentVolumeClaimVolumeSource> persistentVolumeClaim();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code Volume} values. */
  final class Builder extends ImmutableVolume.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
