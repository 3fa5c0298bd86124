package io.kubeprint.dsl;

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
  void should_reject_a_missing_config_map_key_naming_the_config_map_the_key_and_the_keys() {
    assertThatThrownBy(() -> fromConfigMap(settings, "region"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be one of the keys of ConfigMap/settings [project.id, mode, logo.png] (was \"region\")");
  }

  @Test
  void should_suggest_the_nearest_key_for_a_typo() {
    assertThatThrownBy(() -> fromConfigMap(settings, "project-id"))
        .hasMessage("key must be one of the keys of ConfigMap/settings [project.id, mode, logo.png] "
            + "(was \"project-id\"); did you mean \"project.id\"?");
  }

  @Test
  void should_reference_an_existing_secret_key() {
    assertThat(fromSecret(db, "password").secretKeyRef())
        .contains(SecretKeySelector.builder().name("db").key("password").build());
  }

  @Test
  void should_reject_a_missing_secret_key_naming_only_key_names_never_values() {
    assertThatThrownBy(() -> fromSecret(db, "pasword"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be one of the keys of Secret/db [username, password] (was \"pasword\"); "
            + "did you mean \"password\"?")
        .message().doesNotContain(SENTINEL);
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
    assertThatThrownBy(() -> fromConfigMap(ref.optional(), "nope"))
        .hasMessageStartingWith("key must be one of the keys of ConfigMap/settings");
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
