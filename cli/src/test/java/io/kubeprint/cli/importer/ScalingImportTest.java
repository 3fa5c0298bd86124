package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import, compile, run, render: autoscalers and disruption budgets, of shapes the DSL says and of shapes it refuses
 * (written as withers), and every one of the Kubernetes documentation's examples (read in place, skipped when
 * absent), build objects equal to the ones read, typed, that render to the same YAML.
 */
class ScalingImportTest {
  private static final Path RESOURCES = Path.of("src/test/resources/importer/scaling");
  private static final Path WEBSITE = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
      .resolve("../shared/corpus/k8s-website-all").normalize();
  private static final RenderOptions AS_IS = RenderOptions.defaults().validate(false);

  @TempDir
  static Path work;

  @Test
  void should_rebuild_autoscalers_and_budgets_exactly() {
    Bundle read = Manifests.read(RESOURCES);
    assertThat(read.objects()).hasSize(14)
        .allMatch(o -> o instanceof HorizontalPodAutoscaler || o instanceof PodDisruptionBudget);
    assertRoundTrip("scaling", RESOURCES, read);
  }

  @Test
  void should_write_the_dsl_shortcuts_where_they_say_the_value_exactly() {
    JavaSource java = Importer.toJava(List.of(RESOURCES.resolve("cpu-utilization.yaml"),
        RESOURCES.resolve("pdb-min-available.yaml")), ImportOptions.defaults().packageName("p").className("App"));
    assertThat(java.text()).contains("autoscaler(\"web\")", ".scaleTargetRef(\"apps/v1\", \"Deployment\", \"web\")",
        ".between(2, 10)", ".targetCpu(70)", "disruptionBudget(\"web\")", ".selector(labels(\"app\", \"web\"))",
        ".minAvailable(2)");
  }

  @Test
  void should_read_type_and_rebuild_every_documentation_example_of_these_kinds() throws IOException {
    assumeTrue(Files.isDirectory(WEBSITE), "corpus absent");
    // GIVEN every document of the two kinds that a 1.32 server took (readable files only)
    List<KubeObject> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(WEBSITE)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (!text.contains("kind: HorizontalPodAutoscaler") && !text.contains("kind: PodDisruptionBudget")) {
          continue;
        }
        Bundle b;
        try {
          b = Manifests.read(f);
        } catch (RuntimeException notReadable) {
          continue; // refused by kubectl's parser too (see VERDICTS.tsv); DocumentationCorpusTest holds that verdict
        }
        for (KubeObject o : b.objects()) {
          String kind = o.kind().kindName();
          if (kind.equals("PodDisruptionBudget") || kind.equals("HorizontalPodAutoscaler")
              && o.apiVersion().equals("autoscaling/v2")) {
            found.add(o);
          }
        }
      }
    }
    // THEN each is typed, and imports into Java that rebuilds it
    assertThat(found).isNotEmpty()
        .allMatch(o -> o instanceof HorizontalPodAutoscaler || o instanceof PodDisruptionBudget);
    Path dir = Files.createDirectories(work.resolve("website-input"));
    Bundle read = Bundle.of(found);
    Files.writeString(dir.resolve("all.yaml"), Yaml.render(read, AS_IS), StandardCharsets.UTF_8);
    assertRoundTrip("website", dir, Manifests.read(dir));
  }

  private static void assertRoundTrip(String name, Path input, Bundle read) {
    JavaSource java = Importer.toJava(List.of(input),
        ImportOptions.defaults().packageName("scaling." + name).className("Imported").inlineSecrets(true));
    ClassLoader classes = Javac.compile(work.resolve(name), List.of(java));
    Bundle built = Javac.manifests(classes, java);
    assertThat(built.objects()).containsExactlyElementsOf(read.objects());
    String yaml = Yaml.render(built, AS_IS);
    assertThat(yaml).isEqualTo(Yaml.render(read, AS_IS));
    try {
      assertThat(Manifests.parse(yaml, "rendered").objects()).containsExactlyInAnyOrderElementsOf(read.objects());
    } catch (UncheckedIOException e) {
      throw new AssertionError(e);
    }
  }
}
