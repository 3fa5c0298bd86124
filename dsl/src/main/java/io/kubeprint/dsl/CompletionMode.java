package io.kubeprint.dsl;

/** A Job's {@code completionMode}; the API server defaults it to {@code NonIndexed}. */
public enum CompletionMode {
  /** {@code NonIndexed}: the Job completes after {@code completions} successful pods, all alike. */
  NON_INDEXED("NonIndexed"),

  /** {@code Indexed}: each pod gets an index 0..completions-1 and the Job completes when each index succeeded. */
  INDEXED("Indexed");

  private final String value;

  CompletionMode(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
