package io.kubeprint.core.service;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Client-IP session affinity settings ({@code clientIP}).
 *
 * <p>Fields follow the Kubernetes API ({@code ClientIPConfig}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ClientIPConfig extends WithClientIPConfig {

  /** {@code timeoutSeconds}: 1..86400; the API server defaults it to 10800. */
  Optional<Integer> timeoutSeconds();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ClientIPConfig} values. */
  final class Builder extends ImmutableClientIPConfig.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
