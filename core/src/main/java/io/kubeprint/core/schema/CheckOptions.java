package io.kubeprint.core.schema;

import java.util.Objects;
import java.util.Set;

/**
 * How {@link KubernetesSchema#check} reports: which top-level fields hold values that must never be shown
 * (a Secret's {@code data} and {@code stringData}), and whether quantity strings are parsed. Immutable;
 * each method returns a new set of options.
 */
public final class CheckOptions {
  private static final CheckOptions DEFAULTS = new CheckOptions(Set.of(), true);

  private final Set<String> redacted;
  private final boolean quantitySyntax;

  private CheckOptions(Set<String> redacted, boolean quantitySyntax) {
    this.redacted = redacted;
    this.quantitySyntax = quantitySyntax;
  }

  /** Nothing redacted; quantity strings parsed. */
  public static CheckOptions defaults() {
    return DEFAULTS;
  }

  /** The options for a Secret: the values under {@code data} and {@code stringData} are never shown. */
  public static CheckOptions secret() {
    return DEFAULTS.redacting("data", "stringData");
  }

  /**
   * These options, with the values under the top-level fields {@code fields} of the checked object never
   * shown: a problem there reads {@code must be a string (value redacted)}.
   */
  public CheckOptions redacting(String... fields) {
    for (String f : fields) {
      Objects.requireNonNull(f, "field == null");
    }
    return new CheckOptions(Set.of(fields), quantitySyntax);
  }

  /**
   * These options, with quantity strings parsed ({@code true}, the default: {@code Quantity.UnmarshalJSON}
   * refuses a malformed one) or only checked to be strings or numbers ({@code false}: for a caller whose
   * validators report malformed quantities themselves, with their own rule).
   */
  public CheckOptions quantitySyntax(boolean parse) {
    return new CheckOptions(redacted, parse);
  }

  /** Whether the values under the top-level field {@code field} are never shown. */
  public boolean redacts(String field) {
    return redacted.contains(field);
  }

  /** Whether quantity strings are parsed. */
  public boolean parsesQuantities() {
    return quantitySyntax;
  }
}
