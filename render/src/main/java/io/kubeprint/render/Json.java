package io.kubeprint.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.render.internal.Canonical;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Renders objects as JSON, with the same canonical content and order as {@link Yaml}: one object, or a
 * bundle as a {@code v1 List} whose {@code items} are in apply order (which {@link Manifests} reads back).
 * Pretty-printed with two-space indentation, {@code []} and {@code {}} for empty values, and a final newline.
 * Non-ASCII text is written as itself, except the characters that YAML 1.1 readers of the JSON (kubeprint's
 * own, snakeyaml, go-yaml) refuse or take for line breaks, which are {@code \}{@code u} escapes: DEL and the
 * C1 controls, NEL, the line and paragraph separators U+2028 and U+2029 (line breaks to go-yaml), and the
 * non-characters U+FFFE and U+FFFF.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("").withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** One object as JSON, validated. */
  public static String render(KubeObject object) {
    return render(object, RenderOptions.defaults());
  }

  /** One object as JSON. */
  public static String render(KubeObject object, RenderOptions options) {
    if (options.validate()) {
      ManifestValidationException.throwIfErrors(Validator.validate(object));
    }
    return write(Canonical.tree(object, options.secrets()));
  }

  /** A bundle as a JSON {@code v1 List}, validated. */
  public static String render(Bundle bundle) {
    return render(bundle, RenderOptions.defaults());
  }

  /** A bundle as a JSON {@code v1 List} ({@code apiVersion: v1, kind: List, items: [...]}) in apply order. */
  public static String render(Bundle bundle, RenderOptions options) {
    if (options.validate()) {
      ManifestValidationException.throwIfErrors(options.problems(bundle));
    }
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    ArrayNode items = list.putArray("items");
    for (KubeObject o : Yaml.ordered(bundle)) {
      items.add(Canonical.tree(o, options.secrets()));
    }
    return write(list);
  }

  private static String write(Object tree) {
    try {
      return MAPPER.writer(PRINTER).with(YamlSafeEscapes.INSTANCE).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }


  /**
   * JSON's standard escapes plus {@code \}{@code u} escapes for the characters YAML 1.1 readers cannot take
   * raw inside a quoted scalar: DEL, the C1 controls, U+FFFE and U+FFFF are not printable in YAML, and NEL
   * (and for go-yaml U+2028 and U+2029) are line breaks, which a quoted scalar folds into a space.
   */
  private static final class YamlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final YamlSafeEscapes INSTANCE = new YamlSafeEscapes();

    private final int[] ascii;

    private YamlSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch <= 0x9F || ch == 0x2028 || ch == 0x2029 || ch == 0xFFFE || ch == 0xFFFF) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }
}
