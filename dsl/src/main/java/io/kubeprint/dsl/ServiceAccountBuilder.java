package io.kubeprint.dsl;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.LocalObjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a {@link ServiceAccount}:
 *
 * <pre>{@code
 * ServiceAccount web = serviceAccount("web")
 *     .automountToken(false)
 *     .imagePullSecret(registry)                       // a Secret of type kubernetes.io/dockerconfigjson
 *     .awsRole("arn:aws:iam::123456789012:role/web")   // eks.amazonaws.com/role-arn
 *     .build();
 * Deployment app = deployment("web").serviceAccount(web)...;
 * }</pre>
 */
public final class ServiceAccountBuilder extends ObjectBuilder<ServiceAccountBuilder, ServiceAccount> {
  /** The annotation EKS reads to give the pods of a ServiceAccount an IAM role (IRSA). */
  public static final String AWS_ROLE_ANNOTATION = "eks.amazonaws.com/role-arn";
  /** The annotation GKE Workload Identity reads to map a ServiceAccount to a Google service account. */
  public static final String GCP_SERVICE_ACCOUNT_ANNOTATION = "iam.gke.io/gcp-service-account";
  /** The annotation Azure Workload Identity reads: the client ID of the managed identity. */
  public static final String AZURE_CLIENT_ID_ANNOTATION = "azure.workload.identity/client-id";

  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/[\\w+=,.@/-]+");
  private static final Pattern GCP_EMAIL = Pattern.compile("[a-z][-a-z0-9]{4,28}[a-z0-9]@[-a-z0-9.:]+\\.iam\\.gserviceaccount\\.com");
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ServiceAccount account;

  ServiceAccountBuilder(String name) {
    super(ServiceAccount.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.account = ServiceAccount.builder().build();
  }

  ServiceAccountBuilder(ServiceAccount existing) {
    super(ServiceAccount.class, Checks.notNull(existing, "serviceAccount").metadata(), existing.extra());
    this.account = existing;
  }

  @Override
  ServiceAccountBuilder self() {
    return this;
  }

  /**
   * Sets {@code automountServiceAccountToken}: {@code false} keeps the API token out of the pods running as this
   * account (a pod may still ask for it). Absent by default, meaning the token is mounted.
   */
  public ServiceAccountBuilder automountToken(boolean mount) {
    account = account.withAutomountServiceAccountToken(mount);
    return this;
  }

  /**
   * Adds {@code imagePullSecrets[]}: every pod running as this account pulls its images with {@code secret}, which
   * must be of type {@code kubernetes.io/dockerconfigjson} (or the legacy {@code kubernetes.io/dockercfg}).
   *
   * @throws io.kubeprint.core.validation.ManifestValidationException at once when the Secret is of another type (a
   *     typed reference that can never be right), naming this account and {@code imagePullSecrets[n].name}
   */
  public ServiceAccountBuilder imagePullSecret(Secret secret) {
    Checks.notNull(secret, "secret");
    String type = secret.type().orElse(Secret.OPAQUE);
    if (!type.equals(Secret.DOCKER_CONFIG_JSON) && !type.equals("kubernetes.io/dockercfg")) {
      throw Checks.reference(displayName(), "imagePullSecrets[" + account.imagePullSecrets().size() + "].name",
          "image-pull-secret-type", "must name a Secret of type " + Secret.DOCKER_CONFIG_JSON + " (was "
          + secret.displayName() + " of type " + type + ")");
    }
    return imagePullSecret(SecretRef.to(secret));
  }

  /** Adds {@code imagePullSecrets[]} through a reference, e.g. {@code SecretRef.external("regcred")}. */
  public ServiceAccountBuilder imagePullSecret(SecretRef secret) {
    Checks.notNull(secret, "secret");
    List<LocalObjectReference> all = new ArrayList<>(account.imagePullSecrets());
    LocalObjectReference ref = LocalObjectReference.builder().name(secret.name()).build();
    if (!all.contains(ref)) {
      all.add(ref);
    }
    account = account.withImagePullSecrets(all);
    return this;
  }

  /**
   * Annotates {@value #AWS_ROLE_ANNOTATION}: on EKS, pods running as this account assume the IAM role
   * {@code roleArn}, e.g. {@code arn:aws:iam::123456789012:role/web}.
   *
   * @throws io.kubeprint.core.validation.ManifestValidationException when {@code roleArn} is not an IAM role ARN (a
   *     kubeprint check the API server does not make, refused at once with this account and the annotation's path)
   */
  public ServiceAccountBuilder awsRole(String roleArn) {
    Checks.notNull(roleArn, "roleArn");
    if (!ROLE_ARN.matcher(roleArn).matches()) {
      throw Checks.reference(displayName(), "metadata.annotations[" + AWS_ROLE_ANNOTATION + "]", "aws-role-arn",
          "must be an IAM role ARN such as arn:aws:iam::123456789012:role/web (was \"" + roleArn + "\")");
    }
    return annotation(AWS_ROLE_ANNOTATION, roleArn);
  }

  /**
   * Annotates {@value #GCP_SERVICE_ACCOUNT_ANNOTATION}: on GKE with Workload Identity, pods running as this account
   * act as the Google service account {@code email}, e.g. {@code web@my-project.iam.gserviceaccount.com}.
   *
   * @throws io.kubeprint.core.validation.ManifestValidationException when {@code email} is not a Google service account's address (a
   *     kubeprint check the API server does not make, refused at once with this account and the annotation's path)
   */
  public ServiceAccountBuilder gcpServiceAccount(String email) {
    Checks.notNull(email, "email");
    if (!GCP_EMAIL.matcher(email).matches()) {
      throw Checks.reference(displayName(), "metadata.annotations[" + GCP_SERVICE_ACCOUNT_ANNOTATION + "]",
          "gcp-service-account", "must be a Google service account such as web@my-project.iam.gserviceaccount.com"
          + " (was \"" + email + "\")");
    }
    return annotation(GCP_SERVICE_ACCOUNT_ANNOTATION, email);
  }

  /**
   * Annotates {@value #AZURE_CLIENT_ID_ANNOTATION}: with Azure Workload Identity, pods running as this account
   * (and labelled {@code azure.workload.identity/use: "true"}) get tokens of the managed identity {@code clientId}.
   *
   * @throws io.kubeprint.core.validation.ManifestValidationException when {@code clientId} is not a UUID (a
   *     kubeprint check the API server does not make, refused at once with this account and the annotation's path)
   */
  public ServiceAccountBuilder azureClientId(String clientId) {
    Checks.notNull(clientId, "clientId");
    if (!UUID.matcher(clientId).matches()) {
      throw Checks.reference(displayName(), "metadata.annotations[" + AZURE_CLIENT_ID_ANNOTATION + "]",
          "azure-client-id", "must be a UUID such as 00000000-0000-0000-0000-000000000000 (was \"" + clientId + "\")");
    }
    return annotation(AZURE_CLIENT_ID_ANNOTATION, clientId);
  }

  @Override
  public ServiceAccount build() {
    return account.withMetadata(metadata).withExtra(extra);
  }
}
