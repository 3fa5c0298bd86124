package io.kubeprint.core.schema;

import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.Rule;
import io.kubeprint.core.validation.Violations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The schema of every built-in type of the Kubernetes 1.32 API, and the check the API server's strict JSON
 * decoding makes against it ({@code sigs.k8s.io/json} {@code UnmarshalStrict}, behind strict field
 * validation): every field known, every JSON type right.
 *
 * <p>Types are named as the OpenAPI models of the official Java client name them ({@code V1Pod},
 * {@code V1PodSpec}, {@code V1Container}); the schema is generated from those models (client-java-api
 * 23.0.0, Kubernetes 1.32) when kubeprint is built, and loaded once, on first use.
 *
 * <pre>{@code
 * Violations v = new Violations("Pod/web");
 * KubernetesSchema.get().check(Map.of("containers", List.of(Map.of("name", "web", "lifecyle", Map.of()))),
 *     "V1PodSpec", FieldPath.of("spec"), v, CheckOptions.defaults());
 * // spec.containers[0].lifecyle: unknown field "spec.containers[0].lifecyle": Kubernetes has no such field
 * }</pre>
 */
public final class KubernetesSchema {
  /** The resource the build writes, beside this class. */
  static final String RESOURCE = "kubernetes-1.32.schema";

  /** A field the type does not have: strict decoding refuses it. */
  public static final Rule UNKNOWN_FIELD = Rule.of("unknown-field", "UnmarshalStrict",
      "every field is one the Kubernetes 1.32 type has (strict field validation)");
  /** A value of the wrong JSON type, or one its Go type cannot hold. */
  public static final Rule FIELD_TYPE = Rule.of("field-type", "UnmarshalStrict",
      "every value has the JSON type of its field and fits its Go type (32-bit integers, base64 bytes, RFC 3339"
          + " times, quantities)");

  private final Map<String, Map<String, FieldType>> types;

  private KubernetesSchema(Map<String, Map<String, FieldType>> types) {
    this.types = types;
  }

  private static final class Loaded {
    static final KubernetesSchema SCHEMA = load();
  }

  /** The Kubernetes 1.32 schema, read on first use (thread-safe). */
  public static KubernetesSchema get() {
    return Loaded.SCHEMA;
  }

  /** Whether the schema has a type named {@code name}, e.g. {@code V1PodSpec}. */
  public boolean hasType(String name) {
    return types.containsKey(Objects.requireNonNull(name, "name == null"));
  }

  /** Every type name, sorted. */
  public Set<String> typeNames() {
    return Collections.unmodifiableSet(types.keySet());
  }

  /**
   * The fields of type {@code name}, JSON name to type, sorted by name.
   *
   * @throws IllegalArgumentException when the schema has no such type
   */
  public Map<String, FieldType> fields(String name) {
    Map<String, FieldType> f = types.get(Objects.requireNonNull(name, "name == null"));
    if (f == null) {
      throw new IllegalArgumentException("the Kubernetes 1.32 schema has no type " + name);
    }
    return f;
  }

  /**
   * Checks a JSON-shaped value against type {@code type} as the API server's strict decoder reads it, and
   * records every problem into {@code out} at its field path under {@code at}: an unknown field
   * ({@link #UNKNOWN_FIELD}), a value of the wrong JSON type or one its field cannot hold
   * ({@link #FIELD_TYPE}). Values are those of {@link io.kubeprint.core.meta.Fields}: {@link Map} with
   * string keys, {@link List}, {@link String}, {@link Boolean}, whole numbers ({@link Long}, {@link Integer},
   * {@link BigInteger}), other numbers ({@link BigDecimal}, {@link Double}) and {@code null}, which is
   * accepted anywhere (Go's decoder leaves the zero value). A whole number written as a decimal
   * ({@code 2.0}) counts as an integer, as it reaches the API server through kubectl.
   *
   * @param value the object, e.g. a document as read, or the {@code extra()} fields of a model value
   * @param type a type name, e.g. {@code V1Pod}
   * @param at the path of {@code value} in its object ({@link FieldPath#root()} for a whole document)
   * @throws IllegalArgumentException when the schema has no type {@code type}, or a value is no JSON value
   */
  public void check(Object value, String type, FieldPath at, Violations out, CheckOptions options) {
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(options, "options == null");
    fields(type);
    new Walk(out, options).value(value, FieldType.parse(type), at, at, false);
  }

