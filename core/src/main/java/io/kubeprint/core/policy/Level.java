package io.kubeprint.core.policy;

import io.kubeprint.core.validation.Severity;
import java.util.Locale;

/** How a {@link Policy} treats one {@link Check}: not run, reported as a warning, or reported as an error. */
public enum Level {
  /** The check does not run. */
  OFF,
  /** Findings are warnings: printed, failing a run only when warnings are strict. */
  WARNING,
  /** Findings are errors: {@code validate} exits non-zero, the test kit's {@code satisfies} fails. */
  ERROR;

  /** The severity of this level's findings; {@code null} for {@link #OFF}. */
  Severity severity() {
    return switch (this) {
      case OFF -> null;
      case WARNING -> Severity.WARNING;
      case ERROR -> Severity.ERROR;
    };
  }

  /**
   * The level named {@code off}, {@code warning} (or {@code warn}) or {@code error}, in any case.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Level parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "off" -> OFF;
      case "warning", "warn" -> WARNING;
      case "error" -> ERROR;
      default -> throw new IllegalArgumentException("level must be off, warning or error (was \"" + text + "\")");
    };
  }

  /** {@code off}, {@code warning} or {@code error}, as {@code kubeprint.yaml} writes it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
