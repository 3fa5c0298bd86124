package io.kubeprint.core.validation;

import io.kubeprint.core.meta.LabelSelector;
import java.util.Map;

/**
 * Label selector semantics as the API server applies them ({@code metav1.LabelSelectorAsSelector}, then
 * {@code Selector.Matches}), for code outside validation: the DSL, the test kit, users' own checks.
 */
public final class LabelSelectors {
  private LabelSelectors() {}

  /**
   * Whether {@code selector} selects an object with {@code labels}: every {@code matchLabels} pair present and
   * every requirement met ({@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}). An empty selector
   * selects everything; one the API server cannot convert (a malformed key, value or operator) selects nothing.
   */
  public static boolean matches(LabelSelector selector, Map<String, String> labels) {
    return MetaValidation.matches(selector, labels);
  }
}
