package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void should_count_single_character_edits() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }

  @Test
  void should_suggest_the_closest_candidate_within_two_edits() {
    assertThat(Suggestions.closest("pasword", List.of("username", "password"), false)).contains("password");
    assertThat(Suggestions.closest("projectld", List.of("projectid", "project"), false)).contains("projectid");
  }

  @Test
  void should_suggest_nothing_three_edits_away() {
    assertThat(Suggestions.closest("pwd", List.of("password"), false)).isEmpty();
  }

  @Test
  void should_compare_without_case_only_when_asked() {
    assertThat(Suggestions.closest("PASSWORD", List.of("password"), true)).contains("password");
    assertThat(Suggestions.closest("PASSWORD", List.of("password"), false)).isEmpty();
  }
}
