package io.kubeprint.core.meta;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Standard object metadata ({@code metadata}).
 *
 * <p>Fields follow the Kubernetes API ({@code ObjectMeta}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ObjectMeta extends WithObjectMeta {

  /** {@code metadata.name}: unique within a namespace for the kind; required by the API server for the kinds kubeprint models (unless {@code generateName} is given). */
  Optional<String> name();

  /** {@code metadata.namespace}; absent means the namespace the manifest is applied to ({@code default} unless set). */
  Optional<String> namespace();

  /** {@code metadata.labels}: identifying key/value pairs that selectors match. */
  Map<String, String> labels();

  /** {@code metadata.annotations}: non-identifying key/value pairs for tools. */
  Map<String, String> annotations();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ObjectMeta} values. */
  final class Builder extends ImmutableObjectMeta.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
