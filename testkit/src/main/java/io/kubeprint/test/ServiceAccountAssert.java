package io.kubeprint.test;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.pod.LocalObjectReference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link ServiceAccount}: {@code assertThat(bundle).serviceAccount("web").doesNotAutomountToken()
 * .hasImagePullSecret("registry")}. Reach it through {@link KubeAssertions#assertThat(ServiceAccount)} or
 * {@link BundleAssert#serviceAccount(String)}.
 */
public final class ServiceAccountAssert extends AbstractKubeObjectAssert<ServiceAccountAssert, ServiceAccount> {

  ServiceAccountAssert(ServiceAccount actual) {
    super(actual, ServiceAccountAssert.class);
  }

  /** Verifies that pods running as this account get its API token: {@code automountServiceAccountToken} unset or true. */
  public ServiceAccountAssert automountsToken() {
    isNotNull();
    if (!actual.automountServiceAccountToken().orElse(true)) {
      throw failure("to automount its token", "but had automountServiceAccountToken", "false");
    }
    return myself;
  }

  /** Verifies {@code automountServiceAccountToken: false}. */
  public ServiceAccountAssert doesNotAutomountToken() {
    isNotNull();
    Optional<Boolean> set = actual.automountServiceAccountToken();
    if (set.orElse(true)) {
      throw failure("not to automount its token", "but had automountServiceAccountToken",
          set.map(String::valueOf).orElse(Describe.UNSET + " (the token is mounted)"));
    }
    return myself;
  }

  /** Verifies that {@code imagePullSecrets} names the Secret {@code secretName}. */
  public ServiceAccountAssert hasImagePullSecret(String secretName) {
    isNotNull();
    Objects.requireNonNull(secretName, "secretName == null");
    List<String> names = actual.imagePullSecrets().stream().map(LocalObjectReference::name)
        .map(n -> n.orElse(Describe.UNSET)).toList();
    if (!names.contains(secretName)) {
      throw failure("to pull images with Secret " + secretName, "but had image pull secrets", Describe.list(names));
    }
    return myself;
  }

  /** Verifies the EKS IAM role annotation {@code eks.amazonaws.com/role-arn}. */
  public ServiceAccountAssert hasAwsRole(String roleArn) {
    return hasAnnotation("eks.amazonaws.com/role-arn", roleArn);
  }
}
