package io.kubeprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.dsl.BlueGreen;
import io.kubeprint.dsl.Color;
import io.kubeprint.dsl.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/releases.md shows the code of {@link Releases} and {@link Chap09} and exactly the YAML it renders. */
class ReleasesDocTest {

  private static String read(Path file) throws IOException {
    return DocPages.read(file);
  }

  private static String page() throws IOException {
    return DocPages.page("releases.md");
  }

  @Test
  void should_show_exactly_the_yaml_each_snippet_renders() throws IOException {
    Map<String, String> shown = DocPages.snippets(page());

    assertThat(shown).isEqualTo(Releases.snippets());
  }

  @Test
  void should_show_only_java_the_examples_compile() throws IOException {
    Path src = Path.of("src/main/java/io/kubeprint/examples");
    String sources = read(src.resolve("Releases.java")) + read(src.resolve("Chap09.java"));
    List<String> missing = DocPages.javaLinesNotIn(page(), sources);

    assertThat(missing).isEmpty();
  }

  @Test
  void should_link_the_page_from_the_readme() throws IOException {
    assertThat(read(Path.of("..", "README.md"))).contains("- [Releases](docs/releases.md): ");
  }

  @Test
  void should_state_the_hash_the_definition_gives_for_the_example_config_map() throws IOException {
    ConfigMap settings = Releases.SETTINGS;

    assertThat(ContentHash.sha256(settings)).startsWith("07f02747ba");
    assertThat(page()).contains("name: settings-" + ContentHash.suffix(settings))
        .contains("--field-selector metadata.name!=settings-" + ContentHash.suffix(settings));
  }

  @Test
  void should_switch_roll_back_and_update_only_the_idle_colour() {
    List<BlueGreen> flips = Releases.flips();

    assertThat(flips.get(0).live()).isEqualTo(Color.GREEN);
    assertThat(flips.get(1)).isEqualTo(Chap09.WEBSERVER);
    assertThat(flips.get(2).green().spec().template().spec().containers().get(0).image())
        .contains("gcr.io/hello-docker-123456/imageview:v2");
    assertThat(flips.get(2).blue()).isEqualTo(Chap09.BLUE);
  }

  @Test
  void should_write_each_step_of_the_plan_into_its_own_directory(@TempDir Path out) throws IOException {
    List<Path> dirs = Releases.writePlan(out);

    assertThat(dirs).extracting(d -> d.getFileName().toString())
        .containsExactly("1-deploy-green", "2-switch-to-green", "3-scale-down-blue");
    try (Stream<Path> files = Files.list(dirs.get(1))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "10-secret-apikey.yaml", "11-configmap-projectid.yaml", "20-service-webserver.yaml",
          "32-deployment-webserver-blue.yaml", "32-deployment-webserver-green.yaml", "40-cronjob-batch-job.yaml",
          "kustomization.yaml");
    }
  }

  @Test
  void should_compose_the_config_rollout_and_the_bundle_wide_settings_into_a_valid_bundle() {
    Bundle app = Releases.combined();

    assertThat(app.validate()).isEmpty();
    assertThat(app.all(ConfigMap.class).get(0).metadata().namespace()).contains("shop");
    assertThat(app.all(ConfigMap.class).get(0).name()).isEqualTo("settings-" + ContentHash.suffix(Releases.SETTINGS));
  }
}
