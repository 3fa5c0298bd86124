package io.kubeprint.core.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON-shaped values (as {@link io.kubeprint.core.meta.Fields} holds them): every accessor answers
 * {@code null} when the field is absent, JSON {@code null} or of another type, as Go reads a nil pointer.
 */
final class J {
  private J() {}

  static Object get(Object object, String name) {
    return object instanceof Map<?, ?> m ? m.get(name) : null;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object object, String name) {
    Object v = get(object, name);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object object, String name) {
    Object v = get(object, name);
    return v instanceof List<?> l ? (List<Object>) l : List.of();
  }

  static String string(Object object, String name) {
    return get(object, name) instanceof String s ? s : null;
  }

  /** A string field, {@code ""} when absent (Go's zero value). */
  static String str(Object object, String name) {
    String s = string(object, name);
    return s == null ? "" : s;
  }

  static Boolean bool(Object object, String name) {
    return get(object, name) instanceof Boolean b ? b : null;
  }

  static boolean isTrue(Object object, String name) {
    return Boolean.TRUE.equals(bool(object, name));
  }

  /** A whole number, or {@code null}. */
  static Long integer(Object object, String name) {
    return integer(get(object, name));
  }

  static Long integer(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof Integer i) {
      return i.longValue();
    }
    if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
      BigInteger b = d.toBigInteger();
      return b.bitLength() < 64 ? b.longValue() : null;
    }
    if (v instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    return null;
  }

  /** Whether a field holds something: not absent, not JSON {@code null}. */
  static boolean present(Object object, String name) {
    return get(object, name) != null;
  }

  /** {@code "a", "b"}: Go's {@code joinQuote} of the admission's messages. */
  static String joinQuote(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String s : items) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('"').append(s).append('"');
    }
    return b.toString();
  }

  static String pluralize(String singular, String plural, int count) {
    return count == 1 ? singular : plural;
  }

  /** Go's {@code %q} of a string: double-quoted, with backslash, quote and control characters escaped. */
  static String goQuote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
