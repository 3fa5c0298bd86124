package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an object by kind, name and API version ({@code scaleTargetRef}, an object metric's {@code describedObject}).
 *
 * <p>Fields follow the Kubernetes API ({@code CrossVersionObjectReference}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface CrossVersionObjectReference extends WithCrossVersionObjectReference {

  /** {@code kind}: e.g. {@code Deployment}; required. */
  Optional<String> kind();

  /** {@code name}: the object's name, in the autoscaler's namespace; required. */
  Optional<String> name();

  /** {@code apiVersion}: e.g. {@code apps/v1}. */
  Optional<String> apiVersion();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code CrossVersionObjectReference} values. */
  final class Builder extends ImmutableCrossVersionObjectReference.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
