package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TCP probe ({@code tcpSocket}).
 *
 * <p>Fields follow the Kubernetes API ({@code TCPSocketAction}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface TCPSocketAction extends WithTCPSocketAction {

  /** {@code port}: a number or a container port name; required. */
  Optional<IntOrString> port();

  /** {@code host}: defaults to the pod IP. */
  Optional<String> host();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code TCPSocketAction} values. */
  final class Builder extends ImmutableTCPSocketAction.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
