package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void should_keep_insertion_order_and_replace_a_repeated_key_in_place() {
    Labels l = labels("type", "webserver").and("color", "blue").and("type", "web");

    assertThat(l.asMap()).containsExactly(Map.entry("type", "web"), Map.entry("color", "blue"));
    assertThat(l.toString()).isEqualTo("{type=web, color=blue}");
  }

  @Test
  void should_be_immutable_so_and_returns_a_new_value() {
    Labels shared = labels("type", "webserver");

    Labels blue = shared.and("color", "blue");

    assertThat(shared.asMap()).containsExactly(Map.entry("type", "webserver"));
    assertThat(blue.size()).isEqualTo(2);
    assertThatThrownBy(() -> blue.asMap().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_compare_by_pairs_regardless_of_order() {
    assertThat(labels("a", "1").and("b", "2")).isEqualTo(labels("b", "2").and("a", "1"))
        .hasSameHashCodeAs(labels("b", "2").and("a", "1"));
  }

  @Test
  void should_tell_whether_it_selects_a_set_of_labels() {
    Labels selector = labels("type", "webserver").and("color", "blue");

    assertThat(selector.selects(Map.of("type", "webserver", "color", "blue", "pod-template-hash", "x"))).isTrue();
    assertThat(selector.selects(Map.of("type", "webserver", "color", "green"))).isFalse();
  }
}
