package io.kubeprint.render.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class YamlRoundTripPropertyTest {

  /** Values YAML resolves to other types, indicators and characters that change how a scalar reads. */
  private static final List<String> SPECIAL =
      List.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
          "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "0644", "08", "0x1F",
          "0o17", "0b101", "1_000", "+1", "-1", "1:20", "1e3", "1.5", ".5", "-.5", "1.", ".inf", "-.Inf", ".nan",
          ".NaN", "1_0.5", "190:20:30.15", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
          "2001-12-14 21:59:43.10 -5", "=", "<<", "${X}", "-", "?", ":", ",", "[", "]", "{", "}", "#", "&",
          "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\", " ", "  ", "\t", "\n", "\r", "\r\n", ": ", " #",
          "- ", "? ", "---", "...", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028",
          "\u2029", "\ufeff", "\ufdd0", "\ufdd0L", "\ud800", "\udc00", "é", "日本", "🚀", "👨‍👩‍👧", "nginx:1.27",
          "*/1 * * * *", "key: value", "# c");

  @Property(tries = 1000)
  void every_string_reads_back_unchanged_as_value_and_key(@ForAll("strings") String value) {
    RoundTrip.assertReadsBack(value);
  }

  @Property(tries = 1000)
  void a_string_is_written_plain_exactly_when_it_needs_no_quotes(@ForAll("strings") String value) {
    String yaml = RoundTrip.write(RoundTrip.MAPPER.createObjectNode().put("k", value));

    if (value.indexOf('\n') >= 0) {
      assertThat(yaml).startsWith(YamlQuoting.fitsLiteralBlock(value) ? "---\nk: |" : "---\nk: \"");
    } else if (YamlQuoting.needsQuotes(value)) {
      assertThat(yaml).startsWith("---\nk: \"").endsWith("\"\n");
    } else {
      assertThat(yaml).isEqualTo("---\nk: " + value + "\n");
    }
  }

  @Property(tries = 200)
  void an_object_of_many_strings_reads_back_unchanged(@ForAll("objects") ObjectNode node) {
    String yaml = RoundTrip.write(node);

    assertThat(RoundTrip.readYaml11(yaml)).isEqualTo(RoundTrip.MAPPER.convertValue(node, Object.class));
    assertThat(RoundTrip.readYaml12(yaml)).isEqualTo(RoundTrip.MAPPER.convertValue(node, Object.class));
    assertThat(RoundTrip.readJackson(yaml)).isEqualTo(node);
  }

  @Provide
  Arbitrary<String> strings() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of(SPECIAL)),
            net.jqwik.api.Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars("-._/:").ofMaxLength(8)),
            net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(4)),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)));
    return Arbitraries.oneOf(
        Arbitraries.of(SPECIAL), piece.list().ofMaxSize(6).map(parts -> String.join("", parts)));
  }

  @Provide
  Arbitrary<ObjectNode> objects() {
    return strings()
        .list()
        .ofMaxSize(12)
        .map(
            values -> {
              ObjectNode node = RoundTrip.MAPPER.createObjectNode();
              for (int i = 0; i < values.size(); i++) {
                node.put(values.get(i), values.get(values.size() - 1 - i));
              }
              return node;
            });
  }
}
