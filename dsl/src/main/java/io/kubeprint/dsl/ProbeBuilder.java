package io.kubeprint.dsl;

import io.kubeprint.core.pod.Probe;
import java.time.Duration;

/**
 * Builds a {@link Probe} from one of the {@link Probes} actions plus timing:
 * {@code httpGet("/healthz", "http").initialDelay(Duration.ofSeconds(5)).period(Duration.ofSeconds(10))}.
 * Timing left unset stays absent: the API server defaults are 0s delay, 10s period, 1s timeout, success
 * threshold 1, failure threshold 3.
 */
public final class ProbeBuilder {
  private Probe probe;

  ProbeBuilder(Probe probe) {
    this.probe = Checks.notNull(probe, "probe");
  }

  /** Sets {@code initialDelaySeconds} (whole seconds): the wait after the container starts. */
  public ProbeBuilder initialDelay(Duration delay) {
    probe = probe.withInitialDelaySeconds(Checks.intSeconds(delay, "initialDelay"));
    return this;
  }

  /** Sets {@code periodSeconds} (whole seconds): how often to probe. */
  public ProbeBuilder period(Duration period) {
    probe = probe.withPeriodSeconds(Checks.intSeconds(period, "period"));
    return this;
  }

  /** Sets {@code timeoutSeconds} (whole seconds): how long one probe may take. */
  public ProbeBuilder timeout(Duration timeout) {
    probe = probe.withTimeoutSeconds(Checks.intSeconds(timeout, "timeout"));
    return this;
  }

  /** Sets {@code successThreshold}: successes in a row to count as passing again. */
  public ProbeBuilder successThreshold(int threshold) {
    probe = probe.withSuccessThreshold(threshold);
    return this;
  }

  /** Sets {@code failureThreshold}: failures in a row to count as failing. */
  public ProbeBuilder failureThreshold(int threshold) {
    probe = probe.withFailureThreshold(threshold);
    return this;
  }

  /** Sets {@code terminationGracePeriodSeconds} (whole seconds) for a failed liveness or startup probe. */
  public ProbeBuilder terminationGracePeriod(Duration period) {
    probe = probe.withTerminationGracePeriodSeconds(Checks.longSeconds(period, "terminationGracePeriod"));
    return this;
  }

  /** Sets a probe field kubeprint does not type, kept verbatim in {@code Probe.extra()}. */
  public ProbeBuilder extra(String field, Object value) {
    probe = probe.withExtra(Checks.extra(probe.extra(), Probe.class, field, value));
    return this;
  }

  /** The immutable core value. */
  public Probe build() {
    return probe;
  }
}
