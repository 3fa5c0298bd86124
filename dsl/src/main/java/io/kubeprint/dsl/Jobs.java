package io.kubeprint.dsl;

import io.kubeprint.core.batch.Job;

/** Job factories; {@link Kube} delegates here. */
public final class Jobs {
  private Jobs() {}

  /** A Job builder; its pods' {@code restartPolicy} starts as {@code OnFailure}. */
  public static JobBuilder job(String name) {
    return new JobBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static JobBuilder from(Job existing) {
    return new JobBuilder(existing);
  }
}