  /** One check: where violations go and how they are worded. */
  private final class Walk {
    private final Violations out;
    private final CheckOptions options;

    Walk(Violations out, CheckOptions options) {
      this.out = out;
      this.options = options;
    }

    void value(Object v, FieldType t, FieldPath p, FieldPath root, boolean redacted) {
      if (v == null) {
        return;
      }
      switch (t.shape()) {
        case ANY:
          checkJson(v);
          return;
        case STRING:
          if (!(v instanceof String)) {
            wrong(p, "a string", v, redacted);
          }
          return;
        case BOOLEAN:
          if (!(v instanceof Boolean)) {
            wrong(p, "a boolean", v, redacted);
          }
          return;
        case NUMBER:
          if (!isNumber(v)) {
            wrong(p, "a number", v, redacted);
          }
          return;
        case INT32:
        case INT64:
          integer(v, t.shape() == FieldType.Shape.INT32 ? 32 : 64, p, redacted);
          return;
        case INT_OR_STRING:
          intOrString(v, p, redacted);
          return;
        case QUANTITY:
          quantity(v, p, redacted);
          return;
        case BYTES:
          bytes(v, p, redacted);
          return;
        case DATE_TIME:
          time(v, p, redacted, Times::isRfc3339, "an RFC 3339 date-time such as \"2006-01-02T15:04:05Z\"");
          return;
        case DATE:
          time(v, p, redacted, Times::isDate, "a date such as \"2006-01-02\"");
          return;
        case LIST:
          if (!(v instanceof List<?> l)) {
            wrong(p, "a list", v, redacted);
            return;
          }
          for (int i = 0; i < l.size(); i++) {
            value(l.get(i), t.element(), p.index(i), root, redacted);
          }
          return;
        case MAP:
          if (!(v instanceof Map<?, ?> m)) {
            wrong(p, "an object", v, redacted);
            return;
          }
          for (Map.Entry<?, ?> e : m.entrySet()) {
            value(e.getValue(), t.element(), p.key(key(e.getKey())), root, redacted);
          }
          return;
        case OBJECT:
          object(v, t.typeName(), p, root, redacted);
          return;
        default:
          throw new IllegalStateException("unhandled shape " + t.shape());
      }
    }

    private void object(Object v, String type, FieldPath p, FieldPath root, boolean redacted) {
      if (!(v instanceof Map<?, ?> m)) {
        wrong(p, "an object", v, redacted);
        return;
      }
      Map<String, FieldType> fields = types.get(type);
      if (fields == null) {
        throw new IllegalStateException("the schema names type " + type + " but does not define it");
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String name = key(e.getKey());
        FieldPath fp = p.child(name);
        FieldType ft = fields.get(name);
        if (ft == null) {
          out.add(UNKNOWN_FIELD, fp, "unknown field \"" + fp + "\": Kubernetes has no such field");
          continue;
        }
        value(e.getValue(), ft, fp, root, redacted || (p == root && options.redacts(name)));
      }
    }

    private void integer(Object v, int bits, FieldPath p, boolean redacted) {
      BigInteger n = whole(v);
      if (n == null) {
        wrong(p, "an integer", v, redacted);
      } else if (n.bitLength() >= bits) {
        out.add(FIELD_TYPE, p, "must be a " + bits + "-bit integer " + was(n.toString(), redacted));
      }
    }

    private void intOrString(Object v, FieldPath p, boolean redacted) {
      if (v instanceof String) {
        return;
      }
      BigInteger n = whole(v);
      if (n == null) {
        wrong(p, "an integer or a string", v, redacted);
      } else if (n.bitLength() >= 32) {
        out.add(FIELD_TYPE, p, "must be a 32-bit integer or a string " + was(n.toString(), redacted));
      }
    }

    private void quantity(Object v, FieldPath p, boolean redacted) {
      if (v instanceof String s) {
        if (options.parsesQuantities() && !Quantity.of(Times.goTrimSpace(s)).isValid()) {
          out.add(FIELD_TYPE, p, "must be a quantity such as 500m, 2 or 128Mi "
              + was("\"" + s + "\"", redacted));
        }
        return;
      }
      if (!isNumber(v)) {
        wrong(p, "a quantity, a string or a number", v, redacted);
      }
    }

    /** Go's {@code []byte}: a standard base64 string with padding; line breaks are skipped. Never shown. */
    private void bytes(Object v, FieldPath p, boolean redacted) {
      if (!(v instanceof String s)) {
        wrong(p, "a base64-encoded string", v, redacted);
        return;
      }
      String problem = Base64Text.problem(s);
      if (problem != null) {
        out.add(FIELD_TYPE, p, "must be " + problem + " (value redacted)");
      }
    }

