package io.kubeprint.render;

import java.util.Objects;

/**
 * How to render: Secret values ({@link SecretMode#BASE64} by default) and whether to validate first (yes by
 * default: an invalid object or bundle is refused with one
 * {@link io.kubeprint.core.validation.ManifestValidationException} listing every violation).
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = new RenderOptions(SecretMode.BASE64, true);

  private final SecretMode secrets;
  private final boolean validate;

  private RenderOptions(SecretMode secrets, boolean validate) {
    this.secrets = secrets;
    this.validate = validate;
  }

  /** Base64 Secret values, validation on. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** These options with Secret values written as {@code mode} says. */
  public RenderOptions secrets(SecretMode mode) {
    return new RenderOptions(Objects.requireNonNull(mode, "mode == null"), validate);
  }

  /** These options with validation before rendering on or off ({@code fmt} renders invalid input as it is). */
  public RenderOptions validate(boolean on) {
    return new RenderOptions(secrets, on);
  }

  public SecretMode secrets() {
    return secrets;
  }

  public boolean validate() {
    return validate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions r && r.secrets == secrets && r.validate == validate;
  }

  @Override
  public int hashCode() {
    return secrets.hashCode() * 31 + Boolean.hashCode(validate);
  }

  @Override
  public String toString() {
    return "RenderOptions{secrets=" + secrets + ", validate=" + validate + "}";
  }
}
