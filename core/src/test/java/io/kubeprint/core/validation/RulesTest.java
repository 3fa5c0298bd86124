package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void should_document_every_rule_with_its_upstream_source_in_docs_validation_md() throws IOException {
    // GIVEN the reference page
    Path doc = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docs", "validation.md");
    if (!Files.exists(doc)) {
      doc = Path.of("..", "docs", "validation.md");
    }
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    // THEN every rule has a row naming its id and its upstream function
    assertThat(Rules.all()).isNotEmpty();
    for (Rule r : Rules.all()) {
      assertThat(text).as("docs/validation.md row for %s", r.id())
          .contains("| `" + r.id() + "` | `" + r.upstream() + "` |");
    }
  }
}
