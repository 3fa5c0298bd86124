package io.kubeprint.core.validation;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.meta.Fields;

/**
 * Rules for ServiceAccounts: {@code ValidateServiceAccount} ({@code pkg/apis/core/validation}), which checks the
 * object metadata with {@code ValidateServiceAccountName} (a DNS subdomain) and nothing else: the API server
 * stores {@code secrets} and {@code imagePullSecrets} references as they are ({@code cleanSecretReferences} keeps
 * only each secret's name), so an empty one is not refused. Also kube-linter's
 * {@code deprecated-service-account-field} on pod specs, as a warning.
 */
final class ServiceAccountValidation {

  /**
   * A pod spec names its ServiceAccount with {@code serviceAccountName}; the deprecated {@code serviceAccount}
   * alias (kube-linter's {@code deprecated-service-account-field}) is a warning.
   */
  static final Rule DEPRECATED_SERVICE_ACCOUNT_FIELD = Rule.of("deprecated-service-account-field", "kubeprint",
      "a pod spec names its ServiceAccount with `serviceAccountName`, not the deprecated `serviceAccount` (a warning)");

  private ServiceAccountValidation() {}

  /** {@code ValidateServiceAccount}. */
  static void serviceAccount(ServiceAccount sa, Violations v) {
    MetaValidation.objectMeta(sa.metadata(), FieldPath.of("metadata"), v);
  }

  /**
   * The warning on the deprecated {@code serviceAccount} field of a pod spec at {@code specPath} ({@code extra}
   * being the spec's untyped fields, where kubeprint keeps it).
   */
  static void deprecatedField(String serviceAccountName, Fields extra, FieldPath specPath, Violations v) {
    String deprecated = Untyped.string(extra, "serviceAccount");
    if (deprecated == null || deprecated.isEmpty()) {
      return;
    }
    v.add(DEPRECATED_SERVICE_ACCOUNT_FIELD, specPath.child("serviceAccount"),
        "is deprecated, serviceAccountName names the ServiceAccount (was \"" + deprecated + "\")"
            + (serviceAccountName == null || serviceAccountName.isEmpty() ? "; rename the field to serviceAccountName"
                : "; remove it"), Severity.WARNING);
  }
}
