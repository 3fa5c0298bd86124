package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on custom resources: a notice without their definition, the definition's schema with it. */
class CustomResourcesCommandTest {
  private static final Path RESOURCES = Path.of("src/test/resources/crd");

  private record Run(int code, List<String> lines) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(code, (out.toString() + err).lines().toList());
  }

  @Test
  void should_pass_a_custom_resource_without_its_definition_with_a_notice(@TempDir Path dir) throws IOException {
    Path tab = Files.copy(RESOURCES.resolve("crontab-broken.yaml"), dir.resolve("tab.yaml"));
    Run r = run("validate", "--strict", tab.toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).containsExactly(tab + ": notice: CronTab/nightly: body not checked: no"
        + " CustomResourceDefinition for CronTab in stable.example.com/v1 in the input (give it, or validate --crds DIR)"
        + " [custom-resource-not-checked]", "1 object valid (1 notice)");
  }

  @Test
  void should_check_a_custom_resource_against_the_definition_in_the_input_or_in_crds() throws IOException {
    Path tab = RESOURCES.resolve("crontab-broken.yaml");
    List<String> expected = List.of(
        tab + ": CronTab/nightly spec.cronSpec: must match ^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$ (was \"every night\") [cr-pattern]",
        tab + ": CronTab/nightly spec.imag: must be declared in the schema (was unknown field \"spec.imag\") [cr-unknown-field]",
        tab + ": CronTab/nightly spec.replicas: must be at most 10 (was 12) [cr-number-range]");
    Run together = run("validate", RESOURCES.resolve("crontab-crd.yaml").toString(), tab.toString());
    assertThat(together.code()).isEqualTo(1);
    assertThat(together.lines()).containsExactlyElementsOf(plus(expected, "2 objects, 3 errors"));
    Run apart = run("validate", "--crds", RESOURCES.resolve("crontab-crd.yaml").toString(), tab.toString());
    assertThat(apart.code()).isEqualTo(1);
    assertThat(apart.lines()).containsExactlyElementsOf(plus(expected, "1 object, 3 errors"));
  }

  private static List<String> plus(List<String> lines, String last) {
    List<String> all = new ArrayList<>(lines);
    all.add(last);
    return all;
  }
}
