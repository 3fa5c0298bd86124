package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A Deployment ({@code apps/v1}): rolls ReplicaSets forward and back.
 *
 * <p>Fields follow the Kubernetes API ({@code Deployment}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Deployment extends WithDeployment, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default DeploymentSpec spec() {
    return DeploymentSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#DEPLOYMENT}. */
  @Override
  default Kind kind() {
    return Kind.DEPLOYMENT;
  }

  /** Calls {@link KubeObjectVisitor#deployment}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.deployment(this);
  }

  /** A builder of {@code Deployment} values. */
  final class Builder extends ImmutableDeployment.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
