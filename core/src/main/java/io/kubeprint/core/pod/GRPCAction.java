package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A gRPC health probe ({@code grpc}).
 *
 * <p>Fields follow the Kubernetes API ({@code GRPCAction}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface GRPCAction extends WithGRPCAction {

  /** {@code port}: 1..65535, required. */
  Optional<Integer> port();

  /** {@code service}: the gRPC service name; absent means the server's overall health. */
  Optional<String> service();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code GRPCAction} values. */
  final class Builder extends ImmutableGRPCAction.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
