package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigsTest {
  private static final String SENTINEL = "sentinel-value-7f3a";

  @Test
  void should_build_a_config_map_from_entries_keeping_their_order() {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("b", "2");
    props.put("a", "1");
    ConfigMap cm = configMap("settings").namespace("shop").data(props).data("c", "3")
        .binaryData("blob", new byte[] {0, 1}).immutable().build();

    assertThat(cm.metadata().namespace()).contains("shop");
    assertThat(cm.data()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"), Map.entry("c", "3"));
    assertThat(cm.binaryData()).containsExactly(Map.entry("blob", Bytes.of(new byte[] {0, 1})));
    assertThat(cm.immutable()).contains(true);
  }

  @Test
  void should_hold_secret_plaintext_and_bytes_and_never_print_them() {
    Secret s = secret("db").data("password", SENTINEL).data("raw", SENTINEL.getBytes(StandardCharsets.UTF_8))
        .immutable().build();

    assertThat(s.data().get("password").utf8String()).isEqualTo(SENTINEL);
    assertThat(s.data().get("raw")).isEqualTo(Bytes.utf8(SENTINEL));
    assertThat(s.immutable()).contains(true);
    assertThat(s.toString()).doesNotContain(SENTINEL).contains("data=****");
  }

  @Test
  void should_build_a_tls_secret() {
    Secret s = secret("tls").tls("CERT-PEM", "KEY-PEM").build();

    assertThat(s.type()).contains("kubernetes.io/tls");
    assertThat(s.data()).containsExactly(Map.entry("tls.crt", Bytes.utf8("CERT-PEM")),
        Map.entry("tls.key", Bytes.utf8("KEY-PEM")));
  }

  @Test
  void should_build_basic_auth_docker_config_and_ssh_secrets() {
    Secret basic = secret("basic").basicAuth("admin", SENTINEL).build();
    Secret docker = secret("pull").dockerConfigJson("{\"auths\":{}}").build();
    Secret ssh = secret("ssh").sshAuth("PRIVATE").build();

    assertThat(basic.type()).contains(Secret.BASIC_AUTH);
    assertThat(basic.data().keySet()).containsExactly("username", "password");
    assertThat(docker.type()).contains(Secret.DOCKER_CONFIG_JSON);
    assertThat(docker.data()).containsExactly(Map.entry(".dockerconfigjson", Bytes.utf8("{\"auths\":{}}")));
    assertThat(ssh.type()).contains(Secret.SSH_AUTH);
    assertThat(ssh.data().keySet()).containsExactly("ssh-privatekey");
    assertThat(basic.toString()).doesNotContain(SENTINEL);
  }

  @Test
  void should_copy_a_secret_and_add_a_key_keeping_its_type() {
    Secret s = secret("db").type("Opaque").data("user", "app").build();

    Secret copy = secret(s).data("password", SENTINEL).label("app", "db").build();

    assertThat(copy.type()).contains("Opaque");
    assertThat(copy.data().keySet()).containsExactly("user", "password");
    assertThat(copy.metadata().labels()).containsExactly(Map.entry("app", "db"));
  }

  @Test
  void should_build_a_config_map_from_properties_in_key_order() {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("z.last", "26");
    props.setProperty("a.first", "1");

    ConfigMap cm = configMap("settings").data(props).build();

    assertThat(cm.data()).containsExactly(Map.entry("a.first", "1"), Map.entry("z.last", "26"));
  }

  @Test
  void should_refuse_string_data_as_an_extra_field_so_plaintext_never_bypasses_redaction() {
    assertThatThrownBy(() -> secret("db").extra("stringData", Map.of("password", SENTINEL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field must be one kubeprint does not type on Secret (was \"stringData\"); "
            + "use the typed method instead");
  }

  @Test
  void should_keep_no_secret_value_in_a_null_value_message() {
    assertThatThrownBy(() -> secret("db").data("password", (String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plaintext == null");
  }
}
