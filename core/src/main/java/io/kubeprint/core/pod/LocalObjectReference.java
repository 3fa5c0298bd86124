package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an object in the same namespace by name ({@code imagePullSecrets[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code LocalObjectReference}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface LocalObjectReference extends WithLocalObjectReference {

  /** {@code name}: the object. */
  Optional<String> name();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code LocalObjectReference} values. */
  final class Builder extends ImmutableLocalObjectReference.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
