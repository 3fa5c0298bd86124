package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A path of an Ingress rule ({@code http.paths[]}) and the backend it goes to.
 *
 * <p>Fields follow the Kubernetes API ({@code HTTPIngressPath}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HTTPIngressPath extends WithHTTPIngressPath {

  /** {@code path}: an absolute path such as {@code /api}. */
  Optional<String> path();

  /** {@code pathType}: {@code Exact}, {@code Prefix} or {@code ImplementationSpecific}; required, no default in {@code networking.k8s.io/v1}. */
  Optional<String> pathType();

  /** {@code backend}: where matching requests go; required. */
  Optional<IngressBackend> backend();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code HTTPIngressPath} values. */
  final class Builder extends ImmutableHTTPIngressPath.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
