package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.PodTemplate;

/**
 * Builds a {@link PodTemplate}, a stored pod template: {@code podTemplate("web").podLabels(labels("app", "web"))
 * .container(...).build()}.
 */
public final class PodTemplateBuilder extends TemplatedWorkloadBuilder<PodTemplateBuilder, PodTemplate> {

  PodTemplateBuilder(String name) {
    super(PodTemplate.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodTemplateSpec.builder().build());
  }

  PodTemplateBuilder(PodTemplate existing) {
    super(PodTemplate.class, Checks.notNull(existing, "podTemplate").metadata(), existing.extra(),
        existing.template());
  }

  @Override
  PodTemplateBuilder self() {
    return this;
  }

  /** Sets {@code template.spec.restartPolicy}: {@code Always}, {@code OnFailure} or {@code Never}; the API server defaults it to {@code Always}. */
  public PodTemplateBuilder restartPolicy(String restartPolicy) {
    setRestartPolicy(restartPolicy);
    return this;
  }

  @Override
  public PodTemplate build() {
    return PodTemplate.builder().metadata(metadata).template(template()).extra(extra).build();
  }
}
