package io.kubeprint.core.schema;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Standard base64 as Go's JSON decoder reads a {@code []byte}: {@code base64.StdEncoding}, line breaks skipped. */
final class Base64Text {
  private Base64Text() {}

  /** What {@code text} fails to be ({@code base64 with padding}, {@code base64}), or {@code null} when it decodes. */
  static String problem(String text) {
    String s = text.indexOf('\r') < 0 && text.indexOf('\n') < 0 ? text : text.replace("\r", "").replace("\n", "");
    if (s.length() % 4 != 0) {
      return "base64 with padding";
    }
    try {
      Base64.getDecoder().decode(s.getBytes(StandardCharsets.ISO_8859_1));
      return null;
    } catch (IllegalArgumentException e) {
      return "base64";
    }
  }
}
