package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.secret;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  /** One entry as docs/releases.md defines it: u32 key length, key, tag, u32 value length, value. */
  private static void entry(DataOutputStream out, String key, char tag, byte[] value) throws IOException {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    out.writeInt(k.length);
    out.write(k);
    out.writeByte(tag);
    out.writeInt(value.length);
    out.write(value);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void should_hash_the_documented_canonical_bytes_keys_sorted_by_their_utf8_bytes() throws Exception {
    ConfigMap cm = configMap("app").data("b", "two").binaryData("a", new byte[] {0, (byte) 0xff}).data("B", "é").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    entry(out, "B", 'D', utf8("é"));
    entry(out, "a", 'B', new byte[] {0, (byte) 0xff});
    entry(out, "b", 'D', utf8("two"));

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));

    assertThat(ContentHash.canonicalBytes(cm)).isEqualTo(bytes.toByteArray());
    assertThat(ContentHash.sha256(cm)).isEqualTo(expected).hasSize(64);
    assertThat(ContentHash.suffix(cm)).isEqualTo(expected.substring(0, 10));
  }

  @Test
  void should_give_the_chapter_config_map_and_secret_their_pinned_hashes() {
    ConfigMap projectId = configMap("projectid").data("project.id", "hello-docker-123456").build();
    Secret apiKey = secret("apikey").data("id", "client-1234").data("key", "s3cr3t-k3y-0f-th3-ch4pt3r").build();

    assertThat(ContentHash.sha256(projectId))
        .isEqualTo("25e6f6e71e9348731849db081a6330fa31435ef2145a405540ddaf120a7d2595");
    assertThat(ContentHash.suffix(projectId)).isEqualTo("25e6f6e71e");
    assertThat(ContentHash.sha256(apiKey))
        .isEqualTo("4b2f50d2e66eaacbbe560251d4e65faef47f4829ea0aee8836e0481b0f88f0b2");
  }

  @Test
  void should_not_depend_on_the_order_keys_were_added_nor_on_name_labels_or_immutability() {
    ConfigMap a = configMap("a").data("x", "1").data("y", "2").build();
    ConfigMap b = configMap("b").data("y", "2").data("x", "1").label("team", "web").immutable().build();

    assertThat(ContentHash.sha256(a)).isEqualTo(ContentHash.sha256(b));
  }

  @Test
  void should_change_when_a_value_changes_or_moves_between_data_and_binary_data() {
    ConfigMap text = configMap("a").data("x", "1").build();

    assertThat(ContentHash.sha256(configMap("a").data("x", "2").build())).isNotEqualTo(ContentHash.sha256(text));
    assertThat(ContentHash.sha256(configMap("a").binaryData("x", utf8("1")).build()))
        .isNotEqualTo(ContentHash.sha256(text));
  }

  @Test
  void should_keep_key_and_value_boundaries_apart_through_the_length_prefixes() {
    ConfigMap ab = configMap("a").data("ab", "c").build();
    ConfigMap a = configMap("a").data("a", "bc").build();

    assertThat(ContentHash.sha256(ab)).isNotEqualTo(ContentHash.sha256(a));
  }

  @Test
  void should_hash_a_secret_like_binary_data_of_the_same_bytes_without_showing_them() {
    Secret s = secret("s").data("password", "hunter2-sentinel").build();
    ConfigMap same = configMap("c").binaryData("password", utf8("hunter2-sentinel")).build();

    assertThat(ContentHash.sha256(s)).isEqualTo(ContentHash.sha256(same)).doesNotContain("hunter2");
  }
}
