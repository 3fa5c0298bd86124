package io.kubeprint.dsl;

/** A pod's {@code dnsPolicy}; the API server defaults it to {@code ClusterFirst}. */
public enum DnsPolicy {
  /** {@code ClusterFirst}: the cluster DNS first, then the node's upstream resolvers. */
  CLUSTER_FIRST("ClusterFirst"),

  /** {@code ClusterFirstWithHostNet}: the cluster DNS for a pod on the host network. */
  CLUSTER_FIRST_WITH_HOST_NET("ClusterFirstWithHostNet"),

  /** {@code Default}: the node's resolver configuration. */
  DEFAULT("Default"),

  /** {@code None}: only what {@code dnsConfig} gives (which must then have a nameserver). */
  NONE("None");

  private final String value;

  DnsPolicy(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
