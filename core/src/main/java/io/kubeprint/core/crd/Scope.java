package io.kubeprint.core.crd;

/** A CRD's {@code spec.scope}: where its custom resources live. */
public enum Scope {
  /** {@code Namespaced}: each object lives in a namespace. */
  NAMESPACED("Namespaced"),
  /** {@code Cluster}: objects are cluster-wide; the API server clears a {@code metadata.namespace}. */
  CLUSTER("Cluster");

  private final String text;

  Scope(String text) {
    this.text = text;
  }

  /** The value as the CRD writes it: {@code Namespaced} or {@code Cluster}. */
  public String text() {
    return text;
  }
}
