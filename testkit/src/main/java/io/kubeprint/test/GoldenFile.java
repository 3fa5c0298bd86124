package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AssertionInfo;
import org.assertj.core.api.WritableAssertionInfo;

/**
 * A golden file: the rendered YAML of an object or bundle, committed next to the tests and compared byte
 * for byte. A difference fails with a unified diff ({@code --- golden}, {@code +++ actual}, three lines of
 * context). Files are created or rewritten only when the tests run with
 * {@code -Dkubeprint.updateSnapshots=true} (see {@link #UPDATE_PROPERTY}); without it a missing file fails
 * and says which switch creates it. Writes go to a temporary file beside the target, then an atomic move,
 * and only when the content changed.
 *
 * <p>Secrets render with {@link SecretMode#REDACTED} by default, so golden files and diffs never hold a
 * Secret value; {@link #withSecrets(SecretMode) withSecrets(BASE64)} compares the real, base64-encoded
 * values instead. Whatever the mode, the values of a Secret's {@code data} and {@code stringData} are
 * masked in every failure message (keys stay, so the diff still shows which key changed). Rendering does
 * not validate: pair a golden file with {@code hasNoViolations()}.
 *
 * <pre>{@code
 * assertThat(app).matchesGoldenFile("src/test/resources/golden/app.yaml");
 * GoldenFile.of("src/test/resources/golden/secrets.yaml").withSecrets(SecretMode.BASE64).assertMatches(apiKey);
 * GoldenFile.of("src/test/resources/golden/app.json").assertMatches(Json.render(app, redacted));  // any text
 * }</pre>
 */
public final class GoldenFile {
  /** The system property that lets golden files be created and updated: {@code kubeprint.updateSnapshots}. */
  public static final String UPDATE_PROPERTY = "kubeprint.updateSnapshots";

  private static final int CONTEXT = 3;
  private static final String SWITCH = "-D" + UPDATE_PROPERTY + "=true";

  private final Path file;
  private final SecretMode secrets;
  private final Boolean update;

  private GoldenFile(Path file, SecretMode secrets, Boolean update) {
    this.file = file;
    this.secrets = secrets;
    this.update = update;
  }

  /** The golden file at {@code file} (relative paths resolve against the working directory, the module's under Maven). */
  public static GoldenFile of(Path file) {
    return new GoldenFile(Objects.requireNonNull(file, "file == null"), SecretMode.REDACTED, null);
  }

  /** The golden file at {@code file}. */
  public static GoldenFile of(String file) {
    return of(Path.of(Objects.requireNonNull(file, "file == null")));
  }

  /** This golden file with Secret values rendered as {@code mode} says; {@link SecretMode#REDACTED} by default. */
  public GoldenFile withSecrets(SecretMode mode) {
    return new GoldenFile(file, Objects.requireNonNull(mode, "mode == null"), update);
  }

  /**
   * This golden file with updating switched on or off explicitly, whatever {@link #UPDATE_PROPERTY} says
   * (by default the property decides, read at each comparison).
   */
  public GoldenFile updating(boolean on) {
    return new GoldenFile(file, secrets, on);
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** How Secret values render. */
  public SecretMode secrets() {
    return secrets;
  }

  /** Whether a comparison creates or rewrites the file: {@link #updating(boolean)}, else the system property. */
  public boolean isUpdating() {
    return update != null ? update : "true".equalsIgnoreCase(System.getProperty(UPDATE_PROPERTY));
  }

  /** Renders {@code object} as YAML and compares it with the file. */
  public void assertMatches(KubeObject object) {
    Objects.requireNonNull(object, "object == null");
    check(object.displayName(), render(object), new WritableAssertionInfo());
  }

  /** Renders {@code bundle} as multi-document YAML (apply order) and compares it with the file. */
  public void assertMatches(Bundle bundle) {
    Objects.requireNonNull(bundle, "bundle == null");
    check(Describe.bundle(bundle), render(bundle), new WritableAssertionInfo());
  }

  /** Compares {@code actual}, encoded as UTF-8, with the file. */
  public void assertMatches(String actual) {
    Objects.requireNonNull(actual, "actual == null");
    check("text", actual, new WritableAssertionInfo());
  }

  String render(KubeObject object) {
    return Yaml.render(object, options());
  }

  String render(Bundle bundle) {
    return Yaml.render(bundle, options());
  }

  private RenderOptions options() {
    return RenderOptions.defaults().secrets(secrets).validate(false);
  }

  /** Compares, updates when asked, or throws the failure for {@code subject} with {@code info}'s description. */
  void check(String subject, String actual, AssertionInfo info) {
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    boolean exists = Files.isRegularFile(file);
    byte[] golden = exists ? read() : null;
    if (exists && Arrays.equals(golden, bytes)) {
      return;
    }
    if (isUpdating()) {
      write(bytes);
      System.err.println("kubeprint: " + (exists ? "updated" : "created") + " golden file " + file);
      return;
    }
    String expectation = "to match golden file " + file;
    if (!exists) {
      throw Failure.text(info, "\nExpecting " + subject + ":\n" + Failure.indent(expectation)
          + "\nbut the file does not exist\nTo create it, run the tests with " + SWITCH);
    }
    String goldenText = new String(golden, StandardCharsets.UTF_8);
    List<String> a = LineDiff.lines(goldenText);
    List<String> b = LineDiff.lines(actual);
    List<String> shownA = SecretLines.shown(a);
    List<String> shownB = SecretLines.shown(b);
    StringBuilder message = new StringBuilder("\nExpecting ").append(subject).append(":\n")
        .append(Failure.indent(expectation)).append("\nbut differed:\n")
        .append(LineDiff.unified(a, b, shownA, shownB, CONTEXT));
    if (SecretLines.masked(a, shownA) || SecretLines.masked(b, shownB)) {
      message.append("(Secret values are masked)\n");
    }
    if (goldenText.replace("\r\n", "\n").equals(actual.replace("\r\n", "\n"))) {
      message.append("(they differ only in line endings: LF against CRLF)\n");
    }
    message.append("To update the golden file, run the tests with ").append(SWITCH);
    throw Failure.text(info, message.toString());
  }

  private byte[] read() {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(byte[] bytes) {
    try {
      Path target = file.toAbsolutePath();
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.write(tmp, bytes);
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoldenFile g && g.file.equals(file) && g.secrets == secrets && Objects.equals(g.update, update);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, secrets, update);
  }

  @Override
  public String toString() {
    return "GoldenFile{" + file + ", secrets=" + secrets + (update == null ? "" : ", updating=" + update) + "}";
  }
}
