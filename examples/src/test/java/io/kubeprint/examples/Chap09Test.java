package io.kubeprint.examples;

import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import io.kubeprint.test.GoldenFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chapter's app renders exactly the golden files in {@code src/test/resources/golden/chap09}, compared
 * with {@link GoldenFile}. To regenerate them after an intended change, run the tests with
 * {@code -Dkubeprint.updateSnapshots=true}.
 */
class Chap09Test {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/chap09");

  @Test
  void should_render_the_six_files_of_the_chapter_byte_for_byte(@TempDir Path out) throws IOException {
    // WHEN the example writes the chapter's app
    int code = Main.chap09(out);
    // THEN it writes exactly the six files, each equal to its golden copy
    assertThat(code).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("configmap.yaml", "cronjob.yaml", "deployment-blue.yaml", "deployment-green.yaml",
              "secrets.yaml", "service.yaml");
    }
    for (String name : Chap09.files().keySet()) {
      GoldenFile.of(GOLDEN.resolve(name)).assertMatches(Files.readString(out.resolve(name), StandardCharsets.UTF_8));
    }
  }

  @Test
  void should_render_each_object_as_its_golden_file() {
    // the files hold base64 Secret values, so the Secret is compared in that mode
    for (Map.Entry<String, KubeObject> e : Chap09.files().entrySet()) {
      GoldenFile.of(GOLDEN.resolve(e.getKey())).withSecrets(SecretMode.BASE64).assertMatches(e.getValue());
    }
  }

  @Test
  void should_read_back_every_file_to_the_object_it_came_from(@TempDir Path out) {
    // GIVEN the rendered files
    Main.chap09(out);
    // THEN reading each gives back exactly its object
    for (Map.Entry<String, KubeObject> e : Chap09.files().entrySet()) {
      Bundle read = Manifests.read(out.resolve(e.getKey()));
      assertThat(read.objects()).as(e.getKey()).containsExactly(e.getValue());
    }
  }

  @Test
  void should_be_a_valid_bundle() {
    assertThat(new Chap09().manifests()).hasNoViolations();
  }

  @Test
  void should_write_secret_values_only_base64_encoded(@TempDir Path out) throws IOException {
    // GIVEN the chapter's secret key, a sentinel that must never appear in clear
    String sentinel = "s3cr3t-k3y-0f-th3-ch4pt3r";
    // WHEN the whole app is rendered
    Main.chap09(out);
    String all = Yaml.render(new Chap09().manifests());
    // THEN it appears only base64-encoded in the Secret's data
    String encoded = Base64.getEncoder().encodeToString(sentinel.getBytes(StandardCharsets.UTF_8));
    assertThat(all).doesNotContain(sentinel).contains("key: " + encoded);
    for (String name : List.of("configmap.yaml", "secrets.yaml", "deployment-blue.yaml", "deployment-green.yaml",
        "service.yaml", "cronjob.yaml")) {
      assertThat(Files.readString(out.resolve(name), StandardCharsets.UTF_8)).doesNotContain(sentinel);
    }
    assertThat(Chap09.API_KEY.toString()).doesNotContain(sentinel).contains("****");
    assertThat(new Chap09().manifests().toString()).doesNotContain(sentinel);
  }

  @Test
  void should_route_the_service_to_the_blue_pods_only() {
    assertThat(Chap09.SERVICE.spec().selector()).containsExactly(
        Map.entry("type", "webserver"), Map.entry("color", "blue"));
    assertThat(Chap09.SERVICE).hasType("LoadBalancer")
        .selects(Chap09.BLUE).doesNotSelect(Chap09.GREEN).routesPort(80, Chap09.BLUE, "http-server");
    assertThat(Chap09.GREEN).hasPodLabel("color", "green");
  }
}
