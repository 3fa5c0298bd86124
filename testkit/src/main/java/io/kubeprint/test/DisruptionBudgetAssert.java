package io.kubeprint.test;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link PodDisruptionBudget}: {@code assertThat(bundle).disruptionBudget("web").selects(web)
 * .hasMinAvailable(1)}. Selection follows {@code policy/v1}: an absent selector selects no pods, an empty one
 * every pod of the namespace. Reach it through {@link KubeAssertions#assertThat(PodDisruptionBudget)} or
 * {@link BundleAssert#disruptionBudget(String)}.
 */
public final class DisruptionBudgetAssert extends AbstractKubeObjectAssert<DisruptionBudgetAssert, PodDisruptionBudget> {

  DisruptionBudgetAssert(PodDisruptionBudget actual) {
    super(actual, DisruptionBudgetAssert.class);
  }

  /** Verifies that {@code spec.selector} selects the pods of {@code workload}, in the budget's namespace. */
  public DisruptionBudgetAssert selects(KubeObject workload) {
    isNotNull();
    Pods.require(workload, "workload");
    if (!selectsPods(workload)) {
      throw failure("to select the pods of " + workload.displayName() + ", labelled "
          + Describe.labels(Pods.labels(workload)), "but had selector", selector());
    }
    return myself;
  }

  /** Verifies that {@code spec.selector} does not select the pods of {@code workload}. */
  public DisruptionBudgetAssert doesNotSelect(KubeObject workload) {
    isNotNull();
    Pods.require(workload, "workload");
    if (selectsPods(workload)) {
      throw failure("not to select the pods of " + workload.displayName() + ", labelled "
          + Describe.labels(Pods.labels(workload)), "but had selector", selector());
    }
    return myself;
  }

  /** Verifies {@code spec.minAvailable} as a number of pods. */
  public DisruptionBudgetAssert hasMinAvailable(int pods) {
    return bound("minAvailable", actual.spec().minAvailable(), IntOrString.of(pods));
  }

  /** Verifies {@code spec.minAvailable} as a percentage, e.g. {@code "50%"}. */
  public DisruptionBudgetAssert hasMinAvailable(String percent) {
    return bound("minAvailable", actual.spec().minAvailable(), IntOrString.of(Objects.requireNonNull(percent, "percent == null")));
  }

  /** Verifies {@code spec.maxUnavailable} as a number of pods. */
  public DisruptionBudgetAssert hasMaxUnavailable(int pods) {
    return bound("maxUnavailable", actual.spec().maxUnavailable(), IntOrString.of(pods));
  }

  /** Verifies {@code spec.maxUnavailable} as a percentage, e.g. {@code "25%"}. */
  public DisruptionBudgetAssert hasMaxUnavailable(String percent) {
    return bound("maxUnavailable", actual.spec().maxUnavailable(),
        IntOrString.of(Objects.requireNonNull(percent, "percent == null")));
  }

  private DisruptionBudgetAssert bound(String field, Optional<IntOrString> set, IntOrString expected) {
    isNotNull();
    if (set.filter(expected::equals).isEmpty()) {
      throw failure("to have " + field + " " + expected, "but had " + field, Describe.optional(set));
    }
    return myself;
  }

  private boolean selectsPods(KubeObject workload) {
    Optional<LabelSelector> s = actual.spec().selector();
    return s.isPresent() && actual.metadata().namespace().equals(workload.metadata().namespace())
        && Selectors.matches(s.get(), Pods.labels(workload));
  }

  private String selector() {
    return actual.spec().selector().map(Describe::selector).orElse(Describe.UNSET + " (selects no pods)");
  }
}
