package io.kubeprint.render.internal;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The text {@link ToYaml} writes an object into: the same lines {@link BlockYaml} writes for the object's tree,
 * made as the model is walked. Keys of the model are written as they are (the generator checks each is a plain
 * word); every other key and every string goes through {@link BlockYaml#scalar}, and one it cannot write stops the
 * walk ({@link YamlSupport#NOT_DIRECT}).
 */
final class YamlText {
  /** Writes one value of a list as a mapping whose keys are indented by {@code indent}. */
  @FunctionalInterface
  interface Item<A> {
    void write(A value, YamlText out, int indent);
  }

  private final AsciiText out;
  /** Whether the next key follows a {@code "- "} on its line, and so takes no indentation. */
  private boolean inline;

  YamlText(AsciiText out) {
    this.out = out;
  }

  /** Writes {@code key:} at {@code indent} (or after the {@code "- "} of its item) and returns where it starts. */
  int key(String key, int indent) {
    int at = out.length();
    if (inline) {
      inline = false;
    } else {
      out.spaces(indent);
    }
    out.append(key).append(':');
    return at;
  }

  /** Ends a key whose value is an object; returns where its fields start. */
  int beginObject() {
    out.append('\n');
    return out.length();
  }

  /** Ends an object begun at {@code start}: {@code {}} when it wrote no field. */
  void endObject(int at, int start) {
    if (out.length() == start) {
      out.setLength(start - 1);
      out.append(" {}\n");
    }
  }

  /** Ends an object begun at {@code start}, dropping its key from {@code at} when it wrote no field. */
  void endOrDrop(int at, int start) {
    if (out.length() == start) {
      out.setLength(at);
    }
  }

  void scalar(String s) {
    out.append(' ').append(text(s)).append('\n');
  }

  void scalar(Integer v) {
    out.append(' ').append((long) v).append('\n');
  }

  void scalar(Long v) {
    out.append(' ').append((long) v).append('\n');
  }

  void scalar(Boolean v) {
    out.append(v ? " true\n" : " false\n");
  }

  void intOrString(IntOrString v) {
    if (v.isInt()) {
      scalar(v.intValue());
    } else {
      scalar(v.strValue());
    }
  }

  /** A list of strings or whole numbers after its key, its items at {@code indent}. */
  void scalars(List<?> values, int indent) {
    out.append('\n');
    for (Object v : values) {
      out.spaces(indent).append("- ");
      if (v instanceof String s) {
        out.append(text(s)).append('\n');
      } else if (v instanceof Long l) {
        out.append((long) l).append('\n');
      } else if (v instanceof Integer i) {
        out.append((long) i).append('\n');
      } else {
        throw YamlSupport.NOT_DIRECT;
      }
    }
  }

  /** A list of objects after its key, its items at {@code indent}. */
  <A> void list(List<A> values, int indent, Item<A> item) {
    out.append('\n');
    for (A v : values) {
      out.spaces(indent).append("- ");
      int start = out.length();
      inline = true;
      item.write(v, this, indent + 2);
      if (out.length() == start) {
        inline = false;
        out.append("{}\n");
      }
    }
  }

  /** A map of strings after its key, in key order, its keys at {@code indent}. */
  void strings(Map<String, String> values, int indent) {
    out.append('\n');
    for (String k : sortedKeys(values)) {
      entry(k, values.get(k), indent);
    }
  }

  /** A map of quantities after its key, in key order, its keys at {@code indent}. */
  void quantities(Map<String, Quantity> values, int indent) {
    out.append('\n');
    for (String k : sortedKeys(values)) {
      entry(k, values.get(k).toString(), indent);
    }
  }

  /** One {@code key: value} of a map whose keys are not the model's. */
  void entry(String key, String value, int indent) {
    if (key.isEmpty() || key.length() >= BlockYaml.MAX_KEY) {
      throw YamlSupport.NOT_DIRECT;
    }
    out.spaces(indent).append(text(key)).append(':');
    scalar(value);
  }

  /** A top-level {@code key: value} of the object, such as its {@code apiVersion}. */
  void top(String key, String value) {
    out.append(key).append(':');
    scalar(value);
  }

  /**
   * The keys of {@code values} in order, copied into an array of their number (a smaller one would be made again
   * by reflection); a manifest's maps (labels, data, resources) are small, so they are sorted by insertion.
   */
  static String[] sortedKeys(Map<String, ?> values) {
    String[] keys = values.keySet().toArray(new String[values.size()]);
    int n = keys.length;
    if (n > 16) {
      Arrays.sort(keys);
      return keys;
    }
    for (int i = 1; i < n; i++) {
      String key = keys[i];
      int j = i - 1;
      while (j >= 0 && keys[j].compareTo(key) > 0) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = key;
    }
    return keys;
  }

  private static String text(String s) {
    String t = BlockYaml.scalar(s);
    if (t == null) {
      throw YamlSupport.NOT_DIRECT;
    }
    return t;
  }
}
