package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A health probe: exactly one handler ({@code exec}, {@code httpGet}, {@code tcpSocket}, {@code grpc}) and its timings.
 *
 * <p>Fields follow the Kubernetes API ({@code Probe}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface Probe extends WithProbe {

  /** {@code exec}: run a command; exit 0 is healthy. */
  Optional<ExecAction> exec();

  /** {@code httpGet}: an HTTP GET; 200..399 is healthy. */
  Optional<HTTPGetAction> httpGet();

  /** {@code tcpSocket}: a TCP connect. */
  Optional<TCPSocketAction> tcpSocket();

  /** {@code grpc}: a gRPC health check. */
  Optional<GRPCAction> grpc();

  /** {@code initialDelaySeconds}: defaults to 0. */
  Optional<Integer> initialDelaySeconds();

  /** {@code timeoutSeconds}: the API server defaults it to 1. */
  Optional<Integer> timeoutSeconds();

  /** {@code periodSeconds}: the API server defaults it to 10. */
  Optional<Integer> periodSeconds();

  /** {@code successThreshold}: the API server defaults it to 1 (and it must be 1 for liveness and startup probes). */
  Optional<Integer> successThreshold();

  /** {@code failureThreshold}: the API server defaults it to 3. */
  Optional<Integer> failureThreshold();

  /** {@code terminationGracePeriodSeconds}: a probe-level override of the pod's. */
  Optional<Long> terminationGracePeriodSeconds();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code Probe} values. */
  final class Builder extends ImmutableProbe.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
