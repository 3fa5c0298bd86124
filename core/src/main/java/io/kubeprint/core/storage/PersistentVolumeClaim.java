package io.kubeprint.core.storage;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A PersistentVolumeClaim ({@code v1}): a request for storage that pods mount as a volume.
 *
 * <p>Fields follow the Kubernetes API ({@code PersistentVolumeClaim}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PersistentVolumeClaim extends WithPersistentVolumeClaim, KubeObject {

  /** {@code metadata}: the name is a DNS subdomain. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default PersistentVolumeClaimSpec spec() {
    return PersistentVolumeClaimSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#PERSISTENT_VOLUME_CLAIM}. */
  @Override
  default Kind kind() {
    return Kind.PERSISTENT_VOLUME_CLAIM;
  }

  /** Calls {@link KubeObjectVisitor#persistentVolumeClaim}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.persistentVolumeClaim(this);
  }

  /** A builder of {@code PersistentVolumeClaim} values. */
  final class Builder extends ImmutablePersistentVolumeClaim.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
