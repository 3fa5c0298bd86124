package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.kubeprint.render.yaml.YamlQuoting;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the common documents straight to text, the way kubeprint's Jackson and snakeyaml configuration
 * ({@link io.kubeprint.render.yaml.KubeYamlFactory}) writes them, only without events: block mappings and
 * sequences indented by two, sequences not indented under their key, {@code {}} and {@code []} for empty
 * ones, and scalars that are plain or double-quoted on one line. A document qualifies when every key and
 * string is printable ASCII (U+0020 to U+007E, so no line breaks, escapes or literal blocks), keys are not
 * empty and shorter than 128 characters (snakeyaml writes others as complex keys), and its other scalars are whole numbers, booleans or nulls. Then the quoting
 * decision is {@link YamlQuoting#needsQuotes} alone, and double quotes escape only {@code "} and {@code \}.
 * Any other document is left to Jackson: {@link #write} says so and its output is to be discarded.
 */
final class BlockYaml {
  /** Longest key written here; snakeyaml turns much longer keys into complex keys. */
  static final int MAX_KEY = 128;
  /** Rendered forms of the scalars that are costly to decide or need quotes, bounded; see {@link #isNumberLike}. */
  private static final int CACHE_LIMIT = 1 << 14;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private final AsciiText out;

  private BlockYaml(AsciiText out) {
    this.out = out;
  }

  /**
   * Appends the document {@code root} (a non-empty object) to {@code out} and returns {@code true}, or
   * returns {@code false} when it does not qualify, having appended an unusable part of it.
   */
  static boolean write(JsonNode root, AsciiText out) {
    if (!root.isObject() || root.isEmpty()) {
      return false;
    }
    return new BlockYaml(out).mapping(root, 0, false);
  }

  private boolean mapping(JsonNode map, int indent, boolean inline) {
    if (map instanceof FieldsNode n) {
      TreeFields fields = n.treeFields();
      for (int i = 0; i < fields.size(); i++) {
        if (!field(fields.key(i), fields.value(i), indent, i == 0 && inline)) {
          return false;
        }
      }
      return true;
    }
    boolean first = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!field(e.getKey(), e.getValue(), indent, first && inline)) {
        return false;
      }
      first = false;
    }
    return true;
  }

  /** One {@code key: value} of a mapping, indented unless it follows a {@code "- "} on its line. */
  private boolean field(String key, JsonNode value, int indent, boolean inline) {
    if (!inline) {
      indent(indent);
    }
    if (key.isEmpty() || key.length() >= MAX_KEY) {
      return false;
    }
    String k = scalar(key);
    if (k == null) {
      return false;
    }
    out.append(k).append(':');
    return value(value, indent);
  }

  /** A value after {@code key:}. */
  private boolean value(JsonNode v, int indent) {
    if (v.isObject()) {
      if (v.isEmpty()) {
        out.append(" {}\n");
        return true;
      }
      out.append('\n');
      return mapping(v, indent + 2, false);
    }
    if (v.isArray()) {
      if (v.isEmpty()) {
        out.append(" []\n");
        return true;
      }
      out.append('\n');
      return sequence(v, indent, false);
    }
    out.append(' ');
    return scalarLine(v);
  }

  private boolean sequence(JsonNode seq, int indent, boolean inline) {
    for (int i = 0; i < seq.size(); i++) {
      JsonNode item = seq.get(i);
      if (!(i == 0 && inline)) {
        indent(indent);
      }
      out.append("- ");
      if (!item(item, indent + 2)) {
        return false;
      }
    }
    return true;
  }

  /** An item after {@code "- "}. */
  private boolean item(JsonNode v, int indent) {
    if (v.isObject()) {
      if (v.isEmpty()) {
        out.append("{}\n");
        return true;
      }
      return mapping(v, indent, true);
    }
    if (v.isArray()) {
      if (v.isEmpty()) {
        out.append("[]\n");
        return true;
      }
      return sequence(v, indent, true);
    }
    return scalarLine(v);
  }

  private boolean scalarLine(JsonNode v) {
    JsonNodeType type = v.getNodeType();
    if (type == JsonNodeType.STRING) {
      String s = scalar(v.textValue());
      if (s == null) {
        return false;
      }
      out.append(s);
    } else if (type == JsonNodeType.NUMBER && v.canConvertToLong() && v.isIntegralNumber() && !v.isBigInteger()) {
      out.append(v.longValue());
    } else if (type == JsonNodeType.BOOLEAN) {
      out.append(v.booleanValue() ? "true" : "false");
    } else if (type == JsonNodeType.NULL) {
      out.append("null");
    } else {
      return false;
    }
    out.append('\n');
    return true;
  }

  private void indent(int n) {
    out.spaces(n);
  }

  /** The YAML text of a string key or value, or {@code null} when it is not printable ASCII. */
  static String scalar(String s) {
    if (isPlainWord(s)) {
      return s;
    }
    String cached = CACHE.get(s);
    if (cached != null) {
      return cached;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return null;
      }
    }
    boolean quote = YamlQuoting.needsQuotes(s);
    String text = quote ? quoted(s) : s;
    if ((quote || isNumberLike(s)) && CACHE.size() < CACHE_LIMIT && s.length() <= 64) {
      CACHE.put(s, text);
    }
    return text;
  }

  /**
   * Whether {@code s} is plain by its look alone, without {@link YamlQuoting#needsQuotes}: starting with an ASCII
   * letter, made of letters, digits and {@code - . _ /}, and of {@code :} except at its end, and no YAML keyword
   * ({@link YamlQuoting#isKeyword}: the keywords that start with a letter are letters alone, five at most, so only
   * such short words are looked up). Such a string has no indicator, blank, comment or document marker, and
   * resolves to no number, timestamp or environment variable (those start with a sign, a digit, a dot or
   * {@code $}), so {@link YamlQuoting#needsQuotes} is false for it: names, label keys, images, paths and the
   * field names of the model, most of a document.
   */
  static boolean isPlainWord(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    char first = s.charAt(0);
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) || s.charAt(n - 1) == ':') {
      return false;
    }
    boolean letters = true;
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if (!((c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '/' || c == ':')) {
        return false;
      }
      letters = false;
    }
    return n > 5 || !letters || !YamlQuoting.isKeyword(s);
  }

  /**
   * Whether deciding {@code s} took {@link YamlQuoting}'s number and timestamp patterns (it starts with a sign, a
   * digit, a dot or {@code $}): those and the quoted strings are kept, and only those. Keeping every short string
   * filled the cache with the first names of a large stream (a fleet's 10,000 Secrets come first), so that the
   * few frequent values written after them ({@code 100m}, {@code 128Mi}) went through the patterns every time.
   */
  private static boolean isNumberLike(String s) {
    char c = s.charAt(0);
    return c == '-' || c == '+' || c == '.' || c == '$' || (c >= '0' && c <= '9');
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}
