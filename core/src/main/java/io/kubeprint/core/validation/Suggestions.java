package io.kubeprint.core.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" hints: the candidate closest to a mistyped name or key, within two edits (Levenshtein
 * distance), used by the validators' messages and the DSL's call-site checks alike.
 */
public final class Suggestions {
  /** The most edits a suggestion may be away from what was given. */
  public static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /**
   * The first candidate closest to {@code given} within {@link #MAX_DISTANCE} edits (comparing without case
   * when {@code ignoreCase}), or empty.
   */
  public static Optional<String> closest(String given, Iterable<String> candidates, boolean ignoreCase) {
    String g = ignoreCase ? given.toLowerCase(Locale.ROOT) : given;
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String c : candidates) {
      int d = distance(g, ignoreCase ? c.toLowerCase(Locale.ROOT) : c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The Levenshtein distance between two strings: the fewest single-character edits from one to the other. */
  public static int distance(String a, String b) {
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
