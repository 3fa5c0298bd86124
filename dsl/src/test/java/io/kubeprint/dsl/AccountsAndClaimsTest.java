package io.kubeprint.dsl;

import io.kubeprint.core.validation.ManifestValidationException;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.bundleWide;
import static io.kubeprint.dsl.Kube.claim;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.secretRef;
import static io.kubeprint.dsl.Kube.serviceAccount;
import static io.kubeprint.dsl.Kube.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serviceAccount(..), claim(..), volume(claim) and .serviceAccount(account). */
class AccountsAndClaimsTest {
  private static final Secret REGISTRY = secret("registry").type(Secret.DOCKER_CONFIG_JSON)
      .data(".dockerconfigjson", "{\"auths\":{}}").build();

  @Test
  void should_build_a_service_account_with_token_pull_secrets_and_cloud_identities() {
    ServiceAccount sa = serviceAccount("web").automountToken(false).imagePullSecret(REGISTRY)
        .imagePullSecret(secretRef("mirror")).imagePullSecret(REGISTRY)
        .awsRole("arn:aws:iam::123456789012:role/web")
        .gcpServiceAccount("web-sa@my-project.iam.gserviceaccount.com")
        .azureClientId("12345678-1234-1234-1234-123456789abc").build();

    assertThat(sa.name()).isEqualTo("web");
    assertThat(sa.automountServiceAccountToken()).contains(false);
    assertThat(sa.imagePullSecrets()).extracting(LocalObjectReference::name)
        .containsExactly(java.util.Optional.of("registry"), java.util.Optional.of("mirror"));
    assertThat(sa.metadata().annotations()).containsEntry("eks.amazonaws.com/role-arn",
        "arn:aws:iam::123456789012:role/web")
        .containsEntry("iam.gke.io/gcp-service-account", "web-sa@my-project.iam.gserviceaccount.com")
        .containsEntry("azure.workload.identity/client-id", "12345678-1234-1234-1234-123456789abc");
    assertThat(bundle(sa, REGISTRY).validate()).isEmpty();
    assertThat(serviceAccount(sa).name("api").build().imagePullSecrets()).isEqualTo(sa.imagePullSecrets());
  }

