package io.kubeprint.dsl;

import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.meta.KubeObject;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.configMapRef;
import static io.kubeprint.dsl.Kube.envFrom;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.fromSecret;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.secretRef;
import static io.kubeprint.dsl.Kube.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.ConfigMapEnvSource;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.SecretEnvSource;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.Volume;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvTest {
  private static final String SENTINEL = "sentinel-value-7f3a";
  private final ConfigMap settings = configMap("settings").data("project.id", "p-1").data("mode", "fast")
      .binaryData("logo.png", new byte[] {1, 2}).build();
  private final Secret db = secret("db").data("username", "app").data("password", SENTINEL).build();

  @Test
  void should_reference_an_existing_config_map_key() {
    assertThat(fromConfigMap(settings, "mode").configMapKeyRef())
        .contains(ConfigMapKeySelector.builder().name("settings").key("mode").build());
  }

  @Test
  void should_accept_a_binary_data_key_of_the_config_map() {
    assertThat(fromConfigMap(settings, "logo.png").configMapKeyRef().orElseThrow().key()).contains("logo.png");
  }

  @Test
  void should_report_a_missing_config_map_key_naming_the_config_map_the_key_and_the_keys() {
    assertThat(errors(settings, reading(fromConfigMap(settings, "region")))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key: must be a key of"
            + " ConfigMap/settings (was \"region\"); it has: mode, project.id [config-map-key-not-found]");
  }


  @Test
  void should_report_a_key_typo_at_validation_with_the_nearest_key() {
    assertThat(errors(settings, reading(fromConfigMap(settings, "project-id")))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key: must be a key of"
            + " ConfigMap/settings (was \"project-id\"); it has: mode, project.id [config-map-key-not-found]");
  }

  /** A Deployment reading {@code source} into the variable {@code X}. */
  private static KubeObject reading(EnvVarSource source) {
    return deployment("api").podLabels(labels("app", "api"))
        .container(container("api", "api:1").env("X", source)).build();
  }


  @Test
  void should_reference_an_existing_secret_key() {
    assertThat(fromSecret(db, "password").secretKeyRef())
        .contains(SecretKeySelector.builder().name("db").key("password").build());
  }

  @Test
  void should_report_a_missing_secret_key_naming_only_key_names_never_values() {
    assertThat(errors(db, reading(fromSecret(db, "pasword")))).containsExactly(
        "Deployment/api spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key: must be a key of"
            + " Secret/db (was \"pasword\"); it has: password, username [secret-key-not-found]")
        .noneMatch(line -> line.contains(SENTINEL));
  }


  @Test
  void should_not_check_keys_of_external_objects_and_mark_optional_references() {
    assertThat(fromConfigMap(configMapRef("shared"), "anything").configMapKeyRef())
        .contains(ConfigMapKeySelector.builder().name("shared").key("anything").build());
    assertThat(fromSecret(SecretRef.external("vault").optional(), "token").secretKeyRef())
        .contains(SecretKeySelector.builder().name("vault").key("token").optional(true).build());
  }

  @Test
  void should_still_check_keys_through_a_reference_made_from_a_value() {
    ConfigMapRef ref = configMapRef(settings);

    assertThat(ref.isExternal()).isFalse();
    assertThat(ref.keys()).contains(List.of("project.id", "mode", "logo.png"));
    assertThat(errors(settings, reading(fromConfigMap(ref, "nope")))).singleElement().asString()
        .startsWith("Deployment/api spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key: must be a"
            + " key of ConfigMap/settings (was \"nope\")");
  }


  @Test
  void should_print_a_secret_reference_with_key_names_only() {
    assertThat(secretRef(db).toString()).isEqualTo("SecretRef{name=db, keys=[username, password]}");
    assertThat(secretRef("vault").toString()).isEqualTo("SecretRef{name=vault, external}");
  }

  @Test
  void should_make_env_from_sources_with_and_without_prefix() {
    assertThat(envFrom(settings, "APP_")).isEqualTo(EnvFromSource.builder().prefix("APP_")
        .configMapRef(ConfigMapEnvSource.builder().name("settings").build()).build());
    assertThat(envFrom(db)).isEqualTo(EnvFromSource.builder()
        .secretRef(SecretEnvSource.builder().name("db").build()).build());
    assertThat(envFrom(secretRef("vault").optional(), "V_")).isEqualTo(EnvFromSource.builder().prefix("V_")
        .secretRef(SecretEnvSource.builder().name("vault").optional(true).build()).build());
  }

  @Test
  void should_make_volumes_from_config_maps_and_secrets() {
    assertThat(volume("config", settings)).isEqualTo(Volume.builder().name("config")
        .configMap(ConfigMapVolumeSource.builder().name("settings").build()).build());
    assertThat(volume("creds", db)).isEqualTo(Volume.builder().name("creds")
        .secret(SecretVolumeSource.builder().secretName("db").build()).build());
  }

  @Test
  void should_reject_a_reference_to_an_unnamed_config_map() {
    assertThatThrownBy(() -> configMapRef(ConfigMap.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configMap must have a name (was unnamed)");
  }
}