    private void time(Object v, FieldPath p, boolean redacted, java.util.function.Predicate<String> syntax,
        String expected) {
      if (!(v instanceof String s)) {
        wrong(p, "a string", v, redacted);
      } else if (!syntax.test(s)) {
        wrong(p, expected, v, redacted);
      }
    }

    private void wrong(FieldPath p, String expected, Object v, boolean redacted) {
      out.add(FIELD_TYPE, p, "must be " + expected + " " + (redacted ? "(value redacted)" : "(was " + describe(v) + ")"));
    }
  }

  private static String was(String value, boolean redacted) {
    return redacted ? "(value redacted)" : "(was " + value + ")";
  }

  private static String key(Object k) {
    if (!(k instanceof String s)) {
      throw new IllegalArgumentException("JSON object keys must be strings (was " + describe(k) + ")");
    }
    return s;
  }

  private static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof BigDecimal
        || v instanceof Double || v instanceof Float || v instanceof Short || v instanceof Byte;
  }

  /** The value as a whole number, or {@code null} when it is no number or has a fraction. */
  private static BigInteger whole(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigInteger.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger b) {
      return b;
    }
    BigDecimal d;
    if (v instanceof BigDecimal b) {
      d = b;
    } else if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
      d = new BigDecimal(v.toString());
    } else {
      return null;
    }
    return d.signum() == 0 ? BigInteger.ZERO : d.stripTrailingZeros().scale() <= 0 ? d.toBigIntegerExact() : null;
  }

  /** Refuses what is no JSON value, for {@code any}, where every JSON value goes. */
  private static void checkJson(Object v) {
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        key(e.getKey());
        if (e.getValue() != null) {
          checkJson(e.getValue());
        }
      }
    } else if (v instanceof List<?> l) {
      for (Object e : l) {
        if (e != null) {
          checkJson(e);
        }
      }
    } else {
      describe(v);
    }
  }

  /** How a value is named in type errors: its JSON type and, for scalars, the value itself. */
  static String describe(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "string \"" + s + "\"";
    }
    if (v instanceof Boolean b) {
      return "boolean " + b;
    }
    if (isNumber(v)) {
      return "number " + v;
    }
    if (v instanceof List) {
      return "a list";
    }
    if (v instanceof Map) {
      return "an object";
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
  }

  private static KubernetesSchema load() {
    try (InputStream in = KubernetesSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " beside " + KubernetesSchema.class.getName()
            + ": the build writes it (schema-generator)");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the schema file format (see {@code SchemaGenerator}); checks that every type named is defined. */
  static KubernetesSchema parse(BufferedReader in) throws IOException {
    Map<String, Map<String, FieldType>> types = new TreeMap<>();
    Map<String, FieldType> current = null;
    String currentName = null;
    Map<String, FieldType> interned = new HashMap<>();
    int lineNo = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("  ")) {
        int space = line.indexOf(' ', 2);
        if (current == null || space < 0) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": a field must follow a type, as name and type");
        }
        String t = line.substring(space + 1);
        FieldType ft = interned.computeIfAbsent(t, FieldType::parse);
        if (current.put(line.substring(2, space), ft) != null) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": field given twice in " + currentName);
        }
      } else {
        freeze(types, currentName, current);
        currentName = line;
        current = new LinkedHashMap<>();
        if (types.containsKey(line)) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": type given twice: " + line);
        }
        types.put(line, current);
      }
    }
    freeze(types, currentName, current);
    for (Map.Entry<String, Map<String, FieldType>> t : types.entrySet()) {
      for (Map.Entry<String, FieldType> f : t.getValue().entrySet()) {
        FieldType ft = f.getValue();
        while (ft.element() != null) {
          ft = ft.element();
        }
        if (ft.typeName() != null && !types.containsKey(ft.typeName())) {
          throw new IllegalStateException(RESOURCE + ": " + t.getKey() + "." + f.getKey() + " names the undefined type "
              + ft.typeName());
        }
      }
    }
    return new KubernetesSchema(types);
  }

  private static void freeze(Map<String, Map<String, FieldType>> types, String name, Map<String, FieldType> fields) {
    if (name != null) {
      types.put(name, Collections.unmodifiableMap(new TreeMap<>(fields)));
    }
  }
}
