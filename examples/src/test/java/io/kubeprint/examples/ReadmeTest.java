package io.kubeprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's quick start shows the code of {@link QuickStart} and exactly the YAML it prints. */
class ReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  private static String block(String text, String fence) {
    int start = text.indexOf("```" + fence + "\n");
    assertThat(start).as("README has a ```%s block", fence).isNotNegative();
    int from = start + fence.length() + 4;
    return text.substring(from, text.indexOf("```", from));
  }

  @Test
  void should_show_the_yaml_the_quick_start_prints() throws IOException {
    assertThat(block(readme(), "yaml")).isEqualTo(QuickStart.yaml());
  }

  @Test
  void should_show_the_quick_start_code_as_compiled() throws IOException {
    String java = block(readme(), "java");
    String source = Files.readString(Path.of("src/main/java/io/kubeprint/examples/QuickStart.java"),
        StandardCharsets.UTF_8);
    for (String line : java.strip().split("\n")) {
      if (line.startsWith("import") || line.startsWith("System.out")) {
        continue;
      }
      assertThat(source).as("QuickStart.java has the README line").contains(line.strip());
    }
  }
}
