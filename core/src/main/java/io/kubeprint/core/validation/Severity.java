package io.kubeprint.core.validation;

/** How bad a {@link Violation} is. */
public enum Severity {
  /** The API server would refuse the object, or a reference inside a bundle built in code does not resolve. */
  ERROR,
  /** A check across objects failed for manifests read from files, where the other object may live in the cluster. */
  WARNING,
  /**
   * Not a problem: something kubeprint could not check and says so, e.g. the body of a custom resource whose
   * CustomResourceDefinition is not in the input. Never fails a run, not even with {@code --strict}.
   */
  NOTICE
}
