package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A StatefulSet ({@code apps/v1}): pods with stable names, network identities and volumes.
 *
 * <p>Fields follow the Kubernetes API ({@code StatefulSet}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface StatefulSet extends WithStatefulSet, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default StatefulSetSpec spec() {
    return StatefulSetSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#STATEFUL_SET}. */
  @Override
  default Kind kind() {
    return Kind.STATEFUL_SET;
  }

  /** Calls {@link KubeObjectVisitor#statefulSet}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.statefulSet(this);
  }

  /** A builder of {@code StatefulSet} values. */
  final class Builder extends ImmutableStatefulSet.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
