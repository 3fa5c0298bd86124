package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodFixtures.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.validation.MetaValidation.NameRule;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Object metadata ({@code ValidateObjectMeta}) and label selectors ({@code ValidateLabelSelector}). */
class MetaValidationTest {

  /** A metadata case: what to change on a valid {@code metadata}, the name rule, and the expected violations. */
  record Case(String name, UnaryOperator<ObjectMeta.Builder> change, NameRule rule, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case meta(String name, UnaryOperator<ObjectMeta.Builder> change, String... expected) {
    return new Case(name, change, NameRule.DNS_SUBDOMAIN, List.of(expected));
  }

  static Stream<Case> invalid() {
    String long64 = "a".repeat(64);
    return Stream.of(
        meta("should_require_a_name", b -> b.name(""),
            "Pod/web metadata.name: name or generateName is required [name-required]"),
        meta("should_reject_a_name_in_upper_case", b -> b.name("Web"),
            "Pod/web metadata.name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was \"Web\") [name-syntax]"),
        meta("should_reject_a_name_of_254_characters", b -> b.name("a".repeat(254)),
            "Pod/web metadata.name: must be no more than 253 characters (was \"" + "a".repeat(254) + "\") [name-syntax]"),
        new Case("should_reject_a_service_name_starting_with_a_digit", b -> b.name("1web"), NameRule.DNS1035_LABEL,
            List.of("Pod/web metadata.name: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?') (was \"1web\") [name-syntax]")),
        meta("should_check_a_generate_name_and_the_name_generated_from_it",
            b -> b.name(java.util.Optional.empty()).extra(Fields.of("generateName", "Web-")),
            "Pod/web metadata.generateName: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was \"Web-\") [generate-name-syntax]",
            "Pod/web metadata.name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was the name generated from \"Web-\") [name-syntax]"),
        meta("should_reject_a_namespace_that_is_not_a_dns_label", b -> b.namespace("team.a"),
            "Pod/web metadata.namespace: must not contain dots (was \"team.a\") [namespace-syntax]"),
        meta("should_reject_a_label_key_starting_with_a_dash", b -> b.putLabel("-app", "web"),
            "Pod/web metadata.labels: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') (was \"-app\") [label-key-syntax]"),
        meta("should_reject_a_label_key_prefix_in_upper_case", b -> b.putLabel("Example.com/app", "web"),
            "Pod/web metadata.labels: prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*') (was \"Example.com/app\") [label-key-syntax]"),
        meta("should_reject_a_label_value_with_a_space", b -> b.putLabel("app", "web server"),
            "Pod/web metadata.labels: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?') (was \"web server\") [label-value-syntax]"),
        meta("should_reject_a_label_value_of_64_characters", b -> b.putLabel("app", long64),
            "Pod/web metadata.labels: must be no more than 63 characters (was \"" + long64 + "\") [label-value-syntax]"),
        meta("should_reject_an_annotation_key_with_a_space", b -> b.putAnnotation("my note", "x"),
            "Pod/web metadata.annotations: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') (was \"my note\") [annotation-key-syntax]"),
        meta("should_reject_annotations_above_256_kib", b -> b.putAnnotation("k", "v".repeat(262144)),
            "Pod/web metadata.annotations: must total at most 262144 bytes of keys and values (was 262145 bytes) [annotations-too-long]"),
        meta("should_reject_a_negative_generation", b -> b.extra(Fields.of("generation", -1L)),
            "Pod/web metadata.generation: must be greater than or equal to 0 (was -1) [generation-negative]"),
        meta("should_require_the_uid_of_an_owner_reference",
            b -> b.extra(Fields.of("ownerReferences", List.of(obj("apiVersion", "apps/v1", "kind", "ReplicaSet", "name", "rs")))),
            "Pod/web metadata.ownerReferences.uid: is required [owner-reference]"),
        meta("should_require_a_version_in_an_owner_reference",
            b -> b.extra(Fields.of("ownerReferences", List.of(obj("apiVersion", "apps/", "kind", "ReplicaSet", "name", "rs", "uid", "1")))),
            "Pod/web metadata.ownerReferences.apiVersion: must have a version (was \"apps/\") [owner-reference]"),
        meta("should_reject_two_controller_references",
            b -> b.extra(Fields.of("ownerReferences", List.of(
                obj("apiVersion", "apps/v1", "kind", "ReplicaSet", "name", "a", "uid", "1", "controller", true),
                obj("apiVersion", "apps/v1", "kind", "ReplicaSet", "name", "b", "uid", "2", "controller", true)))),
            "Pod/web metadata.ownerReferences: must have at most one controller reference (was ReplicaSet/a and ReplicaSet/b) [owner-reference]"),
        meta("should_require_a_fully_qualified_custom_finalizer", b -> b.extra(Fields.of("finalizers", List.of("cleanup"))),
            "Pod/web metadata.finalizers[0]: must be a standard finalizer name or fully qualified (was \"cleanup\") [finalizer-name]"),
        meta("should_reject_orphan_and_foreground_deletion_together",
            b -> b.extra(Fields.of("finalizers", List.of("orphan", "foregroundDeletion"))),
            "Pod/web metadata.finalizers: must not hold both orphan and foregroundDeletion [finalizer-name]"),
        meta("should_reject_an_unknown_managed_fields_operation",
            b -> b.extra(Fields.of("managedFields", List.of(obj("manager", "kubectl", "operation", "Patch")))),
            "Pod/web metadata.managedFields[0].operation: must be Apply or Update (was \"Patch\") [managed-fields]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void should_report_each_broken_metadata_field_at_its_path(Case c) {
    // GIVEN valid metadata with one field broken
    ObjectMeta meta = c.change().apply(ObjectMeta.builder().name("web").putLabel("app", "web")).build();
    // WHEN validating it with the kind's name rule
    Violations v = new Violations("Pod/web");
    MetaValidation.objectMeta(meta, FieldPath.of("metadata"), v, c.rule());
    // THEN exactly the expected violations are reported
    assertThat(v.list()).extracting(Violation::toString).containsExactlyInAnyOrderElementsOf(c.expected());
  }

  static Stream<Case> valid() {
    return Stream.of(
        meta("should_accept_a_name_of_253_characters", b -> b.name("a".repeat(253))),
        meta("should_accept_a_generate_name_with_a_trailing_dash",
            b -> b.name(java.util.Optional.empty()).extra(Fields.of("generateName", "web-"))),
        meta("should_accept_a_long_generate_name_cut_to_58_characters",
            b -> b.name(java.util.Optional.empty()).extra(Fields.of("generateName", "a".repeat(250) + "-"))),
        meta("should_accept_a_label_value_of_63_characters_and_an_empty_one",
            b -> b.putLabel("app", "a".repeat(63)).putLabel("example.com/empty", "")),
        meta("should_accept_an_annotation_key_in_upper_case_since_it_is_checked_lower_cased",
            b -> b.putAnnotation("Example.COM/Note", "x")),
        meta("should_accept_annotations_of_exactly_256_kib", b -> b.putAnnotation("k", "v".repeat(262143))),
        meta("should_accept_standard_and_qualified_finalizers",
            b -> b.extra(Fields.of("finalizers", List.of("kubernetes", "orphan", "example.com/cleanup")))),
        meta("should_accept_an_owner_reference_of_the_core_group",
            b -> b.extra(Fields.of("ownerReferences", List.of(obj("apiVersion", "v1", "kind", "Node", "name", "n", "uid", "1"))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void should_accept_valid_metadata_and_values_at_the_limits(Case c) {
    // GIVEN valid metadata
    ObjectMeta meta = c.change().apply(ObjectMeta.builder().name("web")).build();
    // WHEN validating it
    Violations v = new Violations("Pod/web");
    MetaValidation.objectMeta(meta, FieldPath.of("metadata"), v, c.rule());
    // THEN nothing is reported
    assertThat(v.list()).isEmpty();
  }

  static Stream<Object[]> invalidSelectors() {
    return Stream.of(
        new Object[] {"should_reject_an_unknown_selector_operator", expr("app", "Equals", "web"),
            "Deployment/web spec.selector.matchExpressions[0].operator: must be one of \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\" (was \"Equals\") [selector-operator]"},
        new Object[] {"should_require_values_for_in", expr("app", "In"),
            "Deployment/web spec.selector.matchExpressions[0].values: is required when operator is In [selector-values]"},
        new Object[] {"should_reject_values_for_exists", expr("app", "Exists", "web"),
            "Deployment/web spec.selector.matchExpressions[0].values: must be empty when operator is Exists (was 1 values) [selector-values]"},
        new Object[] {"should_reject_an_expression_value_that_is_no_label_value", expr("app", "NotIn", "a b"),
            "Deployment/web spec.selector.matchExpressions[0].values[0]: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?') (was \"a b\") [label-value-syntax]"},
        new Object[] {"should_reject_an_expression_key_that_is_no_label_key", expr("a/b/c", "Exists"),
            "Deployment/web spec.selector.matchExpressions[0].key: a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') (was \"a/b/c\") [label-key-syntax]"},
        new Object[] {"should_check_match_labels_like_labels",
            LabelSelector.builder().putMatchLabel("app", "-web").build(),
            "Deployment/web spec.selector.matchLabels: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?') (was \"-web\") [label-value-syntax]"});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSelectors")
  void should_report_each_broken_selector_field_at_its_path(String name, LabelSelector selector, String expected) {
    // GIVEN a Deployment selector with one broken part
    Violations v = new Violations("Deployment/web");
    // WHEN validating it
    MetaValidation.labelSelector(selector, FieldPath.of("spec", "selector"), v);
    // THEN exactly that part is reported
    assertThat(v.list()).extracting(Violation::toString).as(name).containsExactly(expected);
  }

  @Test
  void should_match_labels_with_every_operator_as_the_api_server_does() {
    // GIVEN a selector using matchLabels and all four operators
    LabelSelector selector = LabelSelector.builder()
        .putMatchLabel("app", "web")
        .addMatchExpression(req("tier", "In", "front", "edge"))
        .addMatchExpression(req("env", "NotIn", "dev"))
        .addMatchExpression(req("team", "Exists"))
        .addMatchExpression(req("canary", "DoesNotExist"))
        .build();
    // WHEN matching label sets against it
    // THEN only the sets satisfying every requirement match; an absent key satisfies NotIn
    assertThat(MetaValidation.matches(selector, Map.of("app", "web", "tier", "edge", "team", "a"))).isTrue();
    assertThat(MetaValidation.matches(selector, Map.of("app", "web", "tier", "edge", "team", "a", "env", "prod"))).isTrue();
    assertThat(MetaValidation.matches(selector, Map.of("app", "web", "tier", "edge", "team", "a", "env", "dev"))).isFalse();
    assertThat(MetaValidation.matches(selector, Map.of("app", "web", "tier", "back", "team", "a"))).isFalse();
    assertThat(MetaValidation.matches(selector, Map.of("app", "web", "tier", "edge"))).isFalse();
    assertThat(MetaValidation.matches(selector, Map.of("app", "web", "tier", "edge", "team", "a", "canary", ""))).isFalse();
    assertThat(MetaValidation.matches(selector, Map.of("app", "api", "tier", "edge", "team", "a"))).isFalse();
  }

  @Test
  void should_match_everything_with_an_empty_selector_and_nothing_with_an_unconvertible_one() {
    // GIVEN an empty selector and one whose In has no values
    LabelSelector empty = LabelSelector.builder().build();
    LabelSelector broken = LabelSelector.builder().addMatchExpression(req("app", "In")).build();
    // WHEN matching any labels
    // THEN the empty one selects everything, the broken one nothing (the API server cannot convert it)
    assertThat(MetaValidation.matches(empty, Map.of("app", "web"))).isTrue();
    assertThat(MetaValidation.isConvertible(broken)).isFalse();
    assertThat(MetaValidation.matches(broken, Map.of("app", "web"))).isFalse();
  }

  private static LabelSelector expr(String key, String operator, String... values) {
    return LabelSelector.builder().addMatchExpression(req(key, operator, values)).build();
  }

  private static LabelSelectorRequirement req(String key, String operator, String... values) {
    return LabelSelectorRequirement.builder().key(key).operator(operator).addValues(values).build();
  }
}
