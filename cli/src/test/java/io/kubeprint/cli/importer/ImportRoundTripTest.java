package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import, compile, run, render, read: the generated class builds objects equal to the ones read from the
 * input, and its bundle renders to the same YAML, for the chapter's six files, hand-written
 * {@code kubectl create --dry-run=client -o yaml} output, shapes the DSL has no method for, and every file of
 * the shared corpus (skipped when absent; read in place).
 */
class ImportRoundTripTest {
  private static final Path RESOURCES = Path.of("src/test/resources/importer");
  private static final RenderOptions AS_IS = RenderOptions.defaults().validate(false);

  @TempDir
  static Path work;

  private static final Map<Path, JavaSource> CORPUS_SOURCES = new LinkedHashMap<>();
  private static ClassLoader corpusClasses;

  static Stream<Path> corpusFiles() {
    return Corpus.present() ? Corpus.files().stream() : Stream.of(Corpus.ABSENT);
  }

  /** Imports every corpus file into its own class and compiles them all at once. */
  @BeforeAll
  static void compileCorpus() {
    if (!Corpus.present()) {
      return;
    }
    int i = 0;
    for (Path f : Corpus.files()) {
      CORPUS_SOURCES.put(f, Importer.toJava(List.of(f),
          ImportOptions.defaults().packageName("corpus").className("File" + ++i).inlineSecrets(true)));
    }
    corpusClasses = Javac.compile(work.resolve("corpus"), new ArrayList<>(CORPUS_SOURCES.values()));
  }

  @Test
  void should_rebuild_the_chapter_s_six_objects_exactly() {
    assertRoundTrip("chap09", List.of(RESOURCES.resolve("chap09")), 6);
  }

  @Test
  void should_rebuild_kubectl_generated_manifests_exactly() {
    assertRoundTrip("kubectl", List.of(RESOURCES.resolve("kubectl")), 9);
  }

  @Test
  void should_rebuild_shapes_the_dsl_has_no_method_for_exactly() {
    assertRoundTrip("unusual", List.of(RESOURCES.resolve("unusual")), 21);
  }

  @Test
  void should_rebuild_objects_of_kinds_without_a_typed_value_exactly() {
    assertRoundTrip("others", List.of(RESOURCES.resolve("other-kinds")), 7);
  }

  @Test
  void should_rebuild_service_accounts_and_claims_exactly() {
    assertRoundTrip("identity", List.of(RESOURCES.resolve("identity")), 7);
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void should_rebuild_every_corpus_manifest_exactly(Path file) {
    assumeTrue(Files.isRegularFile(file), "corpus absent");
    // GIVEN a manifest a real API server accepted, imported and compiled
    Bundle read = Manifests.read(file);
    // WHEN running the generated class
    Bundle built = Javac.manifests(corpusClasses, CORPUS_SOURCES.get(file));
    // THEN it builds the objects read, which render to the same YAML and read back equal
    assertEqualModels(read, built);
  }

  @Test
  void should_rebuild_the_whole_corpus_as_one_class_exactly() {
    assumeTrue(Corpus.present(), "corpus absent");
    assertRoundTrip("wholecorpus", List.of(Corpus.dir()), Manifests.read(Corpus.dir()).size());
  }

  private static void assertRoundTrip(String name, List<Path> input, int objects) {
    // GIVEN the input, imported and compiled (Secret values inline, as the test cannot set the environment)
    Bundle read = Manifests.read(input.toArray(new Path[0]));
    JavaSource java = Importer.toJava(input,
        ImportOptions.defaults().packageName("roundtrip." + name).className("Imported").inlineSecrets(true));
    ClassLoader classes = Javac.compile(work.resolve(name), List.of(java));
    // WHEN running it
    Bundle built = Javac.manifests(classes, java);
    // THEN it builds exactly the objects read
    assertThat(read.size()).isEqualTo(objects);
    assertEqualModels(read, built);
  }

  private static void assertEqualModels(Bundle read, Bundle built) {
    assertThat(built.objects()).containsExactlyElementsOf(read.objects());
    String yaml = Yaml.render(built, AS_IS);
    assertThat(yaml).isEqualTo(Yaml.render(read, AS_IS));
    assertThat(Manifests.parse(yaml, "rendered").objects()).containsExactlyInAnyOrderElementsOf(read.objects());
  }
}
