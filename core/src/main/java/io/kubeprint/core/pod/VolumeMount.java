package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pod volume mounted into a container ({@code volumeMounts[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code VolumeMount}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface VolumeMount extends WithVolumeMount {

  /** {@code name}: the pod volume to mount. */
  Optional<String> name();

  /** {@code mountPath}: where in the container. */
  Optional<String> mountPath();

  /** {@code subPath}: a path inside the volume to mount instead of its root. */
  Optional<String> subPath();

  /** {@code readOnly}: defaults to false. */
  Optional<Boolean> readOnly();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code VolumeMount} values. */
  final class Builder extends ImmutableVolumeMount.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
