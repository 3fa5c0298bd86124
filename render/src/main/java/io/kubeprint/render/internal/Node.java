package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object being read into a model value: typed accessors that check the JSON type strictly (as
 * the API server's decoder does: a {@code true} is no string, {@code "3"} is no integer) and name the field
 * path on error, and {@link #rest()}, the fields no accessor took, kept verbatim. A JSON {@code null}
 * reads as absent; in a list it reads as Go's zero value (an empty object, string or quantity 0); as the value
 * of a map entry (a label, an annotation, a resource quantity) it drops the entry, as the API server does (a
 * selector {@code app: null} is empty).
 */
final class Node {
  private final JsonNode json;
  private final String path;
  private final Set<String> used = new HashSet<>();

  Node(JsonNode json, String path) {
    if (!json.isObject()) {
      throw new TreeException(path, "must be an object (was " + describe(json) + ")");
    }
    this.json = json;
    this.path = path;
  }

  String path() {
    return path;
  }

  String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Marks fields as read without reading them (e.g. {@code apiVersion}, or {@code status}, which is dropped). */
  void consume(String... fields) {
    Collections.addAll(used, fields);
  }

  private JsonNode take(String field) {
    used.add(field);
    JsonNode c = json.get(field);
    return c == null || c.isNull() ? null : c;
  }

  Optional<String> string(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return Optional.empty();
    }
    return Optional.of(text(c, pathOf(field)));
  }

  Optional<Integer> int32(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return Optional.empty();
    }
    long l = integer(c, pathOf(field));
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new TreeException(pathOf(field), "must be a 32-bit integer (was " + l + ")");
    }
    return Optional.of((int) l);
  }

  Optional<Long> int64(String field) {
    JsonNode c = take(field);
    return c == null ? Optional.empty() : Optional.of(integer(c, pathOf(field)));
  }

  Optional<Boolean> bool(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return Optional.empty();
    }
    if (!c.isBoolean()) {
      throw new TreeException(pathOf(field), "must be a boolean (was " + describe(c) + ")");
    }
    return Optional.of(c.booleanValue());
  }

  Optional<IntOrString> intOrString(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return Optional.empty();
    }
    if (c.isTextual()) {
      return Optional.of(IntOrString.of(c.textValue()));
    }
    if (!c.isNumber()) {
      throw new TreeException(pathOf(field), "must be an integer or a string (was " + describe(c) + ")");
    }
    long l = integer(c, pathOf(field));
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new TreeException(pathOf(field), "must be a 32-bit integer or a string (was " + l + ")");
    }
    return Optional.of(IntOrString.of((int) l));
  }

  Optional<Quantity> quantity(String field) {
    JsonNode c = take(field);
    return c == null ? Optional.empty() : Optional.of(quantity(c, pathOf(field)));
  }

  Optional<Fields> fields(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return Optional.empty();
    }
    if (!c.isObject()) {
      throw new TreeException(pathOf(field), "must be an object (was " + describe(c) + ")");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) toJava(c);
    return Optional.of(Fields.of(m));
  }

  <T> Optional<T> object(String field, Function<Node, T> reader) {
    JsonNode c = take(field);
    return c == null ? Optional.empty() : Optional.of(reader.apply(new Node(c, pathOf(field))));
  }

  private JsonNode array(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return null;
    }
    if (!c.isArray()) {
      throw new TreeException(pathOf(field), "must be a list (was " + describe(c) + ")");
    }
    return c;
  }

  <T> List<T> list(String field, Function<Node, T> reader) {
    JsonNode a = array(field);
    if (a == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      String p = pathOf(field) + "[" + i + "]";
      JsonNode e = a.get(i);
      // Go's decoder leaves a null element at its zero value: an empty object.
      out.add(reader.apply(new Node(e.isNull() ? JsonNodeFactory.instance.objectNode() : e, p)));
    }
    return out;
  }

  List<String> stringList(String field) {
    JsonNode a = array(field);
    if (a == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(a.get(i).isNull() ? "" : text(a.get(i), pathOf(field) + "[" + i + "]"));
    }
    return out;
  }

  List<Long> int64List(String field) {
    JsonNode a = array(field);
    if (a == null) {
      return List.of();
    }
    List<Long> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(a.get(i).isNull() ? 0L : integer(a.get(i), pathOf(field) + "[" + i + "]"));
    }
    return out;
  }

  List<Fields> fieldsList(String field) {
    JsonNode a = array(field);
    if (a == null) {
      return List.of();
    }
    List<Fields> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      JsonNode e = a.get(i);
      if (e.isNull()) {
        out.add(Fields.none());
        continue;
      }
      if (!e.isObject()) {
        throw new TreeException(pathOf(field) + "[" + i + "]", "must be an object (was " + describe(e) + ")");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) toJava(e);
      out.add(Fields.of(m));
    }
    return out;
  }

  /** The object at {@code field} as it is (or {@code null}), for readers that must keep values out of messages. */
  JsonNode rawObject(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return null;
    }
    if (!c.isObject()) {
      throw new TreeException(pathOf(field), "must be an object (value redacted)");
    }
    return c;
  }

  private JsonNode map(String field) {
    JsonNode c = take(field);
    if (c == null) {
      return null;
    }
    if (!c.isObject()) {
      throw new TreeException(pathOf(field), "must be an object (was " + describe(c) + ")");
    }
    return c;
  }

  /** A map of strings; an entry whose value is {@code null} is left out, as the API server leaves it out. */
  Map<String, String> stringMap(String field) {
    JsonNode m = map(field);
    if (m == null) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNull()) {
        out.put(e.getKey(), text(e.getValue(), pathOf(field) + "[" + e.getKey() + "]"));
      }
    }
    return out;
  }

  /** A map of quantities; an entry whose value is {@code null} is left out, as the API server leaves it out. */
  Map<String, Quantity> quantityMap(String field) {
    JsonNode m = map(field);
    if (m == null) {
      return Map.of();
    }
    Map<String, Quantity> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNull()) {
        out.put(e.getKey(), quantity(e.getValue(), pathOf(field) + "[" + e.getKey() + "]"));
      }
    }
    return out;
  }

  /** The fields no accessor took, without {@code null}s, as they were. */
  Fields rest() {
    Map<String, Object> out = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (used.contains(e.getKey()) || e.getValue().isNull()) {
        continue;
      }
      if (out == null) {
        out = new LinkedHashMap<>();
      }
      out.put(e.getKey(), toJava(e.getValue()));
    }
    return out == null ? Fields.none() : Fields.of(out);
  }

  private static String text(JsonNode c, String path) {
    if (!c.isTextual()) {
      throw new TreeException(path, "must be a string (was " + describe(c) + ")");
    }
    return c.textValue();
  }

  private static long integer(JsonNode c, String path) {
    if (c.isIntegralNumber() && c.canConvertToLong()) {
      return c.longValue();
    }
    if (c.isFloatingPointNumber()) {
      BigDecimal d = c.decimalValue();
      if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
        try {
          return d.longValueExact();
        } catch (ArithmeticException tooBig) {
          // falls through to the error below
        }
      }
    }
    throw new TreeException(path, "must be an integer (was " + describe(c) + ")");
  }

  private static Quantity quantity(JsonNode c, String path) {
    if (c.isNull()) {
      return Quantity.of("0"); // Quantity.UnmarshalJSON reads null as zero
    }
    if (c.isTextual()) {
      return Quantity.of(goTrimSpace(c.textValue())); // Quantity.UnmarshalJSON trims, then parses
    }
    if (c.isNumber()) {
      return Quantity.of(c.isIntegralNumber() ? c.bigIntegerValue().toString()
          : c.decimalValue().stripTrailingZeros().toPlainString());
    }
    throw new TreeException(path, "must be a quantity, a string or a number (was " + describe(c) + ")");
  }

  /** Go's {@code strings.TrimSpace}: leading and trailing Unicode white space removed. */
  static String goTrimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isGoSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** {@code unicode.IsSpace} for the BMP characters it holds. */
  private static boolean isGoSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00a0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f'
        || c == '\u3000';
  }

  /** How a value is named in type errors: its JSON type and, for scalars, the value itself. */
  static String describe(JsonNode c) {
    if (c == null || c.isNull()) {
      return "null";
    }
    if (c.isTextual()) {
      return "string \"" + c.textValue() + "\"";
    }
    if (c.isBoolean()) {
      return "boolean " + c.booleanValue();
    }
    if (c.isNumber()) {
      return "number " + c.asText();
    }
    if (c.isArray()) {
      return "a list";
    }
    return "an object";
  }

  /** The JSON value as plain Java values ({@link Fields}' types). */
  static Object toJava(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    if (c.isTextual()) {
      return c.textValue();
    }
    if (c.isBoolean()) {
      return c.booleanValue();
    }
    if (c.isIntegralNumber()) {
      return c.canConvertToLong() ? (Object) c.longValue() : c.bigIntegerValue();
    }
    if (c.isNumber()) {
      return c.decimalValue();
    }
    if (c.isArray()) {
      List<Object> out = new ArrayList<>(c.size());
      for (JsonNode e : c) {
        out.add(toJava(e));
      }
      return out;
    }
    if (c.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), toJava(e.getValue()));
      }
      return out;
    }
    return c.asText();
  }
}
