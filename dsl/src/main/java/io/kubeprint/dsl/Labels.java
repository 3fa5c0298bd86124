package io.kubeprint.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, ordered set of labels: {@code labels("type", "webserver").and("color", "blue")}.
 *
 * <p>Keys keep the order they were added in (the renderer sorts them); adding a key again replaces its
 * value in place. Equality compares the pairs, not their order.
 */
public final class Labels {
  private static final Labels NONE = new Labels(Collections.emptyMap());

  private final Map<String, String> pairs;

  private Labels(Map<String, String> pairs) {
    this.pairs = pairs;
  }

  /** No labels. */
  public static Labels none() {
    return NONE;
  }

  /** One label, {@code key=value}; e.g. {@code Labels.of("app", "web")}. */
  public static Labels of(String key, String value) {
    return NONE.and(key, value);
  }

  /** The labels of {@code map}, in its iteration order. */
  public static Labels of(Map<String, String> map) {
    Checks.notNull(map, "labels");
    Labels out = NONE;
    for (Map.Entry<String, String> e : map.entrySet()) {
      out = out.and(e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * These labels plus {@code key=value}; a key already present keeps its place and takes the new value.
   * A key or value the API server refuses (a blank key, say) is reported by validation at the labels it lands in.
   */
  public Labels and(String key, String value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    Map<String, String> m = new LinkedHashMap<>(pairs);
    m.put(key, value);
    return new Labels(Collections.unmodifiableMap(m));
  }

  /** These labels plus all of {@code more} (whose values win on equal keys). */
  public Labels and(Labels more) {
    Checks.notNull(more, "more");
    Labels out = this;
    for (Map.Entry<String, String> e : more.pairs.entrySet()) {
      out = out.and(e.getKey(), e.getValue());
    }
    return out;
  }

  /** The labels as an unmodifiable map in insertion order. */
  public Map<String, String> asMap() {
    return pairs;
  }

  /** Whether every one of these labels is among {@code labels}: what a Service or matchLabels selector tests. */
  public boolean selects(Map<String, String> labels) {
    Checks.notNull(labels, "labels");
    return labels.entrySet().containsAll(pairs.entrySet());
  }

  /** Whether there are no labels. */
  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** The number of labels. */
  public int size() {
    return pairs.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Labels l && l.pairs.equals(pairs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pairs);
  }

  /** {@code {type=webserver, color=blue}}. */
  @Override
  public String toString() {
    return pairs.toString();
  }
}
