package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigValidationTest {

  static final String SENTINEL = "s3cr3t-sentinel-value";

  static ConfigMap configMap() {
    return ConfigMap.builder().metadata(ObjectMeta.builder().name("settings").build())
        .putData("project.id", "hello-docker-123456").build();
  }

  static Secret secret(String type) {
    Secret.Builder b = Secret.builder().metadata(ObjectMeta.builder().name("creds").build());
    if (type != null) {
      b.type(type);
    }
    return b.putData("id", Bytes.utf8("client-1234")).build();
  }

  static Secret typed(String type, String... keyValues) {
    Secret.Builder b = Secret.builder().metadata(ObjectMeta.builder().name("creds").build()).type(type);
    for (int i = 0; i < keyValues.length; i += 2) {
      b.putData(keyValues[i], Bytes.utf8(keyValues[i + 1]));
    }
    return b.build();
  }

  static Bytes bytes(int size) {
    return Bytes.of(new byte[size]);
  }

  static Arguments bad(String what, KubeObject o, String... expected) {
    return Arguments.of(named(what, o), List.of(expected));
  }

  static Stream<Arguments> invalid() {
    String big = "x".repeat(ConfigValidation.MAX_SIZE);
    return Stream.of(
        bad("configmap key with a space", configMap().withData(java.util.Map.of("bad key", "v")),
            "data[bad key] [configmap-key-syntax]"),
        bad("configmap key with a slash", configMap().withData(java.util.Map.of("a/b", "v")),
            "data[a/b] [configmap-key-syntax]"),
        bad("configmap key ..", configMap().withData(java.util.Map.of("..", "v")), "data[..] [configmap-key-syntax]"),
        bad("configmap key starting with ..", configMap().withData(java.util.Map.of("..conf", "v")),
            "data[..conf] [configmap-key-syntax]"),
        bad("configmap key of 254 characters", configMap().withData(java.util.Map.of("k".repeat(254), "v")),
            "data[" + "k".repeat(254) + "] [configmap-key-syntax]"),
        bad("configmap binaryData key with a colon", configMap().withBinaryData(java.util.Map.of("a:b", bytes(1))),
            "binaryData[a:b] [configmap-key-syntax]"),
        bad("configmap key in data and binaryData", configMap().withBinaryData(java.util.Map.of("project.id",
                bytes(1))),
            "data[project.id] [configmap-key-duplicate]"),
        bad("configmap data over 1 MiB", configMap().withData(java.util.Map.of("big", big, "one", "1")),
            " [configmap-size]"),
        bad("configmap data and binaryData over 1 MiB together", ConfigMap.builder().from(configMap())
                .data(java.util.Map.of("half", "x".repeat(ConfigValidation.MAX_SIZE / 2)))
                .putBinaryData("rest", bytes(ConfigValidation.MAX_SIZE / 2 + 1)).build(),
            " [configmap-size]"),
        bad("secret key with a space", Secret.builder().from(secret(null)).putData("bad key", Bytes.utf8("v")).build(),
            "data[bad key] [secret-key-syntax]"),
        bad("secret key .", Secret.builder().from(secret(null)).putData(".", Bytes.utf8("v")).build(),
            "data[.] [secret-key-syntax]"),
        bad("secret data over 1 MiB", Secret.builder().from(secret(null)).putData("big", bytes(ConfigValidation.MAX_SIZE))
                .build(),
            "data [secret-size]"),
        bad("tls without keys", typed(Secret.TLS), "data[tls.crt] [secret-type-keys]", "data[tls.key] [secret-type-keys]"),
        bad("tls without key", typed(Secret.TLS, "tls.crt", "cert"), "data[tls.key] [secret-type-keys]"),
        bad("dockerconfigjson without its key", typed(Secret.DOCKER_CONFIG_JSON, "config", "{}"),
            "data[.dockerconfigjson] [secret-type-keys]"),
        bad("dockerconfigjson that is not JSON", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson", "{auths:"),
            "data[.dockerconfigjson] [secret-docker-config-json]"),
        bad("dockerconfigjson that is an array", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson", "[]"),
            "data[.dockerconfigjson] [secret-docker-config-json]"),
        bad("dockerconfigjson that is a string", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson", "\"x\""),
            "data[.dockerconfigjson] [secret-docker-config-json]"),
        bad("dockerconfigjson that is empty", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson", ""),
            "data[.dockerconfigjson] [secret-docker-config-json]"),
        bad("dockerconfigjson with trailing text", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson", "{} {}"),
            "data[.dockerconfigjson] [secret-docker-config-json]"),
        bad("dockerconfigjson with a trailing comma", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson",
                "{\"auths\": {},}"),
            "data[.dockerconfigjson] [secret-docker-config-json]"),
        bad("dockercfg without its key", typed("kubernetes.io/dockercfg"), "data[.dockercfg] [secret-type-keys]"),
        bad("dockercfg with a number out of range", typed("kubernetes.io/dockercfg", ".dockercfg", "{\"n\": 1e400}"),
            "data[.dockercfg] [secret-docker-config-json]"),
        bad("basic-auth without username and password", typed(Secret.BASIC_AUTH, "user", "admin"),
            "data[password] [secret-type-keys]", "data[username] [secret-type-keys]"),
        bad("ssh-auth without private key", typed(Secret.SSH_AUTH), "data[ssh-privatekey] [secret-type-keys]"),
        bad("ssh-auth with an empty private key", typed(Secret.SSH_AUTH, "ssh-privatekey", ""),
            "data[ssh-privatekey] [secret-type-keys]"),
        bad("service-account-token without its annotation", typed("kubernetes.io/service-account-token"),
            "metadata.annotations[kubernetes.io/service-account.name] [secret-service-account-annotation]"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void should_report_the_upstream_path_and_rule(KubeObject o, List<String> expected) {
    assertThat(Found.all(o)).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> valid() {
    String exact = "x".repeat(ConfigValidation.MAX_SIZE - 1);
    return Stream.of(
        Arguments.of(named("configmap baseline", configMap())),
        Arguments.of(named("configmap with dotted and dashed keys", configMap().withData(java.util.Map.of(
            ".hidden", "1", "game.properties", "2", "UI_COLOR", "3", "a-b", "4")))),
        Arguments.of(named("configmap key of 253 characters", configMap().withData(java.util.Map.of("k".repeat(253),
            "v")))),
        Arguments.of(named("configmap of exactly 1 MiB", configMap().withData(java.util.Map.of("big", exact, "o", "1")))),
        Arguments.of(named("immutable configmap", configMap().withImmutable(true))),
        Arguments.of(named("opaque secret", secret(null))),
        Arguments.of(named("secret with an empty type", secret(""))),
        Arguments.of(named("secret of a custom type", secret("example.com/custom"))),
        Arguments.of(named("secret of exactly 1 MiB", Secret.builder().from(secret(null)).data(java.util.Map.of(
            "big", bytes(ConfigValidation.MAX_SIZE))).build())),
        Arguments.of(named("tls secret", typed(Secret.TLS, "tls.crt", "cert", "tls.key", "key"))),
        Arguments.of(named("tls secret with empty values", typed(Secret.TLS, "tls.crt", "", "tls.key", ""))),
        Arguments.of(named("dockerconfigjson", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson",
            " {\"auths\": {\"r.example.com\": {\"auth\": \"dTpw\", \"n\": [1, -2.5e3, true, null, \"\\u00e9\"]}}}\n"))),
        Arguments.of(named("dockerconfigjson null", typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson", "null"))),
        Arguments.of(named("dockercfg", typed("kubernetes.io/dockercfg", ".dockercfg", "{}"))),
        Arguments.of(named("basic-auth with only a password", typed(Secret.BASIC_AUTH, "password", ""))),
        Arguments.of(named("ssh-auth", typed(Secret.SSH_AUTH, "ssh-privatekey", "-----BEGIN KEY-----"))),
        Arguments.of(named("service-account-token", Secret.builder().metadata(ObjectMeta.builder().name("t")
            .putAnnotation("kubernetes.io/service-account.name", "build-robot").build())
            .type("kubernetes.io/service-account-token").build())));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void should_accept_what_the_api_server_accepts(KubeObject o) {
    assertThat(Validator.validate(o)).isEmpty();
  }

  @Test
  void should_report_configmap_size_on_the_whole_object() {
    ConfigMap c = configMap().withData(java.util.Map.of("big", "x".repeat(ConfigValidation.MAX_SIZE + 1)));
    assertThat(Found.lines(ConfigValidation.class, c)).containsExactly(
        "ConfigMap/settings: data and binaryData must have at most 1048576 bytes in total (was 1048577 bytes)"
            + " [configmap-size]");
  }

  @Test
  void should_explain_a_bad_key_with_the_upstream_words() {
    assertThat(Found.lines(ConfigValidation.class, configMap().withData(java.util.Map.of("bad key", "v"))))
        .containsExactly("ConfigMap/settings data[bad key]: a valid config key must consist of alphanumeric"
            + " characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for"
            + " validation is '[-._a-zA-Z0-9]+') (was \"bad key\") [configmap-key-syntax]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"auths\": " + SENTINEL, SENTINEL, "[\"" + SENTINEL + "\"]"})
  void should_never_show_a_secret_value(String content) {
    // GIVEN a docker config Secret whose value is broken and holds a sentinel
    Secret s = typed(Secret.DOCKER_CONFIG_JSON, ".dockerconfigjson", content);
    // WHEN validating it
    List<String> lines = Found.lines(ConfigValidation.class, s);
    // THEN the problem is reported without the value
    assertThat(lines).containsExactly("Secret/creds data[.dockerconfigjson]: must be a JSON object (value redacted)"
        + " [secret-docker-config-json]");
    assertThat(String.join("\n", lines)).doesNotContain(SENTINEL);
  }

  @Test
  void should_accept_json_nested_10000_deep_and_refuse_10001() {
    String ok = "{\"a\":" + "[".repeat(9999) + "]".repeat(9999) + "}";
    String tooDeep = "{\"a\":" + "[".repeat(10000) + "]".repeat(10000) + "}";
    assertThat(ConfigValidation.isJsonObjectOrNull(ok.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(ConfigValidation.isJsonObjectOrNull(tooDeep.getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":\"\\x\"}", "{\"a\":\"tab\there\"}",
      "{\"a\":tru}", "{'a':1}", "{\"a\" 1}", "{,}", "{\"a\":1,,\"b\":2}", "{\"a\":[1,]}", "{\"a\":\"\\u12\"}"})
  void should_refuse_what_go_json_refuses(String json) {
    assertThat(ConfigValidation.isJsonObjectOrNull(json.getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
