package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import org.immutables.value.Value;

/**
 * A Pod ({@code v1}): one or more containers scheduled together on a node.
 *
 * <p>Fields follow the Kubernetes API ({@code Pod}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Pod extends WithPod, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default PodSpec spec() {
    return PodSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#POD}. */
  @Override
  default Kind kind() {
    return Kind.POD;
  }

  /** Calls {@link KubeObjectVisitor#pod}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.pod(this);
  }

  /** A builder of {@code Pod} values. */
  final class Builder extends ImmutablePod.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
