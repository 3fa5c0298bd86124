package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Scheduling constraints ({@code affinity}); each part is kept verbatim as Kubernetes fields.
 *
 * <p>Fields follow the Kubernetes API ({@code Affinity}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Affinity extends WithAffinity {

  /** {@code nodeAffinity}. */
  Optional<Fields> nodeAffinity();

  /** {@code podAffinity}. */
  Optional<Fields> podAffinity();

  /** {@code podAntiAffinity}. */
  Optional<Fields> podAntiAffinity();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code Affinity} values. */
  final class Builder extends ImmutableAffinity.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
