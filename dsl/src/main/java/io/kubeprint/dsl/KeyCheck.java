package io.kubeprint.dsl;

import io.kubeprint.core.validation.Suggestions;
import java.util.List;

/** The closest of some names to a mistyped one, for the "did you mean" of a typed reference's error. */
final class KeyCheck {
  private KeyCheck() {}

  /** The key within edit distance 2 of {@code given} (ignoring case), the closest first-found; or null. */
  static String closest(String given, List<String> keys) {
    return Suggestions.closest(given, keys, true).orElse(null);
  }
}
