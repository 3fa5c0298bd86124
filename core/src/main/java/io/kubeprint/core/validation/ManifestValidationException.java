package io.kubeprint.core.validation;

import java.util.List;

/**
 * Thrown when an invalid object or bundle is rendered: carries every violation, sorted. The message lists
 * them one per line; like every violation it never contains a Secret value.
 */
public final class ManifestValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public ManifestValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Throws a {@code ManifestValidationException} carrying the errors among {@code violations} (warnings do not
   * count); returns normally when there are none.
   */
  public static void throwIfErrors(List<Violation> violations) {
    List<Violation> errors = violations.stream().filter(Violation::isError).toList();
    if (!errors.isEmpty()) {
      throw new ManifestValidationException(errors);
    }
  }

  /** Every violation, sorted. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    StringBuilder sb = new StringBuilder();
    sb.append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
    for (Violation v : violations) {
      sb.append('\n').append(v);
    }
    return sb.toString();
  }
}
