package io.kubeprint.render;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to render: Secret values ({@link SecretMode#BASE64} by default), whether to validate first (yes by
 * default: an invalid object or bundle is refused with one
 * {@link io.kubeprint.core.validation.ManifestValidationException} listing every violation) and, for a bundle,
 * how its checks across objects count (as the bundle says by default, see
 * {@link Bundle#crossObjectChecks()}).
 *
 * <pre>{@code
 * Yaml.render(bundle, RenderOptions.defaults().crossObjectChecks(CrossObjectChecks.WARNING));
 * }</pre>
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = new RenderOptions(SecretMode.BASE64, true, null);

  private final SecretMode secrets;
  private final boolean validate;
  private final CrossObjectChecks crossObjectChecks;

  private RenderOptions(SecretMode secrets, boolean validate, CrossObjectChecks crossObjectChecks) {
    this.secrets = secrets;
    this.validate = validate;
    this.crossObjectChecks = crossObjectChecks;
  }

  /** Base64 Secret values, validation on, the checks across objects as each bundle says. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** These options with Secret values written as {@code mode} says. */
  public RenderOptions secrets(SecretMode mode) {
    return new RenderOptions(Objects.requireNonNull(mode, "mode == null"), validate, crossObjectChecks);
  }

  /** These options with validation before rendering on or off ({@code fmt} renders invalid input as it is). */
  public RenderOptions validate(boolean on) {
    return new RenderOptions(secrets, on, crossObjectChecks);
  }

  /**
   * These options with the findings of a bundle's checks across objects counted as {@code checks} says, whatever
   * the bundle's own {@link Bundle#crossObjectChecks()}: {@link CrossObjectChecks#ERROR} refuses the bundle,
   * {@link CrossObjectChecks#WARNING} renders it anyway, {@link CrossObjectChecks#OFF} does not run them.
   */
  public RenderOptions crossObjectChecks(CrossObjectChecks checks) {
    return new RenderOptions(secrets, validate, Objects.requireNonNull(checks, "checks == null"));
  }

  public SecretMode secrets() {
    return secrets;
  }

  public boolean validate() {
    return validate;
  }

  /** How a bundle's checks across objects count, when these options say; empty: as each bundle says. */
  public Optional<CrossObjectChecks> crossObjectChecks() {
    return Optional.ofNullable(crossObjectChecks);
  }

  /** The violations of {@code bundle} as rendering with these options judges it, sorted. */
  List<Violation> violations(Bundle bundle) {
    return crossObjectChecks == null ? bundle.validate() : Validator.validate(bundle, crossObjectChecks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions r && r.secrets == secrets && r.validate == validate
        && r.crossObjectChecks == crossObjectChecks;
  }

  @Override
  public int hashCode() {
    return Objects.hash(secrets, validate, crossObjectChecks);
  }

  @Override
  public String toString() {
    return "RenderOptions{secrets=" + secrets + ", validate=" + validate
        + (crossObjectChecks == null ? "" : ", crossObjectChecks=" + crossObjectChecks) + "}";
  }
}
