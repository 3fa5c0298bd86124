package io.kubeprint.dsl;

import io.kubeprint.core.batch.CronJob;

/** CronJob factories; {@link Kube} delegates here. */
public final class CronJobs {
  private CronJobs() {}

  /** A CronJob builder; its pods' {@code restartPolicy} starts as {@code OnFailure}. */
  public static CronJobBuilder cronJob(String name) {
    return new CronJobBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static CronJobBuilder from(CronJob existing) {
    return new CronJobBuilder(existing);
  }
}
