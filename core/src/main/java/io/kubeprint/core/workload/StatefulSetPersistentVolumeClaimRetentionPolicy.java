package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What happens to a StatefulSet's claims when it is deleted or scaled down ({@code persistentVolumeClaimRetentionPolicy}).
 *
 * <p>Fields follow the Kubernetes API ({@code StatefulSetPersistentVolumeClaimRetentionPolicy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface StatefulSetPersistentVolumeClaimRetentionPolicy extends WithStatefulSetPersistentVolumeClaimRetentionPolicy {

  /** {@code whenDeleted}: {@code Retain} (the default) or {@code Delete}. */
  Optional<String> whenDeleted();

  /** {@code whenScaled}: {@code Retain} (the default) or {@code Delete}. */
  Optional<String> whenScaled();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code StatefulSetPersistentVolumeClaimRetentionPolicy} values. */
  final class Builder extends ImmutableStatefulSetPersistentVolumeClaimRetentionPolicy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
