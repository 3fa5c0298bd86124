package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.pod.Affinity;
import java.util.Map;
import java.util.Optional;

/**
 * Adds pod affinity ({@code spec.affinity.podAffinity}) to a workload's pods and returns to the workload: run
 * near other pods, e.g. {@code .podAffinity().preferSameNodeAs(cache)} or
 * {@code .podAffinity().require(TopologySpread.ZONE, labels("app", "db"))}. The other pods are given by labels or
 * by a workload, whose selector (or pod labels) is used.
 *
 * @param <B> the workload builder to return to
 */
public final class PodAffinityBuilder<B extends WorkloadBuilder<B, ?>> {
  private final B workload;
  private final String field;

  PodAffinityBuilder(B workload, String field) {
    this.workload = workload;
    this.field = field;
  }

  /**
   * Adds a {@code requiredDuringSchedulingIgnoredDuringExecution[]} term: schedule only into a
   * {@code topologyKey} domain (a node for {@code kubernetes.io/hostname}, a zone for
   * {@code topology.kubernetes.io/zone}) that runs a pod carrying all of {@code podLabels}.
   */
  public B require(String topologyKey, Labels podLabels) {
    return required(term(topologyKey, Raw.selector(Checks.notNull(podLabels, "podLabels"))));
  }

  /** Adds a required term against the pods of {@code workload} (its selector, else its pod labels). */
  public B require(String topologyKey, KubeObject workload) {
    return required(term(topologyKey, selectorOf(workload)));
  }

  /**
   * Adds a {@code preferredDuringSchedulingIgnoredDuringExecution[]} entry: the scheduler favours, by
   * {@code weight} (1..100, the validator checks it), {@code topologyKey} domains running a pod with all of
   * {@code podLabels}.
   */
  public B prefer(int weight, String topologyKey, Labels podLabels) {
    return preferred(weight, term(topologyKey, Raw.selector(Checks.notNull(podLabels, "podLabels"))));
  }

  /** Adds a preferred entry against the pods of {@code workload}. */
  public B prefer(int weight, String topologyKey, KubeObject workload) {
    return preferred(weight, term(topologyKey, selectorOf(workload)));
  }

  /** Requires a node that runs a pod of {@code workload} ({@code topologyKey: kubernetes.io/hostname}). */
  public B requireSameNodeAs(KubeObject workload) {
    return require(TopologySpread.NODE, workload);
  }

  /** Prefers, with weight 100, a node that runs a pod of {@code workload}. */
  public B preferSameNodeAs(KubeObject workload) {
    return prefer(100, TopologySpread.NODE, workload);
  }

  /** Requires a zone that runs a pod of {@code workload} ({@code topologyKey: topology.kubernetes.io/zone}). */
  public B requireSameZoneAs(KubeObject workload) {
    return require(TopologySpread.ZONE, workload);
  }

  /** Prefers, with weight 100, a zone that runs a pod of {@code workload}. */
  public B preferSameZoneAs(KubeObject workload) {
    return prefer(100, TopologySpread.ZONE, workload);
  }

  B required(Map<String, Object> term) {
    return workload.editAffinity(a -> with(a, Raw.append(current(a), "requiredDuringSchedulingIgnoredDuringExecution", term)));
  }

  B preferred(int weight, Map<String, Object> term) {
    Map<String, Object> entry = Raw.map("weight", (long) weight, "podAffinityTerm", term);
    return workload.editAffinity(a -> with(a, Raw.append(current(a), "preferredDuringSchedulingIgnoredDuringExecution", entry)));
  }

  private Map<String, Object> current(Affinity a) {
    Optional<Fields> f = field.equals("podAffinity") ? a.podAffinity() : a.podAntiAffinity();
    return Raw.mapOf(f.map(x -> (Object) x.asMap()).orElse(null));
  }

  private Affinity with(Affinity a, Map<String, Object> value) {
    return field.equals("podAffinity") ? a.withPodAffinity(Fields.of(value)) : a.withPodAntiAffinity(Fields.of(value));
  }

  static Map<String, Object> term(String topologyKey, Map<String, Object> selector) {
    return Raw.map("labelSelector", selector, "topologyKey", Checks.notBlank(topologyKey, "topologyKey"));
  }

  /** The selector of {@code workload}'s pods in the API's shape; a workload with none is refused at once. */
  static Map<String, Object> selectorOf(KubeObject workload) {
    Checks.notNull(workload, "workload");
    return Raw.selector(DisruptionBudgetBuilder.selectorOf(workload).orElseThrow(() -> new IllegalArgumentException(
        "workload must have a selector or pod labels to select its pods (was " + workload.displayName()
            + " with none)")));
  }
}
