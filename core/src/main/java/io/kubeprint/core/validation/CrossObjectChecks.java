package io.kubeprint.core.validation;

/**
 * What becomes of the findings of kubeprint's checks across the objects of a bundle (references resolve,
 * Services reach pods, no duplicates, no overlapping selectors; see {@code docs/validation.md}): errors that
 * refuse the bundle, warnings that are reported but do not refuse it, or nothing. The API server's rules for
 * each object are not affected.
 *
 * <p>A bundle built in code reports them as {@link #ERROR}s by default; choose another with
 * {@link io.kubeprint.core.Bundle#withCrossObjectChecks(CrossObjectChecks)} (in the DSL,
 * {@code bundleWide().crossObjectChecks(..)}) or for one render with {@code RenderOptions.crossObjectChecks(..)},
 * so that a team adopting kubeprint on manifests it already applies piecemeal can start with
 * {@link #WARNING} and tighten later.
 */
public enum CrossObjectChecks {
  /** Findings are errors: validation refuses the bundle. The default for a bundle built in code. */
  ERROR,
  /** Findings are warnings: listed, but rendering goes on (as {@code kubeprint validate} treats files). */
  WARNING,
  /** The checks across objects are not run. */
  OFF;

  /** The severity findings get, or {@code null} for {@link #OFF}. */
  Severity severity() {
    return switch (this) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      case OFF -> null;
    };
  }
}
