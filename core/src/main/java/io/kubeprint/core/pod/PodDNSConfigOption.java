package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One resolver option ({@code options[]}).
 *
 * <p>Fields follow the Kubernetes API ({@code PodDNSConfigOption}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodDNSConfigOption extends WithPodDNSConfigOption {

  /** {@code name}: required. */
  Optional<String> name();

  /** {@code value}. */
  Optional<String> value();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodDNSConfigOption} values. */
  final class Builder extends ImmutablePodDNSConfigOption.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
