package io.kubeprint.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One rule of a Job's {@code podFailurePolicy} ({@code rules[]}): an {@code action} and what a failed pod must
 * match, its containers' exit codes or its conditions.
 * {@code PodFailureRule.onExitCodes(PodFailureAction.FAIL_JOB, 42).inContainer("main")},
 * {@code PodFailureRule.onPodCondition(PodFailureAction.IGNORE, "DisruptionTarget")}. Immutable: each method
 * returns a copy. The validator checks the rule (e.g. exit code 0 is not allowed with {@code In}).
 */
public final class PodFailureRule {
  private final Map<String, Object> rule;

  private PodFailureRule(Map<String, Object> rule) {
    this.rule = rule;
  }

  /** {@code onExitCodes: {operator: In, values: exitCodes}}: a container exited with one of {@code exitCodes}. */
  public static PodFailureRule onExitCodes(PodFailureAction action, int... exitCodes) {
    return exitCodes(action, "In", exitCodes);
  }

  /** {@code onExitCodes: {operator: NotIn, values: exitCodes}}: a container exited with another code (0 excepted). */
  public static PodFailureRule onExitCodesNotIn(PodFailureAction action, int... exitCodes) {
    return exitCodes(action, "NotIn", exitCodes);
  }

  private static PodFailureRule exitCodes(PodFailureAction action, String operator, int[] exitCodes) {
    Checks.notNull(action, "action");
    Checks.notNull(exitCodes, "exitCodes");
    List<Object> values = new ArrayList<>();
    for (int c : exitCodes) {
      values.add((long) c);
    }
    return new PodFailureRule(Raw.map("action", action.value(),
        "onExitCodes", Raw.map("operator", operator, "values", values)));
  }

  /**
   * {@code onPodConditions: [{type: conditionType, status: "True"}]}: the pod has the condition, e.g.
   * {@code DisruptionTarget} (evicted, preempted or drained).
   */
  public static PodFailureRule onPodCondition(PodFailureAction action, String conditionType) {
    Checks.notNull(action, "action");
    return new PodFailureRule(Raw.map("action", action.value(), "onPodConditions",
        List.of(Raw.map("type", Checks.notBlank(conditionType, "conditionType"), "status", "True"))));
  }

  /** Sets {@code onExitCodes.containerName}: only the exit codes of this container count. */
  public PodFailureRule inContainer(String containerName) {
    Checks.notBlank(containerName, "containerName");
    if (!rule.containsKey("onExitCodes")) {
      throw new IllegalStateException("inContainer applies to an onExitCodes rule (was " + this + ")");
    }
    Map<String, Object> on = Raw.map("containerName", containerName);
    on.putAll(Raw.mapOf(rule.get("onExitCodes")));
    Map<String, Object> r = Raw.mapOf(rule);
    r.put("onExitCodes", on);
    return new PodFailureRule(r);
  }

  /** The rule in the API's shape. */
  Map<String, Object> toMap() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PodFailureRule r && r.rule.equals(rule);
  }

  @Override
  public int hashCode() {
    return rule.hashCode();
  }

  /** The rule's fields. */
  @Override
  public String toString() {
    return rule.toString();
  }
}
