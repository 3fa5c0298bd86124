package io.kubeprint.dsl;

import io.kubeprint.core.meta.KubeObject;

/**
 * Adds pod anti-affinity ({@code spec.affinity.podAntiAffinity}) to a workload's pods and returns to the
 * workload: keep away from other pods, typically the workload's own replicas, e.g.
 * {@code .antiAffinity().preferSpreadAcrossNodes(web)} or
 * {@code .antiAffinity().require(TopologySpread.ZONE, labels("app", "db"))}.
 *
 * @param <B> the workload builder to return to
 */
public final class AntiAffinityBuilder<B extends WorkloadBuilder<B, ?>> {
  private final PodAffinityBuilder<B> terms;

  AntiAffinityBuilder(B workload) {
    this.terms = new PodAffinityBuilder<>(workload, "podAntiAffinity");
  }

  /**
   * Adds a {@code requiredDuringSchedulingIgnoredDuringExecution[]} term: never schedule into a
   * {@code topologyKey} domain that runs a pod carrying all of {@code podLabels}.
   */
  public B require(String topologyKey, Labels podLabels) {
    return terms.require(topologyKey, podLabels);
  }

  /** Adds a required term against the pods of {@code workload} (its selector, else its pod labels). */
  public B require(String topologyKey, KubeObject workload) {
    return terms.require(topologyKey, workload);
  }

  /**
   * Adds a {@code preferredDuringSchedulingIgnoredDuringExecution[]} entry: the scheduler avoids, by
   * {@code weight} (1..100, the validator checks it), {@code topologyKey} domains running a pod with all of
   * {@code podLabels}.
   */
  public B prefer(int weight, String topologyKey, Labels podLabels) {
    return terms.prefer(weight, topologyKey, podLabels);
  }

  /** Adds a preferred entry against the pods of {@code workload}. */
  public B prefer(int weight, String topologyKey, KubeObject workload) {
    return terms.prefer(weight, topologyKey, workload);
  }

  /** At most one pod of {@code workload} per node ({@code topologyKey: kubernetes.io/hostname}), required. */
  public B requireSpreadAcrossNodes(KubeObject workload) {
    return require(TopologySpread.NODE, workload);
  }

  /** Prefers, with weight 100, nodes that run no pod of {@code workload}. */
  public B preferSpreadAcrossNodes(KubeObject workload) {
    return prefer(100, TopologySpread.NODE, workload);
  }

  /** Prefers, with weight 100, nodes that run no pod carrying all of {@code podLabels}. */
  public B preferSpreadAcrossNodes(Labels podLabels) {
    return prefer(100, TopologySpread.NODE, podLabels);
  }

  /** At most one pod of {@code workload} per zone ({@code topologyKey: topology.kubernetes.io/zone}), required. */
  public B requireSpreadAcrossZones(KubeObject workload) {
    return require(TopologySpread.ZONE, workload);
  }

  /** Prefers, with weight 100, zones that run no pod of {@code workload}. */
  public B preferSpreadAcrossZones(KubeObject workload) {
    return prefer(100, TopologySpread.ZONE, workload);
  }
}
