package io.kubeprint.test;

import static io.kubeprint.test.Fixtures.APP;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.Fixtures.SENTINEL_BASE64;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.dsl.Kube;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFileTest {
  private static final RenderOptions REDACTED = RenderOptions.defaults().secrets(SecretMode.REDACTED);

  @TempDir
  Path dir;

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void should_fail_for_a_missing_file_naming_the_switch_that_creates_it() {
    // GIVEN no golden file, and updating off
    Path file = dir.resolve("blue.yaml");
    // THEN the comparison fails, tells the exact switch, and writes nothing
    assertThatThrownBy(() -> GoldenFile.of(file).updating(false).assertMatches(BLUE))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to match golden file " + file + "\n"
            + "but the file does not exist\nTo create it, run the tests with -Dkubeprint.updateSnapshots=true");
    assertThat(file).doesNotExist();
  }

  @Test
  void should_create_a_missing_file_when_updating() throws IOException {
    Path file = dir.resolve("golden/chap09/blue.yaml");
    GoldenFile.of(file).updating(true).assertMatches(BLUE);
    assertThat(read(file)).isEqualTo(Yaml.render(BLUE, REDACTED));
    GoldenFile.of(file).updating(false).assertMatches(BLUE);
  }

  @Test
  void should_pass_without_touching_an_equal_file() throws IOException {
    // GIVEN an up-to-date golden file with an old timestamp
    Path file = dir.resolve("blue.yaml");
    write(file, Yaml.render(BLUE, REDACTED));
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    // WHEN compared, even with updating on
    GoldenFile.of(file).updating(true).assertMatches(BLUE);
    // THEN the file was not rewritten
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
  }

  @Test
  void should_fail_with_a_unified_diff_when_the_object_changed() throws IOException {
    // GIVEN the golden file of the blue deployment, and the same deployment scaled to 5
    Path file = dir.resolve("blue.yaml");
    write(file, Yaml.render(BLUE, REDACTED));
    String before = read(file);
    // THEN the failure shows the changed line in context, and the file stays as it was
    assertThatThrownBy(() -> GoldenFile.of(file).updating(false).assertMatches(Kube.deployment(BLUE).replicas(5).build()))
        .hasMessage("\nExpecting Deployment/webserver-blue:\n  to match golden file " + file + "\nbut differed:\n"
            + "--- golden\n+++ actual\n"
            + "@@ -3,7 +3,7 @@\n metadata:\n   name: webserver-blue\n spec:\n"
            + "-  replicas: 3\n+  replicas: 5\n   selector:\n     matchLabels:\n       color: blue\n"
            + "To update the golden file, run the tests with -Dkubeprint.updateSnapshots=true");
    assertThat(read(file)).isEqualTo(before);
  }

  @Test
  void should_rewrite_a_different_file_atomically_when_updating() throws IOException {
    Path file = dir.resolve("blue.yaml");
    write(file, "stale\n");
    GoldenFile.of(file).updating(true).assertMatches(BLUE);
    assertThat(read(file)).isEqualTo(Yaml.render(BLUE, REDACTED));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void should_update_only_when_the_system_property_says_true() throws IOException {
    Path file = dir.resolve("blue.yaml");
    String previous = System.getProperty(GoldenFile.UPDATE_PROPERTY);
    try {
      System.setProperty(GoldenFile.UPDATE_PROPERTY, "false");
      assertThat(GoldenFile.of(file).isUpdating()).isFalse();
      assertThatThrownBy(() -> GoldenFile.of(file).assertMatches(BLUE)).hasMessageContaining("does not exist");
      System.setProperty(GoldenFile.UPDATE_PROPERTY, "true");
      assertThat(GoldenFile.of(file).updating(false).isUpdating()).isFalse();
      GoldenFile.of(file).assertMatches(BLUE);
      assertThat(read(file)).isEqualTo(Yaml.render(BLUE, REDACTED));
    } finally {
      if (previous == null) {
        System.clearProperty(GoldenFile.UPDATE_PROPERTY);
      } else {
        System.setProperty(GoldenFile.UPDATE_PROPERTY, previous);
      }
    }
  }

  @Test
  void should_compare_a_bundle_rendered_in_apply_order() throws IOException {
    Path file = dir.resolve("app.yaml");
    write(file, Yaml.render(APP, REDACTED));
    assertThat(APP).matchesGoldenFile(GoldenFile.of(file).updating(false));
    assertThatThrownBy(() -> assertThat(Kube.bundle(BLUE)).matchesGoldenFile(GoldenFile.of(dir.resolve("none.yaml"))
        .updating(false)))
        .hasMessageStartingWith("\nExpecting bundle of 1 object:\n  to match golden file ");
  }

  @Test
  void should_write_real_secret_values_only_in_base64_mode() throws IOException {
    Path redacted = dir.resolve("redacted.yaml");
    Path base64 = dir.resolve("base64.yaml");
    GoldenFile.of(redacted).updating(true).assertMatches(Fixtures.API_KEY);
    GoldenFile.of(base64).withSecrets(SecretMode.BASE64).updating(true).assertMatches(Fixtures.API_KEY);
    assertThat(read(redacted)).contains("key: \"**redacted**\"").doesNotContain(SENTINEL_BASE64);
    assertThat(read(base64)).contains("key: " + SENTINEL_BASE64);
  }

  @Test
  void should_compare_text_byte_for_byte_and_say_when_only_line_endings_differ() throws IOException {
    Path file = dir.resolve("text.yaml");
    write(file, "a: 1\r\nb: 2\r\n");
    assertThatThrownBy(() -> GoldenFile.of(file).updating(false).assertMatches("a: 1\nb: 2\n"))
        .hasMessage("\nExpecting text:\n  to match golden file " + file + "\nbut differed:\n"
            + "--- golden\n+++ actual\n@@ -1,2 +1,2 @@\n-a: 1\n-b: 2\n+a: 1\n+b: 2\n"
            + "(they differ only in line endings: LF against CRLF)\n"
            + "To update the golden file, run the tests with -Dkubeprint.updateSnapshots=true");
    write(file, "a: 1\nb: 2\n");
    GoldenFile.of(file).updating(false).assertMatches("a: 1\nb: 2\n");
  }

  @Test
  void should_prefix_the_description_of_the_assertion() {
    Path file = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> assertThat(BLUE).as("blue").matchesGoldenFile(GoldenFile.of(file).updating(false)))
        .hasMessageStartingWith("[blue] \nExpecting Deployment/webserver-blue:\n  to match golden file ");
  }

  @Test
  void should_accept_string_and_path_file_names() {
    assertThat(GoldenFile.of("src/test/resources/x.yaml")).isEqualTo(GoldenFile.of(Path.of("src/test/resources/x.yaml")));
    assertThat(GoldenFile.of("x.yaml").withSecrets(SecretMode.BASE64).updating(true))
        .hasToString("GoldenFile{x.yaml, secrets=BASE64, updating=true}");
    assertThat(GoldenFile.of("x.yaml").secrets()).isEqualTo(SecretMode.REDACTED);
  }

  @Test
  void should_compare_through_the_assertion_with_a_path_or_a_string() throws IOException {
    // GIVEN up-to-date golden files (so the result does not depend on the update switch)
    Path file = dir.resolve("blue.yaml");
    write(file, Yaml.render(BLUE, REDACTED));
    // THEN both spellings compare them
    assertThat(BLUE).matchesGoldenFile(file).matchesGoldenFile(file.toString());
    Path app = dir.resolve("app.yaml");
    write(app, Yaml.render(APP, REDACTED));
    assertThat(APP).matchesGoldenFile(app).matchesGoldenFile(app.toString());
  }
}
