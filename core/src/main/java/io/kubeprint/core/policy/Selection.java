package io.kubeprint.core.policy;

import java.util.List;
import java.util.Map;

/**
 * A label selector written as JSON ({@code matchLabels} and {@code matchExpressions} of
 * {@code metav1.LabelSelector}) applied to a set of labels, as {@code LabelSelectorAsSelector} does: an empty
 * selector selects everything; an expression with an unknown operator selects nothing.
 */
final class Selection {
  private Selection() {}

  /**
   * Whether {@code selector} selects {@code labels}.
   *
   * @param absentSelectsAll what an absent selector ({@code null}) selects: everything, or nothing
   */
  static boolean matches(Map<String, Object> selector, Map<String, String> labels, boolean absentSelectsAll) {
    if (selector == null) {
      return absentSelectsAll;
    }
    Map<String, Object> matchLabels = J.map(selector, "matchLabels");
    if (matchLabels != null) {
      for (Map.Entry<String, Object> e : matchLabels.entrySet()) {
        if (!String.valueOf(e.getValue()).equals(labels.get(e.getKey()))) {
          return false;
        }
      }
    }
    for (Object expression : J.list(selector, "matchExpressions")) {
      String key = J.str(expression, "key");
      List<Object> values = J.list(expression, "values");
      String value = labels.get(key);
      boolean ok = switch (J.str(expression, "operator")) {
        case "In" -> value != null && values.contains(value);
        case "NotIn" -> value == null || !values.contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
