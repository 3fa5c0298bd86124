package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.ObjectMeta;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Cases the round-trip properties found, kept as examples with their exact texts. */
class RoundTripFindingsTest {

  private static ConfigMap settings(Map<String, String> data) {
    return ConfigMap.builder().metadata(ObjectMeta.builder().name("settings").build()).putAllData(data).build();
  }

  @Nested
  class Underscores {
    @Test
    void should_read_a_plain_scalar_starting_with_an_underscore_as_a_string_as_go_yaml_does() {
      // GIVEN plain scalars that are numbers once their underscores are dropped, but start with neither a sign
      // nor a digit (go-yaml resolves a number only then), or start with a dot (go-yaml keeps those underscores)
      String yaml = """
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
          data:
            a: _1
            b: _0x1F
            c: __5
            d: ._5
            e: .5_
          """;
      // WHEN reading THEN each stays a string
      assertThat(Manifests.parse(yaml, "settings.yaml").objects()).containsExactly(settings(
          Map.of("a", "_1", "b", "_0x1F", "c", "__5", "d", "._5", "e", ".5_")));
    }

    @Test
    void should_quote_a_string_go_yaml_reads_as_a_number_once_its_underscores_are_dropped() {
      // GIVEN strings starting with a sign or a digit that are numbers without their underscores
      ConfigMap c = settings(Map.of("a", "-_1", "b", "0_x1F", "c", "1e1_0", "d", "1e5_", "e", "0_b101", "f", "_1",
          "g", "1_a"));
      // WHEN rendering THEN they are quoted, while those no reader takes for a number stay plain
      String yaml = Yaml.render(c);
      assertThat(yaml).isEqualTo("""
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
          data:
            a: "-_1"
            b: "0_x1F"
            c: "1e1_0"
            d: "1e5_"
            e: "0_b101"
            f: _1
            g: 1_a
          """);
      // AND they read back as strings
      assertThat(Manifests.parse(yaml, "settings.yaml").objects()).containsExactly(c);
    }
  }

  @Nested
  class LineFeedsOnly {
    @Test
    void should_double_quote_a_text_of_line_feeds_only_which_yaml_1_2_readers_refuse_as_a_block() {
      // GIVEN an annotation of one line feed, followed by a key indented less
      ConfigMap c = ConfigMap.builder()
          .metadata(ObjectMeta.builder().name("settings").putAnnotation("note", "\n").build())
          .putData("blank", "\n\n").putData("text", "\nx\n").build();
      // WHEN rendering
      String yaml = Yaml.render(c);
      // THEN the line feeds are double-quoted (text with them is still a literal block)
      assertThat(yaml).isEqualTo("""
          apiVersion: v1
          kind: ConfigMap
          metadata:
            annotations:
              note: "\\n"
            name: settings
          data:
            blank: "\\n\\n"
            text: |2

              x
          """);
      // AND YAML 1.1 and 1.2 readers and kubeprint's read them back
      Map<String, Object> expected = Map.of("apiVersion", "v1", "kind", "ConfigMap",
          "metadata", Map.of("annotations", Map.of("note", "\n"), "name", "settings"),
          "data", Map.of("blank", "\n\n", "text", "\nx\n"));
      assertThat(YamlReaders.yaml11(yaml)).containsExactly(expected);
      assertThat(YamlReaders.yaml12(yaml)).containsExactly(expected);
      assertThat(Manifests.parse(yaml, "settings.yaml").objects()).containsExactly(c);
    }
  }

  @Nested
  class ReaderBuffer {
    @Test
    void should_read_an_emoji_wherever_it_falls_against_the_end_of_the_reader_buffer() {
      // GIVEN values that put emoji at every offset around the first 1024 characters (snakeyaml-engine 2.10
      // fails when a surrogate pair straddles its buffer end)
      for (int pad = 990; pad < 1030; pad++) {
        ConfigMap c = settings(Map.of("v", "x".repeat(pad) + "🚀🚀🚀"));
        // WHEN rendering and reading back THEN the value is whole
        assertThat(Manifests.parse(Yaml.render(c), "settings.yaml").objects()).as("padding %d", pad).containsExactly(c);
      }
    }
  }

  @Nested
  class JsonEscapes {
    @Test
    void should_escape_in_json_the_characters_a_yaml_1_1_reader_refuses_or_folds() {
      // GIVEN values holding NEL, DEL, C1 controls, the line and paragraph separators and U+FFFE/U+FFFF
      ConfigMap c = settings(Map.of("nel", "a\u0085b", "del", "\u007f", "c1", "\u0080\u009f", "ls", "\u2028\u2029",
          "nc", "\ufffe\uffff", "text", "é 日本 🚀"));
      // WHEN rendering JSON THEN those are escaped, other non-ASCII text is written as itself
      String json = Json.render(c);
      assertThat(json).isEqualTo("""
          {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {
              "name": "settings"
            },
            "data": {
              "c1": "\\u0080\\u009F",
              "del": "\\u007F",
              "ls": "\\u2028\\u2029",
              "nc": "\\uFFFE\\uFFFF",
              "nel": "a\\u0085b",
              "text": "é 日本 🚀"
            }
          }
          """);
      // AND kubeprint's reader, which reads JSON as YAML 1.1, and a YAML 1.1 reader give the values back
      assertThat(Manifests.parse(json, "settings.json").objects()).containsExactly(c);
      assertThat(YamlReaders.yaml11(json)).isEqualTo(YamlReaders.yaml11(Yaml.render(c)));
    }
  }
}
