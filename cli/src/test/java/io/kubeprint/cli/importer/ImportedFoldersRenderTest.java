package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import io.kubeprint.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * What {@code import} writes for a folder renders: every folder of the shared corpus, imported as a whole,
 * compiled and run, renders with validation on (the default {@link RenderOptions}) to exactly what
 * {@code kubeprint fmt} writes for the folder but for its comments; its references to objects outside the folder are declared
 * external, and what no declaration answers is reported as the warnings {@code kubeprint validate} gives the
 * files. Skipped when the corpus is absent; read in place.
 */
class ImportedFoldersRenderTest {
  @TempDir
  static Path work;

  private static final Map<Path, JavaSource> SOURCES = new LinkedHashMap<>();
  private static ClassLoader classes;

  static Stream<Path> folders() {
    if (!Corpus.present()) {
      return Stream.of(Corpus.ABSENT);
    }
    try (Stream<Path> s = Files.list(Corpus.dir())) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports every folder into its own class and compiles them all at once. */
  @BeforeAll
  static void compileFolders() {
    if (!Corpus.present()) {
      return;
    }
    folders().forEach(d -> SOURCES.put(d, Importer.toJava(List.of(d), ImportOptions.defaults()
        .packageName("folders." + d.getFileName()).className("Imported").inlineSecrets(true))));
    classes = Javac.compile(work.resolve("folders"), new ArrayList<>(SOURCES.values()));
  }

  @ParameterizedTest
  @MethodSource("folders")
  void should_render_an_imported_folder_as_fmt_writes_it(Path folder) {
    assumeTrue(Files.isDirectory(folder), "corpus absent");
    // GIVEN a folder of manifests a real API server accepted, imported and compiled
    Bundle built = Javac.manifests(classes, SOURCES.get(folder));
    // WHEN rendering its bundle with validation on
    String yaml = Yaml.render(built, RenderOptions.defaults());
    // THEN the bytes are those fmt writes for the folder, and no violation is an error
    assertThat(yaml).isEqualTo(fmt(folder));
    assertThat(built.validate()).noneMatch(Violation::isError);
  }

  @ParameterizedTest
  @MethodSource("folders")
  void should_declare_every_object_the_folder_refers_to_but_does_not_hold(Path folder) {
    assumeTrue(Files.isDirectory(folder), "corpus absent");
    // GIVEN the imported bundle
    Bundle built = Javac.manifests(classes, SOURCES.get(folder));
    // WHEN checking its references
    // THEN every one resolves, and what is left is what validate reports for the files, as warnings
    assertThat(Validator.missingReferences(built)).isEmpty();
    List<String> left = Validator.crossObject(built).stream().map(Violation::toString).toList();
    List<String> asFiles = Validator.validate(Manifests.read(folder), Severity.WARNING).stream()
        .filter(v -> v.severity() == Severity.WARNING).map(v -> v.withSeverity(Severity.ERROR).toString())
        .filter(v -> !v.contains("-not-found]")).toList();
    assertThat(left).containsExactlyInAnyOrderElementsOf(asFiles);
    assertThat(built.crossObjectChecks())
        .isEqualTo(left.isEmpty() ? CrossObjectChecks.ERROR : CrossObjectChecks.WARNING);
  }

  @Test
  void should_write_the_externals_of_the_pods_folder_into_the_code() {
    assumeTrue(Corpus.present(), "corpus absent");
    // GIVEN the documentation's pods folder, whose pods read ConfigMaps and Secrets made elsewhere
    String java = SOURCES.get(Corpus.dir().resolve("pods")).text();
    // THEN the code declares them, each once
    assertThat(java).containsOnlyOnce(".withExternal(Kind.CONFIG_MAP, \"special-config\")")
        .containsOnlyOnce(".withExternal(Kind.SECRET, \"regcred\")")
        .contains(".withCrossObjectChecks(CrossObjectChecks.WARNING)")
        .contains("// The checks across objects find 2 more problems in this input");
  }

  /**
   * What {@code fmt} writes for the folder, without its comments (fmt keeps them; Java code built from the
   * objects has none): fmt's output read back and rendered canonically.
   */
  private static String fmt(Path folder) {
    Cli.Result fmt = Cli.run("fmt", folder.toString());
    assertThat(fmt.code()).as(fmt.err()).isZero();
    return Yaml.render(Manifests.parse(fmt.out(), "fmt of " + folder), RenderOptions.defaults().validate(false));
  }
}
