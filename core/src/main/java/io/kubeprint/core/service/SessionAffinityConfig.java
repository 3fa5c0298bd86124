package io.kubeprint.core.service;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Session affinity settings ({@code sessionAffinityConfig}).
 *
 * <p>Fields follow the Kubernetes API ({@code SessionAffinityConfig}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface SessionAffinityConfig extends WithSessionAffinityConfig {

  /** {@code clientIP}. */
  Optional<ClientIPConfig> clientIP();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code SessionAffinityConfig} values. */
  final class Builder extends ImmutableSessionAffinityConfig.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
