package io.kubeprint.dsl;

import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.HTTPHeader;
import io.kubeprint.core.pod.Probe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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

  /** Sets {@code httpGet.scheme} of an HTTP probe: {@code httpGet("/healthz", "https").scheme(Scheme.HTTPS)}; absent means HTTP. */
  public ProbeBuilder scheme(Scheme scheme) {
    Checks.notNull(scheme, "scheme");
    return editHttp("scheme", h -> h.withScheme(scheme.value()));
  }

  /** Adds a {@code httpGet.httpHeaders[]} entry to an HTTP probe: {@code .header("Host", "web.example.com")}. */
  public ProbeBuilder header(String name, String value) {
    Checks.notBlank(name, "name");
    Checks.notNull(value, "value");
    return editHttp("header", h -> h.withHttpHeaders(plus(h.httpHeaders(),
        HTTPHeader.builder().name(name).value(value).build())));
  }

  /** Sets {@code httpGet.host} of an HTTP probe; absent means the pod IP. */
  public ProbeBuilder host(String host) {
    Checks.notBlank(host, "host");
    return editHttp("host", h -> h.withHost(host));
  }

  private ProbeBuilder editHttp(String what, UnaryOperator<HTTPGetAction> edit) {
    HTTPGetAction http = probe.httpGet().orElseThrow(() -> new IllegalStateException(
        what + " applies to an httpGet probe (was " + handler() + ")"));
    probe = probe.withHttpGet(edit.apply(http));
    return this;
  }

  private String handler() {
    return probe.exec().isPresent() ? "an exec probe" : probe.tcpSocket().isPresent() ? "a tcpSocket probe"
        : probe.grpc().isPresent() ? "a grpc probe" : "a probe without handler";
  }

  private static <E> List<E> plus(List<E> list, E item) {
    List<E> all = new ArrayList<>(list);
    all.add(item);
    return all;
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
