package io.kubeprint.dsl;

/** A topology spread constraint's {@code nodeAffinityPolicy} or {@code nodeTaintsPolicy}: whether nodes the pod could not use count as domains. */
public enum NodeInclusionPolicy {
  /** {@code Honor}: only nodes the pod could be scheduled on count. */
  HONOR("Honor"),

  /** {@code Ignore}: every node counts. */
  IGNORE("Ignore");

  private final String value;

  NodeInclusionPolicy(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
