package io.kubeprint.render;

/** How Secret values are written. */
public enum SecretMode {
  /** Each value base64-encoded in {@code data}, ready to apply. The default. */
  BASE64,
  /**
   * Each value replaced by the fixed marker {@link #REDACTED_MARKER}, for logs, diffs and golden files; the
   * keys stay. Not for applying.
   */
  REDACTED;

  /** What {@link #REDACTED} writes instead of each Secret value. */
  public static final String REDACTED_MARKER = "**redacted**";
}
