package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Service backend of an Ingress ({@code backend.service}).
 *
 * <p>Fields follow the Kubernetes API ({@code IngressServiceBackend}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface IngressServiceBackend extends WithIngressServiceBackend {

  /** {@code name}: the Service's name, a DNS-1035 label; required. */
  Optional<String> name();

  /** {@code port}: one of the Service's ports, by name or number. */
  Optional<ServiceBackendPort> port();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code IngressServiceBackend} values. */
  final class Builder extends ImmutableIngressServiceBackend.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
