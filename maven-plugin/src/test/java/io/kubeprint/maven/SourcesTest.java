package io.kubeprint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  @Test
  void should_return_the_bundle_of_a_valid_source() throws Exception {
    // WHEN
    Bundle bundle = Sources.bundle(Apps.Valid.class.getName(), List.of(), log);

    // THEN
    assertThat(bundle.objects()).extracting(o -> o.displayName()).containsExactly("ConfigMap/projectid", "Secret/db");
    assertThat(log.lines).isEmpty();
  }

  @Test
  void should_log_every_error_and_fail_listing_the_count() {
    // WHEN / THEN
    assertThatThrownBy(() -> Sources.bundle(Apps.MissingConfigMap.class.getName(), List.of(), log))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("1 violation; nothing written");
    assertThat(log.lines).containsExactly("[ERROR] Deployment/web spec.template.spec.containers[0].env[0].valueFrom"
        + ".configMapKeyRef.name: must name a ConfigMap in the bundle or declared external (was \"projectid\")"
        + " [config-map-not-found]");
  }

  @Test
  void should_refuse_a_class_that_is_not_a_manifest_source() {
    assertThatThrownBy(() -> Sources.bundle(Apps.NotASource.class.getName(), List.of(), log))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("cannot use io.kubeprint.maven.Apps$NotASource as a ManifestSource: java.lang.ClassCastException");
  }

  @Test
  void should_refuse_a_class_that_is_not_on_the_classpath() {
    assertThatThrownBy(() -> Sources.bundle("com.example.Missing", List.of(dir.toString()), log))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("cannot use com.example.Missing as a ManifestSource: java.lang.ClassNotFoundException: com.example.Missing");
  }

  @Test
  void should_write_one_file_per_object_and_a_kustomization() throws Exception {
    // GIVEN
    Bundle bundle = Sources.bundle(Apps.Valid.class.getName(), List.of(), log);

    // WHEN
    List<Path> written = Sources.write(bundle, dir.resolve("out"), null, false);

    // THEN
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("10-secret-db.yaml", "11-configmap-projectid.yaml");
    assertThat(Files.readString(dir.resolve("out/kustomization.yaml"), StandardCharsets.UTF_8)).isEqualTo("""
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
        - 10-secret-db.yaml
        - 11-configmap-projectid.yaml
        """);
  }

  @Test
  void should_write_one_file_with_secrets_redacted() throws Exception {
    // GIVEN
    Bundle bundle = Sources.bundle(Apps.Valid.class.getName(), List.of(), log);

    // WHEN
    List<Path> written = Sources.write(bundle, dir, "all/app.yaml", true);

    // THEN
    assertThat(written).containsExactly(dir.resolve("all/app.yaml"));
    String yaml = Files.readString(dir.resolve("all/app.yaml"), StandardCharsets.UTF_8);
    assertThat(yaml).startsWith("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: \"**redacted**\"\n---\n")
        .endsWith("kind: ConfigMap\nmetadata:\n  name: projectid\ndata:\n  project.id: hello-docker-123456\n")
        .doesNotContain("sentinel-s3cr3t", "c2VudGluZWwtczNjcjN0");
  }

  @Test
  void should_log_warnings_without_repeating_the_level() {
    // GIVEN
    var warning = new io.kubeprint.core.validation.Violation("Service/web", "spec.selector", "selects-nothing",
        "must select pods of the bundle", io.kubeprint.core.validation.Severity.WARNING);
    var notice = warning.withSeverity(io.kubeprint.core.validation.Severity.NOTICE);

    // WHEN
    Problems.log(warning, log);
    Problems.log(notice, log);

    // THEN
    assertThat(log.lines).containsExactly(
        "[WARNING] Service/web spec.selector: must select pods of the bundle [selects-nothing]",
        "[INFO] notice: Service/web spec.selector: must select pods of the bundle [selects-nothing]");
  }

  @Test
  void should_count_in_the_plural_but_for_one() {
    assertThat(List.of(Problems.count(0, "error"), Problems.count(1, "error"), Problems.count(2, "error")))
        .containsExactly("0 errors", "1 error", "2 errors");
  }
}
