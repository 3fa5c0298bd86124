package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One key projected to a file ({@code items[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code KeyToPath}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface KeyToPath extends WithKeyToPath {

  /** {@code key}: the key. */
  Optional<String> key();

  /** {@code path}: the relative file path. */
  Optional<String> path();

  /** {@code mode}: file mode bits (0..0777). */
  Optional<Integer> mode();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code KeyToPath} values. */
  final class Builder extends ImmutableKeyToPath.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
