package io.kubeprint.test;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.workload.Deployment;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link Deployment}: {@code assertThat(blue).hasReplicas(3).hasPodLabel("color", "blue")}.
 * Reach it through {@link KubeAssertions#assertThat(Deployment)} or {@link BundleAssert#deployment(String)}.
 */
public final class DeploymentAssert extends AbstractPodsAssert<DeploymentAssert, Deployment> {

  DeploymentAssert(Deployment actual) {
    super(actual, DeploymentAssert.class);
  }

  /** Verifies {@code spec.replicas}; when it is unset the API server's default, 1, counts. */
  public DeploymentAssert hasReplicas(int replicas) {
    isNotNull();
    Optional<Integer> set = actual.spec().replicas();
    if (set.orElse(1) != replicas) {
      throw failure("to have " + replicas + (replicas == 1 ? " replica" : " replicas"), "but had",
          set.map(String::valueOf).orElse("1 (unset: the API server's default)"));
    }
    return myself;
  }

  /** Verifies {@code spec.strategy.type}: {@code RollingUpdate} (the API server's default when unset) or {@code Recreate}. */
  public DeploymentAssert hasStrategy(String type) {
    isNotNull();
    Objects.requireNonNull(type, "type == null");
    Optional<String> set = actual.spec().strategy().flatMap(s -> s.type());
    if (!type.equals(set.orElse("RollingUpdate"))) {
      throw failure("to have strategy " + type, "but had",
          set.orElse(Describe.UNSET + " (the API server defaults it to RollingUpdate)"));
    }
    return myself;
  }

  /**
   * Verifies that {@code spec.selector} selects the pods of {@code workload} (matchLabels and
   * matchExpressions): {@code assertThat(blue).selects(blue)}, or that a canary's pods would be adopted.
   */
  public DeploymentAssert selects(KubeObject workload) {
    return selectsPodsOf(actual.spec().selector(), workload);
  }

  /** Verifies that {@code spec.selector} does not select the pods of {@code workload}: {@code assertThat(blue).doesNotSelect(green)}. */
  public DeploymentAssert doesNotSelect(KubeObject workload) {
    return doesNotSelectPodsOf(actual.spec().selector(), workload);
  }
}
