package io.kubeprint.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kubeprint.render.yaml.KubeYamlFactory;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * Writes canonical trees as YAML documents with kubeprint's writer configuration
 * ({@link KubeYamlFactory}), except that the first document has no {@code ---} before it (as
 * {@code kubectl} writes one object): documents after it start with {@code ---}. Strings are quoted exactly
 * when a YAML 1.1 or 1.2 reader would misread them.
 *
 * <p>Most documents (printable ASCII, one-line scalars) are written directly by {@link BlockYaml}; the rest
 * go through Jackson's YAML generator, one document at a time, placed in the stream as that generator would
 * place them (the {@code ...} end marker after a document ending in a {@code |+} block included). Both give
 * the same text; EmitterTest compares them over the corpus and random trees.
 */
public final class Emitter implements Closeable {
  /**
   * Jackson's YAML generator and a document written around others to learn how it places them in a stream: made
   * when a document first needs them, so that a stream of common documents loads neither (a cold start is shorter
   * by the few hundred classes of Jackson's mapper and snakeyaml).
   */
  private static final class Jackson {
    static final YAMLFactory FACTORY = KubeYamlFactory.create()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    static final ObjectNode PROBE = JsonNodeFactory.instance.objectNode().put("a", 1);
  }
  private static final String PROBE_TEXT = "a: 1\n";
  private static final String SEPARATOR = "---\n";
  private static final String END = "...\n";

  private final Writer out;
  private final StringBuilder buffer = new StringBuilder(4096);
  /** The buffer's characters handed to {@link #out} without making a String of each document. */
  private char[] chars = new char[4096];
  private boolean first = true;
  /** The end marker the last document needs when another document follows it, or empty. */
  private String pendingEnd = "";

  private Emitter(Writer out) {
    this.out = out;
  }

  /** An emitter of a stream of documents to {@code out}, which {@link #close()} flushes but leaves open. */
  public static Emitter open(Writer out) {
    return new Emitter(out);
  }

  /** Writes the next document. */
  public void write(JsonNode tree) throws IOException {
    buffer.setLength(0);
    if (BlockYaml.write(tree, buffer)) {
      if (!first) {
        out.write(pendingEnd);
        out.write(SEPARATOR);
      }
      int n = buffer.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      buffer.getChars(0, n, chars, 0);
      out.write(chars, 0, n);
      pendingEnd = "";
    } else {
      String text = jackson(tree, first);
      if (!first) {
        out.write(pendingEnd);
      }
      boolean open = text.endsWith("\n" + END);
      pendingEnd = open ? END : "";
      out.write(text, 0, text.length() - pendingEnd.length());
    }
    first = false;
  }

  /**
   * The text Jackson's generator writes for {@code tree} in a stream, the first document or a later one
   * (then starting with its {@code ---}): it writes the document between probes and keeps what lies between.
   */
  static String jackson(JsonNode tree, boolean first) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Jackson.FACTORY.createGenerator(w)) {
      g.setCodec(Jackson.MAPPER);
      if (!first) {
        g.writeTree(Jackson.PROBE);
      }
      g.writeTree(tree);
      g.writeTree(Jackson.PROBE);
    }
    String s = w.toString();
    String suffix = SEPARATOR + PROBE_TEXT;
    int start = first ? 0 : PROBE_TEXT.length();
    if (!s.endsWith(suffix) || !first && !s.startsWith(PROBE_TEXT)) {
      throw new IllegalStateException("unexpected placement of a YAML document: " + s);
    }
    return s.substring(start, s.length() - suffix.length());
  }

  /** Ends the stream (an empty stream writes nothing); the writer is flushed, not closed. */
  @Override
  public void close() throws IOException {
    out.flush();
  }

  /** Writes one document; the writer is left open. */
  public static void writeDocument(JsonNode tree, Writer out) throws IOException {
    try (Emitter e = open(out)) {
      e.write(tree);
    }
  }
}
