package io.kubeprint.core.validation;

import io.kubeprint.core.meta.Namespace;

/** Rules for Namespaces ({@code pkg/apis/core/validation}: {@code ValidateNamespace}). */
final class NamespaceValidation {
  static final Rule NAMESPACE_NAME = Rule.of("namespace-name", "ValidateNamespaceName",
      "a Namespace's name is a DNS-1123 label");
  static final Rule NAMESPACE_NOT_NAMESPACED = Rule.of("namespace-not-namespaced", "ValidateObjectMeta",
      "a Namespace is cluster-scoped: metadata.namespace must be empty");

  private NamespaceValidation() {}

  static void namespace(Namespace ns, Violations v) {
    FieldPath meta = FieldPath.of("metadata");
    String name = ns.metadata().name().orElse("");
    if (name.isEmpty()) {
      MetaValidation.objectMeta(ns.metadata(), meta, v);
    } else {
      for (String problem : Syntax.nameIsDnsLabel(name, false)) {
        v.add(NAMESPACE_NAME, meta.child("name"), problem + " (was \"" + name + "\")");
      }
    }
    ns.metadata().namespace().filter(n -> !n.isEmpty()).ifPresent(n ->
        v.add(NAMESPACE_NOT_NAMESPACED, meta.child("namespace"), "must be empty, a Namespace is not namespaced (was \"" + n + "\")"));
  }
}
