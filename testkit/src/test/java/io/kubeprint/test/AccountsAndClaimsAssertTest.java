package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.claim;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.secretRef;
import static io.kubeprint.dsl.Kube.serviceAccount;
import static io.kubeprint.dsl.Kube.volume;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.Deployment;
import org.junit.jupiter.api.Test;

/** ServiceAccountAssert, ClaimAssert, and the pods' runsAs and mountsClaim. */
class AccountsAndClaimsAssertTest {
  private static final ServiceAccount WEB = serviceAccount("web").automountToken(false)
      .imagePullSecret(secretRef("registry")).awsRole("arn:aws:iam::123456789012:role/web").build();
  private static final PersistentVolumeClaim DATA = claim("data").storage("10Gi").readWriteOnce().build();
  private static final Volume DATA_VOLUME = volume(DATA);
  private static final Deployment DB = deployment("db").podLabels(labels("app", "db")).serviceAccount(WEB)
      .volume(DATA_VOLUME).container(container("db", "postgres:17").mount(DATA_VOLUME, "/data")).build();
  private static final Bundle APP = bundle(WEB, DATA, DB);

  @Test
  void should_check_a_service_account_of_the_bundle() {
    assertThat(APP).serviceAccount("web").doesNotAutomountToken().hasImagePullSecret("registry")
        .hasAwsRole("arn:aws:iam::123456789012:role/web");
    assertThat(serviceAccount("api").build()).automountsToken();
    assertThatThrownBy(() -> assertThat(APP).serviceAccount("web").automountsToken())
        .hasMessage("\nExpecting ServiceAccount/web:\n  to automount its token\nbut had automountServiceAccountToken:\n"
            + "  false");
    assertThatThrownBy(() -> assertThat(serviceAccount("api").build()).doesNotAutomountToken())
        .hasMessage("\nExpecting ServiceAccount/api:\n  not to automount its token\nbut had"
            + " automountServiceAccountToken:\n  <unset> (the token is mounted)");
    assertThatThrownBy(() -> assertThat(APP).serviceAccount("web").hasImagePullSecret("mirror"))
        .hasMessage("\nExpecting ServiceAccount/web:\n  to pull images with Secret mirror\nbut had image pull"
            + " secrets:\n  [registry]");
    assertThatThrownBy(() -> assertThat(APP).serviceAccount("api"))
        .hasMessage("\nExpecting bundle of 3 objects:\n  to contain ServiceAccount/api\nbut had ServiceAccounts:\n  [web]");
  }

  @Test
  void should_check_a_claim_by_value_and_its_defaults() {
    assertThat(APP).claim("data").requestsStorage("10Gi").requestsStorage("10737418240")
        .hasAccessMode("ReadWriteOnce").hasVolumeMode("Filesystem");
    assertThatThrownBy(() -> assertThat(APP).claim("data").requestsStorage("20Gi"))
        .hasMessage("\nExpecting PersistentVolumeClaim/data:\n  to request storage 20Gi\nbut had:\n  10Gi");
    assertThatThrownBy(() -> assertThat(APP).claim("data").hasAccessMode("ReadWriteMany"))
        .hasMessage("\nExpecting PersistentVolumeClaim/data:\n  to have access mode ReadWriteMany\nbut had access"
            + " modes:\n  [ReadWriteOnce]");
    assertThatThrownBy(() -> assertThat(APP).claim("data").hasStorageClass("fast"))
        .hasMessage("\nExpecting PersistentVolumeClaim/data:\n  to have storage class fast\nbut had:\n"
            + "  <unset> (the cluster's default class)");
    assertThatThrownBy(() -> assertThat(APP).claim("data").hasVolumeMode("Block"))
        .hasMessage("\nExpecting PersistentVolumeClaim/data:\n  to have volume mode Block\nbut had:\n"
            + "  <unset> (the API server defaults it to Filesystem)");
  }

  @Test
  void should_check_that_pods_run_as_an_account_and_mount_a_claim() {
    assertThat(APP).deployment("db").runsAs(WEB).mountsClaim(DATA).mountsClaim("data");
    assertThatThrownBy(() -> assertThat(DB).runsAs(serviceAccount("api").build()))
        .hasMessage("\nExpecting Deployment/db:\n  to run as service account api\nbut had:\n  web");
    assertThatThrownBy(() -> assertThat(DB).mountsClaim("logs"))
        .hasMessage("\nExpecting Deployment/db:\n  to mount claim logs\nbut had claimed volumes of:\n  [data]");
    Deployment unmounted = deployment("db").podLabels(labels("app", "db")).volume(DATA_VOLUME)
        .container(container("db", "postgres:17")).build();
    assertThatThrownBy(() -> assertThat(unmounted).mountsClaim(DATA))
        .hasMessage("\nExpecting Deployment/db:\n  to mount claim data\nbut no container mounts its volume:\n  data");
  }
}
