package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

class NamespaceValidationTest {

  private static Namespace namespace(String name, String namespace) {
    ObjectMeta.Builder meta = ObjectMeta.builder().name(name);
    if (namespace != null) {
      meta.namespace(namespace);
    }
    return Namespace.builder().metadata(meta.build()).build();
  }

  @Test
  void should_accept_a_63_character_dns_label_name() {
    assertThat(Validator.validate(namespace("a".repeat(63), null))).isEmpty();
  }

  @Test
  void should_reject_a_name_that_is_not_a_dns_label() {
    assertThat(Validator.validate(namespace("Prod.eu", null)))
        .extracting(Violation::path, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata.name", "namespace-name"));
  }

  @Test
  void should_reject_a_64_character_name() {
    assertThat(Validator.validate(namespace("a".repeat(64), null)))
        .extracting(Violation::toString)
        .containsExactly("Namespace/" + "a".repeat(64) + " metadata.name: must be no more than 63 characters (was \""
            + "a".repeat(64) + "\") [namespace-name]");
  }

  @Test
  void should_reject_a_namespace_on_a_namespace() {
    assertThat(Validator.validate(namespace("prod", "default")))
        .extracting(Violation::path, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata.namespace", "namespace-not-namespaced"));
  }

  @Test
  void should_require_a_name() {
    assertThat(Validator.validate(Namespace.builder().build()))
        .extracting(Violation::ruleId).containsExactly("name-required");
  }
}
