package io.kubeprint.core.crd;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for test data, so schemas and objects read as they do in a manifest. Strings may be
 * written with single quotes (no escapes needed for double quotes inside); whole numbers become {@link Long}
 * (or {@link BigInteger}), others {@link BigDecimal}, as in {@code io.kubeprint.core.meta.Fields}.
 */
final class TestJson {
  private final String s;
  private int pos;

  private TestJson(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    TestJson p = new TestJson(text);
    Object v = p.value();
    p.space();
    if (p.pos != text.length()) {
      throw new IllegalArgumentException("trailing text at " + p.pos + ": " + text);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    return (Map<String, Object>) parse(text);
  }

  private void space() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private Object value() {
    space();
    char c = s.charAt(pos);
    if (c == '{') {
      pos++;
      Map<String, Object> m = new LinkedHashMap<>();
      space();
      if (s.charAt(pos) == '}') {
        pos++;
        return m;
      }
      while (true) {
        space();
        String k = (String) value();
        space();
        expect(':');
        m.put(k, value());
        space();
        if (s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect('}');
        return m;
      }
    }
    if (c == '[') {
      pos++;
      List<Object> l = new ArrayList<>();
      space();
      if (s.charAt(pos) == ']') {
        pos++;
        return l;
      }
      while (true) {
        l.add(value());
        space();
        if (s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect(']');
        return l;
      }
    }
    if (c == '"' || c == '\'') {
      pos++;
      StringBuilder b = new StringBuilder();
      while (s.charAt(pos) != c) {
        char x = s.charAt(pos++);
        if (x == '\\') {
          char e = s.charAt(pos++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(x);
        }
      }
      pos++;
      return b.toString();
    }
    for (String word : List.of("true", "false", "null")) {
      if (s.startsWith(word, pos)) {
        pos += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    String n = s.substring(start, pos);
    if (n.isEmpty()) {
      throw new IllegalArgumentException("unexpected " + c + " at " + start + ": " + s);
    }
    if (n.matches("-?\\d+")) {
      BigInteger i = new BigInteger(n);
      return i.bitLength() < 64 ? (Object) i.longValue() : i;
    }
    return new BigDecimal(n);
  }

  private void expect(char c) {
    if (s.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos + ": " + s);
    }
    pos++;
  }
}
