package io.kubeprint.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kubeprint.render.yaml.KubeYamlFactory;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes canonical trees as YAML documents with kubeprint's writer configuration
 * ({@link KubeYamlFactory}): each document starts with {@code ---}, strings are quoted exactly when a YAML
 * 1.1 or 1.2 reader would misread them.
 */
public final class Emitter implements Closeable {
  private static final YAMLFactory FACTORY = KubeYamlFactory.create();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final JsonGenerator generator;

  private Emitter(Writer out) throws IOException {
    this.generator = FACTORY.createGenerator(new NonClosingWriter(out));
    this.generator.setCodec(MAPPER);
  }

  /** An emitter of a stream of documents to {@code out}, which {@link #close()} flushes but leaves open. */
  public static Emitter open(Writer out) throws IOException {
    return new Emitter(out);
  }

  /** Writes the next document. */
  public void write(JsonNode tree) throws IOException {
    generator.writeTree(tree);
  }

  /** Ends the stream; the writer is flushed, not closed. */
  @Override
  public void close() throws IOException {
    generator.close();
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
