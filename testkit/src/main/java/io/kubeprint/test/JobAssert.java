package io.kubeprint.test;

import io.kubeprint.core.batch.Job;
import java.util.Optional;

/**
 * Assertions on a {@link Job}: {@code assertThat(migrate).hasBackoffLimit(2).hasRestartPolicy("Never")}. Its pods are
 * those of {@code spec.template}. Reach it through {@link KubeAssertions#assertThat(Job)} or
 * {@link BundleAssert#job(String)}.
 */
public final class JobAssert extends AbstractPodsAssert<JobAssert, Job> {

  JobAssert(Job actual) {
    super(actual, JobAssert.class);
  }

  /** Verifies {@code spec.backoffLimit}; when it is unset the API server's default, 6, counts. */
  public JobAssert hasBackoffLimit(int backoffLimit) {
    isNotNull();
    Optional<Integer> set = actual.spec().backoffLimit();
    if (set.orElse(6) != backoffLimit) {
      throw failure("to have backoff limit " + backoffLimit, "but had",
          set.map(String::valueOf).orElse("6 (unset: the API server's default)"));
    }
    return myself;
  }

  /** Verifies {@code spec.completions}; when it is unset one successful pod completes the Job, which counts as 1. */
  public JobAssert hasCompletions(int completions) {
    isNotNull();
    Optional<Integer> set = actual.spec().completions();
    if (set.orElse(1) != completions) {
      throw failure("to have " + completions + " completions", "but had",
          set.map(String::valueOf).orElse("1 (unset: one successful pod completes the Job)"));
    }
    return myself;
  }

  /** Verifies {@code spec.parallelism}; when it is unset the API server's default, 1, counts. */
  public JobAssert hasParallelism(int parallelism) {
    isNotNull();
    Optional<Integer> set = actual.spec().parallelism();
    if (set.orElse(1) != parallelism) {
      throw failure("to have parallelism " + parallelism, "but had",
          set.map(String::valueOf).orElse("1 (unset: the API server's default)"));
    }
    return myself;
  }

  /** Verifies {@code spec.ttlSecondsAfterFinished}: the finished Job is deleted after that many seconds. */
  public JobAssert isDeletedSecondsAfterFinishing(int seconds) {
    isNotNull();
    Optional<Integer> set = actual.spec().ttlSecondsAfterFinished();
    if (!set.equals(Optional.of(seconds))) {
      throw failure("to be deleted " + seconds + "s after finishing", "but had ttlSecondsAfterFinished",
          set.map(String::valueOf).orElse(Describe.UNSET + " (kept until deleted)"));
    }
    return myself;
  }

  /** Verifies {@code spec.completionMode: Indexed}. */
  public JobAssert isIndexed() {
    isNotNull();
    if (!actual.spec().completionMode().filter("Indexed"::equals).isPresent()) {
      throw failure("to be Indexed", "but had completionMode",
          actual.spec().completionMode().orElse(Describe.UNSET + " (NonIndexed)"));
    }
    return myself;
  }
}
