package io.kubeprint.core.storage;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a PersistentVolumeClaim. The API server makes all of it immutable after creation but for
 * {@code resources.requests} (which may grow) and {@code volumeName} (which may be set once).
 *
 * <p>Fields follow the Kubernetes API ({@code PersistentVolumeClaimSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PersistentVolumeClaimSpec extends WithPersistentVolumeClaimSpec {

  /**
   * {@code accessModes}: at least one of {@code ReadWriteOnce}, {@code ReadOnlyMany}, {@code ReadWriteMany} and
   * {@code ReadWriteOncePod} (which admits no other); required.
   */
  List<String> accessModes();

  /** {@code resources}: {@code requests.storage} is required and positive. */
  @Value.Default
  default VolumeResourceRequirements resources() {
    return VolumeResourceRequirements.builder().build();
  }

  /** {@code storageClassName}: the StorageClass; absent means the cluster's default class, empty means none. */
  Optional<String> storageClassName();

  /** {@code volumeMode}: {@code Filesystem} (the API server's default) or {@code Block}. */
  Optional<String> volumeMode();

  /** {@code volumeName}: a PersistentVolume to bind to. */
  Optional<String> volumeName();

  /** {@code selector}: labels of the PersistentVolumes the claim may bind to. */
  Optional<LabelSelector> selector();

  /** {@code dataSource}: a PersistentVolumeClaim or a snapshot to fill the volume from. */
  Optional<TypedLocalObjectReference> dataSource();

  /** {@code dataSourceRef}: like {@code dataSource}, possibly in another namespace or of a populator's kind. */
  Optional<TypedObjectReference> dataSourceRef();

  /** {@code volumeAttributesClassName}: a VolumeAttributesClass (the feature is off by default in 1.32). */
  Optional<String> volumeAttributesClassName();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PersistentVolumeClaimSpec} values. */
  final class Builder extends ImmutablePersistentVolumeClaimSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
