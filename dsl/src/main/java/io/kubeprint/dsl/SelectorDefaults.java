package io.kubeprint.dsl;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.Optional;

/** The rule "a selector defaults to exactly the pod template's labels", shared by Deployment and ReplicaSet. */
final class SelectorDefaults {
  private SelectorDefaults() {}

  /** The selector a builder derives from pod labels: {@code matchLabels} = the labels; none when there are none. */
  static Optional<LabelSelector> derived(Labels podLabels) {
    if (podLabels.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LabelSelector.builder().matchLabels(podLabels.asMap()).build());
  }

  /**
   * The explicit selector of an existing object, or {@code null} when its selector is exactly the one
   * derived from its template's labels (so that a copy with new pod labels gets a matching selector).
   */
  static LabelSelector explicitOf(Optional<LabelSelector> selector, PodTemplateSpec template) {
    if (selector.isEmpty() || selector.equals(derived(Labels.of(template.metadata().labels())))) {
      return null;
    }
    return selector.get();
  }
}
