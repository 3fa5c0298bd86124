package io.kubeprint.core.service;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A Service ({@code v1}): a stable address load-balancing to the pods its selector picks.
 *
 * <p>Fields follow the Kubernetes API ({@code Service}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Service extends WithService, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default ServiceSpec spec() {
    return ServiceSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#SERVICE}. */
  @Override
  default Kind kind() {
    return Kind.SERVICE;
  }

  /** Calls {@link KubeObjectVisitor#service}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.service(this);
  }

  /** A builder of {@code Service} values. */
  final class Builder extends ImmutableService.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
