package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Yaml#writeDirectory}: one file per object and a kustomization.yaml, all or nothing. */
class YamlDirectoryTest {
  @TempDir
  Path dir;

  static Bundle app() {
    return Bundle.of(Fixtures.deployment("web"), Fixtures.service("web", "web"),
        Fixtures.configMap("settings", "mode", "fast"), Fixtures.secret("api", "key", "s3cr3t"),
        Fixtures.deployment("shop", "cart"), Fixtures.cronJob("nightly"));
  }

  /** Every file under {@code dir} by relative name, with its content. */
  Map<String, String> snapshot() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void should_write_one_file_per_object_named_for_apply_order_and_return_them_in_that_order() {
    // WHEN writing the app
    List<Path> written = Yaml.writeDirectory(app(), dir);
    // THEN files are named prefix-kind-[namespace.]name.yaml and returned in apply order
    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
        "10-secret-api.yaml",
        "11-configmap-settings.yaml",
        "20-service-web.yaml",
        "32-deployment-web.yaml",
        "32-deployment-shop.cart.yaml",
        "40-cronjob-nightly.yaml");
    assertThat(written).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(dir));
  }

  @Test
  void should_give_each_kind_its_prefix() {
    List<String> names = Yaml.ordered(YamlTest.everyKind()).stream().map(Yaml::fileName).toList();
    assertThat(names).containsExactly("10-secret-api.yaml", "11-configmap-settings.yaml", "20-service-web.yaml",
        "30-pod-debug.yaml", "31-replicaset-rs.yaml", "32-deployment-web.yaml", "40-cronjob-nightly.yaml",
        "50-podtemplate-tpl.yaml");
  }

  @Test
  void should_write_each_object_as_it_renders_alone() throws IOException {
    Yaml.writeDirectory(app(), dir);
    for (KubeObject o : app().objects()) {
      assertThat(Files.readString(dir.resolve(Yaml.fileName(o)), StandardCharsets.UTF_8)).isEqualTo(Yaml.render(o));
    }
  }

  @Test
  void should_write_a_kustomization_listing_the_files_in_apply_order() throws IOException {
    Yaml.writeDirectory(app(), dir);
    assertThat(Files.readString(dir.resolve("kustomization.yaml"))).isEqualTo("""
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
        - 10-secret-api.yaml
        - 11-configmap-settings.yaml
        - 20-service-web.yaml
        - 32-deployment-web.yaml
        - 32-deployment-shop.cart.yaml
        - 40-cronjob-nightly.yaml
        """);
  }

  @Test
  void should_create_the_directory_when_missing() {
    Path nested = dir.resolve("k8s/prod");
    Yaml.writeDirectory(Bundle.of(Fixtures.configMap("settings", "k", "v")), nested);
    assertThat(nested.resolve("11-configmap-settings.yaml")).isRegularFile();
    assertThat(nested.resolve("kustomization.yaml")).isRegularFile();
  }

  @Test
  void should_remove_files_of_objects_gone_since_the_last_render_and_keep_other_files() throws IOException {
    // GIVEN a directory rendered from the app, plus a file of the user's own
    Yaml.writeDirectory(app(), dir);
    Files.writeString(dir.resolve("README.md"), "notes\n");
    Files.writeString(dir.resolve("extra.yaml"), "# kept\n");
    // WHEN rendering a smaller bundle into it
    Yaml.writeDirectory(Bundle.of(Fixtures.deployment("web"), Fixtures.service("web", "web")), dir);
    // THEN the files of the removed objects are gone, the user's files stay
    assertThat(snapshot().keySet()).containsExactly("20-service-web.yaml", "32-deployment-web.yaml", "README.md",
        "extra.yaml", "kustomization.yaml");
  }

  @Test
  void should_write_nothing_and_leave_an_existing_set_as_it_was_when_the_bundle_is_invalid() throws IOException {
    // GIVEN a rendered directory
    Yaml.writeDirectory(app(), dir);
    Map<String, String> before = snapshot();
    // WHEN rendering an invalid bundle into it
    Bundle invalid = Bundle.of(Fixtures.configMap("settings", "mode", "slow"), Fixtures.podWithoutContainers("web"));
    assertThatThrownBy(() -> Yaml.writeDirectory(invalid, dir)).isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nPod/web spec.containers: at least one container is required [containers-required]");
    // THEN every file is as it was, and no temporary file is left
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void should_write_nothing_when_two_objects_map_to_one_file_name() throws IOException {
    // GIVEN a Deployment "a.b" and a Deployment "b" in namespace "a": both would be 32-deployment-a.b.yaml
    Yaml.writeDirectory(app(), dir);
    Map<String, String> before = snapshot();
    Bundle clash = Bundle.of(Fixtures.configMap("new", "k", "v"), Fixtures.deployment("a.b"),
        Fixtures.deployment("a", "b"));
    // WHEN writing THEN it is refused, naming the file, and nothing changes
    assertThatThrownBy(() -> Yaml.writeDirectory(clash, dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two objects would both be written to 32-deployment-a.b.yaml (Deployment/b)");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void should_refuse_a_name_that_would_write_outside_the_directory() throws IOException {
    // GIVEN an object whose (invalid) name holds a path, rendered without validation
    Bundle escaping = Bundle.of(Fixtures.configMap("../../escape", "k", "v"));
    // WHEN writing THEN it is refused and nothing is written anywhere
    assertThatThrownBy(() -> Yaml.writeDirectory(escaping, dir.resolve("out"), RenderOptions.defaults().validate(false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a name or namespace must not contain a path separator to be written to a file"
            + " (was ConfigMap/../../escape)");
    assertThat(snapshot()).isEmpty();
  }

  @Test
  void should_leave_no_temporary_file_when_a_file_cannot_be_moved_into_place() throws IOException {
    // GIVEN a non-empty directory where the first object's file belongs
    Path blocker = Files.createDirectories(dir.resolve("10-secret-api.yaml"));
    Files.writeString(blocker.resolve("keep"), "x\n");
    // WHEN writing THEN it fails, and only what was there before remains
    assertThatThrownBy(() -> Yaml.writeDirectory(app(), dir)).isInstanceOf(UncheckedIOException.class);
    assertThat(snapshot().keySet()).containsExactly("10-secret-api.yaml/keep");
  }

  @Test
  void should_redact_secret_files_when_asked() throws IOException {
    Yaml.writeDirectory(app(), dir, RenderOptions.defaults().secrets(SecretMode.REDACTED));
    assertThat(Files.readString(dir.resolve("10-secret-api.yaml"))).contains("**redacted**").doesNotContain("czNjcjN0");
  }

  @Test
  void should_write_the_same_bytes_twice() throws IOException {
    Yaml.writeDirectory(app(), dir);
    Map<String, String> first = snapshot();
    Yaml.writeDirectory(app(), dir);
    assertThat(snapshot()).isEqualTo(first);
  }
}
