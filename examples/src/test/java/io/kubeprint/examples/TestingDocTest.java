package io.kubeprint.examples;

import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kubeprint.core.Bundle;
import io.kubeprint.dsl.Kube;
import io.kubeprint.test.GoldenFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/testing.md shows {@link Chap09AppTest} as compiled, and the failure messages the kit really prints. */
class TestingDocTest {

  private static String doc() throws IOException {
    return Files.readString(Path.of("..", "docs", "testing.md"), StandardCharsets.UTF_8);
  }

  private static List<String> blocks(String text, String fence) {
    List<String> out = new ArrayList<>();
    int start = text.indexOf("```" + fence + "\n");
    while (start >= 0) {
      int from = start + fence.length() + 4;
      int end = text.indexOf("```", from);
      out.add(text.substring(from, end));
      start = text.indexOf("```" + fence + "\n", end + 3);
    }
    return out;
  }

  private static String failure(Runnable assertion) {
    Throwable t = catchThrowable(assertion::run);
    assertThat(t).isInstanceOf(AssertionError.class);
    return t.getMessage().substring(1) + "\n";
  }

  @Test
  void should_show_the_complete_test_of_the_chapter_as_compiled() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/kubeprint/examples/Chap09AppTest.java"),
        StandardCharsets.UTF_8);
    assertThat(blocks(doc(), "java").get(0)).isEqualTo(source);
  }

  @Test
  void should_show_the_failure_of_a_route_to_the_wrong_colour() throws IOException {
    String message = failure(() -> assertThat(new Chap09().manifests()).service("webserver")
        .routesTo(Chap09.GREEN, "http-server"));
    assertThat(blocks(doc(), "text").get(0)).isEqualTo(message);
  }

  @Test
  void should_show_the_failure_of_a_changed_golden_file() throws IOException {
    Bundle scaled = Kube.bundle(Chap09.PROJECT_ID, Chap09.API_KEY, Kube.deployment(Chap09.BLUE).replicas(5).build(),
        Chap09.GREEN, Chap09.SERVICE, Chap09.BATCH);
    String message = failure(() -> assertThat(scaled)
        .matchesGoldenFile(GoldenFile.of("src/test/resources/golden/chap09/app.yaml").updating(false)));
    assertThat(blocks(doc(), "text").get(1)).isEqualTo(message);
  }
}
