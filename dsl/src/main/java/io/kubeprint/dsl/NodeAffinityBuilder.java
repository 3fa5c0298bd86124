package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds node affinity ({@code spec.affinity.nodeAffinity}) to a workload's pods and returns to the workload:
 * {@code .nodeAffinity().require(nodeLabel("kubernetes.io/arch").in("amd64"))}. Each call adds one term; the
 * requirements of a term must all hold, and a node matching any required term is eligible.
 *
 * @param <B> the workload builder to return to
 */
public final class NodeAffinityBuilder<B extends WorkloadBuilder<B, ?>> {
  private final B workload;

  NodeAffinityBuilder(B workload) {
    this.workload = workload;
  }

  /**
   * Adds a {@code requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[]} entry whose
   * {@code matchExpressions} are {@code matches}: the pods only run on nodes matching all of them (or another
   * required term).
   */
  public B require(NodeMatch... matches) {
    Map<String, Object> term = term(matches);
    return workload.editAffinity(a -> {
      Map<String, Object> node = Raw.mapOf(a.nodeAffinity().map(f -> (Object) f.asMap()).orElse(null));
      Map<String, Object> required = Raw.mapOf(node.get("requiredDuringSchedulingIgnoredDuringExecution"));
      node.put("requiredDuringSchedulingIgnoredDuringExecution", Raw.append(required, "nodeSelectorTerms", term));
      return a.withNodeAffinity(Fields.of(node));
    });
  }

  /**
   * Adds a {@code preferredDuringSchedulingIgnoredDuringExecution[]} entry: the scheduler favours nodes matching
   * all of {@code matches} by {@code weight} (1..100, the validator checks it).
   */
  public B prefer(int weight, NodeMatch... matches) {
    Map<String, Object> term = term(matches);
    return workload.editAffinity(a -> {
      Map<String, Object> node = Raw.mapOf(a.nodeAffinity().map(f -> (Object) f.asMap()).orElse(null));
      node = Raw.append(node, "preferredDuringSchedulingIgnoredDuringExecution",
          Raw.map("weight", (long) weight, "preference", term));
      return a.withNodeAffinity(Fields.of(node));
    });
  }

  private static Map<String, Object> term(NodeMatch[] matches) {
    Checks.notNull(matches, "matches");
    if (matches.length == 0) {
      throw new IllegalArgumentException("matches must have at least one element (was [])");
    }
    List<Object> exprs = new ArrayList<>();
    for (int i = 0; i < matches.length; i++) {
      exprs.add(Checks.notNull(matches[i], "matches[" + i + "]").toMap());
    }
    return Raw.map("matchExpressions", exprs);
  }
}
