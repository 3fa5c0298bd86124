package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key of a ConfigMap ({@code configMapKeyRef}).
 *
 * <p>Fields follow the Kubernetes API ({@code ConfigMapKeySelector}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ConfigMapKeySelector extends WithConfigMapKeySelector {

  /** {@code name}: the ConfigMap. */
  Optional<String> name();

  /** {@code key}: the key to read. */
  Optional<String> key();

  /** {@code optional}: when true, a missing ConfigMap or key is no error. */
  Optional<Boolean> optional();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ConfigMapKeySelector} values. */
  final class Builder extends ImmutableConfigMapKeySelector.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
