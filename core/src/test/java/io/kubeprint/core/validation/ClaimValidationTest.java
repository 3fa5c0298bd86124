package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.storage.TypedLocalObjectReference;
import io.kubeprint.core.storage.TypedObjectReference;
import io.kubeprint.core.storage.VolumeResourceRequirements;
import io.kubeprint.core.workload.Pod;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** ValidatePersistentVolumeClaim and ValidateServiceAccount, as the API server applies them on create. */
class ClaimValidationTest {

  private static PersistentVolumeClaim claim(UnaryOperator<PersistentVolumeClaimSpec.Builder> spec) {
    PersistentVolumeClaimSpec.Builder b = PersistentVolumeClaimSpec.builder().addAccessModes("ReadWriteOnce")
        .resources(VolumeResourceRequirements.builder().putRequest("storage", Quantity.of("10Gi")).build());
    return PersistentVolumeClaim.builder().metadata(ObjectMeta.builder().name("data").build())
        .spec(spec.apply(b).build()).build();
  }

  @Test
  void should_accept_a_claim_with_an_access_mode_and_storage() {
    assertThat(Validator.validate(claim(s -> s))).isEmpty();
  }

  @Test
  void should_report_every_missing_part_of_an_empty_spec_at_once() {
    PersistentVolumeClaim empty = PersistentVolumeClaim.builder().metadata(ObjectMeta.builder().name("data").build())
        .build();
    assertThat(Found.lines(ClaimValidation.class, empty)).containsExactly(
        "PersistentVolumeClaim/data spec.accessModes: at least 1 access mode is required [claim-access-modes-required]",
        "PersistentVolumeClaim/data spec.resources[storage]: is required: the storage the claim requests, e.g. 10Gi"
            + " [claim-storage-required]");
  }

  @Test
  void should_reject_an_unknown_access_mode_and_read_write_once_pod_beside_another() {
    assertThat(Found.lines(ClaimValidation.class, claim(s -> s.addAccessModes("ReadWrite")))).containsExactly(
        "PersistentVolumeClaim/data spec.accessModes: must be one of \"ReadOnlyMany\", \"ReadWriteMany\","
            + " \"ReadWriteOnce\", \"ReadWriteOncePod\" (was \"ReadWrite\") [claim-access-mode]");
    assertThat(Found.lines(ClaimValidation.class, claim(s -> s.addAccessModes("ReadWriteOncePod")))).containsExactly(
        "PersistentVolumeClaim/data spec.accessModes: may not use ReadWriteOncePod with other access modes"
            + " (was ReadWriteOnce, ReadWriteOncePod) [claim-access-mode-read-write-once-pod]");
  }

  @Test
  void should_reject_a_storage_request_that_is_not_positive() {
    PersistentVolumeClaim zero = claim(s -> s.resources(VolumeResourceRequirements.builder()
        .putRequest("storage", Quantity.of("0")).build()));
    assertThat(Found.lines(ClaimValidation.class, zero)).containsExactly(
        "PersistentVolumeClaim/data spec.resources[storage]: must be greater than zero (was 0) [claim-storage-positive]");
  }

  @Test
  void should_warn_of_a_fractional_byte_request_and_the_deprecated_class_annotation() {
    PersistentVolumeClaim c = claim(s -> s.resources(VolumeResourceRequirements.builder()
        .putRequest("storage", Quantity.of("1.5")).build()));
    c = c.withMetadata(c.metadata().withAnnotations(java.util.Map.of("volume.beta.kubernetes.io/storage-class", "fast")));
    assertThat(Found.lines(ClaimValidation.class, c)).containsExactly(
        "warning: PersistentVolumeClaim/data metadata.annotations[volume.beta.kubernetes.io/storage-class]: deprecated"
            + " since v1.8; use \"storageClassName\" attribute instead [claim-storage-class-annotation]",
        "warning: PersistentVolumeClaim/data spec.resources.requests[storage]: fractional byte value \"1.5\" is"
            + " invalid, must be an integer [claim-storage-fractional]");
  }

  @Test
  void should_check_the_storage_class_and_volume_mode() {
    assertThat(Found.lines(ClaimValidation.class, claim(s -> s.storageClassName("Fast_SSD").volumeMode("block"))))
        .containsExactly(
            "PersistentVolumeClaim/data spec.storageClassName: a lowercase RFC 1123 subdomain must consist of lower"
                + " case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
                + " (e.g. 'example.com', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was \"Fast_SSD\")"
                + " [claim-storage-class-name]",
            "PersistentVolumeClaim/data spec.volumeMode: must be one of \"Block\", \"Filesystem\" (was \"block\")"
                + " [claim-volume-mode]");
    assertThat(Validator.validate(claim(s -> s.storageClassName("")))).isEmpty();
  }

  @Test
  void should_validate_a_data_source_and_the_copy_the_server_makes_of_it() {
    PersistentVolumeClaim c = claim(s -> s.dataSource(TypedLocalObjectReference.builder()
        .kind("PersistentVolumeClaim").build()));
    assertThat(Found.all(c)).containsExactly("spec.dataSource.name [claim-data-source]",
        "spec.dataSourceRef.name [claim-data-source]");
  }

  @Test
  void should_drop_a_legacy_data_source_of_another_kind_as_the_server_does() {
    assertThat(Validator.validate(claim(s -> s.dataSource(TypedLocalObjectReference.builder().kind("Widget")
        .build())))).isEmpty();
  }

  @Test
  void should_drop_a_cross_namespace_data_source_ref_as_the_server_does() {
    assertThat(Validator.validate(claim(s -> s.dataSourceRef(TypedObjectReference.builder().kind("Widget")
        .namespace("other").build())))).isEmpty();
  }

  @Test
  void should_require_data_source_and_data_source_ref_to_agree() {
    PersistentVolumeClaim c = claim(s -> s
        .dataSource(TypedLocalObjectReference.builder().kind("PersistentVolumeClaim").name("a").build())
        .dataSourceRef(TypedObjectReference.builder().kind("PersistentVolumeClaim").name("b").build()));
    assertThat(Found.lines(ClaimValidation.class, c)).containsExactly(
        "PersistentVolumeClaim/data spec: dataSource must match dataSourceRef (was PersistentVolumeClaim \"a\" and"
            + " PersistentVolumeClaim \"b\") [claim-data-source-match]");
  }

  @Test
  void should_check_a_service_account_name_only() {
    ServiceAccount sa = ServiceAccount.builder().metadata(ObjectMeta.builder().name("Web").build()).build();
    assertThat(Found.all(sa)).containsExactly("metadata.name [name-syntax]");
    assertThat(Validator.validate(sa.withMetadata(ObjectMeta.builder().name("web.frontend").build()))).isEmpty();
  }

  @Test
  void should_warn_of_the_deprecated_service_account_field_of_a_pod() {
    Pod pod = Pod.builder().metadata(ObjectMeta.builder().name("p").build()).spec(PodSpec.builder()
        .addContainers(io.kubeprint.core.pod.Container.builder().name("c").image("busybox").build())
        .extra(Fields.of("serviceAccount", "builder")).build()).build();
    assertThat(Found.lines(ServiceAccountValidation.class, pod)).containsExactly(
        "warning: Pod/p spec.serviceAccount: is deprecated, serviceAccountName names the ServiceAccount"
            + " (was \"builder\"); rename the field to serviceAccountName [deprecated-service-account-field]");
  }
}
