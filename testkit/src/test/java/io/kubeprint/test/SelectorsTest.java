package io.kubeprint.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorsTest {
  private static final Map<String, String> BLUE = Map.of("type", "webserver", "color", "blue");

  private static LabelSelector expression(String key, String operator, String... values) {
    return LabelSelector.builder().addMatchExpression(LabelSelectorRequirement.builder().key(key).operator(operator)
        .addValues(values).build()).build();
  }

  @Test
  void should_select_everything_with_an_empty_label_selector_but_nothing_with_an_empty_service_selector() {
    assertThat(Selectors.matches(LabelSelector.builder().build(), BLUE)).isTrue();
    assertThat(Selectors.serviceSelects(Map.of(), BLUE)).isFalse();
  }

  @Test
  void should_require_every_match_label() {
    assertThat(Selectors.serviceSelects(Map.of("type", "webserver"), BLUE)).isTrue();
    assertThat(Selectors.serviceSelects(Map.of("type", "webserver", "color", "green"), BLUE)).isFalse();
    assertThat(Selectors.matches(LabelSelector.builder().putMatchLabel("color", "blue").build(), BLUE)).isTrue();
  }

  @Test
  void should_apply_in_and_notin_as_apimachinery_does() {
    assertThat(Selectors.matches(expression("color", "In", "blue", "green"), BLUE)).isTrue();
    assertThat(Selectors.matches(expression("color", "In", "red"), BLUE)).isFalse();
    assertThat(Selectors.matches(expression("tier", "In", "web"), BLUE)).isFalse();
    assertThat(Selectors.matches(expression("color", "NotIn", "blue"), BLUE)).isFalse();
    // NotIn also matches objects without the key
    assertThat(Selectors.matches(expression("tier", "NotIn", "web"), BLUE)).isTrue();
  }

  @Test
  void should_apply_exists_and_does_not_exist() {
    assertThat(Selectors.matches(expression("color", "Exists"), BLUE)).isTrue();
    assertThat(Selectors.matches(expression("tier", "Exists"), BLUE)).isFalse();
    assertThat(Selectors.matches(expression("tier", "DoesNotExist"), BLUE)).isTrue();
    assertThat(Selectors.matches(expression("color", "DoesNotExist"), BLUE)).isFalse();
  }

  @Test
  void should_refuse_an_operator_the_api_server_refuses() {
    assertThatThrownBy(() -> Selectors.matches(expression("replicas", "Gt", "1"), BLUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operator must be In, NotIn, Exists or DoesNotExist (was \"Gt\")");
  }

  @Test
  void should_describe_a_selector_as_format_label_selector_does() {
    LabelSelector s = LabelSelector.builder().putMatchLabel("type", "webserver")
        .addMatchExpression(LabelSelectorRequirement.builder().key("color").operator("In").addValue("green")
            .addValue("blue").build())
        .addMatchExpression(LabelSelectorRequirement.builder().key("legacy").operator("DoesNotExist").build())
        .addMatchExpression(LabelSelectorRequirement.builder().key("canary").operator("Exists").build())
        .build();
    assertThat(Describe.selector(s)).isEqualTo("canary,color in (blue,green),!legacy,type=webserver");
    assertThat(Describe.selector(LabelSelector.builder().build())).isEqualTo("<none>");
  }
}
