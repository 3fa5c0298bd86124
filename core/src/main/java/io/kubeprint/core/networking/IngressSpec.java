package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of an Ingress: its class, default backend, TLS and rules.
 *
 * <p>Fields follow the Kubernetes API ({@code IngressSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface IngressSpec extends WithIngressSpec {

  /** {@code ingressClassName}: the IngressClass that implements this Ingress; absent means the cluster's default class (or the deprecated {@code kubernetes.io/ingress.class} annotation). */
  Optional<String> ingressClassName();

  /** {@code defaultBackend}: where requests that match no rule go; an Ingress has rules, a default backend or both. */
  Optional<IngressBackend> defaultBackend();

  /** {@code tls}: the hosts served over TLS and the Secrets holding their certificates. */
  List<IngressTLS> tls();

  /** {@code rules}: host and path rules, in order. */
  List<IngressRule> rules();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code IngressSpec} values. */
  final class Builder extends ImmutableIngressSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
