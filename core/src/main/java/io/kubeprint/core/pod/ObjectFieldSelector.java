package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A field of the pod ({@code fieldRef}), e.g. {@code metadata.name} or {@code status.podIP}.
 *
 * <p>Fields follow the Kubernetes API ({@code ObjectFieldSelector}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ObjectFieldSelector extends WithObjectFieldSelector {

  /** {@code apiVersion}: the schema the path is written in; the API server defaults it to {@code v1}. */
  Optional<String> apiVersion();

  /** {@code fieldPath}: the field to read. */
  Optional<String> fieldPath();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ObjectFieldSelector} values. */
  final class Builder extends ImmutableObjectFieldSelector.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
