package io.kubeprint.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

/** The size of the last-applied-configuration annotation kubectl apply writes, as Go's JSON encoder writes it. */
class KubectlApplyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_size_plain_json_as_its_compact_form() throws Exception {
    JsonNode tree = JSON.readTree("{\"a\": [1, 2, {\"b\": true, \"c\": null}], \"d\": \"text\", \"e\": {}}");
    assertThat(KubectlApply.goJsonBytes(tree)).isEqualTo(JSON.writeValueAsString(tree).length());
  }

  @Test
  void should_count_the_escapes_go_writes() {
    assertThat(KubectlApply.goStringBytes("a<b")).isEqualTo(2 + 1 + 6 + 1);
    assertThat(KubectlApply.goStringBytes("x && y")).isEqualTo(2 + 4 + 12);
    assertThat(KubectlApply.goStringBytes("line\n\"quoted\"\\")).isEqualTo(2 + 4 + 2 + 2 + 6 + 2 + 2);
    assertThat(KubectlApply.goStringBytes("\u0001")).isEqualTo(2 + 6);
    assertThat(KubectlApply.goStringBytes("é€😀")).isEqualTo(2 + 2 + 3 + 4);
    assertThat(KubectlApply.goStringBytes("\u2028")).isEqualTo(2 + 6);
  }

  @Test
  void should_size_a_config_map_with_the_default_namespace_and_the_final_newline() {
    ConfigMap c = ConfigMap.builder().metadata(ObjectMeta.builder().name("c").build()).putData("k", "v").build();
    String json = "{\"apiVersion\":\"v1\",\"data\":{\"k\":\"v\"},\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\","
        + "\"namespace\":\"default\"}}\n";
    assertThat(KubectlApply.lastAppliedJsonBytes(c)).isEqualTo(json.length());
  }

  @Test
  void should_leave_an_earlier_last_applied_configuration_out() {
    ConfigMap plain = ConfigMap.builder().metadata(ObjectMeta.builder().name("c").namespace("ns").build()).build();
    ConfigMap applied = ConfigMap.builder().metadata(ObjectMeta.builder().name("c").namespace("ns")
        .putAnnotation("kubectl.kubernetes.io/last-applied-configuration", "{\"big\":\"" + "x".repeat(1000) + "\"}")
        .build()).build();
    assertThat(KubectlApply.lastAppliedJsonBytes(applied)).isEqualTo(KubectlApply.lastAppliedJsonBytes(plain)
        + "\"annotations\":{},".length());
  }

  @Test
  void should_count_secret_values_at_their_plain_size_as_string_data_gives_them() {
    Secret s = Secret.builder().metadata(ObjectMeta.builder().name("s").namespace("ns").build())
        .putData("key", Bytes.utf8("x".repeat(300))).build();
    String json = "{\"apiVersion\":\"v1\",\"data\":{\"key\":\"" + "x".repeat(300) + "\"},\"kind\":\"Secret\","
        + "\"metadata\":{\"name\":\"s\",\"namespace\":\"ns\"}}\n";
    assertThat(KubectlApply.lastAppliedJsonBytes(s)).isEqualTo(json.length());
  }
}
