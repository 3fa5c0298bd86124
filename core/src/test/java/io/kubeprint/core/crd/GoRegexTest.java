package io.kubeprint.core.crd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoRegexTest {

  @ParameterizedTest(name = "{0} refused: {1}")
  @CsvSource(delimiter = '|', value = {
      "a(?=b)         | invalid or unsupported Perl syntax: (?=",
      "(?<!a)b        | invalid or unsupported Perl syntax: (?<",
      "(?>ab)         | invalid or unsupported Perl syntax: (?>",
      "(a)\\1         | invalid escape sequence: \\1 (back-references are not supported)",
      "a*+            | invalid nested repetition operator: *+",
      "a**            | invalid nested repetition operator: **",
      "a{1001}        | invalid repeat count: {1001}",
      "\\Z            | invalid escape sequence: \\Z",
      "\\h            | invalid escape sequence: \\h",
      "[a-z           | missing closing ]: [a-z",
  })
  void should_refuse_what_go_regexp_does_not_compile(String pattern, String error) {
    assertThat(GoRegex.compile(pattern.strip()).error()).isEqualTo(error.strip());
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "^[a-z]+$         | abc            | true",
      "[a&&b]           | &              | true",
      "[[:alpha:]]+     | abc            | true",
      "^[[:digit:]]+$   | 12a            | false",
      "^a{,2}$          | a{,2}          | true",
      "^x{$             | x{             | true",
      "(?P<year>\\d{4}) | 2024           | true",
      "^\\101$          | A              | true",
      "^\\pL+$          | abc            | true",
      "^\\p{Greek}+$    | αβγ            | true",
      "^\\p{Greek}+$    | abc            | false",
      "(?i)^straße$     | STRASSE        | false",
      "(?i)^é$          | É              | true",
      "^a.c$            | a\u2028c       | true",
  })
  void should_match_as_go_does(String pattern, String value, boolean matches) {
    GoRegex.Compiled c = GoRegex.compile(pattern.strip());
    assertThat(c.error()).isNull();
    assertThat(c.matches(value.strip())).isEqualTo(matches);
  }

  @Test
  void should_end_the_text_at_dollar_not_before_a_final_newline() {
    assertThat(GoRegex.compile("^a$").matches("a\n")).isFalse();
    assertThat(GoRegex.compile("(?m)^a$").matches("a\nb")).isTrue();
  }

  @Test
  void should_treat_backslash_s_as_go_does_without_vertical_tab() {
    assertThat(GoRegex.compile("^\\s$").matches("\u000B")).isFalse();
    assertThat(GoRegex.compile("^\\v$").matches("\u000B")).isTrue();
    assertThat(GoRegex.compile("^[\\s]$").matches("\t")).isTrue();
  }

  @Test
  void should_not_let_dot_match_a_newline_but_match_other_line_separators() {
    assertThat(GoRegex.compile("^.$").matches("\n")).isFalse();
    assertThat(GoRegex.compile("^.$").matches("\r")).isTrue();
  }

  @Test
  void should_report_the_ungreedy_flag_as_not_checkable_rather_than_invalid() {
    GoRegex.Compiled c = GoRegex.compile("(?U)a+");
    assertThat(c.error()).isNull();
    assertThat(c.unsupported()).isEqualTo("the ungreedy flag (?U) has no java.util.regex counterpart");
  }
}
