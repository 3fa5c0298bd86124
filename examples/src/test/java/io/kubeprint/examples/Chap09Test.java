package io.kubeprint.examples;

import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.dsl.BlueGreen;
import io.kubeprint.dsl.Color;
import io.kubeprint.dsl.ReleasePlan;
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
import java.util.function.Predicate;
import java.util.stream.IntStream;
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
    assertThat(listing(out, Files::isRegularFile)).containsExactly("configmap.yaml", "cronjob.yaml",
        "deployment-blue.yaml", "deployment-green.yaml", "secrets.yaml", "service.yaml");
    assertThat(listing(out, Files::isDirectory)).containsExactly("blue", "green", "plan");
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

  @Test
  void should_write_the_blue_state_as_exactly_the_six_files_of_the_chapter(@TempDir Path out) throws IOException {
    // WHEN the example writes the app in each state
    Main.chap09(out);
    // THEN blue/ holds the chapter's six files, byte for byte
    assertThat(listing(out.resolve("blue"), Files::isRegularFile)).containsExactlyElementsOf(sortedFileNames());
    for (String name : Chap09.files().keySet()) {
      assertThat(read(out.resolve("blue").resolve(name))).as(name).isEqualTo(read(GOLDEN.resolve(name)));
    }
  }

  @Test
  void should_write_the_green_state_differing_from_blue_only_in_the_service_selector(@TempDir Path out)
      throws IOException {
    // WHEN the example writes the app in each state
    Main.chap09(out);
    // THEN five of green's files are blue's byte for byte, and the Service selects color green instead of blue
    Path blue = out.resolve("blue");
    Path green = out.resolve("green");
    assertThat(listing(green, Files::isRegularFile)).containsExactlyElementsOf(sortedFileNames());
    for (String name : Chap09.files().keySet()) {
      if (!name.equals("service.yaml")) {
        assertThat(read(green.resolve(name))).as(name).isEqualTo(read(blue.resolve(name)));
      }
    }
    assertThat(read(green.resolve("service.yaml"))).isEqualTo(read(blue.resolve("service.yaml"))
        .replace("  selector:\n    color: blue\n", "  selector:\n    color: green\n"));
    assertThat(read(green.resolve("service.yaml"))).isNotEqualTo(read(blue.resolve("service.yaml")));
  }

  @Test
  void should_render_blue_and_green_apps_differing_in_the_service_selector_line_only() {
    // GIVEN the whole app rendered with blue live and with green live
    List<String> blue = Yaml.render(Chap09.app(Color.BLUE)).lines().toList();
    List<String> green = Yaml.render(Chap09.app(Color.GREEN)).lines().toList();
    // THEN the two streams have the same lines but one
    assertThat(green).hasSameSizeAs(blue);
    List<Integer> differing = IntStream.range(0, blue.size()).filter(i -> !blue.get(i).equals(green.get(i)))
        .boxed().toList();
    assertThat(differing).hasSize(1);
    int at = differing.get(0);
    assertThat(blue.get(at)).isEqualTo("    color: blue");
    assertThat(green.get(at)).isEqualTo("    color: green");
    // AND that line is the colour key of the Service's spec.selector
    int documentStart = blue.subList(0, at).lastIndexOf("---");
    assertThat(blue.subList(documentStart, at)).contains("kind: Service")
        .containsSubsequence("spec:", "  selector:");
    assertThat(blue.subList(blue.subList(0, at).lastIndexOf("  selector:"), at)).hasSize(1);
  }

  @Test
  void should_write_each_step_of_the_release_plan_as_the_whole_app(@TempDir Path out) throws IOException {
    // WHEN the example writes the release plan
    Main.chap09(out);
    Path plan = out.resolve("plan");
    // THEN step 1 is the blue state, step 2 the green state, step 3 green with blue scaled to zero
    assertThat(listing(plan, Files::isDirectory))
        .containsExactly("1-deploy-green", "2-switch-to-green", "3-scale-down-blue");
    for (String name : Chap09.files().keySet()) {
      assertThat(read(plan.resolve("1-deploy-green").resolve(name))).as(name)
          .isEqualTo(read(out.resolve("blue").resolve(name)));
      assertThat(read(plan.resolve("2-switch-to-green").resolve(name))).as(name)
          .isEqualTo(read(out.resolve("green").resolve(name)));
      if (!name.equals("deployment-blue.yaml")) {
        assertThat(read(plan.resolve("3-scale-down-blue").resolve(name))).as(name)
            .isEqualTo(read(out.resolve("green").resolve(name)));
      }
    }
    assertThat(read(plan.resolve("3-scale-down-blue").resolve("deployment-blue.yaml")))
        .isEqualTo(read(GOLDEN.resolve("deployment-blue.yaml")).replace("  replicas: 3\n", "  replicas: 0\n"));
  }

  @Test
  void should_make_every_state_and_every_step_a_valid_bundle() {
    assertThat(Chap09.app(Color.GREEN).validate()).isEmpty();
    for (ReleasePlan.Step step : Chap09.release().steps()) {
      assertThat(step.bundle().validate()).as(step.name()).isEmpty();
    }
  }

  @Test
  void should_come_back_to_the_chapter_app_when_green_rolls_back() {
    BlueGreen green = Chap09.WEBSERVER.switchTo(Color.GREEN);

    assertThat(green.rollback()).isEqualTo(Chap09.WEBSERVER);
    assertThat(Chap09.app(Color.BLUE)).isEqualTo(new Chap09().manifests());
    assertThat(green.service().spec().selector()).containsEntry("color", "green");
  }

  private static List<String> sortedFileNames() {
    return Chap09.files().keySet().stream().sorted().toList();
  }

  private static List<String> listing(Path dir, Predicate<Path> filter) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(filter).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
