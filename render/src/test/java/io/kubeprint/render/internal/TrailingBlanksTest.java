package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tabs at the end of lines read as go-yaml v2 reads them ({@link TrailingBlanks}, through {@link GoYaml}). */
class TrailingBlanksTest {

  @Test
  void should_read_a_service_with_a_tab_at_the_end_of_every_line_as_go_yaml_does() {
    // GIVEN a Service with a tab after every key and value (kubectl and the API server accept it)
    String text = "apiVersion: v1\t\nkind: Service\t\nmetadata:\t\n  name: web\t\nspec:\t\n  selector:\t\n"
        + "    app: web\t\n  ports:\t\n  - port: 80\t\n";
    // WHEN parsing it
    GoYaml.Stream s = GoYaml.parse(new java.io.StringReader(text));
    // THEN it reads, the tabs gone
    assertThat(s.unreadable()).isNull();
    assertThat(s.documents()).singleElement().extracting(d -> d.tree().toString())
        .isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"web\"},"
            + "\"spec\":{\"selector\":{\"app\":\"web\"},\"ports\":[{\"port\":80}]}}");
  }

  @Test
  void should_read_spaces_and_tabs_after_a_quoted_value() {
    assertThat(TrailingBlanks.asGoYamlReadsThem("a: \"b\" \t \r\nc: 'd'\t\n")).isEqualTo("a: \"b\"   \r\nc: 'd' \n");
  }

  @Test
  void should_keep_tabs_at_the_end_of_block_scalar_lines_which_are_content() {
    String text = "data:\n  a: |\n    keep\t\n\n    this\t\n  b: x\t\n";
    assertThat(TrailingBlanks.asGoYamlReadsThem(text)).isEqualTo("data:\n  a: |\n    keep\t\n\n    this\t\n  b: x \n");
  }

  @Test
  void should_keep_a_tab_after_a_sequence_indicator_which_go_yaml_refuses_too() {
    assertThat(TrailingBlanks.asGoYamlReadsThem("- \t\n")).isEqualTo("- \t\n");
  }

  @Test
  void should_keep_a_tab_on_a_line_of_nothing_else() {
    assertThat(TrailingBlanks.asGoYamlReadsThem("a: b\n\t\nc: d\n")).isEqualTo("a: b\n\t\nc: d\n");
  }
}
