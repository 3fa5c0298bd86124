package io.kubeprint.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Manifests;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader for test fixtures (objects, arrays, strings, whole numbers, booleans, null); single quotes allowed. */
final class TinyJson {
  private final String s;
  private int i;

  private TinyJson(String s) {
    this.s = s;
  }

  /**
   * The object with this {@code apiVersion}, {@code kind}, metadata and other top-level fields, read as kubeprint
   * reads a manifest: a typed value for the typed kinds, a generic object for the others.
   */
  static KubeObject read(String apiVersion, String kind, Map<String, Object> metadata, Map<String, Object> body) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", apiVersion);
    doc.put("kind", kind);
    doc.put("metadata", metadata);
    doc.putAll(body);
    try {
      Bundle b = Manifests.parse(new ObjectMapper().writeValueAsString(doc), kind + ".json");
      if (b.size() != 1) {
        throw new IllegalStateException("one object expected, was " + b.objects());
      }
      return b.objects().get(0);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    TinyJson j = new TinyJson(text.replace('\'', '"'));
    Object v = j.value();
    j.ws();
    if (j.i != j.s.length()) {
      throw new IllegalArgumentException("trailing text at " + j.i + " in " + text);
    }
    return (Map<String, Object>) v;
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private Object value() {
    ws();
    char c = s.charAt(i);
    if (c == '{') {
      i++;
      Map<String, Object> m = new LinkedHashMap<>();
      ws();
      if (s.charAt(i) == '}') {
        i++;
        return m;
      }
      while (true) {
        ws();
        String k = string();
        ws();
        expect(':');
        m.put(k, value());
        ws();
        if (s.charAt(i) == ',') {
          i++;
          continue;
        }
        expect('}');
        return m;
      }
    }
    if (c == '[') {
      i++;
      List<Object> l = new ArrayList<>();
      ws();
      if (s.charAt(i) == ']') {
        i++;
        return l;
      }
      while (true) {
        l.add(value());
        ws();
        if (s.charAt(i) == ',') {
          i++;
          continue;
        }
        expect(']');
        return l;
      }
    }
    if (c == '"') {
      return string();
    }
    if (s.startsWith("true", i)) {
      i += 4;
      return true;
    }
    if (s.startsWith("false", i)) {
      i += 5;
      return false;
    }
    if (s.startsWith("null", i)) {
      i += 4;
      return null;
    }
    int start = i;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return Long.parseLong(s.substring(start, i));
  }

  private String string() {
    expect('"');
    int start = i;
    while (s.charAt(i) != '"') {
      i++;
    }
    return s.substring(start, i++);
  }

  private void expect(char c) {
    if (s.charAt(i) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + i + " in " + s);
    }
    i++;
  }
}
