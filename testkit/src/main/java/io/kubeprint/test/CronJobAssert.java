package io.kubeprint.test;

import io.kubeprint.core.batch.CronJob;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link CronJob}: {@code assertThat(batch).hasSchedule("0 3 * * 1-5").hasRestartPolicy("OnFailure")}.
 * Its pods are those of {@code spec.jobTemplate.spec.template}. Reach it through
 * {@link KubeAssertions#assertThat(CronJob)} or {@link BundleAssert#cronJob(String)}.
 */
public final class CronJobAssert extends AbstractPodsAssert<CronJobAssert, CronJob> {

  CronJobAssert(CronJob actual) {
    super(actual, CronJobAssert.class);
  }

  /** Verifies {@code spec.schedule}, exactly as written: {@code hasSchedule("0 3 * * 1-5")}. */
  public CronJobAssert hasSchedule(String schedule) {
    isNotNull();
    Objects.requireNonNull(schedule, "schedule == null");
    if (!actual.spec().schedule().filter(schedule::equals).isPresent()) {
      throw failure("to have schedule " + schedule, "but had", Describe.optional(actual.spec().schedule()));
    }
    return myself;
  }

  /** Verifies {@code spec.timeZone}, e.g. {@code Europe/Berlin}. */
  public CronJobAssert hasTimeZone(String timeZone) {
    isNotNull();
    Objects.requireNonNull(timeZone, "timeZone == null");
    if (!actual.spec().timeZone().filter(timeZone::equals).isPresent()) {
      throw failure("to have time zone " + timeZone, "but had",
          actual.spec().timeZone().orElse(Describe.UNSET + " (the controller's time zone)"));
    }
    return myself;
  }

  /** Verifies {@code spec.concurrencyPolicy}: {@code Allow} (the default when unset), {@code Forbid} or {@code Replace}. */
  public CronJobAssert hasConcurrencyPolicy(String policy) {
    isNotNull();
    Objects.requireNonNull(policy, "policy == null");
    Optional<String> set = actual.spec().concurrencyPolicy();
    if (!policy.equals(set.orElse("Allow"))) {
      throw failure("to have concurrency policy " + policy, "but had",
          set.orElse(Describe.UNSET + " (the API server defaults it to Allow)"));
    }
    return myself;
  }

  /** Verifies {@code spec.suspend: true}. */
  public CronJobAssert isSuspended() {
    isNotNull();
    if (!actual.spec().suspend().orElse(false)) {
      throw failure("to be suspended", "but had suspend", Describe.optional(actual.spec().suspend()));
    }
    return myself;
  }

  /** Verifies that {@code spec.suspend} is false or unset. */
  public CronJobAssert isNotSuspended() {
    isNotNull();
    if (actual.spec().suspend().orElse(false)) {
      throw failure("not to be suspended", "but had suspend", "true");
    }
    return myself;
  }
}
