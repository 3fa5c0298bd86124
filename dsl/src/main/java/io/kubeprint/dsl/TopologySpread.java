package io.kubeprint.dsl;

import io.kubeprint.core.meta.KubeObject;
import java.util.List;
import java.util.Map;

/**
 * One {@code topologySpreadConstraints[]} entry: how evenly pods spread across the domains of a topology key,
 * {@code spreadAcross(TopologySpread.ZONE).maxSkew(1).selecting(labels("app", "web"))}. Immutable: each method
 * returns a copy. Defaults: {@code maxSkew: 1} and {@code whenUnsatisfiable: DoNotSchedule} (both required by the
 * API); with no selector, the workload given it fills in its pod labels as set so far. The validator checks the
 * values (e.g. {@code maxSkew} above 0) at the API server's path.
 */
public final class TopologySpread {
  /** {@code kubernetes.io/hostname}: each node is a domain. */
  public static final String NODE = "kubernetes.io/hostname";
  /** {@code topology.kubernetes.io/zone}: each zone is a domain. */
  public static final String ZONE = "topology.kubernetes.io/zone";
  /** {@code topology.kubernetes.io/region}: each region is a domain. */
  public static final String REGION = "topology.kubernetes.io/region";

  private final String topologyKey;
  private final long maxSkew;
  private final WhenUnsatisfiable whenUnsatisfiable;
  private final Long minDomains;
  private final Map<String, Object> selector;
  private final List<String> matchLabelKeys;
  private final NodeInclusionPolicy nodeAffinityPolicy;
  private final NodeInclusionPolicy nodeTaintsPolicy;

  private TopologySpread(String topologyKey, long maxSkew, WhenUnsatisfiable whenUnsatisfiable, Long minDomains,
      Map<String, Object> selector, List<String> matchLabelKeys, NodeInclusionPolicy nodeAffinityPolicy,
      NodeInclusionPolicy nodeTaintsPolicy) {
    this.topologyKey = topologyKey;
    this.maxSkew = maxSkew;
    this.whenUnsatisfiable = whenUnsatisfiable;
    this.minDomains = minDomains;
    this.selector = selector;
    this.matchLabelKeys = matchLabelKeys;
    this.nodeAffinityPolicy = nodeAffinityPolicy;
    this.nodeTaintsPolicy = nodeTaintsPolicy;
  }

  /** A constraint across the domains of {@code topologyKey} ({@link #NODE}, {@link #ZONE} or a node label). */
  public static TopologySpread across(String topologyKey) {
    return new TopologySpread(Checks.notBlank(topologyKey, "topologyKey"), 1, WhenUnsatisfiable.DO_NOT_SCHEDULE,
        null, null, List.of(), null, null);
  }

  /** Sets {@code maxSkew}: the largest allowed difference in matching pods between two domains; defaults to 1. */
  public TopologySpread maxSkew(int maxSkew) {
    return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, minDomains, selector, matchLabelKeys,
        nodeAffinityPolicy, nodeTaintsPolicy);
  }

  /** Sets {@code whenUnsatisfiable}; defaults to {@link WhenUnsatisfiable#DO_NOT_SCHEDULE}. */
  public TopologySpread whenUnsatisfiable(WhenUnsatisfiable when) {
    return new TopologySpread(topologyKey, maxSkew, Checks.notNull(when, "when"), minDomains, selector,
        matchLabelKeys, nodeAffinityPolicy, nodeTaintsPolicy);
  }

  /** Sets {@code whenUnsatisfiable: ScheduleAnyway}: a soft constraint the scheduler only favours. */
  public TopologySpread scheduleAnyway() {
    return whenUnsatisfiable(WhenUnsatisfiable.SCHEDULE_ANYWAY);
  }

  /** Sets {@code minDomains} (above 0, only with {@code DoNotSchedule}): fewer eligible domains count as 0 pods. */
  public TopologySpread minDomains(int minDomains) {
    return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, (long) minDomains, selector, matchLabelKeys,
        nodeAffinityPolicy, nodeTaintsPolicy);
  }

  /** Sets {@code labelSelector: {matchLabels: podLabels}}: the pods counted in each domain. */
  public TopologySpread selecting(Labels podLabels) {
    return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, minDomains,
        Raw.selector(Checks.notNull(podLabels, "podLabels")), matchLabelKeys, nodeAffinityPolicy, nodeTaintsPolicy);
  }

  /** Sets {@code labelSelector} to {@code workload}'s selector (else its pod labels). */
  public TopologySpread selecting(KubeObject workload) {
    return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, minDomains,
        PodAffinityBuilder.selectorOf(workload), matchLabelKeys, nodeAffinityPolicy, nodeTaintsPolicy);
  }

  /**
   * Sets {@code matchLabelKeys}: pod label keys whose values, taken from the incoming pod, are added to the
   * selector, e.g. {@code pod-template-hash} to spread each rollout's pods on their own.
   */
  public TopologySpread matchLabelKeys(String... keys) {
    return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, minDomains, selector,
        Checks.strings(keys, "keys"), nodeAffinityPolicy, nodeTaintsPolicy);
  }

  /** Sets {@code nodeAffinityPolicy}: whether the pod's node affinity limits the domains; the default is Honor. */
  public TopologySpread nodeAffinityPolicy(NodeInclusionPolicy policy) {
    return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, minDomains, selector, matchLabelKeys,
        Checks.notNull(policy, "policy"), nodeTaintsPolicy);
  }

  /** Sets {@code nodeTaintsPolicy}: whether node taints limit the domains; the default is Ignore. */
  public TopologySpread nodeTaintsPolicy(NodeInclusionPolicy policy) {
    return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, minDomains, selector, matchLabelKeys,
        nodeAffinityPolicy, Checks.notNull(policy, "policy"));
  }

  /** Whether a selector was given. */
  boolean hasSelector() {
    return selector != null;
  }

  /** The API's shape; {@code defaultSelector} is used when none was given (null leaves it out). */
  Map<String, Object> toMap(Map<String, Object> defaultSelector) {
    return Raw.map("maxSkew", maxSkew, "topologyKey", topologyKey, "whenUnsatisfiable", whenUnsatisfiable.value(),
        "labelSelector", selector != null ? selector : defaultSelector, "minDomains", minDomains,
        "matchLabelKeys", matchLabelKeys.isEmpty() ? null : matchLabelKeys,
        "nodeAffinityPolicy", nodeAffinityPolicy == null ? null : nodeAffinityPolicy.value(),
        "nodeTaintsPolicy", nodeTaintsPolicy == null ? null : nodeTaintsPolicy.value());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TopologySpread t && t.toMap(null).equals(toMap(null));
  }

  @Override
  public int hashCode() {
    return toMap(null).hashCode();
  }

  /** The constraint's fields, e.g. {@code {maxSkew=1, topologyKey=topology.kubernetes.io/zone, ...}}. */
  @Override
  public String toString() {
    return toMap(null).toString();
  }
}
