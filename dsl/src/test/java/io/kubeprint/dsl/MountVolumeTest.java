package io.kubeprint.dsl;

import io.kubeprint.core.validation.ManifestValidationException;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.emptyDir;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import org.junit.jupiter.api.Test;

/** {@code mount(volume, path)} adds the volume to the pod, once (as cdk8s-plus does). */
class MountVolumeTest {
  private static final ConfigMap SETTINGS = configMap("api-settings").data("app.yaml", "mode: fast").build();
  private static final Volume CONFIG = volume("config", SETTINGS);

  @Test
  void should_add_a_mounted_volume_to_the_pod_so_that_it_is_valid() {
    // GIVEN a container mounting a volume value, never declared with .volume(..)
    Deployment api = deployment("api").podLabels(labels("app", "api"))
        .container(container("api", "shop/api:1.0").mount(CONFIG, "/etc/api", true))
        .build();
    // THEN the pod declares it, and the Deployment is valid
    assertThat(api.spec().template().spec().volumes()).containsExactly(CONFIG);
    assertThat(Validator.validate(api)).isEmpty();
  }

  @Test
  void should_add_a_volume_mounted_by_several_containers_once() {
    Pod p = pod("api")
        .container(container("api", "shop/api:1.0").mount(CONFIG, "/etc/api"))
        .sidecar(container("reload", "shop/reload:1.0").mount(CONFIG, "/watch").mount(emptyDir("tmp"), "/tmp"))
        .volume(CONFIG)
        .build();
    assertThat(p.spec().volumes()).containsExactly(CONFIG, emptyDir("tmp"));
    assertThat(Validator.validate(p)).isEmpty();
  }

  @Test
  void should_refuse_a_second_different_volume_of_the_same_name_with_object_and_path() {
    Volume other = volume("config", configMap("other").data("k", "v").build());
    assertThatThrownBy(() -> cronJob("backup").schedule("0 3 * * *")
        .container(container("backup", "busybox:1.37").mount(CONFIG, "/etc/backup"))
        .container(container("upload", "busybox:1.37").mount(other, "/etc/upload")))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nCronJob/backup spec.jobTemplate.spec.template.spec.volumes[0]: must be the volume"
            + " config that spec.jobTemplate.spec.template.spec.containers[1].volumeMounts mounts (was another volume"
            + " of that name); rename one of the two [volume-mount-volume-conflict]");
  }


  @Test
  void should_leave_a_mount_by_name_to_the_volumes_declared() {
    CronJob backup = cronJob("backup").schedule("0 3 * * *")
        .container(container("backup", "busybox:1.37").mount("data", "/data").build())
        .build();
    assertThat(backup.spec().jobTemplate().spec().template().spec().volumes()).isEmpty();
    assertThat(Validator.validate(backup)).extracting(Object::toString).anyMatch(v -> v.contains("volumeMounts[0].name"));
  }
}
