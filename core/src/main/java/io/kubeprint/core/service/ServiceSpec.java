package io.kubeprint.core.service;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a Service.
 *
 * <p>Fields follow the Kubernetes API ({@code ServiceSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ServiceSpec extends WithServiceSpec {

  /** {@code type}: {@code ClusterIP} (the default), {@code NodePort}, {@code LoadBalancer} or {@code ExternalName}. */
  Optional<String> type();

  /** {@code selector}: the labels of the pods to route to; empty means endpoints are managed by hand. */
  Map<String, String> selector();

  /** {@code ports}. */
  List<ServicePort> ports();

  /** {@code clusterIP}: usually assigned; {@code None} makes a headless Service. */
  Optional<String> clusterIP();

  /** {@code externalIPs}: extra addresses that route to the Service. */
  List<String> externalIPs();

  /** {@code externalName}: the DNS name an {@code ExternalName} Service aliases. */
  Optional<String> externalName();

  /** {@code loadBalancerSourceRanges}: CIDRs allowed to reach a LoadBalancer. */
  List<String> loadBalancerSourceRanges();

  /** {@code sessionAffinity}: {@code None} (the default) or {@code ClientIP}. */
  Optional<String> sessionAffinity();

  /** {@code sessionAffinityConfig}. */
  Optional<SessionAffinityConfig> sessionAffinityConfig();

  /** {@code externalTrafficPolicy}: {@code Cluster} (the default for external types) or {@code Local}. */
  Optional<String> externalTrafficPolicy();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ServiceSpec} values. */
  final class Builder extends ImmutableServiceSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
