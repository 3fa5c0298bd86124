package io.kubeprint.render.yaml;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The one Jackson YAML configuration kubeprint writes with.
 *
 * <ul>
 *   <li>Strings are plain unless {@link YamlQuoting#needsQuotes} says otherwise, then double-quoted with
 *       YAML escapes ({@link KubeQuotingChecker}, {@code MINIMIZE_QUOTES}); map keys likewise. The empty
 *       string is {@code ""}.
 *   <li>Multi-line strings are literal blocks ({@code |}, {@code |-}, {@code |+}, with an indentation
 *       indicator when the text starts with a space or a line break) when they read back unchanged, and
 *       double-quoted otherwise: tabs, carriage returns, spaces at the end of a line or of the text,
 *       control and invisible characters force quotes, and so does a text of line feeds only. A {@code |+} block that ends a document is followed
 *       by the document end marker {@code ...} when another document follows.
 *   <li>Lines are never split ({@code SPLIT_LINES} off): long values and base64 stay on one line.
 *   <li>Every document starts with {@code ---}, so multi-document output and concatenated files are
 *       unambiguous.
 *   <li>No type tags or anchors ({@code USE_NATIVE_TYPE_ID}, {@code USE_NATIVE_OBJECT_ID} off); binary
 *       values are written as plain base64 strings without {@code !!binary} and without line breaks.
 *   <li>Non-ASCII text is written as itself, also inside double quotes; byte output is UTF-8 whatever
 *       {@code file.encoding} says. The line and paragraph separators U+2028 and U+2029 and unpaired
 *       surrogates are written as {@code \}{@code u} escapes, which YAML 1.1 and 1.2 readers both read.
 *   <li>Line breaks are line feeds on every platform; map keys up to 1024 characters stay simple keys.
 *   <li>List items are not indented under their key, as {@code kubectl} writes them:
 *       {@code containers:} and then {@code - name: web} at the key's indentation.
 * </ul>
 *
 * <pre>{@code
 * ObjectMapper yaml = KubeYamlFactory.mapper();
 * yaml.writeValueAsString(yaml.createObjectNode().put("image", "nginx:1.27").put("mode", "0644"));
 * // ---
 * // image: nginx:1.27
 * // mode: "0644"
 * }</pre>
 *
 * <p>The factory is a subclass of {@link YAMLFactory} that creates its own generator (for the literal block
 * decision and the escapes); {@link YAMLFactory#copy()} and {@link ObjectMapper#copy()} keep it, {@link
 * YAMLFactory#rebuild()} does not.
 */
public final class KubeYamlFactory {

  private KubeYamlFactory() {}

  /** A new YAML factory with the configuration described above. */
  public static YAMLFactory create() {
    YAMLFactoryBuilder builder =
        YAMLFactory.builder()
            .stringQuotingChecker(KubeQuotingChecker.instance())
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.ALLOW_LONG_KEYS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
            .disable(YAMLGenerator.Feature.USE_NATIVE_OBJECT_ID)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .disable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.CANONICAL_OUTPUT)
            .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
            .disable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR);
    return new Factory(builder);
  }

  /** A new {@link YAMLMapper} on {@link #create()}; otherwise Jackson's defaults. */
  public static ObjectMapper mapper() {
    return new YAMLMapper(create());
  }

  /** Creates {@link Generator}s; everything else is {@link YAMLFactory}. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    Factory(Factory source, ObjectCodec codec) {
      super(source, codec);
    }

    @Override
    public YAMLFactory copy() {
      return new Factory(this, null);
    }

    @Override
    protected Object readResolve() {
      return new Factory(this, _objectCodec);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
      return new Generator(
          ctxt,
          _generatorFeatures,
          _yamlGeneratorFeatures,
          _quotingChecker,
          _objectCodec,
          new EscapingWriter(out),
          _version);
    }
  }

  /**
   * Jackson's generator picks the literal style for every string with a line feed; this one asks {@link
   * YamlQuoting#fitsLiteralBlock} first and double-quotes the rest. Binary values become plain base64
   * strings.
   */
  private static final class Generator extends YAMLGenerator {

    Generator(
        IOContext ctxt,
        int jsonFeatures,
        int yamlFeatures,
        StringQuotingChecker quotingChecker,
        ObjectCodec codec,
        Writer out,
        DumperOptions.Version version)
        throws IOException {
      super(ctxt, jsonFeatures, yamlFeatures, quotingChecker, codec, out, version);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text == null || text.indexOf('\n') < 0) {
        super.writeString(text);
        return;
      }
      _verifyValueWrite("write String value");
      _writeScalar(
          text,
          "string",
          YamlQuoting.fitsLiteralBlock(text)
              ? DumperOptions.ScalarStyle.LITERAL
              : DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    /**
     * Every scalar, key or value, passes here: characters that snakeyaml would escape in a way not every
     * reader understands are handed to {@link EscapingWriter} in a double-quoted scalar.
     */
    @Override
    protected ScalarEvent _scalarEvent(String value, DumperOptions.ScalarStyle style) {
      if (EscapingWriter.needsEncoding(value)) {
        return super._scalarEvent(
            EscapingWriter.encode(value), DumperOptions.ScalarStyle.DOUBLE_QUOTED);
      }
      return super._scalarEvent(value, style);
    }

    @Override
    public void writeBinary(Base64Variant variant, byte[] data, int offset, int len)
        throws IOException {
      if (data == null) {
        writeNull();
        return;
      }
      byte[] slice = data;
      if (offset != 0 || len != data.length) {
        slice = Arrays.copyOfRange(data, offset, offset + len);
      }
      writeString(variant.encode(slice, false, ""));
    }
  }
}
