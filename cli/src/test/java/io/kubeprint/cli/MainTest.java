package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Fixtures;
import io.kubeprint.render.Json;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract: exit 0 all well, 1 problems found, 2 unusable input or usage; exact output. */
class MainTest {
  private static final String USAGE_FIRST_LINE = "usage: kubeprint <command> [options]";

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - image: nginx
          name: web
      """;

  private static final String POD_WITHOUT_CONTAINERS = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers: []
      """;

  /** A small valid ConfigMap, shared with {@link ImportAndDiffCommandsTest}. */
  static final String CONFIG_MAP = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
      data:
        mode: fast
      """;

  @TempDir
  Path dir;

  static Stream<Arguments> commandsAndHelpFlags() {
    return Stream.of("validate", "fmt", "render", "import", "diff", "version", "help")
        .flatMap(c -> Stream.of("--help", "-h").map(f -> Arguments.of(c, f)));
  }

  /** The version of the parent pom, which every module shares. */
  static String projectVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern
        .compile("<artifactId>kubeprint-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("parent version in render/pom.xml").isTrue();
    return m.group(1);
  }

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  Path file(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Nested
  class Validate {
    @Test
    void should_exit_0_and_count_the_objects_of_a_valid_file() throws IOException {
      Path f = file("app.yaml", POD + "---\n" + CONFIG_MAP);
      Run r = run("validate", f.toString());
      assertThat(r.code()).isZero();
      assertThat(r.outLines()).containsExactly("2 objects valid");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_exit_1_for_a_file_without_a_manifest_as_kubectl_apply_refuses_it() throws IOException {
      Path f = file("empty.yaml", "# nothing here yet\n---\n");
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines()).containsExactly("error: no objects passed to apply: " + f + " holds no manifest");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void should_exit_1_and_print_one_line_per_violation_with_its_file() throws IOException {
      Path f = file("pod.yaml", POD_WITHOUT_CONTAINERS);
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          f + ": Pod/web spec.containers: at least one container is required [containers-required]",
          "1 object, 1 error");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_exit_2_for_a_file_that_is_not_yaml() throws IOException {
      Path f = file("broken.yaml", CONFIG_MAP + "  labels: [app\n");
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("error: " + f + " (document 1): not valid YAML at line 8, column 1:"
          + " expected ',' or ']', but got <stream end>");
      assertThat(r.out()).isEqualTo("0 objects, 1 error\n");
    }

    @Test
    void should_exit_1_for_a_file_with_a_field_kubernetes_does_not_know_naming_file_object_and_path()
        throws IOException {
      Path f = file("typo.yaml", POD.replace("  name: web\nspec", "  name: web\n  lables:\n    app: web\nspec"));
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(f + " (document 1): Pod/web metadata.lables: unknown field"
          + " \"metadata.lables\": Kubernetes has no such field", "0 objects, 1 error");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_report_every_document_of_the_wrong_shape_and_validate_the_others() throws IOException {
      Path f = file("app.yaml", POD.replace("  name: web\n", "  name: a\n  lables: {}\n") + "---\n"
          + POD_WITHOUT_CONTAINERS + "---\n" + POD.replace("  name: web\n", "  name: c\n  uid: 7\n"));
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          // every problem of a document, not only the first (the replacement lands in two places of the pod)
          f + " (document 1): Pod/a metadata.lables: unknown field \"metadata.lables\": Kubernetes has no such field",
          f + " (document 1): Pod/a spec.lables: unknown field \"spec.lables\": Kubernetes has no such field",
          f + " (document 3): Pod/c metadata.uid: must be a string (was number 7)",
          f + " (document 3): Pod/c spec.uid: unknown field \"spec.uid\": Kubernetes has no such field",
          f + ": Pod/web spec.containers: at least one container is required [containers-required]",
          "1 object, 5 errors");
    }

    @Test
    void should_exit_1_for_yaml_flow_syntax_that_kubectl_reads_as_json_and_say_how_to_fix_it() throws IOException {
      Path f = file("flow.yaml", "{\n  apiVersion: \"v1\",\n  kind: \"ConfigMap\",\n  metadata: {name: \"a\"},\n}\n");
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(f + " (document 1): kubectl reads input that starts with '{' as JSON,"
          + " and this is not JSON (invalid character 'a' looking for beginning of object key string at offset 5);"
          + " quote its keys, start it with a '---' line, or write it in block style", "0 objects, 1 error");
    }

    @Test
    void should_exit_2_without_usage_text_for_a_file_that_does_not_exist() {
      Path missing = dir.resolve("missing.yaml");
      Run r = run("validate", missing.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("error: " + missing + ": no such file or directory");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void should_still_check_the_readable_files_when_one_is_not() throws IOException {
      Path bad = file("a.yaml", "kind: Pod\nmetadata: {name: [\n");
      Path invalid = file("b.yaml", POD_WITHOUT_CONTAINERS);
      Run r = run("validate", bad.toString(), invalid.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("error: " + bad + " (document 1): not valid YAML at line 3, column 1:"
          + " expected the node content, but found '<stream end>'");
      assertThat(r.outLines()).containsExactly(
          invalid + ": Pod/web spec.containers: at least one container is required [containers-required]",
          "1 object, 2 errors");
    }

    @Test
    void should_exit_1_for_a_document_without_api_version_and_check_the_other_files() throws IOException {
      Path bad = file("a.yaml", "kind: Pod\n");
      Path invalid = file("b.yaml", POD_WITHOUT_CONTAINERS);
      Run r = run("validate", bad.toString(), invalid.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          bad + " (document 1): Pod/ apiVersion: must be a non-empty string such as \"apps/v1\" (was absent)",
          invalid + ": Pod/web spec.containers: at least one container is required [containers-required]",
          "1 object, 2 errors");
    }

    @Test
    void should_read_every_manifest_of_a_directory() throws IOException {
      file("k8s/pod.yaml", POD);
      file("k8s/config/settings.yml", CONFIG_MAP);
      file("k8s/kustomization.yaml", "resources:\n- pod.yaml\n");
      Run r = run("validate", dir.resolve("k8s").toString());
      assertThat(r.code()).isZero();
      assertThat(r.outLines()).containsExactly("2 objects valid");
    }

    @Test
    void should_report_a_cross_object_finding_as_a_warning_and_exit_0() throws IOException {
      Path f = file("app.yaml", CONFIG_MAP + "---\n" + CONFIG_MAP);
      Run r = run("validate", f.toString());
      assertThat(r.code()).isZero();
      assertThat(r.outLines()).containsExactly(
          f + ": warning: ConfigMap/settings metadata.name: must be unique per kind and namespace in a bundle"
              + " (was \"settings\" again) [duplicate-object]",
          "2 objects valid (1 warning)");
    }

    @Test
    void should_exit_1_for_a_cross_object_finding_when_strict() throws IOException {
      Path f = file("app.yaml", CONFIG_MAP + "---\n" + CONFIG_MAP);
      Run r = run("validate", "--strict", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          f + ": warning: ConfigMap/settings metadata.name: must be unique per kind and namespace in a bundle"
              + " (was \"settings\" again) [duplicate-object]",
          "2 objects, 0 errors, 1 warning (failing with --strict)");
    }

    @Test
    void should_name_every_file_an_object_of_that_name_is_in() throws IOException {
      Path a = file("a.yaml", CONFIG_MAP);
      Path b = file("b.yaml", CONFIG_MAP);
      Run r = run("validate", "--strict", a.toString(), b.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(a + ", " + b
          + ": warning: ConfigMap/settings metadata.name: must be unique per kind and namespace in a bundle"
          + " (was \"settings\" again) [duplicate-object]",
          "2 objects, 0 errors, 1 warning (failing with --strict)");
    }
  }

  /** {@code validate --output text|json|junit|github|sarif}: one report, several shapes, the same exit codes. */
  @Nested
  class ValidateOutput {
    private static final String CRON_TAB = """
        apiVersion: stable.example.com/v1
        kind: CronTab
        metadata:
          name: nightly
        spec: {}
        """;

    @Test
    void should_end_text_output_with_the_counts_of_objects_errors_warnings_and_notices() throws IOException {
      Path f = file("app.yaml", POD_WITHOUT_CONTAINERS + "---\n" + CONFIG_MAP + "---\n" + CONFIG_MAP + "---\n" + CRON_TAB);
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          f + ": warning: ConfigMap/settings metadata.name: must be unique per kind and namespace in a bundle"
              + " (was \"settings\" again) [duplicate-object]",
          f + ": notice: CronTab/nightly: body not checked: no CustomResourceDefinition for CronTab in"
              + " stable.example.com/v1 in the input (give it, or validate --crds DIR) [custom-resource-not-checked]",
          f + ": Pod/web spec.containers: at least one container is required [containers-required]",
          "4 objects, 1 error, 1 warning, 1 notice");
    }

    @Test
    void should_write_a_sarif_log_with_the_rules_reported_and_a_result_per_problem() throws IOException {
      Path f = file("app.yaml", POD_WITHOUT_CONTAINERS + "---\n" + CRON_TAB);
      Run r = run("validate", "--output", "sarif", f.toString());
      assertThat(r.code()).isEqualTo(1);
      String uri = f.toString().replace('\\', '/');
      assertThat(r.out()).isEqualTo("""
          {
            "version": "2.1.0",
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "runs": [{
              "tool": {"driver": {"name": "kubeprint", "version": "%s", "rules": [
                {"id": "containers-required", "shortDescription": {"text": "a pod has at least one container"}, "properties": {"upstream": "validateContainers"}},
                {"id": "custom-resource-not-checked", "shortDescription": {"text": "a custom resource whose CustomResourceDefinition is not in the input: its metadata is checked, its body is not (a notice)"}, "properties": {"upstream": "kubeprint"}}
              ]}},
              "results": [
                {"ruleId": "custom-resource-not-checked", "level": "note", "message": {"text": "CronTab/nightly: body not checked: no CustomResourceDefinition for CronTab in stable.example.com/v1 in the input (give it, or validate --crds DIR)"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%s"}}, "logicalLocations": [{"fullyQualifiedName": "CronTab/nightly", "kind": "resource"}]}]},
                {"ruleId": "containers-required", "level": "error", "message": {"text": "Pod/web spec.containers: at least one container is required"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%s"}}, "logicalLocations": [{"fullyQualifiedName": "Pod/web spec.containers", "kind": "resource"}]}]}
              ]
            }]
          }
          """.formatted(Main.version(), uri, uri));
    }

    @Test
    void should_print_a_warning_repeated_for_the_same_object_path_and_rule_once() {
      Violation first = new Violation("ConfigMap/settings", "metadata.name", "duplicate-object",
          "must be unique per kind and namespace in a bundle (was \"settings\" again)", Severity.WARNING);
      Violation again = new Violation("ConfigMap/settings", "metadata.name", "duplicate-object",
          "must be unique per kind and namespace in a bundle (was \"settings\" a third time)", Severity.WARNING);
      ValidationReport report = new ValidationReport(List.of(), List.of(first, again),
          Map.of("ConfigMap/settings", "app.yaml"), false);
      StringWriter out = new StringWriter();
      report.print(ValidationReport.Format.TEXT, new PrintWriter(out));
      assertThat(out.toString()).isEqualTo("app.yaml: " + first + "\n0 objects valid (1 warning)\n");
    }

    @Test
    void should_print_one_json_document_with_a_summary_and_every_object() throws IOException {
      Path f = file("app.yaml", POD_WITHOUT_CONTAINERS + "---\n" + CONFIG_MAP + "---\n"
          + CONFIG_MAP.replace("\ndata:", "\n  lables: {}\ndata:"));
      Run r = run("validate", "--output", "json", f.toString());
      assertThat(r.code()).isEqualTo(1);
      String file = ValidationReport.quote(f.toString());
      assertThat(r.out()).isEqualTo("{\n"
          + "  \"summary\": {\"objects\": 2, \"resources\": 3, \"valid\": 1, \"invalid\": 2, \"unreadable\": 0,"
          + " \"errors\": 2, \"warnings\": 0, \"notices\": 0},\n"
          + "  \"resources\": [\n"
          + "    {\"filename\": " + file + ", \"kind\": \"Pod\", \"name\": \"web\", \"status\": \"invalid\","
          + " \"violations\": [{\"path\": \"spec.containers\", \"rule\": \"containers-required\", \"severity\": \"error\","
          + " \"message\": \"at least one container is required\"}]},\n"
          + "    {\"filename\": " + file + ", \"kind\": \"ConfigMap\", \"name\": \"settings\", \"status\": \"valid\"},\n"
          + "    {\"filename\": " + file + ", \"document\": 3, \"kind\": \"ConfigMap\", \"name\": \"settings\","
          + " \"status\": \"invalid\", \"violations\": [{\"path\": \"metadata.lables\", \"rule\": \"wrong-shape\","
          + " \"severity\": \"error\", \"message\": \"unknown field \\\"metadata.lables\\\": Kubernetes has no such field\"}]}\n"
          + "  ]\n"
          + "}\n");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_report_unreadable_input_in_json_with_status_error_and_exit_2() throws IOException {
      Path bad = file("bad.yaml", "kind: Pod\nmetadata: {name: [\n");
      Path good = file("good.yaml", CONFIG_MAP);
      Run r = run("validate", "--output", "json", bad.toString(), good.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEqualTo("{\n"
          + "  \"summary\": {\"objects\": 1, \"resources\": 2, \"valid\": 1, \"invalid\": 0, \"unreadable\": 1,"
          + " \"errors\": 1, \"warnings\": 0, \"notices\": 0},\n"
          + "  \"resources\": [\n"
          + "    {\"filename\": " + ValidationReport.quote(bad.toString()) + ", \"document\": 1, \"kind\": \"\", \"name\": \"\","
          + " \"status\": \"error\", \"msg\": \"not valid YAML at line 3, column 1: expected the node content, but found"
          + " '<stream end>'\"},\n"
          + "    {\"filename\": " + ValidationReport.quote(good.toString()) + ", \"kind\": \"ConfigMap\", \"name\": \"settings\","
          + " \"status\": \"valid\"}\n"
          + "  ]\n"
          + "}\n");
      assertThat(r.errLines()).containsExactly("error: " + bad + " (document 1): not valid YAML at line 3, column 1:"
          + " expected the node content, but found '<stream end>'");
    }

    @Test
    void should_exit_0_with_json_for_valid_input() throws IOException {
      Path f = file("app.yaml", CONFIG_MAP);
      Run r = run("validate", "--output", "json", f.toString());
      assertThat(r.code()).isZero();
      assertThat(r.outLines()).element(1).isEqualTo("  \"summary\": {\"objects\": 1, \"resources\": 1, \"valid\": 1,"
          + " \"invalid\": 0, \"unreadable\": 0, \"errors\": 0, \"warnings\": 0, \"notices\": 0},");
    }

    @Test
    void should_print_a_junit_report_with_a_testsuite_per_file_and_a_failure_per_error() throws IOException {
      Path a = file("a.yaml", POD_WITHOUT_CONTAINERS + "---\n" + CONFIG_MAP);
      Path b = file("b.yaml", CONFIG_MAP.replace("settings", "other"));
      Run r = run("validate", "--output", "junit", a.toString(), b.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).isEqualTo("""
          <?xml version="1.0" encoding="UTF-8"?>
          <testsuites name="kubeprint validate" tests="3" failures="1" errors="0">
            <testsuite name="A" tests="2" failures="1" errors="0" skipped="0">
              <testcase classname="A" name="Pod/web">
                <failure message="spec.containers: at least one container is required" type="containers-required">\
          Pod/web spec.containers: at least one container is required [containers-required]</failure>
              </testcase>
              <testcase classname="A" name="ConfigMap/settings"/>
            </testsuite>
            <testsuite name="B" tests="1" failures="0" errors="0" skipped="0">
              <testcase classname="B" name="ConfigMap/other"/>
            </testsuite>
          </testsuites>
          """.replace("\"A\"", "\"" + a + "\"").replace("\"B\"", "\"" + b + "\""));
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_put_warnings_into_system_out_of_junit_and_fail_them_when_strict() throws IOException {
      Path f = file("app.yaml", CONFIG_MAP + "---\n" + CONFIG_MAP);
      String warning = "warning: ConfigMap/settings metadata.name: must be unique per kind and namespace in a bundle"
          + " (was &quot;settings&quot; again) [duplicate-object]";
      Run lenient = run("validate", "--output", "junit", f.toString());
      assertThat(lenient.code()).isZero();
      assertThat(lenient.outLines()).contains("      <system-out>" + warning + "</system-out>")
          .noneMatch(l -> l.contains("<failure"));
      Run strict = run("validate", "--strict", "--output", "junit", f.toString());
      assertThat(strict.code()).isEqualTo(1);
      assertThat(strict.outLines()).contains("      <failure message=\"metadata.name: must be unique per kind and"
          + " namespace in a bundle (was &quot;settings&quot; again)\" type=\"duplicate-object\">" + warning
          + "</failure>");
    }

    @Test
    void should_print_github_annotations_for_errors_warnings_and_notices_and_the_summary() throws IOException {
      Path f = file("app.yaml", POD_WITHOUT_CONTAINERS + "---\n" + CONFIG_MAP + "---\n" + CONFIG_MAP + "---\n" + CRON_TAB
          + "---\n" + CONFIG_MAP.replace("settings", "x").replace("\ndata:", "\n  lables: {}\ndata:"));
      Run r = run("validate", "--output", "github", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          "::error file=" + f + ",title=document 5::ConfigMap/x metadata.lables: unknown field"
              + " \"metadata.lables\": Kubernetes has no such field",
          "::warning file=" + f + ",title=duplicate-object::ConfigMap/settings metadata.name: must be unique per kind"
              + " and namespace in a bundle (was \"settings\" again)",
          "::notice file=" + f + ",title=custom-resource-not-checked::CronTab/nightly: body not checked: no"
              + " CustomResourceDefinition for CronTab in stable.example.com/v1 in the input (give it, or validate"
              + " --crds DIR)",
          "::error file=" + f + ",title=containers-required::Pod/web spec.containers: at least one container is"
              + " required",
          "4 objects, 2 errors, 1 warning, 1 notice");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_escape_commas_and_colons_in_the_file_of_a_github_annotation() throws IOException {
      Path f = file("a,b:c.yaml", POD_WITHOUT_CONTAINERS);
      Run r = run("validate", "--output", "github", f.toString());
      assertThat(r.outLines()).first().isEqualTo("::error file=" + f.toString().replace(":", "%3A").replace(",", "%2C")
          + ",title=containers-required::Pod/web spec.containers: at least one container is required");
    }

    @Test
    void should_never_print_a_secret_value_in_any_output() throws IOException {
      Path f = file("secret.yaml", """
          apiVersion: v1
          kind: Secret
          metadata:
            name: db
          stringData:
            "bad key": SENTINEL-s3cr3t
          """);
      for (String output : List.of("text", "json", "junit", "github", "sarif")) {
        Run r = run("validate", "--output", output, f.toString());
        assertThat(r.code()).as(output).isEqualTo(1);
        assertThat(r.out()).as(output).contains("secret-key-syntax").doesNotContain("SENTINEL");
        assertThat(r.err()).as(output).doesNotContain("SENTINEL");
      }
    }

    @Test
    void should_exit_2_for_an_output_format_it_does_not_know() throws IOException {
      Run r = run("validate", "--output", "xml", file("pod.yaml", POD).toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: --output must be text, json, junit, github or sarif (was xml)",
          USAGE_FIRST_LINE);
    }
  }

  @Nested
  class Usage {
    @Test
    void should_print_usage_and_exit_2_without_arguments() {
      Run r = run();
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).first().isEqualTo(USAGE_FIRST_LINE);
      assertThat(r.out()).isEmpty();
    }

    @Test
    void should_print_usage_on_standard_output_and_exit_0_for_help() {
      Run r = run("help");
      assertThat(r.code()).isZero();
      assertThat(r.outLines()).first().isEqualTo(USAGE_FIRST_LINE);
      assertThat(r.out()).contains("validate [--strict] [--crds DIR] [--policy baseline|restricted|recommended|FILE]"
          + " [--output text|json|junit|github|sarif] FILE|DIR...", "fmt [--write|--check] FILE|DIR...",
          "render --source CLASS --out DIR [--classpath PATH] [--set KEY=VALUE]... [--redact-secrets]");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_print_the_project_version_and_exit_0_for_version() throws IOException {
      String version = projectVersion();
      for (String command : List.of("--version", "version")) {
        Run r = run(command);
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("kubeprint " + version + "\n");
        assertThat(r.err()).isEmpty();
      }
    }

    @Test
    void should_exit_2_for_arguments_after_version() {
      Run r = run("version", "x.yaml");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: unexpected arguments: x.yaml", USAGE_FIRST_LINE);
    }

    @ParameterizedTest
    @MethodSource("io.kubeprint.cli.MainTest#commandsAndHelpFlags")
    void should_print_the_usage_of_a_command_on_standard_output_and_exit_0_for_its_help_flag(String command,
        String flag) {
      Run r = run(command, flag);
      assertThat(r.code()).isZero();
      assertThat(r.outLines()).first().asString().startsWith("usage: kubeprint " + command);
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_print_only_the_usage_of_validate_for_validate_help_even_with_other_arguments() {
      Run r = run("validate", "--strict", "--help", "missing.yaml");
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo("""
          usage: kubeprint validate [--strict] [--crds DIR] [--policy baseline|restricted|recommended|FILE] \
          [--output text|json|junit|github|sarif] FILE|DIR...

            Read manifests of any kind and check them as the Kubernetes 1.32 API server would, plus checks
            across objects (reported as warnings unless --strict). Custom resources are checked against
            the CustomResourceDefinitions of the input and of --crds DIR; without one, a notice says their
            body was not checked. One line per problem and a summary line; --output json prints one JSON
            document, junit a JUnit XML report, github GitHub Actions annotations, sarif a SARIF 2.1.0
            log for code scanning. --policy also checks a policy: the Pod Security Standards profile
            baseline or restricted, kube-linter's recommended checks, or a project file (kubeprint.yaml)
            choosing profiles, levels and waivers; findings print with the check id. Exit 0 valid, 1 problems
            found (a document of the wrong shape among them), 2 input that is not YAML or JSON or cannot be
            read.
          """);
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_print_the_usage_of_diff_for_diff_h() {
      Run r = run("diff", "-h");
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo("""
          usage: kubeprint diff OLD NEW

            Print what changes from OLD to NEW (files or directories): objects added (+), removed (-)
            and changed (~, one line per field path), changes the API server refuses on update (!),
            Secret values redacted. Exit 0 when equal, 1 when different, 2 for unreadable input.
          """);
    }

    @Test
    void should_exit_2_for_an_unknown_command() {
      Run r = run("apply", "x.yaml");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: unknown command: apply", USAGE_FIRST_LINE);
    }

    @Test
    void should_exit_2_for_an_unknown_option() throws IOException {
      Run r = run("validate", "--fast", file("pod.yaml", POD).toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: unknown option: --fast", USAGE_FIRST_LINE);
    }

    @Test
    void should_exit_2_when_no_file_is_given() {
      Run r = run("validate", "--strict");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: no FILE or DIR given", USAGE_FIRST_LINE);
    }

    @Test
    void should_exit_2_when_render_misses_its_options() {
      Run r = run("render", "--source", TestApp.class.getName());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: render needs --source CLASS and --out DIR", USAGE_FIRST_LINE);
    }

    @Test
    void should_exit_2_when_an_option_misses_its_value() {
      Run r = run("render", "--out", dir.toString(), "--source");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: --source needs a value", USAGE_FIRST_LINE);
    }
  }

  @Nested
  class Fmt {
    @Test
    void should_print_the_manifests_canonically_in_apply_order() throws IOException {
      // GIVEN a file with comments, keys out of order and documents out of apply order
      Path f = file("app.yaml", """
          # the web pod
          kind: Pod
          apiVersion: v1
          spec:
            containers:
            - name: web
              image: nginx
          metadata:
            name: web
          ---
          data: {mode: fast}
          metadata: {name: settings}
          kind: ConfigMap
          apiVersion: v1
          """);
      // WHEN formatting it
      Run r = run("fmt", f.toString());
      // THEN it prints the canonical form, the comment above the Pod moved with it, and leaves the file alone
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo(CONFIG_MAP + "---\n# the web pod\n" + POD);
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_format_invalid_objects_as_they_are() throws IOException {
      Run r = run("fmt", file("pod.yaml", POD_WITHOUT_CONTAINERS).toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n");
    }

    @Test
    void should_rewrite_each_file_in_place_with_write() throws IOException {
      Path a = file("a.yaml", "metadata:\n  name: settings\nkind: ConfigMap\napiVersion: v1\ndata:\n  mode: fast\n");
      Path b = file("b.yaml", "kind: Pod\napiVersion: v1\nmetadata: {name: web}\nspec: {containers: [{name: web,"
          + " image: nginx}]}\n");
      Run r = run("fmt", "--write", a.toString(), b.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(Files.readString(a)).isEqualTo(CONFIG_MAP);
      assertThat(Files.readString(b)).isEqualTo(POD);
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s).containsExactlyInAnyOrder(a, b);
      }
    }

    @Test
    void should_keep_a_json_file_json_with_write() throws IOException {
      Path f = file("pod.json", "{\"kind\": \"Pod\", \"apiVersion\": \"v1\", \"metadata\": {\"name\": \"web\"},"
          + " \"spec\": {\"containers\": [{\"name\": \"web\", \"image\": \"nginx\"}]}}");
      Run r = run("fmt", "--write", f.toString());
      assertThat(r.code()).isZero();
      assertThat(Files.readString(f)).isEqualTo(Json.render(Fixtures.pod("web")));
    }

    @Test
    void should_leave_a_file_of_the_wrong_shape_alone_and_exit_1() throws IOException {
      String broken = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels:\n    on: yes\n";
      Path f = file("broken.yaml", broken);
      Run r = run("fmt", "--write", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines()).containsExactly(f + " (document 1): ConfigMap/settings metadata.labels[true]: must be"
          + " a string (was boolean true)");
      assertThat(Files.readString(f)).isEqualTo(broken);
    }

    @Test
    void should_leave_a_file_alone_and_exit_2_when_it_is_not_yaml() throws IOException {
      String broken = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n";
      Path f = file("broken.yaml", broken);
      Run r = run("fmt", "--write", f.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("error: " + f + " (document 1): not valid YAML at line 4, column 1:"
          + " expected the node content, but found '<stream end>'");
      assertThat(Files.readString(f)).isEqualTo(broken);
    }

    @Test
    void should_list_the_files_that_would_change_with_check_exit_1_and_write_nothing() throws IOException {
      // GIVEN one canonical file and two that are not, one of them in a directory
      Path canonical = file("a.yaml", CONFIG_MAP);
      String unsorted = "kind: Pod\napiVersion: v1\nmetadata: {name: web}\nspec: {containers: [{name: web, image: nginx}]}\n";
      Path b = file("b.yaml", unsorted);
      Path c = file("more/c.json", "{\"kind\": \"ConfigMap\", \"apiVersion\": \"v1\", \"metadata\": {\"name\": \"c\"}}");
      // WHEN checking them
      Run r = run("fmt", "--check", canonical.toString(), b.toString(), dir.resolve("more").toString());
      // THEN the two that would change are listed, and every file is left as it was
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).isEqualTo(b + "\n" + c + "\n");
      assertThat(r.err()).isEmpty();
      assertThat(Files.readString(canonical)).isEqualTo(CONFIG_MAP);
      assertThat(Files.readString(b)).isEqualTo(unsorted);
      try (Stream<Path> s = Files.walk(dir)) {
        assertThat(s.filter(Files::isRegularFile)).containsExactlyInAnyOrder(canonical, b, c);
      }
    }

    @Test
    void should_print_nothing_and_exit_0_with_check_when_every_file_is_canonical() throws IOException {
      Path a = file("a.yaml", CONFIG_MAP);
      Path b = file("b.yaml", POD);
      Run r = run("fmt", "--check", a.toString(), b.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_accept_what_write_wrote_with_check() throws IOException {
      Path f = file("pod.json", "{\"kind\": \"Pod\", \"apiVersion\": \"v1\", \"metadata\": {\"name\": \"web\"},"
          + " \"spec\": {\"containers\": [{\"name\": \"web\", \"image\": \"nginx\"}]}}");
      assertThat(run("fmt", "--write", f.toString()).code()).isZero();
      Run r = run("fmt", "--check", f.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEmpty();
    }

    @Test
    void should_exit_2_with_check_for_a_file_that_is_not_yaml_and_still_list_the_others() throws IOException {
      String broken = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n";
      Path f = file("broken.yaml", broken);
      Path b = file("b.yaml", "kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: settings\n");
      Run r = run("fmt", "--check", f.toString(), b.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEqualTo(b + "\n");
      assertThat(r.errLines()).containsExactly("error: " + f + " (document 1): not valid YAML at line 4, column 1:"
          + " expected the node content, but found '<stream end>'");
      assertThat(Files.readString(f)).isEqualTo(broken);
    }

    @Test
    void should_exit_2_with_check_for_a_file_that_does_not_exist() {
      Path missing = dir.resolve("missing.yaml");
      Run r = run("fmt", "--check", missing.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).containsExactly("error: " + missing + ": no such file or directory");
    }

    @Test
    void should_exit_2_for_check_and_write_together() throws IOException {
      Run r = run("fmt", "--check", "--write", file("a.yaml", CONFIG_MAP).toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: fmt takes --write or --check, not both", USAGE_FIRST_LINE);
    }

    @Test
    void should_keep_comments_when_rewriting_and_check_the_file_written_as_formatted() throws IOException {
      // GIVEN a file with comments, keys out of order
      Path f = file("settings.yaml", "# the app's settings\n\nkind: ConfigMap\napiVersion: v1\nmetadata:\n"
          + "  name: settings\ndata:\n  # fast or safe\n  mode: fast\n  log: stdout # or a file\n");
      // WHEN rewriting it, then checking it
      Run write = run("fmt", "--write", f.toString());
      Run check = run("fmt", "--check", f.toString());
      // THEN the comments stay with what they describe and the file is formatted
      assertThat(write.code()).isZero();
      assertThat(Files.readString(f)).isEqualTo("# the app's settings\n\napiVersion: v1\nkind: ConfigMap\nmetadata:\n"
          + "  name: settings\ndata:\n  log: stdout # or a file\n  # fast or safe\n  mode: fast\n");
      assertThat(check.code()).isZero();
      assertThat(check.out()).isEmpty();
    }

    @Test
    void should_refuse_to_rewrite_a_file_with_a_comment_it_cannot_place() throws IOException {
      // GIVEN a comment on an empty field, which the canonical form leaves out
      String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {} # later\n";
      Path f = file("settings.yaml", text);
      // WHEN rewriting it
      Run r = run("fmt", "--write", f.toString());
      // THEN it exits 1 naming the file, the line and why, and leaves the file as it was
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines()).containsExactly("error: " + f + ":5: fmt cannot keep the comment \"# later\": it is on"
          + " data, which fmt leaves out (a null or empty value, or one the object does not keep); move it or delete it");
      assertThat(Files.readString(f)).isEqualTo(text);
    }

    @Test
    void should_refuse_to_rewrite_a_json_file_whose_yaml_has_comments() throws IOException {
      String text = "# settings\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";
      Path f = file("settings.json", text);
      Run r = run("fmt", "--write", f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines()).containsExactly("error: " + f + ": fmt cannot keep its comments: a .json file is"
          + " written as JSON, which has no comments; rename it to .yaml or delete them");
      assertThat(Files.readString(f)).isEqualTo(text);
    }

    @Test
    void should_rewrite_flow_style_that_kubectl_reads_as_json_in_block_style() throws IOException {
      Path f = file("flow.yaml", "{\n  apiVersion: \"v1\",\n  kind: \"ConfigMap\",  # settings\n"
          + "  metadata: {name: \"a\"},\n  data: {k: \"v\",},\n}\n");
      Run r = run("fmt", "--write", f.toString());
      assertThat(r.code()).isZero();
      assertThat(Files.readString(f)).isEqualTo("apiVersion: v1\nkind: ConfigMap # settings\nmetadata:\n  name: a\n"
          + "data:\n  k: v\n");
      assertThat(run("validate", f.toString()).code()).isZero();
    }

    @Test
    void should_print_what_it_prints_again_when_run_on_its_own_output() throws IOException {
      Path f = file("app.yaml", String.join("---\n", Yaml.render(Fixtures.cronJob("nightly")),
          Yaml.render(Fixtures.deployment("web")), Yaml.render(Fixtures.secret("api", "key", "s3cr3t"))));
      String once = run("fmt", f.toString()).out();
      String twice = run("fmt", file("again.yaml", once).toString()).out();
      assertThat(twice).isEqualTo(once);
    }

    static Stream<Path> corpus() {
      return Corpus.filesOrAbsent();
    }

    /**
     * Needs the YAML quoting work for corpus files holding strings that look like numbers ({@code "3600"}):
     * until strings are quoted where YAML 1.1 would read another type, the second run cannot read the first
     * run's output.
     */
    @ParameterizedTest
    @MethodSource("corpus")
    void should_be_idempotent_over_the_corpus(Path file) throws IOException {
      assumeTrue(Files.isRegularFile(file), "corpus absent");
      // GIVEN a real manifest formatted once
      Run first = run("fmt", file.toString());
      assertThat(first.code()).as(first.err()).isZero();
      // WHEN formatting the output again
      Run second = run("fmt", file("formatted.yaml", first.out()).toString());
      // THEN nothing changes
      assertThat(second.err()).isEmpty();
      assertThat(second.out()).isEqualTo(first.out());
    }
  }

  @Nested
  class Render {
    @Test
    void should_write_the_source_bundle_into_a_directory_and_list_the_files() throws IOException {
      Path out = dir.resolve("k8s");
      Run r = run("render", "--source", TestApp.class.getName(), "--out", out.toString());
      assertThat(r.code()).isZero();
      assertThat(r.outLines()).containsExactly(out.resolve("10-secret-api.yaml").toString(),
          out.resolve("11-configmap-settings.yaml").toString(), out.resolve("20-service-web.yaml").toString(),
          out.resolve("32-deployment-web.yaml").toString());
      assertThat(r.err()).isEmpty();
      assertThat(Files.readString(out.resolve("32-deployment-web.yaml"))).isEqualTo(Yaml.render(Fixtures.deployment("web")));
      assertThat(Files.readString(out.resolve("10-secret-api.yaml"))).contains("key: czNjcjN0");
      assertThat(out.resolve("kustomization.yaml")).isRegularFile();
    }

    @Test
    void should_pass_the_set_settings_to_a_source_taking_a_map() throws IOException {
      // GIVEN one class rendering an environment and a colour from its settings
      Path prod = dir.resolve("prod");
      Path dev = dir.resolve("dev");
      // WHEN rendering it twice with other settings
      Run r = run("render", "--source", SettingsTestApp.class.getName(), "--set", "env=prod", "--set", "color=green",
          "--out", prod.toString());
      Run d = run("render", "--source", SettingsTestApp.class.getName(), "--out", dev.toString());
      // THEN each render got its settings (none: an empty map)
      assertThat(r.code()).isZero();
      assertThat(Files.readString(prod.resolve("11-configmap-settings-prod.yaml"))).contains("color: green");
      assertThat(d.code()).isZero();
      assertThat(Files.readString(dev.resolve("11-configmap-settings-dev.yaml"))).contains("color: blue");
    }

    @Test
    void should_refuse_settings_for_a_source_that_takes_none_and_malformed_ones() {
      Path out = dir.resolve("k8s");
      Run r = run("render", "--source", TestApp.class.getName(), "--set", "env=prod", "--out", out.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("error: cannot use " + TestApp.class.getName() + " as a ManifestSource:")
          .contains("it takes no settings (was given --set env); give it a public constructor taking Map<String, String>");
      Run bad = run("render", "--source", SettingsTestApp.class.getName(), "--set", "env", "--out", out.toString());
      assertThat(bad.code()).isEqualTo(2);
      assertThat(bad.err()).contains("--set takes key=value (was \"env\")");
      assertThat(out).doesNotExist();
    }

    @Test
    void should_redact_secrets_when_asked() throws IOException {
      Path out = dir.resolve("k8s");
      Run r = run("render", "--source", TestApp.class.getName(), "--out", out.toString(), "--redact-secrets");
      assertThat(r.code()).isZero();
      assertThat(Files.readString(out.resolve("10-secret-api.yaml"))).contains("**redacted**").doesNotContain("czNjcjN0");
    }

    @Test
    void should_refuse_an_invalid_bundle_with_exit_1_and_write_nothing() {
      Path out = dir.resolve("k8s");
      Run r = run("render", "--source", InvalidTestApp.class.getName(), "--out", out.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          "Pod/web spec.containers: at least one container is required [containers-required]");
      assertThat(r.errLines()).containsExactly("1 violation; nothing written");
      assertThat(out).doesNotExist();
    }

    @Test
    void should_leave_an_earlier_render_as_it_was_when_the_bundle_is_invalid() throws IOException {
      Path out = dir.resolve("k8s");
      run("render", "--source", TestApp.class.getName(), "--out", out.toString());
      String before = Files.readString(out.resolve("kustomization.yaml"));
      Run r = run("render", "--source", InvalidTestApp.class.getName(), "--out", out.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(Files.readString(out.resolve("kustomization.yaml"))).isEqualTo(before);
      assertThat(out.resolve("11-configmap-settings.yaml")).isRegularFile();
    }

    @Test
    void should_exit_1_and_write_nothing_when_two_objects_map_to_one_file() {
      Path out = dir.resolve("k8s");
      Run r = run("render", "--source", ClashingTestApp.class.getName(), "--out", out.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines()).containsExactly(
          "error: two objects would both be written to 32-deployment-a.b.yaml (Deployment/b); nothing written");
      assertThat(out).doesNotExist();
    }

    @Test
    void should_exit_2_for_a_class_that_cannot_be_found() {
      Run r = run("render", "--source", "com.example.Missing", "--out", dir.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("error: cannot use com.example.Missing as a ManifestSource:"
          + " java.lang.ClassNotFoundException: com.example.Missing");
    }

    @Test
    void should_exit_2_for_a_class_that_is_no_manifest_source() {
      Run r = run("render", "--source", "java.lang.Object", "--out", dir.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).startsWith("error: cannot use java.lang.Object as a ManifestSource: java.lang.ClassCastException");
    }

    @Test
    void should_exit_2_when_the_source_fails() {
      Run r = run("render", "--source", ThrowingTestApp.class.getName(), "--out", dir.resolve("k8s").toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("error: io.kubeprint.cli.ThrowingTestApp.manifests() threw"
          + " java.lang.IllegalStateException: no configuration found");
    }

    @Test
    void should_exit_2_for_unexpected_arguments() {
      Run r = run("render", "--source", TestApp.class.getName(), "--out", dir.toString(), "extra");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).startsWith("kubeprint: unexpected arguments: extra", USAGE_FIRST_LINE);
    }
  }

  /** Every file kubeprint writes gets the mode a plain write gives it: 0666 less the umask, or the mode it had. */
  @Nested
  class FileModes {
    /** The permissions a plain write gives a new file in {@code dir}: what the umask (or a default ACL) leaves. */
    Set<PosixFilePermission> plainWritePermissions() throws IOException {
      Path probe = dir.resolve("probe");
      Files.newOutputStream(probe).close();
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(probe);
      Files.delete(probe);
      return p;
    }

    void assumePosix() {
      assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    }

    @Test
    void should_give_the_files_of_render_the_mode_of_a_plain_write() throws IOException {
      assumePosix();
      Set<PosixFilePermission> expected = plainWritePermissions();
      Path out = dir.resolve("k8s");
      assertThat(run("render", "--source", TestApp.class.getName(), "--out", out.toString()).code()).isZero();
      try (Stream<Path> s = Files.list(out)) {
        List<Path> files = s.toList();
        assertThat(files).hasSize(5);
        for (Path f : files) {
          assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(expected);
        }
      }
    }

    @Test
    void should_give_a_new_file_the_mode_a_umask_of_022_leaves_when_that_is_the_umask() throws IOException {
      assumePosix();
      assumeTrue(plainWritePermissions().equals(PosixFilePermissions.fromString("rw-r--r--")), "umask 022");
      Path f = dir.resolve("app.yaml");
      Yaml.writeFile(Bundle.of(Fixtures.configMap("settings", "mode", "fast")), f);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
    }

    @Test
    void should_give_a_file_written_by_write_file_the_mode_of_a_plain_write() throws IOException {
      assumePosix();
      Set<PosixFilePermission> expected = plainWritePermissions();
      Path f = dir.resolve("app.yaml");
      Yaml.writeFile(Bundle.of(Fixtures.configMap("settings", "mode", "fast")), f);
      assertThat(Files.getPosixFilePermissions(f)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw-------", "rw-rw-r--"})
    void should_keep_the_mode_of_each_file_that_fmt_write_rewrites(String mode) throws IOException {
      assumePosix();
      Path f = file("a.yaml", "kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: settings\ndata:\n  mode: fast\n");
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
      Run r = run("fmt", "--write", f.toString());
      assertThat(r.code()).isZero();
      assertThat(Files.readString(f)).isEqualTo(CONFIG_MAP);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo(mode);
    }

    @Test
    void should_keep_the_mode_of_a_file_that_render_writes_again() throws IOException {
      assumePosix();
      Path out = dir.resolve("k8s");
      assertThat(run("render", "--source", TestApp.class.getName(), "--out", out.toString()).code()).isZero();
      Path secret = out.resolve("10-secret-api.yaml");
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
      assertThat(run("render", "--source", TestApp.class.getName(), "--out", out.toString()).code()).isZero();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
    }
  }
}
