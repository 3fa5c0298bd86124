package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import org.immutables.value.Value;

/**
 * Extra DNS resolver settings ({@code dnsConfig}).
 *
 * <p>Fields follow the Kubernetes API ({@code PodDNSConfig}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodDNSConfig extends WithPodDNSConfig {

  /** {@code nameservers}: at most 3 IP addresses. */
  List<String> nameservers();

  /** {@code searches}: at most 32 search domains. */
  List<String> searches();

  /** {@code options}: resolver options. */
  List<PodDNSConfigOption> options();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodDNSConfig} values. */
  final class Builder extends ImmutablePodDNSConfig.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
