package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.test.Fixtures.API_KEY;
import static io.kubeprint.test.Fixtures.APP;
import static io.kubeprint.test.Fixtures.BLUE;
import static io.kubeprint.test.Fixtures.SENTINEL;
import static io.kubeprint.test.Fixtures.SENTINEL_BASE64;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No failure message shows a Secret value, in clear or base64-encoded. */
class RedactionTest {
  private static final Secret OTHER = secret("apikey").data("id", "client-1234").data("key", "another-value").build();

  @TempDir
  Path dir;

  /** Runs each failing assertion and checks its message for the sentinel. */
  private static void assertRedacted(List<ThrowingCallable> failing) {
    for (int i = 0; i < failing.size(); i++) {
      Throwable t = catchThrowable(failing.get(i));
      assertThat(t).as("assertion %d fails", i).isInstanceOf(AssertionError.class);
      assertThat(t.getMessage()).as("message %d", i).doesNotContain(SENTINEL).doesNotContain(SENTINEL_BASE64);
    }
  }

  @Test
  void should_never_print_a_value_in_secret_assertion_failures() {
    Secret unnamed = Secret.builder().from(API_KEY).metadata(ObjectMeta.builder().build()).build();
    assertRedacted(List.of(
        () -> assertThat(API_KEY).hasData("key", "wrong"),
        () -> assertThat(OTHER).hasData("key", SENTINEL),
        () -> assertThat(API_KEY).hasData("missing", SENTINEL),
        () -> assertThat(API_KEY).hasKeys("id"),
        () -> assertThat(API_KEY).containsKey("missing"),
        () -> assertThat(API_KEY).doesNotContainKey("key"),
        () -> assertThat(API_KEY).hasType(Secret.TLS),
        () -> assertThat(API_KEY).isImmutable(),
        () -> assertThat(API_KEY).hasLabel("a", "b"),
        () -> assertThat(API_KEY).hasName("other"),
        () -> assertThat(unnamed).hasNoViolations(),
        () -> assertThat(API_KEY).hasViolation("data", "secret-size"),
        () -> assertThat(API_KEY).isEqualTo(OTHER),
        () -> assertThat(API_KEY).isNull()));
  }

  @Test
  void should_never_print_a_value_in_env_and_bundle_failures() {
    assertRedacted(List.of(
        () -> assertThat(BLUE).container("webserver-container").hasEnv("SECRET_KEY").fromSecret(API_KEY, "id"),
        () -> assertThat(BLUE).container("webserver-container").hasEnv("SECRET_KEY").fromSecret(API_KEY, "nope"),
        () -> assertThat(BLUE).container("webserver-container").hasEnv("SECRET_KEY").hasValue("x"),
        () -> assertThat(BLUE).container("webserver-container").hasEnv("SECRET_KEY").fromConfigMap(Fixtures.PROJECT_ID, "project.id"),
        () -> assertThat(bundle(API_KEY, Secret.builder().from(API_KEY).metadata(ObjectMeta.builder().build()).build()))
            .hasNoViolations(),
        () -> assertThat(APP).hasObjects("Secret/apikey"),
        () -> assertThat(APP).secret("other"),
        () -> assertThat(APP).hasSize(1),
        () -> assertThat(APP).isEqualTo(bundle(OTHER)),
        () -> assertThat(APP).secret("apikey").hasData("key", "wrong")));
  }

  @Test
  void should_mask_secret_values_a_golden_file_holds_when_diffing_in_redacted_mode() throws IOException {
    // GIVEN a golden file written with base64 values, compared in the default (redacted) mode
    Path file = dir.resolve("secret.yaml");
    Files.writeString(file, Yaml.render(API_KEY), StandardCharsets.UTF_8);
    // THEN the diff shows which keys differ, never a value
    Throwable t = catchThrowable(() -> assertThat(API_KEY).matchesGoldenFile(GoldenFile.of(file).updating(false)));
    assertThat(t).hasMessage("\nExpecting Secret/apikey:\n  to match golden file " + file + "\nbut differed:\n"
        + "--- golden\n+++ actual\n@@ -3,5 +3,5 @@\n metadata:\n   name: apikey\n data:\n"
        + "-  id: \"**redacted**\"\n-  key: \"**redacted**\"\n+  id: \"**redacted**\"\n+  key: \"**redacted**\"\n"
        + "(Secret values are masked)\n"
        + "To update the golden file, run the tests with -Dkubeprint.updateSnapshots=true");
  }

