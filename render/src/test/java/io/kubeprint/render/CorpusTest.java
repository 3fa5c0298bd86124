package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest of the shared corpus (each accepted by a v1.32 API server) reads, validates clean, renders,
 * and reads back to an equal model; skipped when the corpus folder is absent. Each file is validated as files
 * are, with the checks across objects as warnings: its Services' pods and its pods' ConfigMaps often live in
 * another file.
 */
class CorpusTest {

  static Stream<Path> files() {
    return Corpus.filesOrAbsent();
  }

  @ParameterizedTest
  @MethodSource("files")
  void should_read_validate_render_and_read_back_every_corpus_manifest(Path file) {
    assumeTrue(Files.isRegularFile(file), "corpus absent");
    // GIVEN a manifest a real API server accepted
    Bundle read = Manifests.read(file);
    // WHEN validating and rendering it
    List<Violation> violations = Validator.validate(read, Severity.WARNING);
    String yaml = Yaml.render(read, RenderOptions.defaults().validate(false));
    Bundle back = Manifests.parse(yaml, file + " (rendered)");
    // THEN it is valid, and nothing is lost
    assertThat(violations).filteredOn(Violation::isError).isEmpty();
    assertThat(back.objects()).containsExactlyInAnyOrderElementsOf(read.objects());
    assertThat(Yaml.render(back, RenderOptions.defaults().validate(false))).isEqualTo(yaml);
  }
}
