package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds a {@link ReplicaSet}: {@code replicaSet("web").replicas(2).podLabels(labels("app", "web"))
 * .container(...).build()}. As for Deployments, {@code spec.selector} defaults to exactly the pod labels.
 */
public final class ReplicaSetBuilder extends TemplatedWorkloadBuilder<ReplicaSetBuilder, ReplicaSet> {
  private ReplicaSetSpec spec;
  private LabelSelector explicitSelector;

  ReplicaSetBuilder(String name) {
    super(ReplicaSet.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodTemplateSpec.builder().build());
    this.spec = ReplicaSetSpec.builder().build();
  }

  ReplicaSetBuilder(ReplicaSet existing) {
    super(ReplicaSet.class, Checks.notNull(existing, "replicaSet").metadata(), existing.extra(),
        existing.spec().template());
    this.spec = existing.spec();
    this.explicitSelector = SelectorDefaults.explicitOf(existing.spec().selector(), existing.spec().template());
  }

  @Override
  ReplicaSetBuilder self() {
    return this;
  }

  /** Sets {@code spec.replicas} (>= 0); the API server defaults it to 1. */
  public ReplicaSetBuilder replicas(int replicas) {
    spec = spec.withReplicas(replicas);
    return this;
  }

  /** Sets {@code spec.selector.matchLabels} explicitly instead of the default (exactly the pod labels). */
  public ReplicaSetBuilder selector(Labels matchLabels) {
    Checks.notNull(matchLabels, "matchLabels");
    return selector(LabelSelector.builder().matchLabels(matchLabels.asMap()).build());
  }

  /** Sets {@code spec.selector} explicitly. */
  public ReplicaSetBuilder selector(LabelSelector selector) {
    explicitSelector = Checks.notNull(selector, "selector");
    return this;
  }

  /** Sets {@code spec.minReadySeconds} (whole seconds); defaults to 0. */
  public ReplicaSetBuilder minReady(Duration minReady) {
    spec = spec.withMinReadySeconds(Checks.intSeconds(minReady, "minReady"));
    return this;
  }

  /** Sets a {@code spec} field kubeprint does not type, kept verbatim in {@code ReplicaSetSpec.extra()}. */
  public ReplicaSetBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), ReplicaSetSpec.class, field, value));
    return this;
  }

  @Override
  public ReplicaSet build() {
    Optional<LabelSelector> selector = explicitSelector != null
        ? Optional.of(explicitSelector) : SelectorDefaults.derived(podLabels());
    return ReplicaSet.builder()
        .metadata(metadata)
        .spec(spec.withSelector(selector).withTemplate(template()))
        .extra(extra)
        .build();
  }
}
