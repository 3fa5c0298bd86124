package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.test.Fixtures.API_KEY;
import static io.kubeprint.test.Fixtures.PROJECT_ID;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import org.junit.jupiter.api.Test;

class ConfigAssertTest {

  @Test
  void should_check_config_map_data() {
    assertThat(PROJECT_ID).hasData("project.id", "hello-docker-123456").containsKey("project.id")
        .doesNotContainKey("region").hasKeys("project.id");
  }

  @Test
  void should_show_the_value_a_config_map_really_has() {
    assertThatThrownBy(() -> assertThat(PROJECT_ID).hasData("project.id", "other-project"))
        .hasMessage("\nExpecting ConfigMap/projectid:\n  to have data project.id=other-project\n"
            + "but had:\n  project.id=hello-docker-123456");
  }

  @Test
  void should_list_the_keys_when_a_config_map_key_is_missing() {
    assertThatThrownBy(() -> assertThat(PROJECT_ID).hasData("region", "eu"))
        .hasMessage("\nExpecting ConfigMap/projectid:\n  to have data region=eu\nbut had keys:\n  [project.id]");
    assertThatThrownBy(() -> assertThat(PROJECT_ID).containsKey("region"))
        .hasMessage("\nExpecting ConfigMap/projectid:\n  to contain key region\nbut had keys:\n  [project.id]");
    assertThatThrownBy(() -> assertThat(PROJECT_ID).doesNotContainKey("project.id"))
        .hasMessage("\nExpecting ConfigMap/projectid:\n  not to contain key project.id\nbut had keys:\n  [project.id]");
  }

  @Test
  void should_count_binary_data_keys_among_the_keys() {
    ConfigMap both = configMap("assets").data("index.html", "<html/>").binaryData("logo.png", new byte[] {1, 2}).build();
    assertThat(both).hasKeys("logo.png", "index.html");
    assertThatThrownBy(() -> assertThat(both).hasKeys("index.html"))
        .hasMessage("\nExpecting ConfigMap/assets:\n  to have exactly keys [index.html]\n"
            + "but had keys:\n  [index.html, logo.png]");
  }

  @Test
  void should_check_immutability() {
    assertThat(configMap("frozen").data("a", "b").immutable().build()).isImmutable();
    assertThatThrownBy(() -> assertThat(PROJECT_ID).isImmutable())
        .hasMessage("\nExpecting ConfigMap/projectid:\n  to be immutable\nbut had immutable:\n  <unset>");
  }

  @Test
  void should_check_secret_keys_and_values() {
    assertThat(API_KEY).hasKeys("key", "id").containsKey("id").doesNotContainKey("password")
        .hasData("id", "client-1234").hasData("id", Bytes.utf8("client-1234")).hasType("Opaque");
  }

  @Test
  void should_fail_on_another_secret_value_without_printing_either_value() {
    assertThatThrownBy(() -> assertThat(API_KEY).hasData("id", "client-9999"))
        .hasMessage("\nExpecting Secret/apikey:\n  to have key id with the given value (value redacted)\n"
            + "but had:\n  another value for key id (value redacted)");
  }

  @Test
  void should_list_the_secret_keys_when_one_is_missing() {
    assertThatThrownBy(() -> assertThat(API_KEY).hasData("password", "hunter2"))
        .hasMessage("\nExpecting Secret/apikey:\n  to have key password with the given value (value redacted)\n"
            + "but had keys:\n  [id, key]");
    assertThatThrownBy(() -> assertThat(API_KEY).hasKeys("id"))
        .hasMessage("\nExpecting Secret/apikey:\n  to have exactly keys [id]\nbut had keys:\n  [id, key]");
    assertThatThrownBy(() -> assertThat(API_KEY).containsKey("password"))
        .hasMessage("\nExpecting Secret/apikey:\n  to contain key password\nbut had keys:\n  [id, key]");
    assertThatThrownBy(() -> assertThat(API_KEY).doesNotContainKey("key"))
        .hasMessage("\nExpecting Secret/apikey:\n  not to contain key key\nbut had keys:\n  [id, key]");
  }

  @Test
  void should_check_the_secret_type_with_opaque_as_the_default() {
    Secret tls = secret("cert").tls("-----BEGIN CERTIFICATE-----", "-----BEGIN PRIVATE KEY-----").build();
    assertThat(tls).hasType(Secret.TLS).hasKeys("tls.crt", "tls.key");
    assertThatThrownBy(() -> assertThat(API_KEY).hasType(Secret.TLS))
        .hasMessage("\nExpecting Secret/apikey:\n  to have type kubernetes.io/tls\n"
            + "but had:\n  <unset> (the API server defaults it to Opaque)");
  }

  @Test
  void should_check_secret_immutability() {
    assertThat(secret("frozen").data("a", "b").immutable().build()).isImmutable();
    assertThatThrownBy(() -> assertThat(API_KEY).isImmutable())
        .hasMessage("\nExpecting Secret/apikey:\n  to be immutable\nbut had immutable:\n  <unset>");
  }

  @Test
  void should_list_the_violations_of_a_single_object() {
    ConfigMap unnamed = ConfigMap.builder().putData("a", "b").build();
    assertThat(PROJECT_ID).hasNoViolations();
    assertThatThrownBy(() -> assertThat(unnamed).hasNoViolations())
        .hasMessage("\nExpecting ConfigMap/:\n  to have no violations\nbut had 1:\n"
            + "  ConfigMap/ metadata.name: name or generateName is required [name-required]");
  }
}
