package io.kubeprint.dsl;

/** A Service's {@code internalTrafficPolicy}: where traffic from inside the cluster goes; the API server defaults it to {@code Cluster}. */
public enum TrafficPolicy {
  /** {@code Cluster}: to any ready endpoint. */
  CLUSTER("Cluster"),

  /** {@code Local}: only to endpoints on the sending pod's node (dropped when there is none). */
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
