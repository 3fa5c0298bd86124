package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubeprint.render.internal.Reading;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The flow-style ("KYAML") documents of the shared corpus ({@code k8s-website-all/}, read in place; skipped when
 * absent) that kubectl 1.32 refused as JSON, with {@code json: offset N: invalid character ...}. The verdicts
 * were taken with each document sent on its own (the corpus README), so each such document was a stream that
 * starts with {@code '{'}, which kubectl's {@code YAMLOrJSONDecoder} reads as JSON. Read the same way, on its
 * own, kubeprint refuses every one of them, of any kind, with Go's message and offset. Read as the whole file
 * (each starts with {@code ---}), kubectl 1.32 decides for YAML once for the stream, and so does kubeprint.
 */
class FlowStyleCorpusTest {
  private static final Pattern REFUSED_AS_JSON = Pattern.compile("json: offset (\\d+): (invalid character .*)$");
  /** The corpus README's document split: a line that is {@code ---}, alone or followed by a blank and more. */
  private static final Pattern SEPARATOR = Pattern.compile("---(?:[ \\t].*)?");
  private static final String KUBECTL_READS_JSON = "kubectl reads input that starts with '{' as JSON";

  @Test
  void should_refuse_every_flow_style_document_kubectl_refused_as_json_when_read_on_its_own() throws IOException {
    Path dir = Corpus.root().resolve("k8s-website-all");
    Path verdicts = dir.resolve("VERDICTS.tsv");
    assumeTrue(Files.isRegularFile(verdicts), "corpus absent");
    // GIVEN every document kubectl 1.32 refused as JSON, with the offset and message it gave
    List<String> rows = Files.readAllLines(verdicts, StandardCharsets.UTF_8);
    int documents = 0;
    List<String> disagreements = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      Matcher m = REFUSED_AS_JSON.matcher(cols[6]);
      if (!m.find()) {
        continue;
      }
      documents++;
      Path file = dir.resolve(cols[0]);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String document = documents(text).get(Integer.parseInt(cols[1]) - 1);
      // WHEN reading the document on its own, as it was sent, and the whole file, as kubectl apply -f reads it
      ReadResult alone = Reading.read(new StringReader(document), cols[0] + "#" + cols[1]);
      ReadResult whole = Reading.read(new StringReader(text), cols[0]);
      // THEN on its own it is refused as kubectl refused it, as a problem (it is YAML), not as unreadable input
      String expected = "(" + m.group(2) + " at offset " + m.group(1) + ")";
      boolean refused = alone.objects().isEmpty() && alone.problems().size() == 1
          && !alone.problems().get(0).unreadable()
          && alone.problems().get(0).problem().startsWith(KUBECTL_READS_JSON)
          && alone.problems().get(0).problem().contains(expected);
      // AND in the whole file, which starts with ---, nothing is taken for JSON
      boolean wholeAsYaml = whole.problems().stream().noneMatch(p -> p.problem().startsWith(KUBECTL_READS_JSON));
      if (!refused || !wholeAsYaml) {
        disagreements.add(cols[0] + "#" + cols[1] + ": kubectl " + expected + "; kubeprint on its own "
            + alone.problems() + ", in the file " + whole.problems());
      }
    }
    System.out.println("k8s-website-all: " + (documents - disagreements.size()) + " / " + documents
        + " flow-style documents kubectl 1.32 refused as JSON are refused alike");
    assertThat(documents).isEqualTo(173);
    assertThat(disagreements).isEmpty();
  }

  /** The documents of {@code text}, split as the corpus README says (document 1 is what precedes the first separator). */
  static List<String> documents(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("(?<=\n)")) {
      if (SEPARATOR.matcher(line.stripTrailing()).matches()) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(line);
      }
    }
    out.add(current.toString());
    return out;
  }
}
