package io.kubeprint.test;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.workload.ReplicaSet;
import java.util.Optional;

/**
 * Assertions on a {@link ReplicaSet}: {@code assertThat(rs).hasReplicas(2).selects(rs)}. Reach it through
 * {@link KubeAssertions#assertThat(ReplicaSet)} or {@link BundleAssert#replicaSet(String)}.
 */
public final class ReplicaSetAssert extends AbstractPodsAssert<ReplicaSetAssert, ReplicaSet> {

  ReplicaSetAssert(ReplicaSet actual) {
    super(actual, ReplicaSetAssert.class);
  }

  /** Verifies {@code spec.replicas}; when it is unset the API server's default, 1, counts. */
  public ReplicaSetAssert hasReplicas(int replicas) {
    isNotNull();
    Optional<Integer> set = actual.spec().replicas();
    if (set.orElse(1) != replicas) {
      throw failure("to have " + replicas + (replicas == 1 ? " replica" : " replicas"), "but had",
          set.map(String::valueOf).orElse("1 (unset: the API server's default)"));
    }
    return myself;
  }

  /** Verifies that {@code spec.selector} selects the pods of {@code workload} (matchLabels and matchExpressions). */
  public ReplicaSetAssert selects(KubeObject workload) {
    return selectsPodsOf(actual.spec().selector(), workload);
  }

  /** Verifies that {@code spec.selector} does not select the pods of {@code workload}. */
  public ReplicaSetAssert doesNotSelect(KubeObject workload) {
    return doesNotSelectPodsOf(actual.spec().selector(), workload);
  }
}
