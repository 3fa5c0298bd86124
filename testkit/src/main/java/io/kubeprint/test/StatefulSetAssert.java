package io.kubeprint.test;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.workload.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link StatefulSet}: {@code assertThat(db).hasReplicas(3).hasServiceName("db").claims("data", "10Gi")}.
 * Reach it through {@link KubeAssertions#assertThat(StatefulSet)} or {@link BundleAssert#statefulSet(String)}.
 */
public final class StatefulSetAssert extends AbstractPodsAssert<StatefulSetAssert, StatefulSet> {

  StatefulSetAssert(StatefulSet actual) {
    super(actual, StatefulSetAssert.class);
  }

  /** Verifies {@code spec.replicas}; when it is unset the API server's default, 1, counts. */
  public StatefulSetAssert hasReplicas(int replicas) {
    isNotNull();
    Optional<Integer> set = actual.spec().replicas();
    if (set.orElse(1) != replicas) {
      throw failure("to have " + replicas + (replicas == 1 ? " replica" : " replicas"), "but had",
          set.map(String::valueOf).orElse("1 (unset: the API server's default)"));
    }
    return myself;
  }

  /** Verifies {@code spec.serviceName}, the Service that gives the pods their DNS names. */
  public StatefulSetAssert hasServiceName(String serviceName) {
    isNotNull();
    Objects.requireNonNull(serviceName, "serviceName == null");
    if (!actual.spec().serviceName().filter(serviceName::equals).isPresent()) {
      throw failure("to have service name " + serviceName, "but had", Describe.optional(actual.spec().serviceName()));
    }
    return myself;
  }

  /**
   * Verifies that {@code spec.volumeClaimTemplates} has a claim named {@code name} requesting {@code storage}
   * ({@code spec.resources.requests.storage}, as written): {@code claims("data", "10Gi")}.
   */
  public StatefulSetAssert claims(String name, String storage) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(storage, "storage == null");
    List<String> found = new ArrayList<>();
    for (Fields claim : actual.spec().volumeClaimTemplates()) {
      Object claimName = claim.get("metadata") instanceof Map<?, ?> m ? m.get("name") : null;
      Object requested = claim.get("spec") instanceof Map<?, ?> spec && spec.get("resources") instanceof Map<?, ?> r
          && r.get("requests") instanceof Map<?, ?> q ? q.get("storage") : null;
      if (name.equals(claimName) && storage.equals(requested)) {
        return myself;
      }
      found.add(claimName + " " + (requested == null ? Describe.UNSET : requested));
    }
    throw failure("to claim " + name + " " + storage, "but had volume claim templates", Describe.list(found));
  }

  /** Verifies that {@code spec.selector} selects the pods of {@code workload}. */
  public StatefulSetAssert selects(KubeObject workload) {
    return selectsPodsOf(actual.spec().selector(), workload);
  }
}
