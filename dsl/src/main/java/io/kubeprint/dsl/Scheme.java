package io.kubeprint.dsl;

/** An HTTP probe's or hook's {@code scheme}; the API server defaults it to {@code HTTP}. */
public enum Scheme {
  /** {@code HTTP}. */
  HTTP("HTTP"),

  /** {@code HTTPS}, without verifying the certificate. */
  HTTPS("HTTPS");

  private final String value;

  Scheme(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
