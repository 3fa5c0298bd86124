package io.kubeprint.dsl;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.RollingUpdateDeployment;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Deployment rolls to a new pod template, as one value: the strategy ({@code spec.strategy}), how long
 * a new pod must be ready to count ({@code spec.minReadySeconds}), when a stalled rollout is reported
 * ({@code spec.progressDeadlineSeconds}) and how many old ReplicaSets are kept to roll back to
 * ({@code spec.revisionHistoryLimit}).
 *
 * <pre>{@code
 * Deployment web = deployment("web").replicas(3)
 *     .rollout(zeroDowntime().minReady(Duration.ofSeconds(10)).revisionHistory(5))
 *     .container(container("web", "nginx:1.27"))
 *     .build();
 * }</pre>
 *
 * <p>Each factory and wither checks the API server's rules at the call (apps validation
 * {@code ValidateRollingUpdateDeployment}, {@code ValidateDeploymentSpec}) and throws
 * {@link IllegalArgumentException} naming the parameter: bounds are numbers {@code >= 0} or percentages,
 * {@code maxUnavailable} is at most 100%, the two bounds are not both 0, and the progress deadline is longer
 * than the minimum ready time. A field left unset stays absent in the Deployment, meaning the API server's
 * default: 0s ready, a 600s deadline, 10 old ReplicaSets.
 */
public final class Rollout {
  /** The progress deadline the API server gives a Deployment that sets none, in seconds. */
  static final int DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

  private final DeploymentStrategy strategy;
  private final Integer minReadySeconds;
  private final Integer progressDeadlineSeconds;
  private final Integer revisionHistoryLimit;

  private Rollout(DeploymentStrategy strategy, Integer minReadySeconds, Integer progressDeadlineSeconds,
      Integer revisionHistoryLimit) {
    this.strategy = strategy;
    this.minReadySeconds = minReadySeconds;
    this.progressDeadlineSeconds = progressDeadlineSeconds;
    this.revisionHistoryLimit = revisionHistoryLimit;
  }

  /**
   * {@code RollingUpdate} with at most {@code maxSurge} pods above the replica count and at most
   * {@code maxUnavailable} below it during a rollout; e.g. {@code rollingUpdate(1, 0)}. The API server's
   * default is 25% and 25%.
   *
   * A negative bound, or both 0, is reported by validation ({@code rolling-update-int-or-percent},
   * {@code rolling-update-zero}) at {@code spec.strategy.rollingUpdate}.
   */
  public static Rollout rollingUpdate(int maxSurge, int maxUnavailable) {
    return rollingUpdate(IntOrString.of(maxSurge),
        IntOrString.of(maxUnavailable));
  }

  /**
   * {@code RollingUpdate} with both bounds as percentages of the replica count (surge rounded up,
   * unavailable rounded down): {@code rollingUpdate("50%", "0%")}.
   *
   * A bound that is not a percentage, {@code maxUnavailable} above 100%, or both 0%, is reported by validation at
   * {@code spec.strategy.rollingUpdate}.
   */
  public static Rollout rollingUpdate(String maxSurge, String maxUnavailable) {
    return rollingUpdate(Checks.intOrPercent(maxSurge, "maxSurge"),
        Checks.intOrPercent(maxUnavailable, "maxUnavailable"));
  }

  /**
   * {@code Recreate}: every old pod stops before any new one starts, so the app is down in between; for
   * apps that cannot run two versions side by side.
   */
  public static Rollout recreate() {
    return new Rollout(DeploymentStrategy.builder().type("Recreate").build(), null, null, null);
  }

  /**
   * {@code RollingUpdate} that never takes a serving pod away before its replacement is ready:
   * {@code maxUnavailable: 0} and {@code maxSurge: 25%} (the API server's default surge). Give the
   * containers a readiness probe, or "ready" only means "started".
   */
  public static Rollout zeroDowntime() {
    return rollingUpdate(IntOrString.of("25%"), IntOrString.of(0));
  }

  private static Rollout rollingUpdate(IntOrString maxSurge, IntOrString maxUnavailable) {
    return new Rollout(DeploymentStrategy.builder().type("RollingUpdate")
        .rollingUpdate(RollingUpdateDeployment.builder().maxSurge(maxSurge).maxUnavailable(maxUnavailable).build())
        .build(), null, null, null);
  }

