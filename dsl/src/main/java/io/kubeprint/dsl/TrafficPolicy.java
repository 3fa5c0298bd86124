package io.kubeprint.dsl;

/**
 * A Service's {@code internalTrafficPolicy} (where traffic from inside the cluster goes) or
 * {@code externalTrafficPolicy} (where traffic from outside goes, for NodePort and LoadBalancer Services); the API
 * server defaults both to {@code Cluster}.
 */
public enum TrafficPolicy {
  /** {@code Cluster}: to any ready endpoint. */
  CLUSTER("Cluster"),

  /** {@code Local}: only to endpoints on the node the traffic comes from or arrives at (dropped when there is none). */
  LOCAL("Local");

  private final String value;

  TrafficPolicy(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
