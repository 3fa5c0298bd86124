package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A DaemonSet ({@code apps/v1}): one pod on every (selected) node.
 *
 * <p>Fields follow the Kubernetes API ({@code DaemonSet}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface DaemonSet extends WithDaemonSet, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default DaemonSetSpec spec() {
    return DaemonSetSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#DAEMON_SET}. */
  @Override
  default Kind kind() {
    return Kind.DAEMON_SET;
  }

  /** Calls {@link KubeObjectVisitor#daemonSet}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.daemonSet(this);
  }

  /** A builder of {@code DaemonSet} values. */
  final class Builder extends ImmutableDaemonSet.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
