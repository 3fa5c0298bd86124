package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Secret for {@code envFrom}.
 *
 * <p>Fields follow the Kubernetes API ({@code SecretEnvSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface SecretEnvSource extends WithSecretEnvSource {

  /** {@code name}: the Secret. */
  Optional<String> name();

  /** {@code optional}: when true, a missing Secret is no error. */
  Optional<Boolean> optional();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code SecretEnvSource} values. */
  final class Builder extends ImmutableSecretEnvSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
