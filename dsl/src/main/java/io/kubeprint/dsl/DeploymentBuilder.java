package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds a {@link Deployment}: {@code deployment("web").replicas(3).podLabels(labels("app", "web"))
 * .container(container("web", "nginx:1.27").port(80, "http")).build()}.
 *
 * <p>{@code spec.selector} defaults to exactly the pod labels ({@code matchLabels}) unless
 * {@link #selector(Labels)} sets one. Every field left unset stays absent in the value, meaning the API
 * server's default (1 replica, RollingUpdate 25%/25%, 10 revisions, 600s progress deadline).
 */
public final class DeploymentBuilder extends TemplatedWorkloadBuilder<DeploymentBuilder, Deployment> {
  private DeploymentSpec spec;
  private LabelSelector explicitSelector;

  DeploymentBuilder(String name) {
    super(Deployment.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodTemplateSpec.builder().build());
    this.spec = DeploymentSpec.builder().build();
  }

  DeploymentBuilder(Deployment existing) {
    super(Deployment.class, Checks.notNull(existing, "deployment").metadata(), existing.extra(),
        existing.spec().template());
    this.spec = existing.spec();
    this.explicitSelector = SelectorDefaults.explicitOf(existing.spec().selector(), existing.spec().template());
  }

  @Override
  DeploymentBuilder self() {
    return this;
  }

  /** Sets {@code spec.replicas} (>= 0); the API server defaults it to 1. */
  public DeploymentBuilder replicas(int replicas) {
    spec = spec.withReplicas(replicas);
    return this;
  }

  /**
   * Sets {@code spec.selector.matchLabels} explicitly, instead of the default (exactly the pod labels). The
   * pod labels must include these for the Deployment to be valid.
   */
  public DeploymentBuilder selector(Labels matchLabels) {
    Checks.notNull(matchLabels, "matchLabels");
    return selector(LabelSelector.builder().matchLabels(matchLabels.asMap()).build());
  }

  /** Sets {@code spec.selector} explicitly (e.g. with {@code matchExpressions}). */
  public DeploymentBuilder selector(LabelSelector selector) {
    explicitSelector = Checks.notNull(selector, "selector");
    return this;
  }

  /**
   * Sets {@code spec.strategy} to {@code RollingUpdate} with these bounds on extra and missing pods during a
   * rollout; the API server's default is 25% and 25%. E.g. {@code .rollingUpdate(1, 0)}. Checked as
   * {@link Rollout#rollingUpdate(int, int)}: not negative, not both 0.
   */
  public DeploymentBuilder rollingUpdate(int maxSurge, int maxUnavailable) {
    spec = spec.withStrategy(Rollout.rollingUpdate(maxSurge, maxUnavailable).strategy());
    return this;
  }

  /** Like {@link #rollingUpdate(int, int)} with percentages: {@code .rollingUpdate("50%", "0%")}. */
  public DeploymentBuilder rollingUpdate(String maxSurge, String maxUnavailable) {
    spec = spec.withStrategy(Rollout.rollingUpdate(maxSurge, maxUnavailable).strategy());
    return this;
  }

  /** Sets {@code spec.strategy.type} to {@code Recreate}: all old pods stop before new ones start. */
  public DeploymentBuilder recreate() {
    spec = spec.withStrategy(Rollout.recreate().strategy());
    return this;
  }

  /**
   * Sets the rollout settings at once: {@code spec.strategy}, and {@code minReadySeconds},
   * {@code progressDeadlineSeconds} and {@code revisionHistoryLimit} when {@code rollout} sets them (the
   * others keep their values). E.g. {@code .rollout(zeroDowntime().minReady(Duration.ofSeconds(10)))}; see
   * {@link Rollout}.
   */
  public DeploymentBuilder rollout(Rollout rollout) {
    spec = Checks.notNull(rollout, "rollout").applyTo(spec);
    return this;
  }

  /** Sets {@code spec.minReadySeconds} (whole seconds): how long a new pod must be ready to count; defaults to 0. */
  public DeploymentBuilder minReady(Duration minReady) {
    spec = spec.withMinReadySeconds(Checks.intSeconds(minReady, "minReady"));
    return this;
  }

  /** Sets {@code spec.progressDeadlineSeconds} (whole seconds); the API server defaults it to 600. */
  public DeploymentBuilder progressDeadline(Duration progressDeadline) {
    spec = spec.withProgressDeadlineSeconds(Checks.intSeconds(progressDeadline, "progressDeadline"));
    return this;
  }

  /** Sets {@code spec.revisionHistoryLimit} (>= 0), the old ReplicaSets kept for rollback; the API server defaults it to 10. */
  public DeploymentBuilder revisionHistoryLimit(int limit) {
    spec = spec.withRevisionHistoryLimit(limit);
    return this;
  }

  /** Sets {@code spec.paused}; defaults to false. */
  public DeploymentBuilder paused(boolean paused) {
    spec = spec.withPaused(paused);
    return this;
  }

  /** Sets a {@code spec} field kubeprint does not type, kept verbatim in {@code DeploymentSpec.extra()}. */
  public DeploymentBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), DeploymentSpec.class, field, value));
    return this;
  }

  @Override
  public Deployment build() {
    Optional<LabelSelector> selector = explicitSelector != null
        ? Optional.of(explicitSelector) : SelectorDefaults.derived(podLabels());
    return Deployment.builder()
        .metadata(metadata)
        .spec(spec.withSelector(selector).withTemplate(template()))
        .extra(extra)
        .build();
  }
}
