package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.render.yaml.YamlQuoting;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link BlockYaml}'s fast path for plain words decides as {@link YamlQuoting#needsQuotes} does. */
class BlockYamlPlainWordTest {

  /** Characters the random strings are made of: those of the fast path and those that stop it. */
  private static final String ALPHABET = "aZy0919-._/:ntrueFALSEoff $#@'\",[]{}&*!|>%`?~=+e";

  @Test
  void should_take_the_fast_path_only_for_strings_that_need_no_quotes() {
    // GIVEN random short strings, many of them near keywords, numbers and indicators
    Random random = new Random(20);
    int fast = 0;
    for (int round = 0; round < 200_000; round++) {
      int length = 1 + random.nextInt(12);
      StringBuilder b = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = b.toString();
      // WHEN the fast path accepts one THEN it needs no quotes, and the writer writes it as it is
      if (BlockYaml.isPlainWord(s)) {
        fast++;
        assertThat(YamlQuoting.needsQuotes(s)).as(s).isFalse();
        assertThat(BlockYaml.scalar(s)).isSameAs(s);
      }
    }
    assertThat(fast).isGreaterThan(300);
  }

  @Test
  void should_leave_keywords_numbers_and_trailing_colons_to_the_full_decision() {
    // GIVEN strings that look like words but need quotes, or that the fast path does not judge
    for (String s : List.of("false", "FALSE", "off", "yes", "null", "y", "N", "On", "NO", "1.27abc", "-flags",
        ".hidden", "web:", "web app", "web#1", "$HOME_DIR", "")) {
      // WHEN / THEN
      assertThat(BlockYaml.isPlainWord(s)).as(s).isFalse();
    }
    // AND the common shapes of a manifest take it
    for (String s : List.of("app-1-config", "nginx:1.27", "app.kubernetes.io/name", "apiVersion", "/healthz")) {
      assertThat(BlockYaml.isPlainWord(s)).as(s).isEqualTo(!s.startsWith("/"));
    }
    // AND so do the short words that are no keyword: field names, ports, protocols, colours
    for (String s : List.of("name", "kind", "spec", "app", "web", "http", "TCP", "blue", "v1", "x", "yess", "on1")) {
      assertThat(BlockYaml.isPlainWord(s)).as(s).isTrue();
      assertThat(YamlQuoting.needsQuotes(s)).as(s).isFalse();
    }
  }
}
