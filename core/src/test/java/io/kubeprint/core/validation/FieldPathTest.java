package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link FieldPath}: the API server's text, and steps shared between walks. */
class FieldPathTest {

  @Test
  void should_print_fields_indexes_and_keys_as_the_api_server_does() {
    FieldPath p = FieldPath.of("spec", "template").child("spec").child("containers").index(0).child("resources")
        .child("limits").key("cpu");
    assertThat(p).hasToString("spec.template.spec.containers[0].resources.limits[cpu]");
    assertThat(FieldPath.root().isRoot()).isTrue();
    assertThat(p.parent()).hasToString("spec.template.spec.containers[0].resources.limits");
  }

  @Test
  void should_give_the_same_path_for_the_same_step_taken_again() {
    // GIVEN a walk over two objects' fields
    FieldPath first = FieldPath.of("spec").child("containers").index(2).child("ports").index(0);
    FieldPath second = FieldPath.of("spec").child("containers").index(2).child("ports").index(0);
    // THEN the second walk finds the paths the first made
    assertThat(second).isSameAs(first).isEqualTo(first);
    assertThat(FieldPath.of("metadata").key("app")).isSameAs(FieldPath.of("metadata").key("app"));
  }

  @Test
  void should_tell_steps_apart_and_keep_making_paths_past_the_sharing_limits() {
    // GIVEN far more steps below one path than are shared
    FieldPath data = FieldPath.of("data");
    for (int i = 0; i < 20_000; i++) {
      // THEN each is still its own path, with its own text
      assertThat(data.key("k" + i)).hasToString("data[k" + i + "]");
      assertThat(data.index(i)).hasToString("data[" + i + "]");
      assertThat(data.child("f" + i)).hasToString("data.f" + i).isEqualTo(FieldPath.of("data", "f" + i));
    }
    assertThat(data.child("f1").child("g")).hasToString("data.f1.g");
  }
}
