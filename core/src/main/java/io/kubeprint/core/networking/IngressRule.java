package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of an Ingress ({@code spec.rules[]}): a host and its HTTP paths.
 *
 * <p>Fields follow the Kubernetes API ({@code IngressRule}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface IngressRule extends WithIngressRule {

  /** {@code host}: a DNS name, or a wildcard such as {@code *.example.com}; absent means every host. */
  Optional<String> host();

  /** {@code http}: the paths of this host. */
  Optional<HTTPIngressRuleValue> http();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code IngressRule} values. */
  final class Builder extends ImmutableIngressRule.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
