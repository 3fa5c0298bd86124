package io.kubeprint.dsl;

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
    String best = null;
    int bestDistance = 3;
    for (String k : keys) {
      int d = distance(given.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
