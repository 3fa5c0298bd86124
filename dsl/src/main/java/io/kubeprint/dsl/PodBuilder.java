package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.workload.Pod;

/**
 * Builds a bare {@link Pod}: {@code pod("debug").labels(labels("app", "debug"))
 * .container(container("shell", "busybox:1.36").command("sleep", "3600")).restartPolicy("Never").build()}.
 * A Pod's own {@code metadata.labels} are what Services select.
 */
public final class PodBuilder extends WorkloadBuilder<PodBuilder, Pod> {

  PodBuilder(String name) {
    super(Pod.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodSpec.builder().build());
  }

  PodBuilder(Pod existing) {
    super(Pod.class, Checks.notNull(existing, "pod").metadata(), existing.extra(), existing.spec());
  }

  @Override
  PodBuilder self() {
    return this;
  }

  /** Sets {@code spec.restartPolicy}: {@code Always}, {@code OnFailure} or {@code Never}; the API server defaults it to {@code Always}. */
  public PodBuilder restartPolicy(String restartPolicy) {
    setRestartPolicy(restartPolicy);
    return this;
  }

  @Override
  public Pod build() {
    return Pod.builder().metadata(metadata).spec(podSpec).extra(extra).build();
  }
}
