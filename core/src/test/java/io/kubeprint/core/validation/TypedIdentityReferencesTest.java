package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PersistentVolumeClaimVolumeSource;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.storage.VolumeResourceRequirements;
import io.kubeprint.core.workload.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks across objects of a bundle for the typed ServiceAccounts and PersistentVolumeClaims. */
class TypedIdentityReferencesTest {
  private static final ServiceAccount WEB_SA = ServiceAccount.builder()
      .metadata(ObjectMeta.builder().name("web").namespace("shop").build()).build();
  private static final PersistentVolumeClaim DATA = PersistentVolumeClaim.builder()
      .metadata(ObjectMeta.builder().name("data").namespace("shop").build())
      .spec(PersistentVolumeClaimSpec.builder().addAccessModes("ReadWriteOnce")
          .resources(VolumeResourceRequirements.builder().putRequest("storage", Quantity.of("1Gi")).build()).build())
      .build();

  private static Pod pod(String namespace, String account, String claim) {
    PodSpec.Builder spec = PodSpec.builder().addContainers(Container.builder().name("c").image("busybox").build());
    if (account != null) {
      spec.serviceAccountName(account);
    }
    if (claim != null) {
      spec.addVolumes(Volume.builder().name("v").persistentVolumeClaim(PersistentVolumeClaimVolumeSource.builder()
          .claimName(claim).build()).build());
    }
    return Pod.builder().metadata(ObjectMeta.builder().name("p").namespace(namespace).build()).spec(spec.build())
        .build();
  }

  private static List<String> crossObject(Bundle b) {
    return Validator.validate(b).stream().map(x -> x.object() + " " + x.path() + " [" + x.ruleId() + "]").toList();
  }

  @Test
  void should_accept_a_pod_running_as_a_service_account_of_the_bundle_and_mounting_its_claim() {
    assertThat(crossObject(Bundle.of(List.of(WEB_SA, DATA, pod("shop", "web", "data"))))).isEmpty();
  }

  @Test
  void should_accept_the_default_service_account_and_declared_external_ones() {
    assertThat(crossObject(Bundle.of(List.of(WEB_SA, pod("shop", "default", null))))).isEmpty();
    assertThat(crossObject(Bundle.of(List.of(WEB_SA, pod("shop", "ci", null)))
        .withExternal(Kind.SERVICE_ACCOUNT, "ci"))).isEmpty();
  }

  @Test
  void should_report_a_service_account_and_a_claim_missing_from_the_pods_namespace() {
    assertThat(crossObject(Bundle.of(List.of(WEB_SA, DATA, pod("admin", "web", "data"))))).containsExactly(
        "Pod/p spec.serviceAccountName [service-account-not-found]",
        "Pod/p spec.volumes[0].persistentVolumeClaim.claimName [claim-not-found]");
  }
}
