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
  void should_only_warn_about_a_namespace_on_a_namespace_which_the_api_server_clears() {
    assertThat(Validator.validate(namespace("prod", "default")))
        .extracting(Violation::toString)
        .containsExactly("warning: Namespace/prod metadata.namespace: is ignored: a Namespace is not namespaced, the"
            + " API server clears it (was \"default\") [namespace-not-namespaced]");
  }

  @Test
  void should_reject_an_invalid_label_value_as_validate_object_meta_does() {
    Namespace ns = Namespace.builder().metadata(ObjectMeta.builder().name("team-a").putLabel("owner", "team a").build())
        .build();
    assertThat(Validator.validate(ns))
        .extracting(Violation::path, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata.labels", "label-value-syntax"));
  }

  @Test
  void should_require_a_name() {
    assertThat(Validator.validate(Namespace.builder().build()))
        .extracting(Violation::ruleId).containsExactly("name-required");
  }
}
