package io.kubeprint.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.yaml.KubeYamlFactory;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes canonical trees as YAML documents with kubeprint's writer configuration
 * ({@link KubeYamlFactory}), except that the first document has no {@code ---} before it (as
 * {@code kubectl} writes one object): documents after it start with {@code ---}. Strings are quoted exactly
 * when a YAML 1.1 or 1.2 reader would misread them.
 *
 * <p>Most documents (printable ASCII, one-line scalars) are written directly by {@link BlockYaml}; the rest
 * go through Jackson's YAML generator, one document at a time, placed in the stream as that generator would
 * place them (the {@code ...} end marker after a document ending in a {@code |+} block included). Both give
 * the same text; EmitterTest compares them over the corpus and random trees. To a {@link Writer} each document is
 * handed on as it is written; to an {@link OutputStream}, whose UTF-8 bytes {@link BlockYaml}'s ASCII text already
 * is ({@link AsciiText}), documents are handed on in blocks, without an encoder.
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

  /** What a stream of bytes keeps before handing it on, so that an unbuffered stream gets few large writes. */
  private static final int FLUSH_AT = 1 << 15;

  /** Where the documents go: exactly one of the two is set. */
  private final Writer chars;
  private final OutputStream bytes;
  /** The documents not yet handed on: one for a {@link Writer}, up to {@link #FLUSH_AT} bytes for a stream. */
  private final AsciiText text;
  private boolean first = true;
  /** The end marker the last document needs when another document follows it, or empty. */
  private String pendingEnd = "";

  private Emitter(Writer chars, OutputStream bytes) {
    this.chars = chars;
    this.bytes = bytes;
    this.text = new AsciiText(chars != null ? 4096 : FLUSH_AT + 4096);
  }

  /** An emitter of a stream of documents to {@code out}, which {@link #close()} flushes but leaves open. */
  public static Emitter open(Writer out) {
    return new Emitter(Objects.requireNonNull(out, "out == null"), null);
  }

  /**
   * An emitter of a stream of documents to {@code out} in UTF-8, which {@link #close()} flushes but leaves open;
   * documents are handed on in blocks of some kilobytes, so {@code out} needs no buffer of its own.
   */
  public static Emitter open(OutputStream out) {
    return new Emitter(null, Objects.requireNonNull(out, "out == null"));
  }

  /**
   * Writes the next document, {@code o} with Secret values as {@code mode} says: the text of its canonical tree,
   * written straight from the model when {@link ToYaml} can, else through the tree.
   */
  public void write(KubeObject o, SecretMode mode) throws IOException {
    int mark = text.length();
    if (!first) {
      text.append(pendingEnd).append(SEPARATOR);
    }
    if (!ToYaml.write(o, mode, text)) {
      text.setLength(mark);
      write(Canonical.tree(o, mode));
      return;
    }
    pendingEnd = "";
    ended();
  }

  /**
   * Writes the next document, {@code n} bytes of {@code text} from {@code at}: what {@link ToYaml} or
   * {@link BlockYaml} wrote for it before ({@link Documents}).
   */
  void write(byte[] text, int at, int n) throws IOException {
    if (!first) {
      this.text.append(pendingEnd).append(SEPARATOR);
    }
    this.text.append(text, at, n);
    pendingEnd = "";
    ended();
  }

  /** Writes the next document. */
  public void write(JsonNode tree) throws IOException {
    int mark = text.length();
    if (!first) {
      text.append(pendingEnd).append(SEPARATOR);
    }
    if (BlockYaml.write(tree, text)) {
      pendingEnd = "";
    } else {
      text.setLength(mark);
      String doc = jackson(tree, first);
      if (!first) {
        text.append(pendingEnd);
      }
      boolean open = doc.endsWith("\n" + END);
      pendingEnd = open ? END : "";
      handOn();
      String body = doc.substring(0, doc.length() - pendingEnd.length());
      if (chars != null) {
        chars.write(body);
      } else {
        bytes.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    ended();
  }

  /** After a document: the next is not the first, and the text goes on to a writer, or to a stream in blocks. */
  private void ended() throws IOException {
    first = false;
    if (chars != null || text.length() >= FLUSH_AT) {
      handOn();
    }
  }

  /** Hands the documents kept so far to the writer or stream. */
  private void handOn() throws IOException {
    if (chars != null) {
      text.writeTo(chars);
    } else {
      text.writeTo(bytes);
    }
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
    handOn();
    if (chars != null) {
      chars.flush();
    } else {
      bytes.flush();
    }
  }

  /** Writes one document; the writer is left open. */
  public static void writeDocument(JsonNode tree, Writer out) throws IOException {
    try (Emitter e = open(out)) {
      e.write(tree);
    }
  }

  /** Writes {@code o} as one document; the writer is left open. */
  public static void writeDocument(KubeObject o, SecretMode mode, Writer out) throws IOException {
    try (Emitter e = open(out)) {
      e.write(o, mode);
    }
  }
}
