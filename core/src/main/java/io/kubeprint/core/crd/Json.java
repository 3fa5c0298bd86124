package io.kubeprint.core.crd;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON-shaped values ({@code io.kubeprint.core.meta.Fields}): rendering for messages, numbers, equality, copies. */
final class Json {
  private static final int MAX_RENDERED = 80;

  private Json() {}

  /** {@code value} as JSON text, shortened to about 80 characters with an ellipsis. */
  static String render(Object value) {
    StringBuilder b = new StringBuilder();
    write(value, b);
    if (b.length() > MAX_RENDERED) {
      return b.substring(0, MAX_RENDERED) + "…";
    }
    return b.toString();
  }

  private static void write(Object v, StringBuilder b) {
    if (b.length() > MAX_RENDERED) {
      return;
    }
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      quote(s, b);
    } else if (v instanceof BigDecimal d) {
      b.append(d.stripTrailingZeros().toPlainString());
    } else if (v instanceof Double || v instanceof Float) {
      b.append(new BigDecimal(v.toString()).stripTrailingZeros().toPlainString());
    } else if (v instanceof Number || v instanceof Boolean) {
      b.append(v);
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        quote(String.valueOf(e.getKey()), b);
        b.append(':');
        write(e.getValue(), b);
        if (it.hasNext()) {
          b.append(',');
        }
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(l.get(i), b);
      }
      b.append(']');
    } else {
      quote(v.toString(), b);
    }
  }

  private static void quote(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
        || v instanceof BigInteger || v instanceof BigDecimal || v instanceof Double || v instanceof Float;
  }

  /** A number as {@link BigDecimal}, or {@code null} for anything else. */
  static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(v.toString()) : null;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    return null;
  }

  /**
   * Whether {@code v} decodes as a Go {@code int64} in the API server (a whole number within range); other
   * numbers decode as {@code float64}.
   */
  static boolean isInt64(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return true;
    }
    return v instanceof BigInteger i && i.bitLength() < 64;
  }

  /** JSON equality: numbers by value, objects regardless of key order. */
  static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (isNumber(a) && isNumber(b)) {
      return decimal(a).compareTo(decimal(b)) == 0;
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      if (ma.size() != mb.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        if (!mb.containsKey(e.getKey()) || !equal(e.getValue(), mb.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!equal(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A canonical text of {@code v}: keys sorted, numbers normalized; equal values have equal keys. */
  static String key(Object v) {
    StringBuilder b = new StringBuilder();
    canonical(v, b);
    return b.toString();
  }

  private static void canonical(Object v, StringBuilder b) {
    if (v instanceof Map<?, ?> m) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
      b.append('{');
      sorted.forEach((k, x) -> {
        quote(k, b);
        b.append(':');
        canonical(x, b);
        b.append(',');
      });
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      l.forEach(x -> {
        canonical(x, b);
        b.append(',');
      });
      b.append(']');
    } else if (isNumber(v)) {
      b.append('#').append(decimal(v).stripTrailingZeros().toPlainString());
    } else if (v instanceof String s) {
      quote(s, b);
    } else {
      b.append(v);
    }
  }

  /** A deep, mutable copy. */
  static Object copy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), copy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(copy(x)));
      return out;
    }
    return v;
  }
}
