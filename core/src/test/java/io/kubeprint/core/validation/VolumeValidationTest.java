package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodFixtures.bad;
import static io.kubeprint.core.validation.PodFixtures.container;
import static io.kubeprint.core.validation.PodFixtures.fields;
import static io.kubeprint.core.validation.PodFixtures.line;
import static io.kubeprint.core.validation.PodFixtures.obj;
import static io.kubeprint.core.validation.PodFixtures.pod;
import static io.kubeprint.core.validation.PodFixtures.validatePod;
import static io.kubeprint.core.validation.PodFixtures.volumes;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.EmptyDirVolumeSource;
import io.kubeprint.core.pod.KeyToPath;
import io.kubeprint.core.pod.PersistentVolumeClaimVolumeSource;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import io.kubeprint.core.validation.PodFixtures.Case;
import io.kubeprint.core.workload.Pod;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Volumes of a pod spec and the containers' volume mounts and devices. */
class VolumeValidationTest {

  static Stream<Case> invalid() {
    return Stream.of(
        bad("should_require_a_volume_name_and_then_miss_the_mount",
            volumes(Volume.builder().emptyDir(EmptyDirVolumeSource.builder().build()).build()),
            "spec.volumes[0].name [volume-name]", "spec.containers[0].volumeMounts[0].name [volume-mount-name]"),
        line("should_reject_a_volume_name_that_is_not_a_dns_label", volumes(emptyDir("Data"), emptyDir("data")),
            "Pod/web spec.volumes[0].name: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?') (was \"Data\") [volume-name]"),
        line("should_reject_two_volumes_with_one_name", volumes(emptyDir("data"), emptyDir("data")),
            "Pod/web spec.volumes[1].name: must be unique among the pod's volumes (was \"data\" again) [volume-name-duplicate]"),
        line("should_reject_a_volume_with_two_sources",
            addVolume(Volume.builder().name("v").emptyDir(EmptyDirVolumeSource.builder().build())
                .configMap(ConfigMapVolumeSource.builder().name("cfg").build()).build()),
            "Pod/web spec.volumes[1].configMap: must not be set with another volume source (was set) [volume-source]"),
        bad("should_reject_a_typed_and_an_untyped_source",
            addVolume(Volume.builder().name("v").secret(SecretVolumeSource.builder().secretName("s").build())
                .extra(fields("downwardAPI", obj())).build()),
            "spec.volumes[1].downwarAPI [volume-source]"),
        line("should_require_the_secret_name_of_a_secret_volume",
            addVolume(Volume.builder().name("v").secret(SecretVolumeSource.builder().build()).build()),
            "Pod/web spec.volumes[1].secret.secretName: is required [volume-source-field]"),
        bad("should_require_the_config_map_name_of_a_config_map_volume",
            addVolume(Volume.builder().name("v").configMap(ConfigMapVolumeSource.builder().optional(true).build()).build()),
            "spec.volumes[1].configMap.name [volume-source-field]"),
        bad("should_require_a_claim_name",
            addVolume(Volume.builder().name("v").persistentVolumeClaim(
                PersistentVolumeClaimVolumeSource.builder().readOnly(true).build()).build()),
            "spec.volumes[1].persistentVolumeClaim.claimName [volume-source-field]"),
        bad("should_require_a_host_path",
            addVolume(Volume.builder().name("v").extra(fields("hostPath", obj("type", "Directory"))).build()),
            "spec.volumes[1].hostPath.path [volume-source-field]"),
        bad("should_reject_an_unknown_host_path_type",
            addVolume(Volume.builder().name("v").extra(fields("hostPath", obj("path", "/var", "type", "Folder"))).build()),
            "spec.volumes[1].hostPath.type [volume-source-field]"),
        line("should_reject_an_item_path_that_climbs_out",
            addVolume(configMapV(KeyToPath.builder().key("a").path("../etc/a").build())),
            "Pod/web spec.volumes[1].configMap.items[0].path: must not contain '..' (was \"../etc/a\") [volume-item]"),
        bad("should_reject_an_absolute_item_path",
            addVolume(configMapV(KeyToPath.builder().key("a").path("/etc/a").build())),
            "spec.volumes[1].configMap.items[0].path [volume-item]"),
        bad("should_reject_an_item_path_starting_with_two_dots",
            addVolume(configMapV(KeyToPath.builder().key("a").path("..data").build())),
            "spec.volumes[1].configMap.items[0].path [volume-item]"),
        bad("should_require_an_item_key", addVolume(configMapV(KeyToPath.builder().path("a").build())),
            "spec.volumes[1].configMap.items[0].key [volume-item]"),
        line("should_reject_a_default_mode_above_0777",
            addVolume(Volume.builder().name("v").secret(SecretVolumeSource.builder().secretName("s").defaultMode(01000).build()).build()),
            "Pod/web spec.volumes[1].secret.defaultMode: must be between 0 and 0777 (octal), both inclusive (was 512, octal 01000) [file-mode]"),
        bad("should_reject_a_negative_item_mode",
            addVolume(configMapV(KeyToPath.builder().key("a").path("a").mode(-1).build())),
            "spec.volumes[1].configMap.items[0].mode [file-mode]"),
        line("should_reject_a_negative_empty_dir_size_limit",
            addVolume(Volume.builder().name("v").emptyDir(EmptyDirVolumeSource.builder()
                .sizeLimit(Quantity.parse("-1Gi")).build()).build()),
            "Pod/web spec.volumes[1].emptyDir.sizeLimit: must not be negative (was -1Gi) [empty-dir-size-limit]"),
        bad("should_reject_a_downward_api_field_a_volume_cannot_read",
            addVolume(Volume.builder().name("v").extra(fields("downwardAPI",
                obj("items", List.of(obj("path", "node", "fieldRef", obj("fieldPath", "spec.nodeName")))))).build()),
            "spec.volumes[1].downwardAPI.fieldRef.fieldPath [projected-volume]"),
        bad("should_require_a_container_name_for_a_volume_resource_field",
            addVolume(Volume.builder().name("v").extra(fields("downwardAPI",
                obj("items", List.of(obj("path", "cpu", "resourceFieldRef", obj("resource", "limits.cpu")))))).build()),
            "spec.volumes[1].downwardAPI.resourceFieldRef.containerName [projected-volume]"),
        line("should_reject_a_projection_with_two_sources_in_one_entry",
            addVolume(Volume.builder().name("v").extra(fields("projected", obj("sources", List.of(
                obj("secret", obj("name", "s"), "configMap", obj("name", "c")))))).build()),
            "Pod/web spec.volumes[1].projected.sources[0]: must set only one source per entry (was 2) [projected-volume]"),
        bad("should_reject_a_token_expiring_in_less_than_ten_minutes",
            addVolume(Volume.builder().name("v").extra(fields("projected", obj("sources", List.of(
                obj("serviceAccountToken", obj("path", "token", "expirationSeconds", 60L)))))).build()),
            "spec.volumes[1].projected.sources[0].serviceAccountToken.expirationSeconds [projected-volume]"),
        bad("should_reject_two_projected_files_on_one_path",
            addVolume(Volume.builder().name("v").extra(fields("projected", obj("sources", List.of(
                obj("secret", obj("name", "s", "items", List.of(obj("key", "a", "path", "x")))),
                obj("configMap", obj("name", "c", "items", List.of(obj("key", "b", "path", "x")))))))).build()),
            "spec.volumes[1].projected [projected-volume]"),
        line("should_reject_a_mount_of_an_unknown_volume",
            container(x -> x.withVolumeMounts(VolumeMount.builder().name("logs").mountPath("/logs").build())),
            "Pod/web spec.containers[0].volumeMounts[0].name: must name a volume of the pod (was \"logs\") [volume-mount-name]"),
        line("should_require_a_mount_path",
            container(x -> x.withVolumeMounts(VolumeMount.builder().name("data").build())),
            "Pod/web spec.containers[0].volumeMounts[0].mountPath: is required [volume-mount-path]"),
        line("should_reject_two_mounts_on_one_path",
            container(x -> x.withVolumeMounts(mount("/data"), mount("/data"))),
            "Pod/web spec.containers[0].volumeMounts[1].mountPath: must be unique within the container (was \"/data\" again) [volume-mount-path]"),
        line("should_reject_a_sub_path_that_climbs_out",
            container(x -> x.withVolumeMounts(mount("/data").withSubPath("../etc"))),
            "Pod/web spec.containers[0].volumeMounts.subPath: must not contain '..' (was \"../etc\") [volume-mount-sub-path]"),
        bad("should_reject_an_absolute_sub_path",
            container(x -> x.withVolumeMounts(mount("/data").withSubPath("/etc"))),
            "spec.containers[0].volumeMounts.subPath [volume-mount-sub-path]"),
        bad("should_reject_sub_path_and_sub_path_expr_together",
            container(x -> x.withVolumeMounts(mount("/data").withSubPath("a").withExtra(fields("subPathExpr", "$(POD)")))),
            "spec.containers[0].volumeMounts[0].subPathExpr [volume-mount-sub-path]"),
        line("should_reject_bidirectional_propagation_for_an_unprivileged_container",
            container(x -> x.withVolumeMounts(mount("/data").withExtra(fields("mountPropagation", "Bidirectional")))),
            "Pod/web spec.containers[0].volumeMounts.mountPropagation: must not be Bidirectional unless the container is privileged (was \"Bidirectional\") [mount-propagation]"),
        bad("should_reject_an_unknown_mount_propagation",
            container(x -> x.withVolumeMounts(mount("/data").withExtra(fields("mountPropagation", "Shared")))),
            "spec.containers[0].volumeMounts.mountPropagation [mount-propagation]"),
        bad("should_reject_recursive_read_only_on_a_writable_mount",
            container(x -> x.withVolumeMounts(mount("/data").withExtra(fields("recursiveReadOnly", "Enabled")))),
            "spec.containers[0].volumeMounts.recursiveReadOnly [mount-propagation]"),
        line("should_reject_a_block_device_from_an_empty_dir",
            container(x -> x.withVolumeMounts(List.of())
                .withExtra(fields("volumeDevices", List.of(obj("name", "data", "devicePath", "/dev/xvda"))))),
            "Pod/web spec.containers[0].volumeDevices[0].name: must name a persistentVolumeClaim or ephemeral volume (was \"data\") [volume-device]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void should_report_each_broken_volume_field_at_its_path(Case c) {
    // GIVEN the valid baseline with one volume or mount field broken
    Pod pod = c.change().apply(pod());
    // WHEN validating it
    List<Violation> violations = validatePod(pod);
    // THEN exactly the expected violations are reported
    PodFixtures.check(c, violations);
  }

  static Stream<Case> valid() {
    return Stream.of(
        bad("should_default_a_volume_without_source_to_an_empty_dir", volumes(Volume.builder().name("data").build())),
        // A 1.32 API server accepts a pod with an image volume (pods/image-volumes.yaml of the documentation).
        bad("should_accept_an_image_volume_as_a_1_32_server_does",
            volumes(Volume.builder().name("data").extra(fields("image", obj("reference", "quay.io/crio/artifact:v1"))).build())),
        bad("should_accept_mode_0777_and_0", volumes(Volume.builder().name("data").configMap(ConfigMapVolumeSource.builder()
            .name("cfg").defaultMode(0777).addItem(KeyToPath.builder().key("a").path("dir/a").mode(0).build()).build()).build())),
        bad("should_accept_a_sub_path_with_dots_inside_names",
            container(x -> x.withVolumeMounts(mount("/data").withSubPath("a..b/.c")))),
        bad("should_accept_bidirectional_propagation_for_a_privileged_container",
            container(x -> x.withSecurityContext(SecurityContext.builder().privileged(true).build())
                .withVolumeMounts(mount("/data").withExtra(fields("mountPropagation", "Bidirectional"))))),
        bad("should_accept_a_projected_service_account_token_and_downward_api_files",
            volumes(Volume.builder().name("data").extra(fields("projected", obj("sources", List.of(
                obj("serviceAccountToken", obj("path", "token", "expirationSeconds", 600L)),
                obj("downwardAPI", obj("items", List.of(obj("path", "labels", "fieldRef", obj("fieldPath", "metadata.labels"))))),
                obj("configMap", obj("name", "c")))))).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void should_accept_valid_volumes_and_values_at_the_limits(Case c) {
    // GIVEN a valid variation of the baseline
    Pod pod = c.change().apply(pod());
    // WHEN validating it
    List<Violation> violations = validatePod(pod);
    // THEN nothing is reported
    assertThat(violations).isEmpty();
  }

  private static Volume emptyDir(String name) {
    return Volume.builder().name(name).emptyDir(EmptyDirVolumeSource.builder().build()).build();
  }

  private static java.util.function.UnaryOperator<Pod> addVolume(Volume v) {
    return PodFixtures.spec(s -> io.kubeprint.core.pod.PodSpec.builder().from(s).addVolume(v).build());
  }

  private static Volume configMapV(KeyToPath item) {
    return Volume.builder().name("v").configMap(ConfigMapVolumeSource.builder().name("cfg").addItem(item).build()).build();
  }

  private static Volume configMap(KeyToPath item) {
    return Volume.builder().name("data").configMap(ConfigMapVolumeSource.builder().name("cfg").addItem(item).build()).build();
  }

  private static VolumeMount mount(String path) {
    return VolumeMount.builder().name("data").mountPath(path).build();
  }
}
