package io.kubeprint.dsl;

/** A CronJob's {@code spec.concurrencyPolicy}: what happens when a run is due while the last one still runs. */
public enum ConcurrencyPolicy {
  /** {@code Allow} (the Kubernetes default): runs may overlap. */
  ALLOW("Allow"),
  /** {@code Forbid}: skip the new run. */
  FORBID("Forbid"),
  /** {@code Replace}: cancel the running Job and start the new one. */
  REPLACE("Replace");

  private final String value;

  ConcurrencyPolicy(String value) {
    this.value = value;
  }

  /** The field value, e.g. {@code Forbid}. */
  public String value() {
    return value;
  }
}
