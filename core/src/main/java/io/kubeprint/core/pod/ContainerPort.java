package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port a container exposes ({@code ports[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code ContainerPort}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ContainerPort extends WithContainerPort {

  /** {@code name}: an IANA service name (at most 15 characters), unique in the pod; Services target it by name. */
  Optional<String> name();

  /** {@code containerPort}: 1..65535, required. */
  Optional<Integer> containerPort();

  /** {@code protocol}: {@code TCP}, {@code UDP} or {@code SCTP}; the API server defaults it to {@code TCP}. */
  Optional<String> protocol();

  /** {@code hostPort}: the node port to bind, 1..65535. */
  Optional<Integer> hostPort();

  /** {@code hostIP}: the host IP to bind the host port to. */
  Optional<String> hostIP();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ContainerPort} values. */
  final class Builder extends ImmutableContainerPort.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
