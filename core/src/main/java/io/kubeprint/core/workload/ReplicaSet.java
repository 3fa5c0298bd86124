package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A ReplicaSet ({@code apps/v1}): keeps a number of identical pods running.
 *
 * <p>Fields follow the Kubernetes API ({@code ReplicaSet}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ReplicaSet extends WithReplicaSet, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default ReplicaSetSpec spec() {
    return ReplicaSetSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#REPLICA_SET}. */
  @Override
  default Kind kind() {
    return Kind.REPLICA_SET;
  }

  /** Calls {@link KubeObjectVisitor#replicaSet}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.replicaSet(this);
  }

  /** A builder of {@code ReplicaSet} values. */
  final class Builder extends ImmutableReplicaSet.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
