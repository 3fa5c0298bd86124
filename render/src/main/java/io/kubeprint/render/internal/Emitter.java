package io.kubeprint.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;

/** Writes canonical trees as YAML documents, with kubeprint's scalar quoting. */
public final class Emitter {
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private Emitter() {}

  /** Writes one document (no {@code ---} marker); the writer is left open. */
  public static void writeDocument(JsonNode tree, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(new NonClosingWriter(out))) {
      g.setCodec(MAPPER);
      g.writeTree(tree);
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
