package io.kubeprint.test;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetUpdateStrategy;
import io.kubeprint.core.workload.RollingUpdateDaemonSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link DaemonSet}: {@code assertThat(agent).hasUpdateStrategy("RollingUpdate").hasMaxUnavailable("2")}.
 * Reach it through {@link KubeAssertions#assertThat(DaemonSet)} or {@link BundleAssert#daemonSet(String)}.
 */
public final class DaemonSetAssert extends AbstractPodsAssert<DaemonSetAssert, DaemonSet> {

  DaemonSetAssert(DaemonSet actual) {
    super(actual, DaemonSetAssert.class);
  }

  /** Verifies {@code spec.updateStrategy.type}: {@code RollingUpdate} (the API server's default when unset) or {@code OnDelete}. */
  public DaemonSetAssert hasUpdateStrategy(String type) {
    isNotNull();
    Objects.requireNonNull(type, "type == null");
    Optional<String> set = actual.spec().updateStrategy().flatMap(DaemonSetUpdateStrategy::type);
    if (!type.equals(set.orElse("RollingUpdate"))) {
      throw failure("to have update strategy " + type, "but had",
          set.orElse(Describe.UNSET + " (the API server defaults it to RollingUpdate)"));
    }
    return myself;
  }

  /**
   * Verifies {@code spec.updateStrategy.rollingUpdate.maxUnavailable}, a number or percentage as written
   * ({@code "2"}, {@code "10%"}); when it is unset the API server's default, 1, counts.
   */
  public DaemonSetAssert hasMaxUnavailable(String maxUnavailable) {
    isNotNull();
    Objects.requireNonNull(maxUnavailable, "maxUnavailable == null");
    Optional<IntOrString> set = actual.spec().updateStrategy().flatMap(DaemonSetUpdateStrategy::rollingUpdate)
        .flatMap(RollingUpdateDaemonSet::maxUnavailable);
    String effective = set.map(IntOrString::toString).orElse("1");
    if (!maxUnavailable.equals(effective)) {
      throw failure("to have maxUnavailable " + maxUnavailable, "but had",
          set.map(IntOrString::toString).orElse("1 (unset: the API server's default)"));
    }
    return myself;
  }
}
