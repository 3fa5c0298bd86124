package io.kubeprint.core.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per schema keyword and case: the schema of {@code spec.x}, the value given, and the exact violations
 * (none for a valid value), as the 1.32 API server would refuse them.
 */
class CrdSchemaKeywordsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // type
        row("integer accepts a whole number", "{'type': 'integer'}", "3"),
        row("integer accepts a whole decimal", "{'type': 'integer'}", "3.0"),
        row("integer rejects a string", "{'type': 'integer'}", "'three'",
            "spec.x: must be of type integer (was \"three\") [cr-type]"),
        row("integer rejects a fraction", "{'type': 'integer'}", "3.5",
            "spec.x: must be of type integer (was 3.5) [cr-type]"),
        row("integer rejects a number beyond int64", "{'type': 'integer'}", "123456789012345678901234",
            "spec.x: must be of type integer (was 123456789012345678901234) [cr-type]"),
        row("number accepts an integer", "{'type': 'number'}", "2"),
        row("number accepts a decimal", "{'type': 'number'}", "2.5"),
        row("number rejects a numeric string", "{'type': 'number'}", "'2'",
            "spec.x: must be of type number (was \"2\") [cr-type]"),
        row("string rejects a number", "{'type': 'string'}", "5",
            "spec.x: must be of type string (was 5) [cr-type]"),
        row("boolean rejects the string true", "{'type': 'boolean'}", "'true'",
            "spec.x: must be of type boolean (was \"true\") [cr-type]"),
        row("object rejects an array", "{'type': 'object'}", "[]",
            "spec.x: must be of type object (was an array) [cr-type]"),
        row("array rejects an object", "{'type': 'array', 'items': {'type': 'string'}}", "{}",
            "spec.x: must be of type array (was an object) [cr-type]"),
        // nullable
        row("nullable accepts null", "{'type': 'string', 'nullable': true}", "null"),
        row("a null the schema does not allow is dropped, not refused", "{'type': 'string'}", "null"),
        row("a null list item is refused", "{'type': 'array', 'items': {'type': 'string'}}", "['a', null]",
            "spec.x[1]: must be of type string (was null) [cr-type]"),
        // required and defaults
        row("required property missing", "{'type': 'object', 'required': ['a'], 'properties': {'a': {'type': 'string'}}}", "{}",
            "spec.x.a: is required [cr-required]"),
        row("required property filled by its default",
            "{'type': 'object', 'required': ['a'], 'properties': {'a': {'type': 'string', 'default': 'z'}}}", "{}"),
        row("a default replaces a null", "{'type': 'object', 'properties': {'a': {'type': 'integer', 'default': 1,"
            + " 'minimum': 1}}}", "{'a': null}"),
        // enum
        row("enum accepts a member", "{'type': 'string', 'enum': ['small', 'medium', 'large']}", "'small'"),
        row("enum rejects another string", "{'type': 'string', 'enum': ['small', 'medium', 'large']}", "'huge'",
            "spec.x: must be one of \"small\", \"medium\", \"large\" (was \"huge\") [cr-enum]"),
        row("enum of numbers", "{'type': 'integer', 'enum': [1, 2]}", "3",
            "spec.x: must be one of 1, 2 (was 3) [cr-enum]"),
        // pattern
        row("pattern accepts a match", "{'type': 'string', 'pattern': '^[a-z]+$'}", "'abc'"),
        row("pattern rejects a mismatch", "{'type': 'string', 'pattern': '^[a-z]+$'}", "'X1'",
            "spec.x: must match ^[a-z]+$ (was \"X1\") [cr-pattern]"),
        row("pattern $ is the end of the text, as in Go", "{'type': 'string', 'pattern': '^[a-z]+$'}", "'abc\\n'",
            "spec.x: must match ^[a-z]+$ (was \"abc\\n\") [cr-pattern]"),
        row("pattern matches anywhere when not anchored", "{'type': 'string', 'pattern': 'abc'}", "'xx-abc-yy'"),
        // format
        row("format date accepts a leap day", "{'type': 'string', 'format': 'date'}", "'2024-02-29'"),
        row("format date rejects a day the month lacks", "{'type': 'string', 'format': 'date'}", "'2023-02-29'",
            "spec.x: must be a valid date (was \"2023-02-29\") [cr-format]"),
        row("format date-time accepts RFC 3339", "{'type': 'string', 'format': 'date-time'}", "'2024-01-01T10:00:00.5+02:00'"),
        row("format date-time rejects a space for T", "{'type': 'string', 'format': 'date-time'}", "'2024-01-01 10:00:00Z'",
            "spec.x: must be a valid date-time (was \"2024-01-01 10:00:00Z\") [cr-format]"),
        row("format int32 is not range-checked", "{'type': 'integer', 'format': 'int32'}", "5000000000"),
        row("format k8s-short-name is unknown to 1.32", "{'type': 'string', 'format': 'k8s-short-name'}", "'UPPER'"),
        row("format byte rejects the empty string", "{'type': 'string', 'format': 'byte'}", "''",
            "spec.x: must be a valid base64 string (format byte) (was \"\") [cr-format]"),
        // numbers
        row("maximum", "{'type': 'integer', 'maximum': 10}", "12", "spec.x: must be at most 10 (was 12) [cr-number-range]"),
        row("maximum is inclusive", "{'type': 'integer', 'maximum': 10}", "10"),
        row("exclusiveMaximum", "{'type': 'integer', 'maximum': 10, 'exclusiveMaximum': true}", "10",
            "spec.x: must be less than 10 (was 10) [cr-number-range]"),
        row("minimum", "{'type': 'integer', 'minimum': 1}", "0", "spec.x: must be at least 1 (was 0) [cr-number-range]"),
        row("exclusiveMinimum", "{'type': 'number', 'minimum': 0, 'exclusiveMinimum': true}", "0",
            "spec.x: must be greater than 0 (was 0) [cr-number-range]"),
        row("minimum on a decimal", "{'type': 'number', 'minimum': 0.5}", "0.25",
            "spec.x: must be at least 0.5 (was 0.25) [cr-number-range]"),
        row("multipleOf rejects", "{'type': 'integer', 'multipleOf': 5}", "12",
            "spec.x: must be a multiple of 5 (was 12) [cr-multiple-of]"),
        row("multipleOf accepts a decimal multiple within float precision", "{'type': 'number', 'multipleOf': 0.1}", "0.3"),
        // strings
        row("maxLength counts code points, not UTF-16 units", "{'type': 'string', 'maxLength': 3}", "'\\uD83D\\uDE00ab'"),
        row("maxLength", "{'type': 'string', 'maxLength': 3}", "'abcd'",
            "spec.x: must be at most 3 characters (was 4) [cr-string-length]"),
        row("minLength", "{'type': 'string', 'minLength': 2}", "'a'",
            "spec.x: must be at least 2 characters (was 1) [cr-string-length]"),
        row("a string too long is not also pattern-checked", "{'type': 'string', 'maxLength': 2, 'pattern': '^[0-9]+$'}", "'abc'",
            "spec.x: must be at most 2 characters (was 3) [cr-string-length]"),
        // arrays
        row("minItems", "{'type': 'array', 'minItems': 1, 'items': {'type': 'integer'}}", "[]",
            "spec.x: must have at least 1 items (was 0) [cr-items-count]"),
        row("maxItems", "{'type': 'array', 'maxItems': 2, 'items': {'type': 'integer'}}", "[1, 2, 3]",
            "spec.x: must have at most 2 items (was 3) [cr-items-count]"),
        row("uniqueItems", "{'type': 'array', 'uniqueItems': true, 'items': {'type': 'integer'}}", "[1, 2, 1]",
            "spec.x: must not contain duplicates (was 1 again) [cr-unique-items]"),
        row("items are checked with their index", "{'type': 'array', 'items': {'type': 'object', 'properties':"
            + " {'name': {'type': 'string'}}}}", "[{'name': 'a'}, {'name': 'b'}, {'name': 3}]",
            "spec.x[2].name: must be of type string (was 3) [cr-type]"),
        // objects
        row("minProperties", "{'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string'}}", "{}",
            "spec.x: must have at least 1 properties (was 0) [cr-properties-count]"),
        row("maxProperties", "{'type': 'object', 'maxProperties': 1, 'additionalProperties': {'type': 'string'}}",
            "{'a': 'x', 'b': 'y'}", "spec.x: must have at most 1 properties (was 2) [cr-properties-count]"),
        row("additionalProperties schema, map keys in brackets", "{'type': 'object', 'additionalProperties': {'type': 'integer'}}",
            "{'a': 1, 'b': 'x'}", "spec.x[b]: must be of type integer (was \"x\") [cr-type]"),
        row("additionalProperties false", "{'type': 'object', 'additionalProperties': false}", "{'b': 1}",
            "spec.x: must have only the properties the schema declares (was \"b\") [cr-additional-property]"),
        // Kubernetes extensions
        row("int-or-string accepts an integer", "{'x-kubernetes-int-or-string': true}", "80"),
        row("int-or-string accepts a string", "{'x-kubernetes-int-or-string': true}", "'http'"),
        row("int-or-string rejects a boolean", "{'x-kubernetes-int-or-string': true}", "true",
            "spec.x: must be of type integer or string (was true) [cr-type]"),
        row("preserve-unknown-fields keeps unknown fields", "{'type': 'object', 'x-kubernetes-preserve-unknown-fields': true}",
            "{'anything': {'deep': [1, 'two']}}"),
        row("preserve-unknown-fields still checks declared fields", "{'type': 'object', "
            + "'x-kubernetes-preserve-unknown-fields': true, 'properties': {'n': {'type': 'integer'}}}",
            "{'other': 1, 'n': 'one'}", "spec.x.n: must be of type integer (was \"one\") [cr-type]"),
        row("unknown field under strict field validation", "{'type': 'object', 'properties': {'a': {'type': 'string'}}}",
            "{'a': 'x', 'b': 'y'}", "spec.x.b: must be declared in the schema (was unknown field \"spec.x.b\") [cr-unknown-field]"),
        row("list-type set", "{'type': 'array', 'x-kubernetes-list-type': 'set', 'items': {'type': 'string'}}",
            "['a', 'b', 'a', 'a']", "spec.x[2]: must be unique in the set (was \"a\" again) [cr-list-set-duplicate]"),
        row("list-type map", "{'type': 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'],"
            + " 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string'}, 'v': {'type': 'integer'}}}}",
            "[{'name': 'a', 'v': 1}, {'name': 'b'}, {'name': 'a', 'v': 2}]",
            "spec.x[2]: must have unique name in the list (was {\"name\":\"a\"} again) [cr-list-map-duplicate]"),
        row("list-type map keys filled by their default", "{'type': 'array', 'x-kubernetes-list-type': 'map', "
            + "'x-kubernetes-list-map-keys': ['port', 'protocol'], 'items': {'type': 'object', 'properties': "
            + "{'port': {'type': 'integer'}, 'protocol': {'type': 'string', 'default': 'TCP'}}}}",
            "[{'port': 80}, {'port': 80, 'protocol': 'TCP'}, {'port': 80, 'protocol': 'UDP'}]",
            "spec.x[1]: must have unique port, protocol in the list (was {\"port\":80,\"protocol\":\"TCP\"} again) [cr-list-map-duplicate]"),
        row("embedded resource needs apiVersion and kind", "{'type': 'object', 'x-kubernetes-embedded-resource': true,"
            + " 'x-kubernetes-preserve-unknown-fields': true}", "{'kind': 'pod', 'metadata': {'name': 'a/b'}, 'spec': {}}",
            "spec.x.apiVersion: is required [cr-embedded-resource]",
            "spec.x.metadata.name: must be a valid path segment name: may not contain '/' (was \"a/b\") [cr-embedded-resource]"),
        row("embedded resource kind is a DNS-1035 label in any case", "{'type': 'object', "
            + "'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true}",
            "{'apiVersion': 'v1', 'kind': 'ConfigMap', 'metadata': {'name': 'c'}}"),
        // composition
        row("anyOf matching one", "{'type': 'integer', 'anyOf': [{'minimum': 10}, {'maximum': 0}]}", "11"),
        row("anyOf matching none reports the closest", "{'type': 'integer', 'anyOf': [{'minimum': 10}, {'maximum': 0}]}", "5",
            "spec.x: must be at least 10 (was 5) [cr-number-range]",
            "spec.x: must match at least one schema of anyOf (was 5) [cr-composition]"),
        row("oneOf matching two", "{'type': 'integer', 'oneOf': [{'minimum': 0}, {'maximum': 10}]}", "5",
            "spec.x: must match exactly one schema of oneOf (was 5, matching 2) [cr-composition]"),
        row("allOf", "{'type': 'string', 'allOf': [{'minLength': 2}, {'pattern': '^a'}]}", "'b'",
            "spec.x: must be at least 2 characters (was 1) [cr-string-length]",
            "spec.x: must match ^a (was \"b\") [cr-pattern]",
            "spec.x: must match all schemas of allOf (was \"b\", matching 0 of 2) [cr-composition]"),
        row("not", "{'type': 'string', 'not': {'enum': ['root']}}", "'root'",
            "spec.x: must not match the schema of not (was \"root\") [cr-composition]"));
  }

  private static Arguments row(String name, String schema, String value, String... expected) {
    return Arguments.of(name, schema, value, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void should_report_exactly_what_the_api_server_refuses(String name, String schema, String value, List<String> expected) {
    // GIVEN a CRD whose spec.x has the schema, and a CronTab with the value there
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(Crds.crdWithField(schema));
    assertThat(crds.problems()).isEmpty();
    // WHEN the CronTab is checked
    List<String> found = Crds.check(crds, Crds.cronTab("{'x': " + value + "}"));
    // THEN exactly the expected violations are found
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
  }
}
