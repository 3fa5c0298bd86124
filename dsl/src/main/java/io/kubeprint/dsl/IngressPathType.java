package io.kubeprint.dsl;

/**
 * How an Ingress path matches a request's path ({@code pathType}); {@code networking.k8s.io/v1} requires one on
 * every path, and the DSL's {@code route(..)} uses {@link #PREFIX} unless told otherwise.
 */
public enum IngressPathType {
  /** {@code Exact}: the request's path is the path, case-sensitively. */
  EXACT("Exact"),
  /** {@code Prefix}: the request's path starts with the path, element by element ({@code /api} matches {@code /api/v1}, not {@code /apis}). */
  PREFIX("Prefix"),
  /** {@code ImplementationSpecific}: the IngressClass decides (e.g. regular expressions). */
  IMPLEMENTATION_SPECIFIC("ImplementationSpecific");

  private final String value;

  IngressPathType(String value) {
    this.value = value;
  }

  /** The Kubernetes value, e.g. {@code Prefix}. */
  public String value() {
    return value;
  }
}
