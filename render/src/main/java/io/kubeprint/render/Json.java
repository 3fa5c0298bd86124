package io.kubeprint.render;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.internal.Canonical;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders objects as JSON, with the same canonical content and order as {@link Yaml}: one object, or a
 * bundle as a {@code v1 List} whose {@code items} are in apply order (which {@link Manifests} reads back).
 * Pretty-printed with two-space indentation, {@code []} and {@code {}} for empty values, and a final newline.
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
      requireValid(Validator.validate(object));
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
      requireValid(bundle.validate());
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
      return MAPPER.writer(PRINTER).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireValid(List<Violation> violations) {
    List<Violation> errors = violations.stream().filter(Violation::isError).toList();
    if (!errors.isEmpty()) {
      throw new ManifestValidationException(errors);
    }
  }
}