  @Test
  void should_refuse_a_pull_secret_that_is_no_docker_config_and_malformed_identities_with_object_and_path() {
    Secret opaque = secret("db").data("password", "s3cr3t-sentinel").build();
    assertThatThrownBy(() -> serviceAccount("web").imagePullSecret(opaque))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nServiceAccount/web imagePullSecrets[0].name: must name a Secret of type"
            + " kubernetes.io/dockerconfigjson (was Secret/db of type Opaque) [image-pull-secret-type]");
    assertThatThrownBy(() -> serviceAccount("web").awsRole("arn:aws:iam::12:user/x"))
        .hasMessage("1 violation\nServiceAccount/web metadata.annotations[eks.amazonaws.com/role-arn]: must be an IAM"
            + " role ARN such as arn:aws:iam::123456789012:role/web (was \"arn:aws:iam::12:user/x\") [aws-role-arn]");
    assertThatThrownBy(() -> serviceAccount("web").gcpServiceAccount("web@gmail.com"))
        .isInstanceOf(ManifestValidationException.class).hasMessageEndingWith("[gcp-service-account]");
    assertThatThrownBy(() -> serviceAccount("web").azureClientId("not-a-uuid"))
        .isInstanceOf(ManifestValidationException.class).hasMessageEndingWith("[azure-client-id]");
  }


  @Test
  void should_build_a_claim_with_storage_access_modes_class_and_mode() {
    PersistentVolumeClaim data = claim("data").storage("10Gi").storageLimit("20Gi").readWriteOnce().readOnlyMany()
        .readWriteOnce().storageClass("fast-ssd").block().volumeName("pv-1").selector(labels("tier", "fast"))
        .fromSnapshot("nightly").build();

    assertThat(data.spec().accessModes()).containsExactly("ReadWriteOnce", "ReadOnlyMany");
    assertThat(data.spec().resources().requests()).containsEntry("storage", Quantity.of("10Gi"));
    assertThat(data.spec().resources().limits()).containsEntry("storage", Quantity.of("20Gi"));
    assertThat(data.spec().storageClassName()).contains("fast-ssd");
    assertThat(data.spec().volumeMode()).contains("Block");
    assertThat(data.spec().dataSource().flatMap(d -> d.kind())).contains("VolumeSnapshot");
    assertThat(bundle(data).validate()).isEmpty();
    assertThat(claim("none").storage("1Gi").readWriteOncePod().noStorageClass().build().spec().storageClassName())
        .contains("");
    PersistentVolumeClaim clone = claim("copy").storage("10Gi").readWriteOnce().cloneOf(data).build();
    assertThat(clone.spec().dataSource().flatMap(d -> d.name())).contains("data");
  }

  @Test
  void should_report_what_the_api_server_would_refuse_at_validation_all_at_once() {
    var zero = claim("zero").storage("0").readWriteOnce().build();
    var words = claim("words").storage("10GB").accessMode("ReadWrite").storageClass("Fast_SSD").build();
    var pod = claim("pod").storage("1Gi").readWriteOnce().readWriteOncePod().build();

    assertThat(errors(zero, words, pod)).hasSize(5)
        .anyMatch(line -> line.startsWith("PersistentVolumeClaim/pod spec.accessModes: ")
            && line.endsWith("[claim-access-mode-read-write-once-pod]"))
        .anyMatch(line -> line.startsWith("PersistentVolumeClaim/words spec.accessModes")
            && line.endsWith("[claim-access-mode]"))
        .anyMatch(line -> line.startsWith("PersistentVolumeClaim/words spec.resources.requests[storage]: ")
            && line.endsWith("[resource-quantity]"))
        .anyMatch(line -> line.startsWith("PersistentVolumeClaim/words spec.storageClassName: ")
            && line.endsWith("[claim-storage-class-name]"))
        .anyMatch(line -> line.startsWith("PersistentVolumeClaim/zero spec.resources[storage]: ")
            && line.endsWith("[claim-storage-positive]"));
  }


  @Test
  void should_run_a_workload_as_an_account_value_and_mount_a_claim_value() {
    ServiceAccount account = serviceAccount("db").build();
    PersistentVolumeClaim data = claim("data").storage("10Gi").readWriteOnce().build();
    Volume v = volume(data);
    Deployment db = deployment("db").podLabels(labels("app", "db")).serviceAccount(account).volume(v)
        .volume(volume("backup", data)).container(container("db", "postgres:17").mount(v, "/data")).build();

    assertThat(db.spec().template().spec().serviceAccountName()).contains("db");
    assertThat(db.spec().template().spec().volumes()).extracting(x -> x.name().orElseThrow()
        + "=" + x.persistentVolumeClaim().orElseThrow().claimName().orElseThrow())
        .containsExactly("data=data", "backup=data");
    assertThat(Volumes.claimReadOnly("ro", data).persistentVolumeClaim().orElseThrow().readOnly()).contains(true);
    assertThat(bundle(account, data, db).validate()).isEmpty();
  }

  @Test
  void should_refuse_an_account_of_another_namespace_and_unnamed_values() {
    ServiceAccount elsewhere = serviceAccount("db").namespace("ops").build();
    assertThatThrownBy(() -> deployment("db").namespace("shop").serviceAccount(elsewhere))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nDeployment/db spec.template.spec.serviceAccountName: must name a ServiceAccount of"
            + " namespace shop, a pod runs as a ServiceAccount of its own namespace (was ServiceAccount/db in ops)"
            + " [service-account-not-found]");
    assertThatThrownBy(() -> volume(PersistentVolumeClaim.builder().build()))
        .hasMessage("claim must have a name (was unnamed)");
    assertThatThrownBy(() -> deployment("db").serviceAccount(ServiceAccount.builder().build()))
        .hasMessage("account must have a name (was unnamed)");
  }


  @Test
  void should_stamp_common_labels_and_the_namespace_on_both_kinds() {
    Bundle b = bundleWide().namespace("shop").commonLabels(CommonLabels.app("web"))
        .applyTo(bundle(serviceAccount("web").build(), claim("data").storage("1Gi").readWriteOnce().build()));
    assertThat(b.objects()).allSatisfy(o -> {
      assertThat(o.metadata().namespace()).contains("shop");
      assertThat(o.metadata().labels()).containsEntry("app.kubernetes.io/name", "web");
    });
    assertThat(b.objects()).extracting(o -> o.kind().kindName())
        .isEqualTo(List.of("ServiceAccount", "PersistentVolumeClaim"));
  }
}
