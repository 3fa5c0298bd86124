package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.render.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} agrees with a Kubernetes 1.32 API server ({@code kubectl apply --dry-run=server}, strict field
 * validation) file by file, through the command line as users run it.
 *
 * <p>{@code src/test/resources/agreement/valid/**}: manifests the API server accepts; {@code validate} exits 0
 * and prints no error. {@code src/test/resources/agreement/invalid/**}: manifests it refuses; each starts with
 * comment lines (or has a sidecar {@code <file>.expect}, for JSON and for files that must not start with a
 * comment) stating what {@code validate} prints:
 * <ul>
 *   <li>{@code # expect: <path> <rule-id>}: one error line per expectation, with exactly these paths and
 *       rules (exit 1); {@code -} stands for the empty path (the object as a whole);</li>
 *   <li>{@code # expect-exit: 1} with {@code # expect: <path>} and no rule: refused while decoding (an unknown
 *       field, a wrong JSON type, a kind the server does not serve), as the API server refuses it before
 *       validation; {@code validate} prints {@code FILE (document N): Kind/name path: problem};</li>
 *   <li>{@code # expect-exit: 2} with {@code # expect: -}: not YAML (or JSON) at all.</li>
 * </ul>
 * Each invalid file names, in a comment, the upstream function that refuses it and the line the API server
 * prints. Every shared corpus manifest (when the corpus is present) exits 0 too.
 */
class AgreementTest {
  private static final Path ROOT = Path.of("src", "test", "resources", "agreement");
  private static final Pattern EXPECT = Pattern.compile("^#\\s*expect:\\s*(\\S+)(?:\\s+(\\S+))?\\s*$");
  private static final Pattern EXPECT_EXIT = Pattern.compile("^#\\s*expect-exit:\\s*(\\d)\\s*$");
  /** {@code Kind/name path: message [rule]} after the file name; warnings start with {@code warning: }. */
  private static final Pattern VIOLATION = Pattern.compile("^(warning: |notice: )?[A-Za-z][A-Za-z0-9]*/\\S*(?: (.*?))?: .* \\[([a-z0-9-]+)\\]$");
  /** {@code path: problem} after {@code error: FILE (document N): }. */
  private static final Pattern READ_ERROR = Pattern.compile("^(?:(\\S*): )?.*$");
  /** The object a shape problem names, {@code Kind/name }, before its path. */
  private static final Pattern OBJECT = Pattern.compile("^[A-Za-z][A-Za-z0-9]*/\\S* ?");

  static Stream<Path> valid() {
    return files(ROOT.resolve("valid"));
  }

  static Stream<Path> invalid() {
    return files(ROOT.resolve("invalid"));
  }

  static Stream<Path> corpus() {
    return Corpus.filesOrAbsent();
  }

  @ParameterizedTest
  @MethodSource("valid")
  void should_accept_what_the_api_server_accepts(Path file) {
    // GIVEN a manifest a 1.32 API server accepts
    // WHEN validating it from the command line
    Run run = run(file);
    // THEN there is no error and the exit code is 0
    assertThat(run.errors()).as(run.toString()).isEmpty();
    assertThat(run.code).as(run.toString()).isZero();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void should_accept_every_corpus_manifest_on_its_own(Path file) {
    assumeTrue(Files.isRegularFile(file), "corpus absent");
    Run run = run(file);
    assertThat(run.errors()).as(run.toString()).isEmpty();
    assertThat(run.code).as(run.toString()).isZero();
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void should_refuse_what_the_api_server_refuses_at_its_paths(Path file) throws IOException {
    // GIVEN a manifest a 1.32 API server refuses, with the paths it names
    List<String> header = header(file);
    int exit = 1;
    TreeSet<String> expected = new TreeSet<>();
    for (String line : header) {
      Matcher e = EXPECT_EXIT.matcher(line);
      if (e.matches()) {
        exit = Integer.parseInt(e.group(1));
      }
      Matcher m = EXPECT.matcher(line);
      if (m.matches()) {
        expected.add(m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2));
      }
    }
    assertThat(expected).as("expectations in " + file).isNotEmpty();
    // WHEN validating it from the command line
    Run run = run(file);
    // THEN it is refused with exactly the expected paths (and rules)
    assertThat(run.code).as(run.toString()).isEqualTo(exit);
    assertThat(run.errors()).as(run.toString()).containsExactlyElementsOf(expected);
  }

  /** The leading comment lines of the file, or the lines of its sidecar {@code <file>.expect} when it has one. */
  private static List<String> header(Path file) throws IOException {
    Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
    if (Files.exists(sidecar)) {
      return Files.readAllLines(sidecar, StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        break;
      }
      out.add(line);
    }
    return out;
  }

  private static Stream<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
              || p.toString().endsWith(".json"))
          .sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One {@code validate} run: exit code and printed lines. */
  record Run(Path file, int code, String out, String err) {
    /**
     * The errors printed, each as {@code path rule} (violations; warnings left out) or {@code path} (documents
     * of the wrong shape, unreadable input), sorted.
     */
    TreeSet<String> errors() {
      TreeSet<String> out = new TreeSet<>();
      String filePrefix = file + ": ";
      String errorPrefix = "error: " + file + " (document ";
      String shapePrefix = file + " (document ";
      for (String line : (this.out + this.err).lines().toList()) {
        if (line.startsWith(shapePrefix)) {
          String rest = OBJECT.matcher(line.substring(line.indexOf("): ", shapePrefix.length()) + 3)).replaceFirst("");
          int colon = rest.indexOf(": ");
          String path = colon > 0 && !rest.substring(0, colon).contains(" ") ? rest.substring(0, colon) : "-";
          out.add(path);
          continue;
        }
        if (line.startsWith(errorPrefix)) {
          String rest = line.substring(line.indexOf("): ", errorPrefix.length()) + 3);
          Matcher r = READ_ERROR.matcher(rest);
          out.add(r.matches() && r.group(1) != null && !r.group(1).isEmpty() ? r.group(1) : "-");
          continue;
        }
        if (line.startsWith("error: ") && line.contains(file.toString())) {
          out.add("-");
          continue;
        }
        if (!line.startsWith(filePrefix)) {
          continue;
        }
        Matcher v = VIOLATION.matcher(line.substring(filePrefix.length()));
        if (v.matches()) {
          if (v.group(1) == null) {
            out.add((v.group(2) == null || v.group(2).isEmpty() ? "-" : v.group(2)) + " " + v.group(3));
          }
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "validate " + file + " exited " + code + ":\n" + out + err;
    }
  }

  static Run run(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run("validate", file.toString());
    return new Run(file, code, out.toString(), err.toString());
  }
}
