package io.kubeprint.core.storage;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An object of the claim's namespace by API group, kind and name ({@code dataSource}).
 *
 * <p>Fields follow the Kubernetes API ({@code TypedLocalObjectReference}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface TypedLocalObjectReference extends WithTypedLocalObjectReference {

  /** {@code apiGroup}: absent for the core group, where only {@code PersistentVolumeClaim} may be named. */
  Optional<String> apiGroup();

  /** {@code kind}: required. */
  Optional<String> kind();

  /** {@code name}: required. */
  Optional<String> name();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code TypedLocalObjectReference} values. */
  final class Builder extends ImmutableTypedLocalObjectReference.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
