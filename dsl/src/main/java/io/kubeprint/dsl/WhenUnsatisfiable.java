package io.kubeprint.dsl;

/** A topology spread constraint's {@code whenUnsatisfiable}: what the scheduler does when it cannot satisfy {@code maxSkew}. */
public enum WhenUnsatisfiable {
  /** {@code DoNotSchedule}: leave the pod pending (a hard constraint). */
  DO_NOT_SCHEDULE("DoNotSchedule"),

  /** {@code ScheduleAnyway}: schedule it, favouring nodes that reduce the skew (a soft constraint). */
  SCHEDULE_ANYWAY("ScheduleAnyway");

  private final String value;

  WhenUnsatisfiable(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
