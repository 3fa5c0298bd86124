package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.disruption.PodDisruptionBudgetSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.ReplicaSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link PodDisruptionBudget} ({@code policy/v1}): how many of a workload's pods voluntary disruptions
 * (node drains, evictions) may take down at once.
 * <pre>{@code
 * PodDisruptionBudget pdb = disruptionBudget(web).minAvailable(1).build();        // selector: web's pods
 * PodDisruptionBudget pdb = disruptionBudget(web).maxUnavailable("25%").build();
 * }</pre>
 *
 * <p>{@link DisruptionBudgets#disruptionBudget(KubeObject)} takes the selector from the workload: its
 * {@code spec.selector} when it has one (Deployment, ReplicaSet, StatefulSet, ...), else its pod labels. A budget
 * sets {@code minAvailable} or {@code maxUnavailable}, never both: setting one when the other is set is refused.
 */
public final class DisruptionBudgetBuilder extends ObjectBuilder<DisruptionBudgetBuilder, PodDisruptionBudget> {
  private PodDisruptionBudgetSpec spec;

  DisruptionBudgetBuilder(String name) {
    super(PodDisruptionBudget.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.spec = PodDisruptionBudgetSpec.builder().build();
  }

  DisruptionBudgetBuilder(PodDisruptionBudget existing) {
    super(PodDisruptionBudget.class, Checks.notNull(existing, "disruptionBudget").metadata(), existing.extra());
    this.spec = existing.spec();
  }

  @Override
  DisruptionBudgetBuilder self() {
    return this;
  }

  /**
   * Sets {@code spec.selector} to select the pods of {@code workload}: its {@code spec.selector} when it has one,
   * else its pod labels as {@code matchLabels}.
   *
   * @throws IllegalArgumentException when the workload has neither (or runs no pods)
   */
  public DisruptionBudgetBuilder selecting(KubeObject workload) {
    Checks.notNull(workload, "workload");
    spec = spec.withSelector(DisruptionBudgets.selectorOf(workload).orElseThrow(() -> new IllegalArgumentException(
        "workload must have a selector or pod labels for a PodDisruptionBudget to select (was "
            + workload.displayName() + " with none)")));
    return this;
  }

  /** Sets {@code spec.selector} to {@code matchLabels: labels}. */
  public DisruptionBudgetBuilder selector(Labels labels) {
    Checks.notNull(labels, "labels");
    spec = spec.withSelector(LabelSelector.builder().matchLabels(labels.asMap()).build());
    return this;
  }

  /** Sets {@code spec.selector} as it is ({@code matchExpressions} included). */
  public DisruptionBudgetBuilder selector(LabelSelector selector) {
    spec = spec.withSelector(Checks.notNull(selector, "selector"));
    return this;
  }

  /** Sets {@code spec.minAvailable} to a number of pods (0 or more) that stay available during a disruption. */
  public DisruptionBudgetBuilder minAvailable(int pods) {
    return minAvailable(IntOrString.of(pods));
  }

  /** Sets {@code spec.minAvailable} to a percentage of the selected pods, e.g. {@code "50%"} (at most 100%). */
  public DisruptionBudgetBuilder minAvailable(String percent) {
    return minAvailable(percent(percent, "minAvailable"));
  }

  /** Sets {@code spec.maxUnavailable} to a number of pods (0 or more) a disruption may take down. */
  public DisruptionBudgetBuilder maxUnavailable(int pods) {
    return maxUnavailable(IntOrString.of(pods));
  }

  /** Sets {@code spec.maxUnavailable} to a percentage of the selected pods, e.g. {@code "25%"} (at most 100%). */
  public DisruptionBudgetBuilder maxUnavailable(String percent) {
    return maxUnavailable(percent(percent, "maxUnavailable"));
  }

  private DisruptionBudgetBuilder minAvailable(IntOrString value) {
    spec = spec.withMinAvailable(value);
    return this;
  }

  private DisruptionBudgetBuilder maxUnavailable(IntOrString value) {
    spec = spec.withMaxUnavailable(value);
    return this;
  }

  private static IntOrString percent(String value, String name) {
    return Checks.intOrPercent(value, name);
  }

  /**
   * Sets {@code spec.unhealthyPodEvictionPolicy: AlwaysAllow}: pods that are running but not ready may be evicted
   * even when the budget is not met (the default, {@code IfHealthyBudget}, protects them too).
   */
  public DisruptionBudgetBuilder alwaysAllowUnhealthyEviction() {
    spec = spec.withUnhealthyPodEvictionPolicy("AlwaysAllow");
    return this;
  }

  /** Sets {@code spec.unhealthyPodEvictionPolicy}: {@code IfHealthyBudget} (the default) or {@code AlwaysAllow}. */
  public DisruptionBudgetBuilder unhealthyPodEvictionPolicy(String policy) {
    Checks.notNull(policy, "policy");
    spec = spec.withUnhealthyPodEvictionPolicy(policy);
    return this;
  }

  /** Sets a field of {@code spec} kubeprint does not type, kept verbatim; a typed field is refused. */
  public DisruptionBudgetBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), PodDisruptionBudgetSpec.class, field, value));
    return this;
  }

  @Override
  public PodDisruptionBudget build() {
    return PodDisruptionBudget.builder().metadata(metadata).spec(spec).extra(extra).build();
  }

  /** Reads a workload's selector; for the untyped workloads (StatefulSet, DaemonSet, Job), from its JSON. */
  static Optional<LabelSelector> selectorOf(KubeObject o) {
    Optional<LabelSelector> own = o instanceof Deployment d ? d.spec().selector()
        : o instanceof ReplicaSet r ? r.spec().selector() : Optional.empty();
    if (own.filter(s -> !s.matchLabels().isEmpty() || !s.matchExpressions().isEmpty()).isPresent()) {
      return own;
    }
    Map<String, String> labels = o instanceof Pod p ? p.metadata().labels()
        : KubeObjects.podTemplate(o).map(t -> t.metadata().labels()).orElse(Map.of());
    if (labels.isEmpty() && o instanceof GenericObject g && g.extra().get("spec") instanceof Map<?, ?> spec) {
      if (spec.get("selector") instanceof Map<?, ?> sel && sel.get("matchLabels") instanceof Map<?, ?> ml) {
        labels = strings(ml);
      } else if (spec.get("template") instanceof Map<?, ?> t && t.get("metadata") instanceof Map<?, ?> m
          && m.get("labels") instanceof Map<?, ?> l) {
        labels = strings(l);
      }
    }
    return labels.isEmpty() ? Optional.empty() : Optional.of(LabelSelector.builder().matchLabels(labels).build());
  }

  private static Map<String, String> strings(Map<?, ?> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> {
      if (k instanceof String key && v instanceof String value) {
        out.put(key, value);
      }
    });
    return out;
  }
}
