package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorsTest {
  private static final Map<String, String> BLUE = Map.of("type", "webserver", "color", "blue");

  @Test
  void should_select_labels_holding_every_match_label() {
    LabelSelector s = LabelSelector.builder().putMatchLabel("type", "webserver").build();
    assertThat(LabelSelectors.matches(s, BLUE)).isTrue();
    assertThat(LabelSelectors.matches(s, Map.of("type", "batch"))).isFalse();
  }

  @Test
  void should_apply_set_based_requirements() {
    LabelSelector notGreen = LabelSelector.builder().addMatchExpression(LabelSelectorRequirement.builder()
        .key("color").operator("NotIn").addValue("green").build()).build();
    assertThat(LabelSelectors.matches(notGreen, BLUE)).isTrue();
    assertThat(LabelSelectors.matches(notGreen, Map.of("color", "green"))).isFalse();
  }

  @Test
  void should_select_everything_when_empty_and_nothing_when_malformed() {
    assertThat(LabelSelectors.matches(LabelSelector.builder().build(), BLUE)).isTrue();
    LabelSelector malformed = LabelSelector.builder().addMatchExpression(LabelSelectorRequirement.builder()
        .key("color").operator("Exists").addValue("blue").build()).build();
    assertThat(LabelSelectors.matches(malformed, BLUE)).isFalse();
  }
}
