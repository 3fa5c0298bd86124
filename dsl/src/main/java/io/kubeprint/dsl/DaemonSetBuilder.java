package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetSpec;
import io.kubeprint.core.workload.DaemonSetUpdateStrategy;
import io.kubeprint.core.workload.RollingUpdateDaemonSet;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds a {@link DaemonSet}: {@code daemonSet("agent").podLabels(labels("app", "agent"))
 * .container(container("agent", "gcr.io/p/agent:1.0")).rollingUpdate(2).build()}.
 *
 * <p>{@code spec.selector} defaults to exactly the pod labels unless {@link #selector(Labels)} sets one. Every
 * field left unset stays absent, meaning the API server's default ({@code RollingUpdate} one node at a time:
 * {@code maxUnavailable: 1}, {@code maxSurge: 0}; 10 revisions kept).
 */
public final class DaemonSetBuilder extends TemplatedWorkloadBuilder<DaemonSetBuilder, DaemonSet> {
  private DaemonSetSpec spec;
  private LabelSelector explicitSelector;

  DaemonSetBuilder(String name) {
    super(DaemonSet.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodTemplateSpec.builder().build());
    this.spec = DaemonSetSpec.builder().build();
  }

  DaemonSetBuilder(DaemonSet existing) {
    super(DaemonSet.class, Checks.notNull(existing, "daemonSet").metadata(), existing.extra(),
        existing.spec().template());
    this.spec = existing.spec();
    this.explicitSelector = SelectorDefaults.explicitOf(existing.spec().selector(), existing.spec().template());
  }

  @Override
  DaemonSetBuilder self() {
    return this;
  }

  /**
   * Sets {@code spec.selector.matchLabels} explicitly, instead of the default (exactly the pod labels). The pod
   * labels must include these for the DaemonSet to be valid.
   */
  public DaemonSetBuilder selector(Labels matchLabels) {
    Checks.notNull(matchLabels, "matchLabels");
    return selector(LabelSelector.builder().matchLabels(matchLabels.asMap()).build());
  }

  /** Sets {@code spec.selector} explicitly (e.g. with {@code matchExpressions}). */
  public DaemonSetBuilder selector(LabelSelector selector) {
    explicitSelector = Checks.notNull(selector, "selector");
    return this;
  }

  /**
   * Sets {@code spec.updateStrategy} to {@code RollingUpdate} replacing pods on at most {@code maxUnavailable}
   * nodes at a time (>= 1; the default is 1), old pod first ({@code maxSurge: 0}).
   */
  public DaemonSetBuilder rollingUpdate(int maxUnavailable) {
    return rolling(IntOrString.of(maxUnavailable), IntOrString.of(0));
  }

  /** Like {@link #rollingUpdate(int)} with a percentage of the nodes, such as {@code 10%} (not 0%). */
  public DaemonSetBuilder rollingUpdate(String maxUnavailable) {
    IntOrString bound = Checks.intOrPercent(maxUnavailable, "maxUnavailable");
    return rolling(bound, IntOrString.of(0));
  }

  /**
   * Sets {@code spec.updateStrategy} to {@code RollingUpdate} starting the new pod on at most {@code maxSurge}
   * nodes at a time (>= 1) before stopping the old one ({@code maxUnavailable: 0}): no node is ever without the
   * daemon, at the cost of running two pods on it for a while.
   */
  public DaemonSetBuilder surgeUpdate(int maxSurge) {
    return rolling(IntOrString.of(0), IntOrString.of(maxSurge));
  }

  private DaemonSetBuilder rolling(IntOrString maxUnavailable, IntOrString maxSurge) {
    spec = spec.withUpdateStrategy(DaemonSetUpdateStrategy.builder().type("RollingUpdate")
        .rollingUpdate(RollingUpdateDaemonSet.builder().maxUnavailable(maxUnavailable).maxSurge(maxSurge).build())
        .build());
    return this;
  }

  /** Sets {@code spec.updateStrategy.type: OnDelete}: a pod gets the new template only when deleted by hand. */
  public DaemonSetBuilder onDelete() {
    spec = spec.withUpdateStrategy(DaemonSetUpdateStrategy.builder().type("OnDelete").build());
    return this;
  }

  /** Sets {@code spec.minReadySeconds} (whole seconds): how long a new pod must be ready to count; defaults to 0. */
  public DaemonSetBuilder minReady(Duration minReady) {
    spec = spec.withMinReadySeconds(Checks.intSeconds(minReady, "minReady"));
    return this;
  }

  /** Sets {@code spec.revisionHistoryLimit} (>= 0), the old revisions kept; the API server defaults it to 10. */
  public DaemonSetBuilder revisionHistoryLimit(int limit) {
    spec = spec.withRevisionHistoryLimit(limit);
    return this;
  }

  /** Sets a {@code spec} field kubeprint does not type, kept verbatim in {@code DaemonSetSpec.extra()}. */
  public DaemonSetBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), DaemonSetSpec.class, field, value));
    return this;
  }

  @Override
  public DaemonSet build() {
    Optional<LabelSelector> selector = explicitSelector != null
        ? Optional.of(explicitSelector) : SelectorDefaults.derived(podLabels());
    return DaemonSet.builder()
        .metadata(metadata)
        .spec(spec.withSelector(selector).withTemplate(template()))
        .extra(extra)
        .build();
  }
}
