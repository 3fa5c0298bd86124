package io.kubeprint.core.validation;

import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few value rules of built-in kinds without a typed value that kubeprint checks on their untyped body:
 * those the Kubernetes documentation's own examples trip over. Each names its upstream function; the rest of
 * those kinds' validation is not reproduced (see docs/other-kinds.md).
 */
final class OtherKindsValidation {
  static final Rule LIMIT_RANGE_TYPE = Rule.of("limit-range-type", "validateLimitRangeTypeName",
      "a LimitRange limit's `type` is a qualified name: Pod, Container, PersistentVolumeClaim or a prefixed name");
  static final Rule RESOURCE_QUOTA_SCOPE = Rule.of("resource-quota-scope", "validateResourceQuotaScopes",
      "a ResourceQuota scope (in `scopes` or a `scopeSelector`) is one Kubernetes 1.32 supports");
  static final Rule PARAM_NOT_FOUND_ACTION = Rule.of("param-not-found-action", "validateParamRef",
      "a ValidatingAdmissionPolicyBinding's `paramRef` says what to do when no parameter is found: Allow or Deny");

  private static final Kind LIMIT_RANGE = Kind.of("v1", "LimitRange");
  private static final Kind RESOURCE_QUOTA = Kind.of("v1", "ResourceQuota");
  private static final Kind POLICY_BINDING = Kind.of("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding");
  private static final Set<String> LIMIT_TYPES = Set.of("Pod", "Container", "PersistentVolumeClaim");
  /** {@code IsStandardResourceQuotaScope} in 1.32. */
  private static final List<String> QUOTA_SCOPES = List.of("Terminating", "NotTerminating", "BestEffort",
      "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity");

  private OtherKindsValidation() {}

  static void object(GenericObject o, Violations v) {
    Map<String, Object> spec = Untyped.map(o.extra(), "spec");
    if (spec == null) {
      return;
    }
    FieldPath path = FieldPath.of("spec");
    if (o.kind().equals(LIMIT_RANGE)) {
      limitRange(spec, path, v);
    } else if (o.kind().equals(RESOURCE_QUOTA)) {
      resourceQuota(spec, path, v);
    } else if (o.kind().equals(POLICY_BINDING)) {
      paramRef(Untyped.map(spec, "paramRef"), path.child("paramRef"), v);
    }
  }

  /** {@code ValidateLimitRange}: each limit's type by {@code validateLimitRangeTypeName}. */
  private static void limitRange(Map<String, Object> spec, FieldPath path, Violations v) {
    List<Object> limits = Untyped.list(spec, "limits");
    if (limits == null) {
      return;
    }
    for (int i = 0; i < limits.size(); i++) {
      Object type = Untyped.get(limits.get(i), "type");
      String value = type instanceof String s ? s : "";
      FieldPath p = path.child("limits").index(i).child("type");
      List<String> errs = Syntax.isQualifiedName(value);
      for (String msg : errs) {
        v.add(LIMIT_RANGE_TYPE, p, msg + " (was \"" + value + "\")");
      }
      if (errs.isEmpty() && !value.contains("/") && !LIMIT_TYPES.contains(value)) {
        v.add(LIMIT_RANGE_TYPE, p, "must be a standard limit type or fully qualified (was \"" + value + "\")");
      }
    }
  }

  /** {@code validateResourceQuotaScopes} and {@code validateScopeSelector}: every scope one 1.32 knows. */
  private static void resourceQuota(Map<String, Object> spec, FieldPath path, Violations v) {
    List<Object> scopes = Untyped.list(spec, "scopes");
    if (scopes != null) {
      for (Object s : scopes) {
        if (s instanceof String scope && !QUOTA_SCOPES.contains(scope)) {
          v.add(RESOURCE_QUOTA_SCOPE, path.child("scopes"), unsupported(scope));
        }
      }
    }
    List<Object> expressions = Untyped.list(Untyped.map(spec, "scopeSelector"), "matchExpressions");
    if (expressions != null) {
      for (Object e : expressions) {
        String scope = Untyped.string(e, "scopeName");
        if (scope != null && !QUOTA_SCOPES.contains(scope)) {
          // The API server names the list, not the entry: spec.scopeSelector.matchExpressions.scopeName.
          v.add(RESOURCE_QUOTA_SCOPE, path.child("scopeSelector").child("matchExpressions").child("scopeName"),
              unsupported(scope));
        }
      }
    }
  }

  private static String unsupported(String scope) {
    return "must be a supported scope: " + String.join(", ", QUOTA_SCOPES) + " (was \"" + scope + "\")";
  }

  /** {@code validateParamRef}: {@code parameterNotFoundAction} is required, Allow or Deny. */
  private static void paramRef(Map<String, Object> ref, FieldPath path, Violations v) {
    if (ref == null) {
      return;
    }
    Object action = ref.get("parameterNotFoundAction");
    FieldPath p = path.child("parameterNotFoundAction");
    if (action == null || "".equals(action)) {
      v.add(PARAM_NOT_FOUND_ACTION, p, "is required: Allow or Deny");
    } else if (!"Allow".equals(action) && !"Deny".equals(action)) {
      v.add(PARAM_NOT_FOUND_ACTION, p, "must be one of Allow, Deny (was \"" + action + "\")");
    }
  }
}
