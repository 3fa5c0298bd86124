package io.kubeprint.core.batch;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A Job ({@code batch/v1}): runs pods until a number of them complete.
 *
 * <p>Fields follow the Kubernetes API ({@code Job}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Job extends WithJob, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default JobSpec spec() {
    return JobSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#JOB}. */
  @Override
  default Kind kind() {
    return Kind.JOB;
  }

  /** Calls {@link KubeObjectVisitor#job}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.job(this);
  }

  /** A builder of {@code Job} values. */
  final class Builder extends ImmutableJob.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
