package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an Ingress sends requests ({@code backend}, {@code defaultBackend}): a Service port; a {@code resource} backend is kept in {@link #extra()}.
 *
 * <p>Fields follow the Kubernetes API ({@code IngressBackend}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface IngressBackend extends WithIngressBackend {

  /** {@code service}: a Service of the Ingress's namespace and one of its ports. */
  Optional<IngressServiceBackend> service();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code IngressBackend} values. */
  final class Builder extends ImmutableIngressBackend.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
