package io.kubeprint.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kubeprint.render.yaml.KubeYamlFactory;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes canonical trees as YAML documents with kubeprint's writer configuration
 * ({@link KubeYamlFactory}), except that the first document has no {@code ---} before it (as
 * {@code kubectl} writes one object): documents after it start with {@code ---}. Strings are quoted exactly
 * when a YAML 1.1 or 1.2 reader would misread them.
 */
public final class Emitter implements Closeable {
  private static final YAMLFactory FACTORY = KubeYamlFactory.create()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final Writer out;
  private JsonGenerator generator;

  private Emitter(Writer out) {
    this.out = out;
  }

  /** An emitter of a stream of documents to {@code out}, which {@link #close()} flushes but leaves open. */
  public static Emitter open(Writer out) {
    return new Emitter(out);
  }

  /** Writes the next document. */
  public void write(JsonNode tree) throws IOException {
    if (generator == null) {
      generator = FACTORY.createGenerator(new NonClosingWriter(out));
      generator.setCodec(MAPPER);
    }
    generator.writeTree(tree);
  }

  /** Ends the stream (an empty stream writes nothing); the writer is flushed, not closed. */
  @Override
  public void close() throws IOException {
    if (generator != null) {
      generator.close();
    } else {
      out.flush();
    }
  }

  /** Writes one document; the writer is left open. */
  public static void writeDocument(JsonNode tree, Writer out) throws IOException {
    try (Emitter e = open(out)) {
      e.write(tree);
    }
  }

  /** Passes everything through and ignores {@code close()}, so generators cannot close the caller's writer. */
  private static final class NonClosingWriter extends Writer {
    private final Writer out;

    NonClosingWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      out.write(s, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
