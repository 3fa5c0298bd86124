package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The source of an environment variable's value ({@code valueFrom}); exactly one is set.
 *
 * <p>Fields follow the Kubernetes API ({@code EnvVarSource}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface EnvVarSource extends WithEnvVarSource {

  /** {@code configMapKeyRef}: a key of a ConfigMap. */
  Optional<ConfigMapKeySelector> configMapKeyRef();

  /** {@code secretKeyRef}: a key of a Secret. */
  Optional<SecretKeySelector> secretKeyRef();

  /** {@code fieldRef}: a field of the pod (downward API). */
  Optional<ObjectFieldSelector> fieldRef();

  /** {@code resourceFieldRef}: a container resource request or limit. */
  Optional<ResourceFieldSelector> resourceFieldRef();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code EnvVarSource} values. */
  final class Builder extends ImmutableEnvVarSource.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
