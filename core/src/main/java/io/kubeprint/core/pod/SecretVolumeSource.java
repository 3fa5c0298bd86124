package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Secret as a volume ({@code secret}).
 *
 * <p>Fields follow the Kubernetes API ({@code SecretVolumeSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface SecretVolumeSource extends WithSecretVolumeSource {

  /** {@code secretName}: the Secret. */
  Optional<String> secretName();

  /** {@code items}: the keys to project; empty means every key. */
  List<KeyToPath> items();

  /** {@code defaultMode}: file mode bits (0..0777); the API server defaults it to 0644. */
  Optional<Integer> defaultMode();

  /** {@code optional}: when true, a missing Secret is no error. */
  Optional<Boolean> optional();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code SecretVolumeSource} values. */
  final class Builder extends ImmutableSecretVolumeSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
