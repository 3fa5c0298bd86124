package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.render.Json;
import io.kubeprint.render.Manifests;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every other example manifest of the Kubernetes documentation, of every kind ({@code ../shared/corpus/k8s-website-all},
 * read in place), with a real 1.32 API server's verdict per document in its {@code VERDICTS.tsv}: kubeprint's
 * {@code validate} agrees with each verdict, and {@code fmt} of each accepted file is idempotent and keeps its
 * meaning. Skipped when the corpus is absent.
 */
class DocumentationCorpusTest {
  /** A problem line of {@code validate}: {@code FILE: Kind/name path: message [rule]}, warnings and notices apart. */
  private static final Pattern VIOLATION = Pattern.compile("^(warning: |notice: )?([A-Za-z][A-Za-z0-9]*)/(\\S*?)(?: \\S+)?: .* \\[([a-z0-9-]+)\\]$");
  private static final Pattern READ_ERROR = Pattern.compile("^error: (.+) \\(document (\\d+)\\): .*$");

  private static Path dir;

  /**
   * Rows whose verdict the corpus README puts down to the test server's configuration, which kubeprint does not
   * share: kubeprint follows a cluster with the default admission plugins (like that server, it assumes a
   * single-stack IPv4 cluster, so the README's other such row agrees).
   */
  private static final Map<String, String> CONFIGURATION_DEPENDENT = Map.of(
      "pods/storage/projected-service-account-token.yaml#1",
      "refused only because that server ran without ServiceAccount admission, which fills in serviceAccountName");

  /** One row of {@code VERDICTS.tsv}. */
  record Row(String file, int doc, String apiVersion, String kind, String name, String verdict, String message) {}

  @BeforeAll
  static void locate() {
    String prop = System.getProperty("kubeprint.corpus");
    Path corpus = prop != null ? Path.of(prop) : Path.of("../../shared/corpus");
    dir = corpus.resolve("k8s-website-all");
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("VERDICTS.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      rows.add(new Row(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4], c[5], c[6]));
    }
    return rows;
  }

  @Test
  void should_agree_with_the_api_server_on_every_document(@TempDir Path work) throws IOException {
    assumeTrue(Files.isRegularFile(dir.resolve("VERDICTS.tsv")), "corpus absent");
    Map<String, List<Row>> byFile = new TreeMap<>();
    for (Row r : rows()) {
      byFile.computeIfAbsent(r.file, f -> new ArrayList<>()).add(r);
    }
    Map<String, int[]> counts = new TreeMap<>(); // verdict -> {agreed, total}
    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byFile.entrySet()) {
      List<String> documents = documents(dir.resolve(e.getKey()));
      for (Row row : e.getValue()) {
        // As the verdicts were obtained: each document sent on its own.
        Path alone = work.resolve(row.doc + "").resolve(e.getKey());
        Files.createDirectories(alone.getParent());
        Files.writeString(alone, documents.get(row.doc - 1), StandardCharsets.UTF_8);
        Outcome outcome = validate(alone);
        boolean refused = outcome.code != 0;
        boolean noticed = outcome.noticeObjects.contains(row.kind + "/" + row.name);
        String configured = CONFIGURATION_DEPENDENT.get(row.file + "#" + row.doc);
        if (configured != null) {
          // The verdict depends on the test server's configuration, not on the document (the corpus README says so).
          assertThat(refused).as(row.file + ": " + configured).isFalse();
          continue;
        }
        boolean agreed = switch (row.verdict) {
          case "OK" -> !refused;
          case "REJECTED" -> refused;
          // "no matches for kind" says nothing of the document; kubeprint checks its metadata and says the rest is not
          case "CRD" -> noticed || refused && outcome.lines.stream().anyMatch(l -> l.contains("metadata."));
          default -> throw new AssertionError("verdict " + row.verdict);
        };
        int[] c = counts.computeIfAbsent(row.verdict, v -> new int[2]);
        c[1]++;
        if (agreed) {
          c[0]++;
        } else {
          disagreements.add(row.file + "#" + row.doc + " " + row.kind + "/" + row.name + ": server " + row.verdict
              + " (" + abbreviate(row.message) + "), kubeprint exit " + outcome.code + "\n    "
              + String.join("\n    ", outcome.lines));
        }
      }
    }
    StringBuilder summary = new StringBuilder("k8s-website-all agreement:");
    counts.forEach((v, c) -> summary.append(' ').append(v).append(' ').append(c[0]).append('/').append(c[1]));
    System.out.println(summary);
    disagreements.forEach(System.out::println);
    assertThat(disagreements).as(summary.toString()).isEmpty();
  }

  @Test
  void should_format_every_accepted_file_idempotently_keeping_its_meaning() throws IOException {
    assumeTrue(Files.isRegularFile(dir.resolve("VERDICTS.tsv")), "corpus absent");
    Map<String, Boolean> accepted = new LinkedHashMap<>();
    for (Row r : rows()) {
      accepted.merge(r.file, r.verdict.equals("OK"), Boolean::logicalAnd);
    }
    int formatted = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : accepted.entrySet()) {
      if (!e.getValue()) {
        continue;
      }
      Path file = dir.resolve(e.getKey());
      Bundle original = Manifests.read(file);
      String once = Yaml.render(original, RenderOptions.defaults().validate(false));
      Bundle reread = Manifests.parse(once, e.getKey());
      String twice = Yaml.render(reread, RenderOptions.defaults().validate(false));
      if (!once.equals(twice)) {
        problems.add(e.getKey() + ": fmt is not idempotent");
      }
      // Meaning: the same objects, field for field (as JSON, which has one spelling per value).
      if (!Json.render(original, RenderOptions.defaults().validate(false))
          .equals(Json.render(reread, RenderOptions.defaults().validate(false)))) {
        problems.add(e.getKey() + ": fmt changed what the file says");
      }
      formatted++;
    }
    System.out.println("k8s-website-all fmt: " + formatted + " accepted files formatted");
    assertThat(formatted).isPositive();
    assertThat(problems).isEmpty();
  }

  /** What one {@code validate FILE} run refused, by document position and by object. */
  record Outcome(int code, List<String> lines, List<Integer> refusedDocuments, List<String> errorObjects,
      List<String> noticeObjects, boolean unplaced) {}

  private static Outcome validate(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run("validate", file.toString());
    List<String> lines = (out + err.toString()).lines().toList();
    List<Integer> docs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    boolean unplaced = false;
    String prefix = file + ": ";
    for (String line : lines) {
      Matcher r = READ_ERROR.matcher(line);
      if (r.matches()) {
        docs.add(Integer.parseInt(r.group(2)));
        continue;
      }
      if (line.startsWith("error: ")) {
        unplaced = true;
        continue;
      }
      if (!line.startsWith(prefix)) {
        continue;
      }
      Matcher v = VIOLATION.matcher(line.substring(prefix.length()));
      if (v.matches()) {
        String object = v.group(2) + "/" + v.group(3);
        if (v.group(1) == null) {
          errors.add(object);
        } else if (v.group(1).startsWith("notice")) {
          notices.add(object);
        }
      }
    }
    return new Outcome(code, lines, docs, errors, notices, unplaced);
  }

  /**
   * The documents of a file as {@code VERDICTS.tsv} counts them (from 1): the file split on lines that are
   * {@code ---}, alone or followed by a blank and more; each document's text without its separator line.
   */
  static List<String> documents(Path file) throws IOException {
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

  private static String abbreviate(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
