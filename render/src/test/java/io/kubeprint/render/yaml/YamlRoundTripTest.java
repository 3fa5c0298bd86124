package io.kubeprint.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class YamlRoundTripTest {

  /** Label values, multi-line text, unicode, control characters and everything YAML might misread. */
  static List<String> tricky() {
    return List.of(
        // label values and other common strings
        "webserver", "blue", "hello-docker-123456", "nginx:1.27", "gcr.io/hello-docker/imageview:blue", "100m",
        "128Mi", "10.0.0.1", "1.2.3", "--port=8080", "-Xmx512m", "$(POD_NAME)", "a,b,c", "C:\\Windows",
        // other types in YAML 1.1 or 1.2
        "0644", "08", "0x1F", "0o17", "0b101", "1_000", "+1", "-1", "1:20", "1e3", "1.5", ".5", "-.5", "1.",
        ".inf", "-.Inf", ".nan", "1_0.5", "190:20:30.15", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
        "2001-12-14 21:59:43.10 -5", "on", "Off", "y", "N", "yes", "NO", "true", "False", "null", "~", "", "<<",
        "=", "${HOME}",
        // syntax
        "*/1 * * * *", "- x", "-", "key: value", "a:", "# c", "a #b", "? x", "&a", "*a", "!t", "|", ">", "'q'",
        "\"q\"", "%", "@", "`", "---", "...", "--- x", "[a]", "{a: b}", " leading", "trailing ", " ",
        // multi-line
        "line1\nline2", "line1\nline2\n", "line1\nline2\n\n", "\n", "\n\n", "\nleading break", "  indented\nx",
        "a\n  b\n    c\n", "#!/bin/sh\necho \"$1\" # comment\n", "key: value\n- item\n", "---\n...\n",
        "trailing space \nnext", "trailing space at end\n ", "a\n \nb", "crlf\r\nline\r\n", "cr\ronly",
        "tab\tinside\n\tindented", "a\n\n\nb", "x\n---\ny",
        // unicode
        "héllo wörld", "Grüße", "日本語テキスト", "🚀 launch", "emoji 👨‍👩‍👧 family", "flag 🇹🇷", "λx.x",
        "nbsp\u00a0here", "bom\ufeff", "zero\u200bwidth", "line\u2028sep", "para\u2029sep", "nel\u0085x",
        "mark\ufdd0L", "private\ue000", "lone\ud800", "lone\udc00", "multi\nline 🚀\nunicode é\n",
        // control characters
        "bell\u0007", "esc\u001b[0m", "nul\u0000", "del\u007f", "c1\u0080", "vt\u000b", "ff\u000c",
        "tab\t", "\ttab", "a\tb");
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void should_read_back_every_tricky_string_as_value_and_as_key(String value) {
    RoundTrip.assertReadsBack(value);
  }

  @Test
  void should_read_back_an_object_holding_all_tricky_strings_with_every_reader() {
    ObjectNode node = RoundTrip.MAPPER.createObjectNode();
    Map<String, Object> expected = new LinkedHashMap<>();
    List<String> values = tricky();
    for (int i = 0; i < values.size(); i++) {
      node.put("v" + i, values.get(i));
      expected.put("v" + i, values.get(i));
    }

    String yaml = RoundTrip.write(node);

    assertThat(RoundTrip.readYaml11(yaml)).isEqualTo(expected);
    assertThat(RoundTrip.readYaml12(yaml)).isEqualTo(expected);
    assertThat(RoundTrip.readJackson(yaml)).isEqualTo(node);
  }
}
