package io.kubeprint.core.validation;

import io.kubeprint.core.pod.PodSpec;

/** Rules for pod specs and containers ({@code pkg/apis/core/validation}: {@code ValidatePodSpec}). */
final class PodValidation {
  static final Rule CONTAINERS_REQUIRED = Rule.of("containers-required", "validateContainers",
      "a pod has at least one container");

  private PodValidation() {}

  static void podSpec(PodSpec spec, FieldPath path, Violations v) {
    if (spec.containers().isEmpty()) {
      v.add(CONTAINERS_REQUIRED, path.child("containers"), "at least one container is required");
    }
  }
}
