package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secrets: values already base64 go in with dataBase64; a plaintext value that looks base64 is warned about. */
class SecretBase64Test {
  private static final String SENTINEL = "s3cr3t-sentinel!";
  private final List<LogRecord> records = new ArrayList<>();
  private final Logger logger = Logger.getLogger(SecretBuilder.LOGGER);
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      records.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stop() {
    logger.removeHandler(handler);
  }

  @Test
  void should_decode_a_value_given_as_base64() {
    String b64 = java.util.Base64.getEncoder().encodeToString(SENTINEL.getBytes());
    Secret s = secret("db").dataBase64("password", b64).build();
    assertThat(s.data().get("password")).isEqualTo(Bytes.utf8(SENTINEL));
    assertThat(records).isEmpty();
  }

  @Test
  void should_refuse_a_value_that_is_not_base64_without_echoing_it() {
    assertThatThrownBy(() -> secret("db").dataBase64("password", SENTINEL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base64 for key password of Secret/db must be base64 (value redacted)")
        .hasNoCause();
  }

  @Test
  void should_warn_when_a_plaintext_value_is_base64_of_printable_text_never_echoing_it() {
    String b64 = java.util.Base64.getEncoder().encodeToString(SENTINEL.getBytes());
    secret("db").data("password", b64).build();
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.WARNING);
      assertThat(r.getMessage()).isEqualTo("Secret/db data.password: looks base64-encoded and decodes to printable"
          + " text (value redacted); it will be encoded again: use dataBase64(\"password\", ..) if it is encoded"
          + " already").doesNotContain(b64).doesNotContain(SENTINEL);
    });
  }

  @Test
  void should_not_warn_for_plain_passwords_and_hex_tokens() {
    secret("db").data("a", "password").data("b", "1f2d1e2e67df").data("c", "s3cr3t").data("d", SENTINEL).build();
    assertThat(records).isEmpty();
    assertThat(SecretBuilder.looksBase64OfText("YWRtaW4=")).isTrue(); // "admin"
    assertThat(SecretBuilder.looksBase64OfText("cGFzc3dvcmQ=")).isTrue(); // "password"
  }
}
