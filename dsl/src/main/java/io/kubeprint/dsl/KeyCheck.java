package io.kubeprint.dsl;

import io.kubeprint.core.validation.Suggestions;
import java.util.List;

/** The check that a key exists in a ConfigMap or Secret the caller holds; messages name keys, never values. */
final class KeyCheck {
  private KeyCheck() {}

  static String require(String displayName, List<String> keys, String key) {
    Checks.notNull(key, "key");
    if (keys.contains(key)) {
      return key;
    }
    StringBuilder m = new StringBuilder("key must be one of the keys of ")
        .append(displayName).append(' ').append(keys).append(" (was \"").append(key).append("\")");
    String suggestion = closest(key, keys);
    if (suggestion != null) {
      m.append("; did you mean \"").append(suggestion).append("\"?");
    }
    throw new IllegalArgumentException(m.toString());
  }

  /** The key within edit distance 2 of {@code given} (ignoring case), the closest first-found; or null. */
  static String closest(String given, List<String> keys) {
    return Suggestions.closest(given, keys, true).orElse(null);
  }
}
