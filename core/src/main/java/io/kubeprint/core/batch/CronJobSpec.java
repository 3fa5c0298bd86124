package io.kubeprint.core.batch;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a CronJob.
 *
 * <p>Fields follow the Kubernetes API ({@code CronJobSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface CronJobSpec extends WithCronJobSpec {

  /** {@code schedule}: a cron expression, e.g. {@code 0 3 * * 1-5}; required. */
  Optional<String> schedule();

  /** {@code timeZone}: an IANA zone name; absent means the controller's zone. */
  Optional<String> timeZone();

  /** {@code concurrencyPolicy}: {@code Allow} (the default), {@code Forbid} or {@code Replace}. */
  Optional<String> concurrencyPolicy();

  /** {@code suspend}: defaults to false. */
  Optional<Boolean> suspend();

  /** {@code startingDeadlineSeconds}: how late a missed run may still start. */
  Optional<Long> startingDeadlineSeconds();

  /** {@code successfulJobsHistoryLimit}: the API server defaults it to 3. */
  Optional<Integer> successfulJobsHistoryLimit();

  /** {@code failedJobsHistoryLimit}: the API server defaults it to 1. */
  Optional<Integer> failedJobsHistoryLimit();

  /** {@code jobTemplate}. */
  @Value.Default
  default JobTemplateSpec jobTemplate() {
    return JobTemplateSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code CronJobSpec} values. */
  final class Builder extends ImmutableCronJobSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
