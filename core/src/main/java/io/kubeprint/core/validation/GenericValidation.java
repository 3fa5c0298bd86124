package io.kubeprint.core.validation;

import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KindTable;
import java.util.List;
import java.util.Set;

/**
 * Rules for objects of the kinds kubeprint does not type ({@link GenericObject}): whether a Kubernetes 1.32
 * API server serves the kind at all (removed and alpha or beta API versions are refused as the server refuses
 * them, naming the version to use), and the object metadata as the kind's validation checks it: the name by
 * that kind's rule ({@code ValidateObjectMeta} with the kind's {@code ValidateNameFunc}), labels, annotations,
 * and a namespace on a cluster-scoped object (which the server clears). The body is checked against the 1.32
 * schema or, for a custom resource, against its CustomResourceDefinition.
 */
final class GenericValidation {
  /** The server answers {@code no matches for kind} for an API version removed before 1.32. */
  static final Rule API_VERSION_REMOVED = Rule.of("api-version-removed", "NoKindMatchError",
      "an API version removed before Kubernetes 1.32 is not served; the message names the version to use");
  /** An alpha or beta version, or a version or kind a built-in group does not have. */
  static final Rule API_VERSION_NOT_SERVED = Rule.of("api-version-not-served", "NoKindMatchError",
      "a default Kubernetes 1.32 API server serves no such kind in this API version (alpha and beta APIs are off)");
  /** Configuration files of Kubernetes components are not API objects. */
  static final Rule NOT_AN_API_OBJECT = Rule.of("not-an-api-object", "NoKindMatchError",
      "a configuration-file kind (audit policy, admission or kubelet configuration) is read from disk, not served");
  /** A cluster-scoped object's namespace is cleared by the server. */
  static final Rule NAMESPACE_ON_CLUSTER_SCOPED = Rule.of("namespace-on-cluster-scoped",
      "EnsureObjectNamespaceMatchesRequestNamespace",
      "a cluster-scoped object has no namespace: a `metadata.namespace` is ignored (a warning)");

  /** A custom resource's body is checked only against its CustomResourceDefinition. */
  static final Rule CUSTOM_RESOURCE_NOT_CHECKED = Rule.of("custom-resource-not-checked", "kubeprint",
      "a custom resource whose CustomResourceDefinition is not in the input: its metadata is checked, its body is not (a notice)");

  /** Kinds whose name is only checked as a URL path segment (their validation has no name rule of its own). */
  private static final Set<String> PATH_SEGMENT_NAMES = Set.of(
      "rbac.authorization.k8s.io Role", "rbac.authorization.k8s.io ClusterRole",
      "rbac.authorization.k8s.io RoleBinding", "rbac.authorization.k8s.io ClusterRoleBinding",
      "certificates.k8s.io CertificateSigningRequest", "storage.k8s.io CSIDriver",
      "authentication.k8s.io TokenReview", "authentication.k8s.io SelfSubjectReview",
      "authorization.k8s.io SubjectAccessReview", "authorization.k8s.io SelfSubjectAccessReview",
      "authorization.k8s.io LocalSubjectAccessReview", "authorization.k8s.io SelfSubjectRulesReview");

  private GenericValidation() {}

  /**
   * Checks one object: that its kind is served, then its metadata and body. Returns whether the kind is served
   * (a built-in one, or a custom resource), so that callers know the rest was checked.
   */
  static boolean object(GenericObject o, Violations v) {
    Kind kind = o.kind();
    FieldPath apiVersion = FieldPath.of("apiVersion");
    String noMatch = "no matches for kind \"" + kind.kindName() + "\" in version \"" + kind.apiVersion() + "\"";
    switch (KindTable.classify(kind)) {
      case REMOVED -> {
        KindTable.Entry e = kind.builtIn().orElseThrow();
        v.add(API_VERSION_REMOVED, apiVersion, noMatch + ": removed in Kubernetes " + e.removedIn()
            + e.replacement().map(r -> "; use apiVersion " + r + " instead").orElse("; nothing replaces it"));
        return false;
      }
      case OFF -> {
        KindTable.Entry e = kind.builtIn().orElseThrow();
        v.add(API_VERSION_NOT_SERVED, apiVersion, noMatch + ": " + (e.stage().equals("alpha") ? "an alpha" : "a beta") + " API that a default Kubernetes 1.32"
            + " API server does not serve (a cluster enables it with --runtime-config)" + served(kind));
        return false;
      }
      case UNKNOWN_BUILT_IN -> {
        v.add(API_VERSION_NOT_SERVED, apiVersion, noMatch + ": Kubernetes 1.32 has no such kind in this API group"
            + served(kind));
        return false;
      }
      case CONFIGURATION -> {
        v.add(NOT_AN_API_OBJECT, apiVersion, noMatch + ": a configuration file that a Kubernetes component reads"
            + " from disk, not an object an API server serves");
        return false;
      }
      case SERVED -> {
        metadata(o, v);
        OtherKindsValidation.object(o, v);
        return true;
      }
      case CUSTOM -> {
        metadata(o, v);
        return true;
      }
    }
    return false;
  }

  /** The notice for a custom resource whose CustomResourceDefinition is not at hand. */
  static void notChecked(GenericObject o, Violations v) {
    v.add(CUSTOM_RESOURCE_NOT_CHECKED, FieldPath.root(), "body not checked: no CustomResourceDefinition for "
        + o.kind().kindName() + " in " + o.apiVersion() + " in the input (give it, or validate --crds DIR)",
        Severity.NOTICE);
  }

  private static String served(Kind kind) {
    List<String> versions = KindTable.servedVersions(kind.kindName());
    if (!versions.isEmpty()) {
      return "; " + kind.kindName() + " is served as " + String.join(", ", versions);
    }
    // Kinds are case-sensitive: "deployment" is no kind, "Deployment" is.
    for (KindTable.Entry e : KindTable.entries()) {
      if (e.kind().kindName().equalsIgnoreCase(kind.kindName()) && e.status() == KindTable.Status.SERVED) {
        return "; kinds are case-sensitive: did you mean kind \"" + e.kind().kindName() + "\" ("
            + String.join(", ", KindTable.servedVersions(e.kind().kindName())) + ")?";
      }
    }
    return "";
  }

  private static void metadata(GenericObject o, Violations v) {
    FieldPath meta = FieldPath.of("metadata");
    boolean namespaced = o.kind().namespaced();
    MetaValidation.objectMeta(o.metadata(), meta, v, nameRule(o.kind()), MetaValidation.NAME_SYNTAX, namespaced);
    if (!namespaced) {
      o.metadata().namespace().filter(n -> !n.isEmpty()).ifPresent(n ->
          v.add(NAMESPACE_ON_CLUSTER_SCOPED, meta.child("namespace"), "is ignored: a " + o.kind().kindName()
              + " is cluster-scoped, the API server clears it (was \"" + n + "\")", Severity.WARNING));
    }
  }

  /** The name rule of a kind's validation: a DNS-1123 subdomain for almost every kind, custom resources included. */
  static MetaValidation.NameRule nameRule(Kind kind) {
    if (PATH_SEGMENT_NAMES.contains(kind.group() + " " + kind.kindName())) {
      return MetaValidation.NameRule.PATH_SEGMENT;
    }
    return MetaValidation.NameRule.DNS_SUBDOMAIN;
  }
}
