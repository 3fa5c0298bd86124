package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import org.immutables.value.Value;

/**
 * The HTTP paths of an Ingress rule ({@code http}).
 *
 * <p>Fields follow the Kubernetes API ({@code HTTPIngressRuleValue}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HTTPIngressRuleValue extends WithHTTPIngressRuleValue {

  /** {@code paths}: at least one; each maps a path to a backend. */
  List<HTTPIngressPath> paths();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code HTTPIngressRuleValue} values. */
  final class Builder extends ImmutableHTTPIngressRuleValue.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
