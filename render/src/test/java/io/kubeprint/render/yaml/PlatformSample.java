package io.kubeprint.render.yaml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * A document whose YAML must not depend on the platform, and a {@code main} that prints its UTF-8 bytes in
 * base64 so a test can compare them across JVMs started with other default charsets and locales.
 */
final class PlatformSample {
  /** The exact YAML of {@link #document()}. */
  static final String YAML =
      "---\n"
          + "title: TITLE İı\n"
          + "INFO: info\n"
          + "Infinity: INFINITY\n"
          + "\".INF\": \"-.INF\"\n"
          + "ISTANBUL: istanbul\n"
          + "\"ON\": \"YES\"\n"
          + "text: Grüße 日本語 🚀\n"
          + "lines: |\n"
          + "  satır 1\n"
          + "  SATIR 2\n"
          + "control: \"\\e[1mİ\\e[0m\\u2028\"\n";

  private PlatformSample() {}

  static ObjectNode document() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("title", "TITLE İı")
        .put("INFO", "info")
        .put("Infinity", "INFINITY")
        .put(".INF", "-.INF")
        .put("ISTANBUL", "istanbul")
        .put("ON", "YES")
        .put("text", "Grüße 日本語 🚀")
        .put("lines", "satır 1\nSATIR 2\n")
        .put("control", "\u001b[1mİ\u001b[0m\u2028");
  }

  static byte[] bytes() throws Exception {
    return KubeYamlFactory.mapper().writeValueAsBytes(document());
  }

  public static void main(String[] args) throws Exception {
    System.out.println(Base64.getEncoder().encodeToString(bytes()));
  }
}
