package io.kubeprint.test;

import io.kubeprint.core.workload.Pod;

/**
 * Assertions on a {@link Pod}: {@code assertThat(pod).hasPodLabel("app", "web").container("web").exposesPort(80)}.
 * The pod's own {@code metadata.labels} are its pod labels. Reach it through
 * {@link KubeAssertions#assertThat(Pod)} or {@link BundleAssert#pod(String)}.
 */
public final class PodAssert extends AbstractPodsAssert<PodAssert, Pod> {

  PodAssert(Pod actual) {
    super(actual, PodAssert.class);
  }
}
