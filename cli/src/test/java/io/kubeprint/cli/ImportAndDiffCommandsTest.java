package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code import} and {@code diff} commands, and {@code render} as a build runs it. */
class ImportAndDiffCommandsTest {
  private static final Path CHAP09 = Path.of("src/test/resources/importer/chap09");

  private static final String CONFIG_MAP = MainTest.CONFIG_MAP;

  @TempDir
  Path dir;

  /** Runs the command line as {@link MainTest} does. */
  static MainTest.Run run(String... args) {
    return MainTest.run(args);
  }

  Path file(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Nested
  class Import {
    @Test
    void should_print_a_class_named_after_the_directory_and_note_the_secret_variables() {
      MainTest.Run r = run("import", "--package", "com.example", CHAP09.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith("package com.example;\n")
          .contains("public final class Chap09 implements ManifestSource {\n")
          .contains(".env(\"PROJECT_ID\", fromConfigMap(projectid, \"project.id\"))");
      assertThat(r.errLines()).containsExactly("note: the generated code reads Secret values from the environment"
          + " variables APIKEY_ID, APIKEY_KEY (or files named by the same variables + _FILE)");
    }

    @Test
    void should_take_the_class_name_given_and_inline_secrets_when_asked() {
      MainTest.Run r = run("import", "--class", "Chapter", "--inline-secrets", CHAP09.resolve("secrets.yaml").toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).doesNotContain("package ").contains("public final class Chapter implements ManifestSource {\n")
          .contains(".data(\"id\", \"client-1234\")");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_name_the_class_after_a_file_without_its_extension() {
      assertThat(Main.defaultClassName(Path.of("k8s/web-deployment.yaml"))).isEqualTo("WebDeployment");
      assertThat(Main.defaultClassName(Path.of("k8s/2024"))).isEqualTo("ImportedManifests");
    }

    @Test
    void should_exit_2_for_a_class_name_that_is_no_java_identifier() {
      MainTest.Run r = run("import", "--class", "my-app", CHAP09.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines().get(0)).isEqualTo("kubeprint: className must be a Java identifier (was \"my-app\")");
    }

    @Test
    void should_exit_2_for_a_file_that_cannot_be_read() throws IOException {
      Path bad = file("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nbogus: 1\n");
      MainTest.Run r = run("import", bad.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).hasSize(1).allMatch(l -> l.startsWith("error: " + bad));
    }
  }

  @Nested
  class Diff {
    @Test
    void should_exit_0_and_print_nothing_for_equal_manifests() throws IOException {
      Path a = file("a/settings.yaml", CONFIG_MAP);
      Path b = file("b/settings.json", "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"settings\"},"
          + "\"data\":{\"mode\":\"fast\"}}");
      MainTest.Run r = run("diff", a.getParent().toString(), b.getParent().toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_exit_1_and_print_each_change() throws IOException {
      Path a = file("old.yaml", CONFIG_MAP);
      Path b = file("new.yaml", CONFIG_MAP.replace("fast", "safe") + """
          ---
          apiVersion: v1
          kind: Secret
          metadata:
            name: token
          data:
            value: czNjcjN0
          """);
      MainTest.Run r = run("diff", a.toString(), b.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly("+ Secret/token", "~ ConfigMap/settings data[mode]: fast → safe");
    }

    @Test
    void should_exit_2_without_two_paths() throws IOException {
      MainTest.Run r = run("diff", file("old.yaml", CONFIG_MAP).toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines().get(0)).isEqualTo("kubeprint: diff needs OLD and NEW (was 1 paths)");
    }

    @Test
    void should_exit_2_when_one_side_holds_an_object_twice() throws IOException {
      Path a = file("old.yaml", CONFIG_MAP + "---\n" + CONFIG_MAP);
      MainTest.Run r = run("diff", a.toString(), a.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly("error: objects must be unique by kind, namespace and name"
          + " (was ConfigMap/settings twice in the old manifests)");
    }
  }

  @Nested
  class BuildTimeRender {
    @Test
    void should_list_every_violation_exit_1_and_write_nothing_for_an_invalid_source() {
      // GIVEN a source with three mistakes, as the build's exec-maven-plugin execution runs it
      Path out = dir.resolve("target/kubeprint");
      // WHEN rendering it
      MainTest.Run r = run("render", "--source", BrokenShopApp.class.getName(), "--out", out.toString());
      // THEN every violation is listed, the exit code fails the build, and nothing is written
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.outLines()).containsExactly(
          "Deployment/shop spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name: must name a"
              + " ConfigMap in the bundle or declared external (was \"settings\") [config-map-not-found]",
          "Deployment/shop spec.template.spec.containers[0].ports[0].name: must be no more than 15 characters"
              + " (was \"http-port-of-the-shop\") [port-name-syntax]",
          "Service/shop spec.selector: must select the pods of a workload in the bundle (was app=shop-v2)"
              + " [service-selects-no-pods]");
      assertThat(r.errLines()).containsExactly("3 violations; nothing written");
      assertThat(out).doesNotExist();
    }
  }
}
