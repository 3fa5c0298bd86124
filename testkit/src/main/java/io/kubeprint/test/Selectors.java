package io.kubeprint.test;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.validation.LabelSelectors;
import java.util.Map;

/**
 * Kubernetes selector semantics. A Service's {@code spec.selector} (a plain map) selects the pods carrying
 * every pair, and selects nothing when empty. A {@link LabelSelector} (apimachinery
 * {@code LabelSelectorAsSelector} then {@code Requirement.Matches}) selects the labels meeting every
 * {@code matchLabels} pair and every {@code matchExpressions} requirement; an empty selector selects
 * everything.
 */
final class Selectors {
  private Selectors() {}

  /** Whether a Service selector selects pods with {@code labels}: non-empty and every pair among them. */
  static boolean serviceSelects(Map<String, String> selector, Map<String, String> labels) {
    return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
  }

  /**
   * Whether {@code selector} selects {@code labels}, by the API server's rules ({@link LabelSelectors}). Throws
   * {@link IllegalArgumentException} for an operator other than {@code In}, {@code NotIn}, {@code Exists} and
   * {@code DoesNotExist}, which the API server refuses.
   */
  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    for (LabelSelectorRequirement r : selector.matchExpressions()) {
      String op = r.operator().orElse("");
      if (!op.equals("In") && !op.equals("NotIn") && !op.equals("Exists") && !op.equals("DoesNotExist")) {
        throw new IllegalArgumentException(
            "operator must be In, NotIn, Exists or DoesNotExist (was \"" + op + "\")");
      }
    }
    return LabelSelectors.matches(selector, labels);
  }
}
