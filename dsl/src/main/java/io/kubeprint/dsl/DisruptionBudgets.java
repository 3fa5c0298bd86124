package io.kubeprint.dsl;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import java.util.Optional;

/** PodDisruptionBudget factories; {@link Kube} delegates here. */
public final class DisruptionBudgets {
  private DisruptionBudgets() {}

  /**
   * A budget for the pods of {@code workload}, named and namespaced like it, its selector the workload's:
   * {@code disruptionBudget(web).minAvailable(1)}.
   *
   * @throws IllegalArgumentException when the workload has no selector and no pod labels
   */
  public static DisruptionBudgetBuilder disruptionBudget(KubeObject workload) {
    Checks.notNull(workload, "workload");
    DisruptionBudgetBuilder b = new DisruptionBudgetBuilder(Checks.notBlank(workload.name(), "workload.name"))
        .selecting(workload);
    workload.metadata().namespace().ifPresent(b::namespace);
    return b;
  }

  /** A budget named {@code name}; give its pods with {@link DisruptionBudgetBuilder#selecting(KubeObject)}. */
  public static DisruptionBudgetBuilder disruptionBudget(String name) {
    return new DisruptionBudgetBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static DisruptionBudgetBuilder from(PodDisruptionBudget existing) {
    return new DisruptionBudgetBuilder(existing);
  }

  static Optional<LabelSelector> selectorOf(KubeObject workload) {
    return DisruptionBudgetBuilder.selectorOf(workload);
  }
}
