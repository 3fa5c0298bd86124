package io.kubeprint.dsl;

/** The {@code action} of a Job's pod failure policy rule: what a matching pod failure does. */
public enum PodFailureAction {
  /** {@code FailJob}: fail the whole Job and stop its running pods. */
  FAIL_JOB("FailJob"),

  /** {@code FailIndex}: fail the pod's index (an Indexed Job with {@code backoffLimitPerIndex} only). */
  FAIL_INDEX("FailIndex"),

  /** {@code Ignore}: do not count the failure against {@code backoffLimit}; the pod is replaced. */
  IGNORE("Ignore"),

  /** {@code Count}: count the failure against {@code backoffLimit}, as without a policy. */
  COUNT("Count");

  private final String value;

  PodFailureAction(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
