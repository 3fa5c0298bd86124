package io.kubeprint.core.service;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port of a Service ({@code ports[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code ServicePort}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ServicePort extends WithServicePort {

  /** {@code name}: a DNS-1123 label; required when the Service has more than one port. */
  Optional<String> name();

  /** {@code protocol}: {@code TCP} (the default), {@code UDP} or {@code SCTP}. */
  Optional<String> protocol();

  /** {@code appProtocol}: the application protocol, e.g. {@code http}. */
  Optional<String> appProtocol();

  /** {@code port}: 1..65535, required. */
  Optional<Integer> port();

  /** {@code targetPort}: a pod port number or container port name; the API server defaults it to {@code port}. */
  Optional<IntOrString> targetPort();

  /** {@code nodePort}: only for {@code NodePort} and {@code LoadBalancer} Services. */
  Optional<Integer> nodePort();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ServicePort} values. */
  final class Builder extends ImmutableServicePort.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
