package io.kubeprint.core.meta;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kubernetes fields that kubeprint keeps verbatim because it does not type them (yet): an immutable,
 * JSON-shaped map from field name to value.
 *
 * <p>Every model value has {@code extra()}; the reader puts there each field of the Kubernetes API that
 * the value does not type, and the renderer writes them back beside the typed ones, so nothing a real
 * manifest holds is lost. Values are deep-copied and frozen: {@link String}, {@link Boolean}, whole
 * numbers as {@link Long} (or {@link BigInteger} beyond its range), other numbers as {@link BigDecimal},
 * {@code null}, {@link List} and {@link Map} (string keys) of the same. Insertion order is kept; the
 * renderer sorts keys.
 */
public final class Fields {
  private static final Fields NONE = new Fields(Collections.emptyMap());

  private final Map<String, Object> values;

  private Fields(Map<String, Object> values) {
    this.values = values;
  }

  /** No fields. */
  public static Fields none() {
    return NONE;
  }

  /** A deep, frozen copy of {@code values}; see the class comment for the value types allowed. */
  public static Fields of(Map<String, ?> values) {
    Objects.requireNonNull(values, "values == null");
    if (values.isEmpty()) {
      return NONE;
    }
    return new Fields(freezeMap(values, ""));
  }

  /** One field. */
  public static Fields of(String name, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(name, value);
    return of(m);
  }

  /** This set plus {@code name: value} (replacing an existing field of that name). */
  public Fields with(String name, Object value) {
    Objects.requireNonNull(name, "name == null");
    Map<String, Object> m = new LinkedHashMap<>(values);
    m.put(name, value);
    return of(m);
  }

  /** The fields, unmodifiable, in insertion order. */
  public Map<String, Object> asMap() {
    return values;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The value of one field, or {@code null}. */
  public Object get(String name) {
    return values.get(name);
  }

  private static Map<String, Object> freezeMap(Map<?, ?> in, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : in.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException("field names must be strings (was " + e.getKey() + " at " + path + ")");
      }
      out.put(key, freeze(e.getValue(), path.isEmpty() ? key : path + "." + key));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Object freeze(Object v, String path) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long
        || v instanceof BigInteger || v instanceof BigDecimal) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no " + d + " (at " + path + ")");
      }
      BigDecimal b = new BigDecimal(v.toString());
      return normalizeDecimal(b);
    }
    if (v instanceof BigDecimal b) {
      return normalizeDecimal(b);
    }
    if (v instanceof Map<?, ?> m) {
      return freezeMap(m, path);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (int i = 0; i < l.size(); i++) {
        out.add(freeze(l.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(out);
    }
    throw new IllegalArgumentException(
        "unsupported value type " + v.getClass().getName() + " at " + path
            + "; use String, Boolean, Number, List, Map or null");
  }

  private static Object normalizeDecimal(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    if (s.scale() <= 0) {
      BigInteger i = s.toBigIntegerExact();
      return i.bitLength() < 64 ? (Object) i.longValue() : i;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fields f && f.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
