package io.kubeprint.render.yaml;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KubeYamlFactoryPlatformTest {

  @Test
  void should_write_the_same_bytes_under_a_turkish_default_locale() throws Exception {
    Locale previous = Locale.getDefault();
    byte[] root;
    byte[] turkish;
    try {
      Locale.setDefault(Locale.ROOT);
      root = PlatformSample.bytes();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = PlatformSample.bytes();
    } finally {
      Locale.setDefault(previous);
    }

    assertThat(turkish).isEqualTo(root).isEqualTo(PlatformSample.YAML.getBytes(UTF_8));
  }

  @Test
  void should_write_the_same_bytes_whatever_the_default_charset_and_locale_of_the_jvm() throws Exception {
    byte[] utf8English = bytesFromJvm("UTF-8", "en", "US");
    byte[] asciiTurkish = bytesFromJvm("US-ASCII", "tr", "TR");
    byte[] latin1Turkish = bytesFromJvm("ISO-8859-1", "tr", "TR");

    assertThat(utf8English)
        .isEqualTo(asciiTurkish)
        .isEqualTo(latin1Turkish)
        .isEqualTo(PlatformSample.YAML.getBytes(UTF_8));
  }

  /** Runs {@link PlatformSample#main} in a new JVM with the given default charset and locale. */
  private static byte[] bytesFromJvm(String fileEncoding, String language, String country)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Dfile.encoding=" + fileEncoding,
                    "-Duser.language=" + language,
                    "-Duser.country=" + country,
                    "-cp",
                    System.getProperty("java.class.path"),
                    PlatformSample.class.getName()))
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(new String(output, US_ASCII)).isZero();
    return Base64.getDecoder().decode(new String(output, US_ASCII).trim());
  }
}