  /**
   * This rollout with {@code spec.minReadySeconds}: a new pod counts as available only after being ready
   * this long (whole seconds); 0s when unset. It must stay below the progress deadline (600s unless set, so
   * set {@link #progressDeadline(Duration)} first when going above it).
   */
  public Rollout minReady(Duration minReady) {
    int seconds = Checks.intSeconds(minReady, "minReady");
    return new Rollout(strategy, seconds, progressDeadlineSeconds, revisionHistoryLimit);
  }

  /**
   * This rollout with {@code spec.progressDeadlineSeconds}: a rollout making no progress this long is
   * reported as failed ({@code kubectl rollout status} exits non-zero); 600s when unset. Must be longer than
   * the minimum ready time.
   */
  public Rollout progressDeadline(Duration progressDeadline) {
    int seconds = Checks.intSeconds(progressDeadline, "progressDeadline");
    return new Rollout(strategy, minReadySeconds, seconds, revisionHistoryLimit);
  }

  /**
   * This rollout keeping {@code limit} old ReplicaSets ({@code spec.revisionHistoryLimit}, >= 0), the
   * revisions {@code kubectl rollout undo} can go back to; 10 when unset, and 0 makes rollback impossible.
   */
  public Rollout revisionHistory(int limit) {
    return new Rollout(strategy, minReadySeconds, progressDeadlineSeconds, limit);
  }

  /** {@code spec.strategy}. */
  public DeploymentStrategy strategy() {
    return strategy;
  }

  /** {@code spec.minReadySeconds}, when set. */
  public Optional<Integer> minReadySeconds() {
    return Optional.ofNullable(minReadySeconds);
  }

  /** {@code spec.progressDeadlineSeconds}, when set. */
  public Optional<Integer> progressDeadlineSeconds() {
    return Optional.ofNullable(progressDeadlineSeconds);
  }

  /** {@code spec.revisionHistoryLimit}, when set. */
  public Optional<Integer> revisionHistoryLimit() {
    return Optional.ofNullable(revisionHistoryLimit);
  }

  /** {@code spec} with the strategy replaced and the fields this rollout sets; the others kept. */
  DeploymentSpec applyTo(DeploymentSpec spec) {
    DeploymentSpec out = spec.withStrategy(strategy);
    if (minReadySeconds != null) {
      out = out.withMinReadySeconds(minReadySeconds);
    }
    if (progressDeadlineSeconds != null) {
      out = out.withProgressDeadlineSeconds(progressDeadlineSeconds);
    }
    if (revisionHistoryLimit != null) {
      out = out.withRevisionHistoryLimit(revisionHistoryLimit);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rollout r && r.strategy.equals(strategy) && Objects.equals(r.minReadySeconds, minReadySeconds)
        && Objects.equals(r.progressDeadlineSeconds, progressDeadlineSeconds)
        && Objects.equals(r.revisionHistoryLimit, revisionHistoryLimit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, minReadySeconds, progressDeadlineSeconds, revisionHistoryLimit);
  }

  /** {@code Rollout{RollingUpdate maxSurge=25%, maxUnavailable=0, minReady=10s}}: the fields set. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Rollout{").append(strategy.type().orElse(""));
    strategy.rollingUpdate().ifPresent(r -> b.append(" maxSurge=").append(r.maxSurge().map(Object::toString).orElse(""))
        .append(", maxUnavailable=").append(r.maxUnavailable().map(Object::toString).orElse("")));
    String sep = strategy.rollingUpdate().isPresent() ? ", " : " ";
    if (minReadySeconds != null) {
      b.append(sep).append("minReady=").append(minReadySeconds).append('s');
      sep = ", ";
    }
    if (progressDeadlineSeconds != null) {
      b.append(sep).append("progressDeadline=").append(progressDeadlineSeconds).append('s');
      sep = ", ";
    }
    if (revisionHistoryLimit != null) {
      b.append(sep).append("revisionHistory=").append(revisionHistoryLimit);
    }
    return b.append('}').toString();
  }
}
