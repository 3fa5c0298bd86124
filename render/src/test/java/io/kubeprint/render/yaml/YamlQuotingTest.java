package io.kubeprint.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.Yaml;

class YamlQuotingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF"
      })
  void should_quote_every_yaml_1_1_boolean_spelling(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "Null", "NULL", "~", ""})
  void should_quote_null_and_the_empty_string(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0", "7", "0644", "08", "09", "0x1F", "0X1f", "0x_1F", "-0x1F", "0o17", "0O17", "+0o17", "0b101",
        "0B101", "-0b1_0", "1_000", "1__", "+1", "-1", "+0", "-0", "1:20", "-1:20", "190:20:30", "0:20",
        "123456789012345678901234567890"
      })
  void should_quote_integers_of_yaml_1_1_and_1_2(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e3", "1E3", "-1e-3", "+1e+3", "1.5", ".5", "-.5", "+.5", "1.", "-1.", "1_0.5", "1.5e3", ".5E-3", ".",
        "190:20:30.15", "-1:20.5", ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN"
      })
  void should_quote_floats_of_yaml_1_1_and_1_2(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2001-12-14",
        "2001-1-2",
        "2001-12-14t21:59:43.10-05:00",
        "2001-12-14T21:59:43Z",
        "2001-12-14 21:59:43.10 -5",
        "2001-12-14 21:59:43.10",
        "2001-12-15 2:59:43.10",
        "2002-12-14\t21:59:43.10Z",
        "2006-1-2 15:4:5"
      })
  void should_quote_yaml_1_1_timestamps(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<<", "=", "${HOME}", "${ HOME }", "${NAME:-default}", "${NAME?error}"})
  void should_quote_merge_and_value_keys_and_environment_references(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " leading", "trailing ", " ", "  ", "key: value", "a:", "http:", "value # comment", "# comment", "a\tb",
        "\tlead", "trail\t"
      })
  void should_quote_strings_whose_spaces_colons_or_hashes_are_not_plain(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-", "- x", "? x", "?x", "?", ":", ":x", ": x", ",x", "[x]", "]", "{x}", "}", "#x", "&anchor",
        "*/1 * * * *", "*", "!tag", "|", "|x", ">x", "'x'", "'", "\"x\"", "\"", "%x", "@x", "`x`", "---", "---x",
        "...", "...x"
      })
  void should_quote_strings_starting_with_an_indicator(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bell\u0007", "esc\u001b[0m", "nul\u0000", "del\u007f", "nel\u0085", "c1\u0080", "cr\r", "a\nb", "a\r\nb",
        "\n", "ls\u2028", "ps\u2029", "nbsp\u00a0x", "shy\u00adx", "zw\u200bsp", "zwj\u200dx", "rlo\u202ex",
        "bom\ufeffx", "ideo\u3000space", "lone\ud800", "lone\udc00x", "nonchar\ufffe", "nonchar\ufdd0",
        "private\ue000", "tag\udb40\udc41", "plane16\udbff\udffd"
      })
  void should_quote_strings_with_control_invisible_or_line_break_characters(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nginx:1.27", "nginx", "nginx:latest", "gcr.io/hello-docker/imageview:blue", "gcr.io/x/y:blue",
        "nginx@sha256:0123456789abcdef", "webserver", "webserver-blue", "http-server", "hello-docker-123456",
        "client-1234", "s3cr3t", "100m", "128Mi", "1Gi", "0.5Gi", "25%", "80%", "OnFailure", "IfNotPresent",
        "LoadBalancer", "ClusterIP", "TCP", "RollingUpdate", "apps/v1", "v1", "batch/v1",
        "app.kubernetes.io/name", "kubernetes.io/hostname", "0 */1 * * *", "30 2 * * 1-5", "hourly@",
        "--port=8080", "-Xmx512m", "--", "-x", "http://example.com:8080/path?q=1&r=2#frag", "C:\\Windows",
        "user@example.com", "a,b,c", "key=value", "$(POD_NAME)", "$HOME", "/usr/share/nginx/html",
        "550e8400-e29b-41d4-a716-446655440000", "10.0.0.1", "1.2.3", "1.27-alpine", "v1.27.3", "2001-12-14x",
        "12e", "0x", "0b", "1a", "x1", "infinity", "inf", "NaN", ".Nan", "nil", "None", "yes!", "Off-peak",
        "hello world", "a  b", "a#b", "a:b", "a::b", "say \"hi\"", "it's", "a|b", "a>b", "a!", "a*",
        "a&b", "a%b", "a@b", "a`b", "a[0]", "a{b}", "a?", "a, b", "héllo wörld", "日本語", "Grüße",
        "🚀 launch", "λ", "..", "\u00e9t\u00e9", "x\u00a1"
      })
  void should_leave_common_kubernetes_and_other_safe_strings_plain(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isFalse();
  }

  @Test
  void should_reject_null() {
    assertThatThrownBy(() -> YamlQuoting.needsQuotes(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }

  @ParameterizedTest
  @MethodSource("plainStrings")
  void should_read_every_plain_string_back_as_itself_in_yaml_1_1_and_1_2(String value) {
    String yaml = "k: " + value + "\n";

    Map<String, Object> yaml11 = new Yaml().load(yaml);
    Object yaml12 =
        new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);

    assertThat(yaml11).containsEntry("k", value);
    assertThat(yaml12).isEqualTo(Map.of("k", value));
  }

  @ParameterizedTest
  @MethodSource("resolvedByAReader")
  void should_quote_every_plain_scalar_a_reader_resolves_to_another_type(String value) {
    String yaml = "k: " + value + "\n";

    List<Object> read = Arrays.asList(readYaml11(yaml), readYaml12(yaml));

    assertThat(read)
        .as("at least one reader does not return the string %s", value)
        .anySatisfy(r -> assertThat(r).isNotEqualTo(value));
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
  }

  /** The value of {@code k} as snakeyaml reads it, or the exception it throws (e.g. on {@code -.Inf}). */
  private static Object readYaml11(String yaml) {
    try {
      return new Yaml().<Map<String, Object>>load(yaml).get("k");
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Object readYaml12(String yaml) {
    try {
      return ((Map<?, ?>)
              new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml))
          .get("k");
    } catch (RuntimeException e) {
      return e;
    }
  }

  static Stream<String> plainStrings() {
    return Stream.of(
        "nginx:1.27", "gcr.io/x/y:blue", "webserver", "http-server", "hello-docker-123456", "100m", "128Mi",
        "0 */1 * * *", "--port=8080", "-Xmx512m", "10.0.0.1", "1.2.3", "v1.27.3", "a,b,c", "a[0]", "a{b}",
        "a#b", "a:b", "say \"hi\"", "it's", "C:\\Windows", "$(POD_NAME)", "12e", "0x",
        "infinity", "..", "héllo wörld", "日本語", "🚀 launch", "Off-peak", "yes!", "2001-12-14x");
  }

  static Stream<String> resolvedByAReader() {
    return Stream.of(
        "yes", "No", "on", "OFF", "true", "FALSE", "null", "~", "0644", "08", "0x1F", "0o17", "0b101", "1_000",
        "+1", "-1", "1:20", "1e3", "1.5", ".5", "-.5", "1.", ".inf", "-.Inf", ".nan", "1_0.5", "190:20:30.15",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5");
  }
}
