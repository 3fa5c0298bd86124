package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import org.immutables.value.Value;

/**
 * POSIX capabilities to add and drop.
 *
 * <p>Fields follow the Kubernetes API ({@code Capabilities}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Capabilities extends WithCapabilities {

  /** {@code add}. */
  List<String> add();

  /** {@code drop}. */
  List<String> drop();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code Capabilities} values. */
  final class Builder extends ImmutableCapabilities.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
