package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link GoJsonSyntax} words syntax errors and counts offsets as Go's {@code json.Decoder} does. */
class GoJsonSyntaxTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // pods/simple-pod.yaml#2 of the corpus, as kubectl 1.32 read it: "json: offset 5: ..."
      "{\\n  apiVersion: \"v1\",|invalid character 'a' looking for beginning of object key string|5",
      "{\"a\": 1,}|invalid character '}' looking for beginning of object key string|9",
      "{\"a\" 1}|invalid character '1' after object key|6",
      "{\"a\": 1 \"b\"}|invalid character '\"' after object key:value pair|9",
      "[1 2]|invalid character '2' after array element|4",
      "{\"a\": tru}|invalid character '}' in literal true (expecting 'e')|10",
      "{\"a\": 01}|invalid character '1' after object key:value pair|8",
      "{\"a\": -x}|invalid character 'x' in numeric literal|8",
      "{\"a\": 1.}|invalid character '}' after decimal point in numeric literal|9",
      "{\"a\": \"\\q\"}|invalid character 'q' in string escape code|9",
      "{\"a\": 'b'}|invalid character '\\'' looking for beginning of value|7",
      "{\"a\": 1} # c|invalid character '#' looking for beginning of value|10",
      "{\"a\": \"\té\"}|invalid character '\\t' in string literal|8",
  })
  void should_report_the_first_error_as_go_words_it_at_its_offset(String text, String message, long offset) {
    String json = text.replace("\\n", "\n");
    assertThat(GoJsonSyntax.firstError(json)).hasValue(new GoJsonSyntax.Error(message, offset));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"a\": [1, 2.5e-3, true, null, \"\\u00e9\"]}", "{\"a\": 1}\n{\"b\": 2}", " \t\n"})
  void should_find_no_error_in_a_stream_of_json_values(String text) {
    assertThat(GoJsonSyntax.firstError(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\": 1", "{\"a\": \"b", "[1,"})
  void should_report_a_value_cut_short_as_unexpected_eof_without_offset(String text) {
    assertThat(GoJsonSyntax.firstError(text)).hasValue(new GoJsonSyntax.Error("unexpected EOF", -1));
  }
}
