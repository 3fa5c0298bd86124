package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TLS entry of an Ingress ({@code spec.tls[]}): hosts and the Secret with their certificate.
 *
 * <p>Fields follow the Kubernetes API ({@code IngressTLS}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface IngressTLS extends WithIngressTLS {

  /** {@code hosts}: the host names the certificate covers; empty means the load balancer's default. */
  List<String> hosts();

  /** {@code secretName}: a Secret of type {@code kubernetes.io/tls} in the Ingress's namespace. */
  Optional<String> secretName();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code IngressTLS} values. */
  final class Builder extends ImmutableIngressTLS.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
