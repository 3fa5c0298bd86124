package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ConfigMap for {@code envFrom}.
 *
 * <p>Fields follow the Kubernetes API ({@code ConfigMapEnvSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ConfigMapEnvSource extends WithConfigMapEnvSource {

  /** {@code name}: the ConfigMap. */
  Optional<String> name();

  /** {@code optional}: when true, a missing ConfigMap is no error. */
  Optional<Boolean> optional();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ConfigMapEnvSource} values. */
  final class Builder extends ImmutableConfigMapEnvSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
