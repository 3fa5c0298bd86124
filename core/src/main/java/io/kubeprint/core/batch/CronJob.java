package io.kubeprint.core.batch;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A CronJob ({@code batch/v1}): runs a Job on a schedule.
 *
 * <p>Fields follow the Kubernetes API ({@code CronJob}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface CronJob extends WithCronJob, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default CronJobSpec spec() {
    return CronJobSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#CRON_JOB}. */
  @Override
  default Kind kind() {
    return Kind.CRON_JOB;
  }

  /** Calls {@link KubeObjectVisitor#cronJob}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.cronJob(this);
  }

  /** A builder of {@code CronJob} values. */
  final class Builder extends ImmutableCronJob.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