  @Test
  void should_mask_secret_values_when_diffing_in_base64_mode() throws IOException {
    // GIVEN the base64 golden file of a Secret whose key value has since changed
    Path file = dir.resolve("secret.yaml");
    GoldenFile golden = GoldenFile.of(file).withSecrets(SecretMode.BASE64);
    golden.updating(true).assertMatches(OTHER);
    // THEN the failure names the key that changed, and neither value
    Throwable t = catchThrowable(() -> golden.updating(false).assertMatches(API_KEY));
    assertThat(t).hasMessage("\nExpecting Secret/apikey:\n  to match golden file " + file + "\nbut differed:\n"
        + "--- golden\n+++ actual\n@@ -4,4 +4,4 @@\n   name: apikey\n data:\n   id: \"**redacted**\"\n"
        + "-  key: \"**redacted**\"\n+  key: \"**redacted**\"\n"
        + "(Secret values are masked)\n"
        + "To update the golden file, run the tests with -Dkubeprint.updateSnapshots=true");
  }

  @Test
  void should_mask_secret_values_in_bundle_and_text_diffs() throws IOException {
    Path file = dir.resolve("app.yaml");
    Files.writeString(file, Yaml.render(bundle(OTHER, BLUE), RenderOptions.defaults().validate(false)), StandardCharsets.UTF_8);
    assertRedacted(List.of(
        () -> assertThat(bundle(API_KEY, BLUE)).matchesGoldenFile(GoldenFile.of(file).withSecrets(SecretMode.BASE64)
            .updating(false)),
        () -> assertThat(bundle(API_KEY, Fixtures.GREEN)).matchesGoldenFile(GoldenFile.of(file).updating(false)),
        () -> GoldenFile.of(file).updating(false).assertMatches(Yaml.render(bundle(API_KEY, Fixtures.GREEN), RenderOptions.defaults().validate(false)))));
  }

  @Test
  void should_mask_the_lines_the_redacted_mode_renders() {
    // GIVEN the same Secret rendered with base64 values and redacted
    List<String> base64 = LineDiff.lines(Yaml.render(API_KEY));
    List<String> redacted = LineDiff.lines(Yaml.render(API_KEY, RenderOptions.defaults().secrets(SecretMode.REDACTED)));
    // THEN masking the first shows exactly the second
    assertThat(SecretLines.shown(base64)).isEqualTo(SecretLines.shown(redacted))
        .containsExactly("apiVersion: v1", "kind: Secret", "metadata:", "  name: apikey", "data:",
            "  id: \"**redacted**\"", "  key: \"**redacted**\"");
  }

  @Test
  void should_mask_string_data_block_scalars_and_flow_maps_but_not_other_kinds() {
    String text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\nstringData:\n  cert: |\n    " + SENTINEL
        + "\n    more\ntype: Opaque\n---\nkind: Secret\ndata: {key: " + SENTINEL_BASE64 + "}\n---\n"
        + "kind: ConfigMap\ndata:\n  key: visible\n";
    assertThat(SecretLines.shown(LineDiff.lines(text))).containsExactly(
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: a", "stringData:", "  cert: \"**redacted**\"",
        "    \"**redacted**\"", "    \"**redacted**\"", "type: Opaque", "---", "kind: Secret", "data: \"**redacted**\"", "---",
        "kind: ConfigMap", "data:", "  key: visible");
  }
}
