package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port of a Service backend ({@code backend.service.port}): exactly one of a name or a number.
 *
 * <p>Fields follow the Kubernetes API ({@code ServiceBackendPort}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ServiceBackendPort extends WithServiceBackendPort {

  /** {@code name}: the name of a port of the Service. */
  Optional<String> name();

  /** {@code number}: the number of a port of the Service, 1..65535. */
  Optional<Integer> number();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ServiceBackendPort} values. */
  final class Builder extends ImmutableServiceBackendPort.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
