package io.kubeprint.core.validation;

import io.kubeprint.core.meta.Namespace;

/**
 * Rules for Namespaces ({@code pkg/apis/core/validation}: {@code ValidateNamespace}): the metadata as
 * {@code ValidateObjectMeta} checks it for a cluster-scoped kind, with the name a DNS-1123 label
 * ({@code ValidateNamespaceName}).
 */
final class NamespaceValidation {
  /** {@code ValidateNamespaceName} ({@code NameIsDNSLabel}) on {@code metadata.name}. */
  static final Rule NAMESPACE_NAME = Rule.of("namespace-name", "ValidateNamespaceName",
      "a Namespace's name is a DNS-1123 label");
  /**
   * A Namespace is cluster-scoped: the API server clears a {@code metadata.namespace} before validating
   * ({@code rest.EnsureObjectNamespaceMatchesRequestNamespace}), so it is a warning, never an error.
   */
  static final Rule NAMESPACE_NOT_NAMESPACED = Rule.of("namespace-not-namespaced",
      "EnsureObjectNamespaceMatchesRequestNamespace",
      "a Namespace is cluster-scoped: a `metadata.namespace` is ignored (a warning)");

  private NamespaceValidation() {}

  /** {@code ValidateNamespace}: metadata, name a DNS-1123 label. */
  static void namespace(Namespace ns, Violations v) {
    FieldPath meta = FieldPath.of("metadata");
    MetaValidation.objectMeta(ns.metadata(), meta, v, MetaValidation.NameRule.DNS_LABEL, NAMESPACE_NAME, false);
    ns.metadata().namespace().filter(n -> !n.isEmpty()).ifPresent(n ->
        v.add(NAMESPACE_NOT_NAMESPACED, meta.child("namespace"),
            "is ignored: a Namespace is not namespaced, the API server clears it (was \"" + n + "\")",
            Severity.WARNING));
  }
}
