package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Job, StatefulSet and DaemonSet of the Kubernetes documentation that a 1.32 API server accepts
 * ({@code ../shared/corpus/k8s-website-all}, read in place; skipped when absent) reads into its typed value,
 * validates without error, and imports into Java that compiles and builds the same objects, rendering the same YAML.
 */
class WorkloadKindsCorpusTest {
  private static final Set<Kind> KINDS = Set.of(Kind.JOB, Kind.STATEFUL_SET, Kind.DAEMON_SET);
  private static final RenderOptions AS_IS = RenderOptions.defaults().validate(false);

  private static Path dir() {
    String prop = System.getProperty("kubeprint.corpus");
    return (prop != null ? Path.of(prop) : Path.of("../../shared/corpus")).resolve("k8s-website-all");
  }

  /** The documents of a file, split at its {@code ---} lines. */
  private static List<String> documents(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
      if (line.equals("---") || line.startsWith("--- ") || line.startsWith("---\t")) {
        out.add(doc.toString());
        doc.setLength(0);
        continue;
      }
      doc.append(line).append('\n');
    }
    out.add(doc.toString());
    return out;
  }

  @Test
  void should_read_validate_and_import_every_accepted_workload_of_the_documentation(@TempDir Path work)
      throws IOException {
    Path dir = dir();
    assumeTrue(Files.isRegularFile(dir.resolve("VERDICTS.tsv")), "corpus absent");
    List<String> lines = Files.readAllLines(dir.resolve("VERDICTS.tsv"), StandardCharsets.UTF_8);
    List<KubeObject> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      if (c[2].isEmpty() || c[3].isEmpty() || !KINDS.contains(Kind.of(c[2], c[3])) || !c[5].equals("OK")) {
        continue;
      }
      // GIVEN the accepted document, read on its own as the verdict was obtained
      String document = documents(dir.resolve(c[0])).get(Integer.parseInt(c[1]) - 1);
      KubeObject o = Manifests.parse(document, c[0]).objects().get(0);
      // THEN it is typed and valid
      if (!(o instanceof Job || o instanceof StatefulSet || o instanceof DaemonSet)) {
        problems.add(c[0] + "#" + c[1] + ": read as " + o.getClass().getSimpleName());
      }
      List<Violation> errors = Validator.validate(o).stream().filter(Violation::isError).toList();
      if (!errors.isEmpty()) {
        problems.add(c[0] + "#" + c[1] + ": " + errors);
      }
      read.add(o);
    }
    assertThat(problems).isEmpty();
    assertThat(read).hasSizeGreaterThanOrEqualTo(25);

    // WHEN they are imported as Java (from the YAML they render, one file), compiled and run
    Path input = work.resolve("input").resolve("workloads.yaml");
    Files.createDirectories(input.getParent());
    Bundle expected = Bundle.of(read);
    Files.writeString(input, Yaml.render(expected, AS_IS), StandardCharsets.UTF_8);
    Bundle reread = Manifests.read(input);
    JavaSource java = Importer.toJava(List.of(input),
        ImportOptions.defaults().packageName("workloads").className("Imported"));
    Bundle built = Javac.manifests(Javac.compile(work.resolve("out"), List.of(java)), java);

    // THEN the code builds exactly these objects, and they render the same YAML
    assertThat(reread.objects()).containsExactlyInAnyOrderElementsOf(read);
    assertThat(built.objects()).containsExactlyElementsOf(reread.objects());
    assertThat(Yaml.render(built, AS_IS)).isEqualTo(Yaml.render(reread, AS_IS));
  }
}
