package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ConfigMap as a volume ({@code configMap}).
 *
 * <p>Fields follow the Kubernetes API ({@code ConfigMapVolumeSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ConfigMapVolumeSource extends WithConfigMapVolumeSource {

  /** {@code name}: the ConfigMap. */
  Optional<String> name();

  /** {@code items}: the keys to project; empty means every key. */
  List<KeyToPath> items();

  /** {@code defaultMode}: file mode bits (0..0777); the API server defaults it to 0644. */
  Optional<Integer> defaultMode();

  /** {@code optional}: when true, a missing ConfigMap is no error. */
  Optional<Boolean> optional();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ConfigMapVolumeSource} values. */
  final class Builder extends ImmutableConfigMapVolumeSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
