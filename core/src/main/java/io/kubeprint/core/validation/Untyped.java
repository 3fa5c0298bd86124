package io.kubeprint.core.validation;

import io.kubeprint.core.meta.Fields;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Reads the Kubernetes fields a value keeps verbatim in {@code extra()} ({@link Fields}: strings, booleans,
 * numbers, lists and maps) for the checks that reach into them. Every accessor answers {@code null} when the
 * field is absent or of another JSON type, so a check simply skips what it cannot read.
 */
final class Untyped {
  private Untyped() {}

  /** The value of {@code name} in {@code fields}, or {@code null}. */
  static Object get(Fields fields, String name) {
    return fields.get(name);
  }

  /** The value of {@code name} in a JSON object, or {@code null} when {@code object} is not one. */
  static Object get(Object object, String name) {
    return object instanceof Map<?, ?> m ? m.get(name) : null;
  }

  static String string(Object value) {
    return value instanceof String s ? s : null;
  }

  static String string(Fields fields, String name) {
    return string(fields.get(name));
  }

  static String string(Object object, String name) {
    return string(get(object, name));
  }

  static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : null;
  }

  static Boolean bool(Fields fields, String name) {
    return bool(fields.get(name));
  }

  /** A whole number; {@code null} for other values and for numbers beyond {@code long}. */
  static Long integer(Object value) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      BigInteger b = d.toBigInteger();
      return b.bitLength() < 64 ? b.longValue() : null;
    }
    return null;
  }

  static Long integer(Object object, String name) {
    return integer(get(object, name));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  static Map<String, Object> map(Fields fields, String name) {
    return map(fields.get(name));
  }

  static Map<String, Object> map(Object object, String name) {
    return map(get(object, name));
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : null;
  }

  static List<Object> list(Fields fields, String name) {
    return list(fields.get(name));
  }

  static List<Object> list(Object object, String name) {
    return list(get(object, name));
  }

  /** Whether a field holds something: not absent, not JSON {@code null}. */
  static boolean present(Fields fields, String name) {
    return fields.get(name) != null;
  }

  /** {@code "text"}, quoted as the messages quote strings. */
  static String quote(String s) {
    return "\"" + s + "\"";
  }
}
