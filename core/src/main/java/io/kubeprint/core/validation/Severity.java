package io.kubeprint.core.validation;

/** How bad a {@link Violation} is. */
public enum Severity {
  /** The API server would refuse the object, or a reference inside a bundle built in code does not resolve. */
  ERROR,
  /** A check across objects failed for manifests read from files, where the other object may live in the cluster. */
  WARNING
}
