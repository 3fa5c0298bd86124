package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * All keys of a ConfigMap or Secret as environment variables ({@code envFrom[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code EnvFromSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface EnvFromSource extends WithEnvFromSource {

  /** {@code prefix}: prepended to every key. */
  Optional<String> prefix();

  /** {@code configMapRef}: the ConfigMap. */
  Optional<ConfigMapEnvSource> configMapRef();

  /** {@code secretRef}: the Secret. */
  Optional<SecretEnvSource> secretRef();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code EnvFromSource} values. */
  final class Builder extends ImmutableEnvFromSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
