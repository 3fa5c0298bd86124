package io.kubeprint.render.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeYamlFactoryTest {
  private final ObjectMapper mapper = KubeYamlFactory.mapper();

  private ObjectNode node() {
    return mapper.createObjectNode();
  }

  private String yaml(Object value) throws Exception {
    return mapper.writeValueAsString(value);
  }

  @Test
  void should_write_an_image_reference_plain() throws Exception {
    assertThat(yaml(node().put("image", "nginx:1.27"))).isEqualTo("---\nimage: nginx:1.27\n");
  }

  @Test
  void should_write_common_kubernetes_strings_plain() throws Exception {
    ObjectNode container =
        node()
            .put("name", "webserver")
            .put("image", "gcr.io/hello-docker/imageview:blue")
            .put("portName", "http-server")
            .put("projectId", "hello-docker-123456")
            .put("cpu", "100m")
            .put("memory", "128Mi")
            .put("schedule", "0 */1 * * *")
            .put("clusterIP", "10.0.0.1")
            .put("arg", "--port=8080")
            .put("app.kubernetes.io/name", "web");

    assertThat(yaml(container))
        .isEqualTo(
            "---\n"
                + "name: webserver\n"
                + "image: gcr.io/hello-docker/imageview:blue\n"
                + "portName: http-server\n"
                + "projectId: hello-docker-123456\n"
                + "cpu: 100m\n"
                + "memory: 128Mi\n"
                + "schedule: 0 */1 * * *\n"
                + "clusterIP: 10.0.0.1\n"
                + "arg: --port=8080\n"
                + "app.kubernetes.io/name: web\n");
  }

  @Test
  void should_double_quote_strings_yaml_would_read_as_another_type() throws Exception {
    ObjectNode values =
        node()
            .put("mode", "0644")
            .put("flag", "on")
            .put("answer", "no")
            .put("version", "1.27")
            .put("port", "8080")
            .put("nothing", "null")
            .put("empty", "")
            .put("date", "2001-12-14");

    assertThat(yaml(values))
        .isEqualTo(
            "---\n"
                + "mode: \"0644\"\n"
                + "flag: \"on\"\n"
                + "answer: \"no\"\n"
                + "version: \"1.27\"\n"
                + "port: \"8080\"\n"
                + "nothing: \"null\"\n"
                + "empty: \"\"\n"
                + "date: \"2001-12-14\"\n");
  }

  @Test
  void should_double_quote_strings_that_are_not_valid_plain_scalars() throws Exception {
    ObjectNode values =
        node()
            .put("schedule", "*/1 * * * *")
            .put("item", "- x")
            .put("pair", "key: value")
            .put("comment", "# c")
            .put("padded", " x ");

    assertThat(yaml(values))
        .isEqualTo(
            "---\n"
                + "schedule: \"*/1 * * * *\"\n"
                + "item: \"- x\"\n"
                + "pair: \"key: value\"\n"
                + "comment: \"# c\"\n"
                + "padded: \" x \"\n");
  }

  @Test
  void should_double_quote_keys_yaml_would_read_as_another_type() throws Exception {
    ObjectNode data = node().put("on", "a").put("1", "b").put("y", "c").put("<<", "d").put("config.yaml", "e");

    assertThat(yaml(data))
        .isEqualTo("---\n\"on\": a\n\"1\": b\n\"y\": c\n\"<<\": d\nconfig.yaml: e\n");
  }

  @Test
  void should_write_multi_line_strings_as_literal_blocks() throws Exception {
    ObjectNode data =
        node()
            .put("clip", "line1\nline2")
            .put("keep", "line1\nline2\n")
            .put("keepAll", "line1\nline2\n\n")
            .put("indented", "  first\nsecond");

    assertThat(yaml(data))
        .isEqualTo(
            "---\n"
                + "clip: |-\n  line1\n  line2\n"
                + "keep: |\n  line1\n  line2\n"
                + "keepAll: |+\n  line1\n  line2\n\n"
                + "indented: |2-\n    first\n  second\n");
  }

  @Test
  void should_double_quote_multi_line_strings_a_literal_block_cannot_carry() throws Exception {
    ObjectNode data =
        node()
            .put("trailingSpace", "a \nb")
            .put("spaceAtEnd", "a\nb ")
            .put("crlf", "a\r\nb")
            .put("tab", "a\n\tb")
            .put("bell", "a\n\u0007");

    assertThat(yaml(data))
        .isEqualTo(
            "---\n"
                + "trailingSpace: \"a \\nb\"\n"
                + "spaceAtEnd: \"a\\nb \"\n"
                + "crlf: \"a\\r\\nb\"\n"
                + "tab: \"a\\n\\tb\"\n"
                + "bell: \"a\\n\\a\"\n");
  }

  @Test
  void should_escape_control_and_separator_characters_in_double_quotes() throws Exception {
    ObjectNode data =
        node()
            .put("bell", "\u0007")
            .put("escape", "\u001b[0m")
            .put("nul", "\u0000")
            .put("nbsp", "a\u00a0b")
            .put("lineSeparator", "a\u2028b")
            .put("loneSurrogate", "a\ud800b");

    assertThat(yaml(data))
        .isEqualTo(
            "---\n"
                + "bell: \"\\a\"\n"
                + "escape: \"\\e[0m\"\n"
                + "nul: \"\\0\"\n"
                + "nbsp: \"a\\_b\"\n"
                + "lineSeparator: \"a\\u2028b\"\n"
                + "loneSurrogate: \"a\\ud800b\"\n");
  }

  @Test
  void should_write_non_ascii_text_as_itself_in_utf8() throws Exception {
    ObjectNode data = node().put("greeting", "Grüße 日本語 🚀").put("ключ", "значение");

    byte[] bytes = mapper.writeValueAsBytes(data);

    assertThat(bytes).isEqualTo("---\ngreeting: Grüße 日本語 🚀\nключ: значение\n".getBytes(UTF_8));
  }

  @Test
  void should_never_split_long_lines() throws Exception {
    String words = "word ".repeat(60).trim();
    String base64 = Base64.getEncoder().encodeToString(new byte[3000]);

    assertThat(yaml(node().put("words", words).put("data", base64)))
        .isEqualTo("---\nwords: " + words + "\ndata: " + base64 + "\n");
  }

  @Test
  void should_never_split_long_quoted_lines() throws Exception {
    String words = "0 " + "word ".repeat(60) + "#end";

    assertThat(yaml(node().put("words", words))).isEqualTo("---\nwords: \"" + words + "\"\n");
  }

  @Test
  void should_write_binary_values_as_plain_base64_without_a_tag_or_line_breaks() throws Exception {
    byte[] data = new byte[200];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }

    assertThat(yaml(node().put("data", data)))
        .isEqualTo("---\ndata: " + Base64.getEncoder().encodeToString(data) + "\n");
  }

  @Test
  void should_keep_long_keys_simple() throws Exception {
    String key = "example.com/" + "k".repeat(300);

    assertThat(yaml(node().put(key, "v"))).isEqualTo("---\n" + key + ": v\n");
  }

  @Test
  void should_start_every_document_of_a_stream_with_a_marker() throws Exception {
    StringWriter out = new StringWriter();
    try (SequenceWriter documents = mapper.writer().writeValues(out)) {
      documents.write(Map.of("kind", "ConfigMap"));
      documents.write(Map.of("kind", "Secret"));
      documents.write(Map.of("kind", "Service"));
    }

    assertThat(out).hasToString("---\nkind: ConfigMap\n---\nkind: Secret\n---\nkind: Service\n");
  }

  @Test
  void should_end_a_kept_literal_block_before_the_next_document() throws Exception {
    StringWriter out = new StringWriter();
    try (SequenceWriter documents = mapper.writer().writeValues(out)) {
      documents.write(Map.of("a", "x\n\n"));
      documents.write(Map.of("b", "z"));
    }

    assertThat(out).hasToString("---\na: |+\n  x\n\n...\n---\nb: z\n");
  }

  @Test
  void should_write_lists_unindented_and_empty_collections_in_flow_style() throws Exception {
    ObjectNode spec = node();
    spec.putArray("args").add("--port=8080").add("on");
    spec.putArray("volumes");
    spec.putObject("labels");

    assertThat(yaml(spec)).isEqualTo("---\nargs:\n- --port=8080\n- \"on\"\nvolumes: []\nlabels: {}\n");
  }

  @Test
  void should_keep_the_configuration_in_a_copied_mapper() throws Exception {
    ObjectMapper copy = mapper.copy();

    assertThat(copy.writeValueAsString(node().put("a", "x \ny").put("b", "on").put("c", "\u2029")))
        .isEqualTo("---\na: \"x \\ny\"\nb: \"on\"\nc: \"\\u2029\"\n");
  }

  @Test
  void should_write_line_feeds_only() throws Exception {
    String previous = System.getProperty("line.separator");
    System.setProperty("line.separator", "\r\n");
    try {
      String yaml = KubeYamlFactory.mapper().writeValueAsString(node().put("a", "x\ny").put("b", "z"));

      assertThat(yaml).isEqualTo("---\na: |-\n  x\n  y\nb: z\n");
    } finally {
      System.setProperty("line.separator", previous);
    }
  }
}
