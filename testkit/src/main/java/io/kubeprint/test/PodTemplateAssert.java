package io.kubeprint.test;

import io.kubeprint.core.workload.PodTemplate;

/**
 * Assertions on a {@link PodTemplate} (the stored-template kind):
 * {@code assertThat(template).hasPodLabel("app", "web").runsImage("nginx:1.27")}. Reach it through
 * {@link KubeAssertions#assertThat(PodTemplate)} or {@link BundleAssert#podTemplate(String)}.
 */
public final class PodTemplateAssert extends AbstractPodsAssert<PodTemplateAssert, PodTemplate> {

  PodTemplateAssert(PodTemplate actual) {
    super(actual, PodTemplateAssert.class);
  }
}
