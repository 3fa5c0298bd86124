package io.kubeprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.core.Bundle;
import io.kubeprint.render.Corpus;
import io.kubeprint.render.ReadResult;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import io.kubeprint.render.internal.Reading;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@code fmt --write} over every file of the shared corpus ({@link Corpus#root()}: k8s-website,
 * k8s-website-all and variants, read in place and formatted in copies; skipped when absent): each file fmt
 * accepts keeps the text of every comment, its mode, and what its documents mean (the same objects, compared in
 * their canonical form), and formatting it again changes no byte. A file fmt refuses for a comment is refused for
 * one of the two reasons it may give, with the file and line.
 */
class FmtCorpusTest {
  private static final Path CORPUS = Corpus.root();
  private static final Set<PosixFilePermission> MODE = PosixFilePermissions.fromString("rw-r-----");

  @TempDir
  Path dir;

  @Test
  void should_keep_comments_modes_and_meaning_and_be_idempotent_over_the_corpus() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is absent");
    List<Path> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
    }
    int formatted = 0;
    int withComments = 0;
    int comments = 0;
    TreeMap<String, Integer> refused = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Path original : files) {
      String text = Files.readString(original);
      Path copy = dir.resolve(formatted + "-" + original.getFileName());
      Files.writeString(copy, text);
      Files.setPosixFilePermissions(copy, MODE);
      Run first = fmtWrite(copy);
      if (first.code != 0) {
        for (String line : first.err.split("\n")) {
          if (line.contains("fmt cannot keep")) {
            refused.merge(line.replaceAll(".*: it (is|follows) ([a-z ]+).*", "$2"), 1, Integer::sum);
            assertThat(line).as(original.toString()).matches("error: \\S+:\\d+: fmt cannot keep the comment .*");
          }
        }
        continue;
      }
      String out = Files.readString(copy);
      List<String> before = comments(text);
      if (!before.isEmpty()) {
        withComments++;
        comments += before.size();
      }
      List<String> after = comments(out);
      String joined = String.join("\n", after);
      for (String c : before) {
        int at = joined.indexOf(c);
        if (at < 0) {
          failures.add(original + ": lost comment " + c);
        } else {
          joined = joined.substring(0, at) + joined.substring(at + c.length());
        }
      }
      if (!Files.getPosixFilePermissions(copy).equals(MODE)) {
        failures.add(original + ": mode changed to " + Files.getPosixFilePermissions(copy));
      }
      if (!meaning(text, original).equals(meaning(out, copy))) {
        failures.add(original + ": meaning changed");
      }
      Run second = fmtWrite(copy);
      if (second.code != 0 || !Files.readString(copy).equals(out)) {
        failures.add(original + ": not idempotent" + (second.code != 0 ? ": " + second.err : ""));
      }
      formatted++;
    }
    System.out.printf("fmt corpus: %d files formatted, %d of them with %d comments, refused: %s%n", formatted,
        withComments, comments, refused);
    assertThat(failures).isEmpty();
    assertThat(formatted).isGreaterThan(1000);
  }

  private record Run(int code, String err) {}

  private static Run fmtWrite(Path f) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run("fmt", "--write", f.toString());
    return new Run(code, err.toString());
  }

  /** The objects of a file in their canonical form, which says what they mean. */
  private static String meaning(String text, Path name) {
    ReadResult r = Reading.read(new StringReader(text), name.toString(), true);
    assertThat(r.problems()).as(name.toString()).isEmpty();
    return Yaml.render(Bundle.of(r.objects()), RenderOptions.defaults().validate(false));
  }

  /** The text of every comment, as SnakeYAML's parser finds them ({@code #} and what follows, blanks cut). */
  static List<String> comments(String text) {
    List<String> found = new ArrayList<>();
    if (text.indexOf('#') < 0) {
      return found;
    }
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setAllowDuplicateKeys(true);
    try {
      Parser p = new ParserImpl(new StreamReader(text), options);
      while (p.peekEvent() != null) {
        Event e = p.getEvent();
        if (e instanceof CommentEvent c && c.getCommentType() != CommentType.BLANK_LINE) {
          found.add(("#" + c.getValue()).strip());
        }
        if (e.getEventId() == Event.ID.StreamEnd) {
          break;
        }
      }
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      // text SnakeYAML cannot parse (fmt read it through its go-yaml fixes): counted by lines instead
      found.clear();
      for (String line : text.split("\n")) {
        if (line.strip().startsWith("#")) {
          found.add(line.strip());
        }
      }
    }
    return found;
  }
}
