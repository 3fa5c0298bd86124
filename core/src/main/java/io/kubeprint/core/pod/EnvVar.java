package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An environment variable ({@code env[]}): a literal {@code value} or a {@code valueFrom} source.
 *
 * <p>Fields follow the Kubernetes API ({@code EnvVar}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface EnvVar extends WithEnvVar {

  /** {@code name}: the variable name. */
  Optional<String> name();

  /** {@code value}: a literal value; {@code $(VAR)} references expand. */
  Optional<String> value();

  /** {@code valueFrom}: where the value comes from (exactly one source). */
  Optional<EnvVarSource> valueFrom();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code EnvVar} values. */
  final class Builder extends ImmutableEnvVar.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
