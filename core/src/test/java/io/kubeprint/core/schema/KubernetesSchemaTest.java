package io.kubeprint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.validation.Violations;
import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesSchemaTest {
  private static final KubernetesSchema SCHEMA = KubernetesSchema.get();

  /** The violations of {@code value} checked as {@code type} from the root, as {@code path: message [rule]}. */
  static List<String> check(Object value, String type) {
    return check(value, type, CheckOptions.defaults());
  }

  static List<String> check(Object value, String type, CheckOptions options) {
    Violations v = new Violations("X/x");
    SCHEMA.check(value, type, FieldPath.root(), v, options);
    List<String> out = new ArrayList<>();
    for (Violation x : v.list()) {
      out.add(x.path() + ": " + x.message() + " [" + x.ruleId() + "]");
    }
    return out;
  }

  /** A JSON object from key, value pairs, in order. */
  static Map<String, Object> obj(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  @Nested
  class Types {
    @Test
    void should_have_the_types_of_the_nine_kinds_kubeprint_reads() {
      assertThat(SCHEMA.typeNames()).contains("V1Pod", "V1PodTemplate", "V1ReplicaSet", "V1Deployment", "V1Service",
          "V1ConfigMap", "V1Secret", "V1CronJob", "V1Namespace");
      assertThat(SCHEMA.hasType("V1Deployment")).isTrue();
      assertThat(SCHEMA.hasType("V1StatefulSet")).isTrue();
      assertThat(SCHEMA.hasType("Deployment")).isFalse();
    }

    @Test
    void should_give_the_fields_of_a_type_with_their_types() {
      Map<String, FieldType> spec = SCHEMA.fields("V1PodSpec");
      assertThat(spec.get("containers")).hasToString("[]V1Container");
      assertThat(spec.get("containers").element().typeName()).isEqualTo("V1Container");
      assertThat(spec.get("nodeSelector")).hasToString("map[string]");
      assertThat(spec.get("activeDeadlineSeconds").shape()).isEqualTo(FieldType.Shape.INT64);
      assertThat(spec.get("overhead")).hasToString("map[quantity]");
      assertThat(SCHEMA.fields("V1ContainerPort").get("containerPort").shape()).isEqualTo(FieldType.Shape.INT32);
      assertThat(SCHEMA.fields("V1ObjectMeta").get("creationTimestamp").shape()).isEqualTo(FieldType.Shape.DATE_TIME);
      assertThat(SCHEMA.fields("V1Secret").get("data")).hasToString("map[bytes]");
      assertThat(SCHEMA.fields("V1ServicePort").get("targetPort").shape()).isEqualTo(FieldType.Shape.INT_OR_STRING);
      assertThat(SCHEMA.fields("V1ManagedFieldsEntry").get("fieldsV1").shape()).isEqualTo(FieldType.Shape.ANY);
      assertThat(SCHEMA.fields("V1PodSpec")).containsKey("hostUsers").doesNotContainKey("hostnameOverride");
    }

    @Test
    void should_refuse_a_type_it_does_not_have() {
      assertThatThrownBy(() -> SCHEMA.fields("V1Nope")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the Kubernetes 1.32 schema has no type V1Nope");
      assertThatThrownBy(() -> check(obj(), "V1Nope")).hasMessage("the Kubernetes 1.32 schema has no type V1Nope");
    }

    @Test
    void should_load_once() {
      assertThat(KubernetesSchema.get()).isSameAs(SCHEMA);
    }

    @Test
    void should_refuse_a_schema_file_naming_a_type_it_does_not_define() {
      String text = "# test\nA\n  b B\n  c []string\n";
      assertThatThrownBy(() -> KubernetesSchema.parse(new BufferedReader(new StringReader(text))))
          .hasMessage("kubernetes-1.32.schema: A.b names the undefined type B");
    }

    @Test
    void should_write_field_types_back_in_the_notation_they_were_read_in() {
      for (String t : List.of("string", "[]map[[]V1Container]", "map[int-or-string]", "date-time", "any", "bytes")) {
        assertThat(FieldType.parse(t)).hasToString(t);
      }
      assertThatThrownBy(() -> FieldType.parse("float")).hasMessage("not a schema type (was \"float\")");
    }
  }

  @Nested
  class Unknown_fields {
    @Test
    void should_report_every_unknown_field_at_its_path() {
      // GIVEN a pod with misspelt fields at three depths
      Map<String, Object> pod = obj("apiVersion", "v1", "kind", "Pod", "metdata", obj("name", "web"),
          "spec", obj("containers", list(obj("name", "web", "image", "nginx", "lifecyle", obj()),
              obj("name", "b", "ports", list(obj("containerPort", 80), obj("containerPort", 81, "hostPrt", 1))))));
      // WHEN checked THEN each is reported, in document order
      assertThat(check(pod, "V1Pod")).containsExactly(
          "metdata: unknown field \"metdata\": Kubernetes has no such field [unknown-field]",
          "spec.containers[0].lifecyle: unknown field \"spec.containers[0].lifecyle\": Kubernetes has no such field"
              + " [unknown-field]",
          "spec.containers[1].ports[1].hostPrt: unknown field \"spec.containers[1].ports[1].hostPrt\": Kubernetes has"
              + " no such field [unknown-field]");
    }

    @Test
    void should_name_map_keys_in_brackets_and_check_map_values() {
      Map<String, Object> pod = obj("spec", obj("containers", list(obj("resources",
          obj("limits", obj("cpu", obj("cores", 1)))))));
      assertThat(check(pod, "V1Pod")).containsExactly("spec.containers[0].resources.limits[cpu]: must be a quantity,"
          + " a string or a number (was an object) [field-type]");
    }

    @Test
    void should_refuse_fields_that_came_after_1_32() {
      Map<String, Object> pod = obj("spec", obj("hostnameOverride", "x", "containers",
          list(obj("name", "web", "lifecycle", obj("stopSignal", "SIGUSR1")))));
      assertThat(check(pod, "V1Pod")).containsExactly(
          "spec.hostnameOverride: unknown field \"spec.hostnameOverride\": Kubernetes has no such field [unknown-field]",
          "spec.containers[0].lifecycle.stopSignal: unknown field \"spec.containers[0].lifecycle.stopSignal\":"
              + " Kubernetes has no such field [unknown-field]");
    }

    @Test
    void should_place_paths_under_the_path_given() {
      Violations v = new Violations("Pod/web");
      SCHEMA.check(obj("colour", "blue"), "V1PodSpec", FieldPath.of("spec"), v, CheckOptions.defaults());
      assertThat(v.list()).singleElement().satisfies(x -> {
        assertThat(x.path()).isEqualTo("spec.colour");
        assertThat(x.message()).isEqualTo("unknown field \"spec.colour\": Kubernetes has no such field");
        assertThat(x.ruleId()).isEqualTo("unknown-field");
      });
    }
  }

  @Nested
  class Json_types {
    @Test
    void should_refuse_a_string_where_a_number_or_boolean_goes_and_the_reverse() {
      Map<String, Object> d = obj("spec", obj("replicas", "3", "paused", "true",
          "template", obj("spec", obj("containers", list(obj("name", true, "image", 1L, "tty", 1L))))));
      assertThat(check(d, "V1Deployment")).containsExactly(
          "spec.replicas: must be an integer (was string \"3\") [field-type]",
          "spec.paused: must be a boolean (was string \"true\") [field-type]",
          "spec.template.spec.containers[0].name: must be a string (was boolean true) [field-type]",
          "spec.template.spec.containers[0].image: must be a string (was number 1) [field-type]",
          "spec.template.spec.containers[0].tty: must be a boolean (was number 1) [field-type]");
    }

    @Test
    void should_refuse_objects_and_lists_in_the_wrong_place() {
      Map<String, Object> pod = obj("metadata", obj("labels", list("a")), "spec", obj("containers", obj("name", "web"),
          "initContainers", list(obj("image", obj("name", "nginx"), "args", "run"))));
      assertThat(check(pod, "V1Pod")).containsExactly(
          "metadata.labels: must be an object (was a list) [field-type]",
          "spec.containers: must be a list (was an object) [field-type]",
          "spec.initContainers[0].image: must be a string (was an object) [field-type]",
          "spec.initContainers[0].args: must be a list (was string \"run\") [field-type]");
    }

    @Test
    void should_refuse_a_fraction_for_an_integer_and_accept_a_whole_decimal() {
      assertThat(check(obj("spec", obj("replicas", new BigDecimal("1.5"))), "V1Deployment"))
          .containsExactly("spec.replicas: must be an integer (was number 1.5) [field-type]");
      assertThat(check(obj("spec", obj("replicas", 1.5d)), "V1Deployment"))
          .containsExactly("spec.replicas: must be an integer (was number 1.5) [field-type]");
      assertThat(check(obj("spec", obj("replicas", new BigDecimal("2.0"), "revisionHistoryLimit", 3.0d)),
          "V1Deployment")).isEmpty();
    }

    @Test
    void should_refuse_integers_beyond_their_go_type() {
      assertThat(check(obj("spec", obj("replicas", 3_000_000_000L, "progressDeadlineSeconds", -2_147_483_649L,
          "minReadySeconds", Integer.MAX_VALUE)), "V1Deployment")).containsExactly(
          "spec.replicas: must be a 32-bit integer (was 3000000000) [field-type]",
          "spec.progressDeadlineSeconds: must be a 32-bit integer (was -2147483649) [field-type]");
      assertThat(check(obj("spec", obj("activeDeadlineSeconds", new BigInteger("9223372036854775808"),
          "terminationGracePeriodSeconds", Long.MIN_VALUE)), "V1Pod"))
          .containsExactly("spec.activeDeadlineSeconds: must be a 64-bit integer (was 9223372036854775808) [field-type]");
    }

    @Test
    void should_accept_any_number_for_a_number_field_and_nothing_else() {
      assertThat(check(obj("maximum", 1L, "minimum", new BigDecimal("-0.5"), "multipleOf", 2.5d), "V1JSONSchemaProps"))
          .isEmpty();
      assertThat(check(obj("maximum", "1"), "V1JSONSchemaProps"))
          .containsExactly("maximum: must be a number (was string \"1\") [field-type]");
    }

    @Test
    void should_accept_null_anywhere() {
      Map<String, Object> pod = obj("metadata", obj("name", null, "labels", obj("a", null)), "spec",
          obj("containers", list(null, obj("ports", null, "args", list(null, "x")))));
      assertThat(check(pod, "V1Pod")).isEmpty();
    }

    @Test
    void should_take_an_integer_or_a_string_for_int_or_string() {
      Map<String, Object> svc = obj("spec", obj("ports", list(obj("targetPort", 80), obj("targetPort", "http"),
          obj("targetPort", true), obj("targetPort", new BigDecimal("1.5")), obj("targetPort", 1L << 31))));
      assertThat(check(svc, "V1Service")).containsExactly(
          "spec.ports[2].targetPort: must be an integer or a string (was boolean true) [field-type]",
          "spec.ports[3].targetPort: must be an integer or a string (was number 1.5) [field-type]",
          "spec.ports[4].targetPort: must be a 32-bit integer or a string (was 2147483648) [field-type]");
    }

    @Test
    void should_take_a_string_or_a_number_for_a_quantity_and_parse_the_string() {
      Map<String, Object> pod = obj("spec", obj("overhead", obj("cpu", "100m", "memory", " 1Gi\t",
          "a", new BigDecimal("0.5"), "b", 2L, "c", "1GB", "d", true)));
      assertThat(check(pod, "V1Pod")).containsExactly(
          "spec.overhead[c]: must be a quantity such as 500m, 2 or 128Mi (was \"1GB\") [field-type]",
          "spec.overhead[d]: must be a quantity, a string or a number (was boolean true) [field-type]");
      assertThat(check(pod, "V1Pod", CheckOptions.defaults().quantitySyntax(false))).containsExactly(
          "spec.overhead[d]: must be a quantity, a string or a number (was boolean true) [field-type]");
    }

    @Test
    void should_take_an_rfc_3339_string_for_a_time() {
      Map<String, Object> meta = obj("metadata", obj("creationTimestamp", "2024-01-31T12:00:00Z",
          "deletionTimestamp", "2024-02-30T12:00:00Z"), "status", obj("startTime", 5L, "conditions",
          list(obj("lastTransitionTime", "2024-01-31T23:59:59.123+05:30"), obj("lastProbeTime", "yesterday"))));
      assertThat(check(meta, "V1Pod")).containsExactly(
          "metadata.deletionTimestamp: must be an RFC 3339 date-time such as \"2006-01-02T15:04:05Z\" (was string"
              + " \"2024-02-30T12:00:00Z\") [field-type]",
          "status.startTime: must be a string (was number 5) [field-type]",
          "status.conditions[1].lastProbeTime: must be an RFC 3339 date-time such as \"2006-01-02T15:04:05Z\" (was"
              + " string \"yesterday\") [field-type]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31T12:00:00Z", "2024-01-31T12:00:00.5Z", "2024-01-31T12:00:00-07:00",
        "2024-02-29T00:00:00+00:00"})
    void should_accept_what_go_parses_as_rfc_3339(String time) {
      assertThat(Times.isRfc3339(time)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-01-31", "2024-01-31 12:00:00Z", "2024-01-31t12:00:00z", "2023-02-29T00:00:00Z",
        "2024-01-31T24:00:00Z", "2024-01-31T12:60:00Z", "2024-01-31T12:00:00", "2024-01-31T12:00:00+0100"})
    void should_refuse_what_go_does_not_parse_as_rfc_3339(String time) {
      assertThat(Times.isRfc3339(time)).isFalse();
    }

    @Test
    void should_take_anything_for_any() {
      Map<String, Object> meta = obj("metadata", obj("managedFields", list(obj("fieldsV1",
          obj("f:spec", obj("f:x", list(1L, "a", true, null)))))));
      assertThat(check(meta, "V1Pod")).isEmpty();
    }

    @Test
    void should_refuse_a_java_value_that_is_no_json_value() {
      assertThatThrownBy(() -> check(obj("metadata", obj("name", new Object())), "V1Pod"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON value: java.lang.Object");
    }
  }

  @Nested
  class Bytes_and_secrets {
    private static final String SENTINEL = "hunter2SENTINEL";

    @Test
    void should_take_standard_base64_with_padding_for_bytes_never_showing_it() {
      Map<String, Object> cm = obj("binaryData", obj("a", "AAEC/w==", "b", "czNj\ncjN0", "c", "AAE", "d", "S3N!",
          "e", 5L));
      assertThat(check(cm, "V1ConfigMap")).containsExactly(
          "binaryData[c]: must be base64 with padding (value redacted) [field-type]",
          "binaryData[d]: must be base64 (value redacted) [field-type]",
          "binaryData[e]: must be a base64-encoded string (was number 5) [field-type]");
    }

    @Test
    void should_never_show_values_under_redacted_fields() {
      // GIVEN a Secret whose data and stringData hold values of the wrong type
      Map<String, Object> secret = obj("data", obj("a", SENTINEL, "b", list(SENTINEL)), "stringData",
          obj("c", true, "d", 123L), "type", 5L);
      // WHEN checked with the Secret options
      List<String> problems = check(secret, "V1Secret", CheckOptions.secret());
      // THEN no value under data or stringData shows; other fields still show theirs
      assertThat(problems).containsExactly(
          "data[a]: must be base64 with padding (value redacted) [field-type]",
          "data[b]: must be a base64-encoded string (value redacted) [field-type]",
          "stringData[c]: must be a string (value redacted) [field-type]",
          "stringData[d]: must be a string (value redacted) [field-type]",
          "type: must be a string (was number 5) [field-type]");
      assertThat(String.join("\n", check(obj("data", SENTINEL), "V1Secret", CheckOptions.secret())))
          .isEqualTo("data: must be an object (value redacted) [field-type]");
    }

    @Test
    void should_redact_only_top_level_fields() {
      Map<String, Object> pod = obj("spec", obj("data", "x"), "data", obj());
      assertThat(check(pod, "V1Pod", CheckOptions.defaults().redacting("spec"))).containsExactly(
          "spec.data: unknown field \"spec.data\": Kubernetes has no such field [unknown-field]",
          "data: unknown field \"data\": Kubernetes has no such field [unknown-field]");
    }
  }
}
