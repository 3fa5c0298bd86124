package io.kubeprint.core.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomResourceDefinitionsTest {

  private static final String SIMPLE = "{'type': 'object', 'properties': {'spec': {'type': 'object', 'properties':"
      + " {'size': {'type': 'string'}}}}}";

  @Test
  void should_find_a_version_by_api_version_and_kind_with_its_scope() {
    // GIVEN a cluster-scoped CRD with a served v1 and an unserved v2
    Map<String, Object> crd = TestJson.object("""
        {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
         "metadata": {"name": "shirts.stable.example.com"},
         "spec": {"group": "stable.example.com", "scope": "Cluster",
                  "names": {"plural": "shirts", "kind": "Shirt"},
                  "versions": [
                    {"name": "v1", "served": true, "storage": true, "schema": {"openAPIV3Schema": %s}},
                    {"name": "v2", "served": false, "storage": false, "schema": {"openAPIV3Schema": %s}}]}}
        """.formatted(SIMPLE, SIMPLE));
    // WHEN it is registered
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(crd);
    // THEN both versions are found, with what the CRD says of them
    assertThat(crds.problems()).isEmpty();
    CrdVersion v1 = crds.find("stable.example.com/v1", "Shirt").orElseThrow();
    assertThat(v1.scope()).isEqualTo(Scope.CLUSTER);
    assertThat(v1.served()).isTrue();
    assertThat(v1.storage()).isTrue();
    assertThat(v1.isValid()).isTrue();
    assertThat(v1.crdName()).isEqualTo("shirts.stable.example.com");
    assertThat(crds.find("stable.example.com/v2", "Shirt").orElseThrow().served()).isFalse();
    assertThat(crds.find("stable.example.com/v3", "Shirt")).isEmpty();
    assertThat(crds.defines("stable.example.com/v3", "Shirt")).isTrue();
    assertThat(crds.find("v1", "Shirt")).isEmpty();
    assertThat(crds.versions()).hasSize(2);
  }

  @Test
  void should_answer_no_matches_for_kind_for_a_version_that_is_not_served() {
    // GIVEN a CRD whose v1 is not served
    Map<String, Object> crd = Crds.crd(SIMPLE);
    setServed(crd, false);
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(crd);
    // WHEN a v1 CronTab is checked
    List<String> found = Crds.check(crds, Crds.cronTab("{'size': 'S'}"));
    // THEN the API server's answer is given
    assertThat(found).containsExactly("apiVersion: must be a version CustomResourceDefinition/crontabs.stable.example.com"
        + " serves, and it serves none (was \"stable.example.com/v1\": no matches for kind \"CronTab\" in version"
        + " \"stable.example.com/v1\") [cr-kind-not-served]");
  }

  @Test
  void should_name_the_served_versions_when_another_is_asked_for() {
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(Crds.crd(SIMPLE));
    Map<String, Object> cr = Crds.cronTab("{}");
    cr.put("apiVersion", "stable.example.com/v2");
    assertThat(Crds.check(crds, cr)).containsExactly("apiVersion: must be a version CustomResourceDefinition/"
        + "crontabs.stable.example.com serves: \"stable.example.com/v1\" (was \"stable.example.com/v2\": no matches for"
        + " kind \"CronTab\" in version \"stable.example.com/v2\") [cr-kind-not-served]");
  }

  @Test
  void should_answer_no_matches_for_a_kind_no_crd_defines() {
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(Crds.crd(SIMPLE));
    Map<String, Object> cr = Crds.cronTab("{}");
    cr.put("kind", "CronJob");
    assertThat(Crds.check(crds, cr)).containsExactly("apiVersion: must name the group of a CustomResourceDefinition that"
        + " defines kind CronJob (was \"stable.example.com/v1\": no matches for kind \"CronJob\" in version"
        + " \"stable.example.com/v1\") [cr-kind-not-served]");
  }

  @Test
  void should_report_a_version_without_schema_on_the_crd_and_not_throw() {
    // GIVEN a v1 CRD whose version has no schema
    Map<String, Object> crd = Crds.crd(SIMPLE);
    version(crd).remove("schema");
    // WHEN it is registered and a CronTab checked
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(crd);
    // THEN the CRD has a violation, and its kind is not served
    assertThat(Crds.lines(crds.problems())).containsExactly("spec.versions[0].schema.openAPIV3Schema: is required:"
        + " apiextensions.k8s.io/v1 needs a schema for every version (was missing) [crd-invalid]");
    assertThat(crds.problems().get(0).object()).isEqualTo("CustomResourceDefinition/crontabs.stable.example.com");
    assertThat(Crds.check(crds, Crds.cronTab("{}"))).containsExactly("apiVersion: must name a version of a valid"
        + " CustomResourceDefinition (was \"stable.example.com/v1\": CustomResourceDefinition/crontabs.stable.example.com"
        + " has errors, so no matches for kind \"CronTab\" in version \"stable.example.com/v1\") [cr-kind-not-served]");
  }

  @Test
  void should_report_a_pattern_go_cannot_compile_on_the_crd() {
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(
        Crds.crdWithField("{'type': 'string', 'pattern': '^(?!admin)[a-z]+$'}"));
    assertThat(Crds.lines(crds.problems())).containsExactly("spec.versions[0].schema.openAPIV3Schema.properties[spec]"
        + ".properties[x].pattern: must be a valid regular expression (was \"^(?!admin)[a-z]+$\": invalid or unsupported"
        + " Perl syntax: (?!) [crd-pattern-invalid]");
    assertThat(crds.find("stable.example.com/v1", "CronTab").orElseThrow().isValid()).isFalse();
  }

  @Test
  void should_report_malformed_schema_keywords_without_throwing() {
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(
        Crds.crdWithField("{'type': 'string', 'maxLength': 'ten', 'enum': 'a', 'required': 'x'}"));
    assertThat(Crds.lines(crds.problems())).containsExactly(
        "spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[x].enum: must be an array (was \"a\") [crd-invalid]",
        "spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[x].maxLength: must be a non-negative integer"
            + " (was \"ten\") [crd-invalid]",
        "spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[x].required: must be an array of strings"
            + " (was \"x\") [crd-invalid]");
  }

  @Test
  void should_report_a_crd_without_names_versions_or_a_single_storage_version() {
    Map<String, Object> crd = TestJson.object("{'apiVersion': 'apiextensions.k8s.io/v1beta1', 'kind':"
        + " 'CustomResourceDefinition', 'metadata': {'name': 'things.example.com'}, 'spec': {'group': 'example.com',"
        + " 'names': {'plural': 'things'}, 'versions': [{'name': 'v1', 'served': true, 'storage': false,"
        + " 'schema': {'openAPIV3Schema': {'type': 'object'}}}]}}");
    assertThat(Crds.lines(CustomResourceDefinitions.of(crd).problems())).containsExactly(
        "apiVersion: must be \"apiextensions.k8s.io/v1\", the only version 1.32 serves (was"
            + " \"apiextensions.k8s.io/v1beta1\") [crd-invalid]",
        "spec.names.kind: is required (was null) [crd-invalid]",
        "spec.scope: must be one of \"Cluster\", \"Namespaced\" (was null) [crd-invalid]",
        "spec.versions: must have exactly one version marked as storage version (was 0) [crd-invalid]");
  }

  @Test
  void should_say_whether_a_schema_has_cel_rules_it_cannot_check() {
    CustomResourceDefinitions withCel = CustomResourceDefinitions.of(Crds.crdWithField(
        "{'type': 'integer', 'x-kubernetes-validations': [{'rule': 'self > 0'}]}"));
    CustomResourceDefinitions without = CustomResourceDefinitions.of(Crds.crdWithField("{'type': 'integer'}"));
    assertThat(withCel.find("stable.example.com/v1", "CronTab").orElseThrow().hasCelRules()).isTrue();
    assertThat(without.find("stable.example.com/v1", "CronTab").orElseThrow().hasCelRules()).isFalse();
    // and the rule itself is not evaluated
    assertThat(Crds.check(withCel, Crds.cronTab("{'x': -1}"))).isEmpty();
  }

  @Test
  void should_check_unknown_status_fields_but_not_status_values_when_the_status_subresource_is_on() {
    // GIVEN a CRD with the status subresource
    Map<String, Object> crd = Crds.crd("{'type': 'object', 'properties': {'spec': {'type': 'object'},"
        + " 'status': {'type': 'object', 'properties': {'replicas': {'type': 'integer'}}}}}");
    version(crd).put("subresources", TestJson.object("{'status': {}}"));
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(crd);
    Map<String, Object> cr = Crds.cronTab("{}");
    cr.put("status", TestJson.object("{'replicas': 'many', 'extra': 1}"));
    // WHEN checked, THEN the unknown field is reported (decoding) but the dropped status is not validated
    assertThat(Crds.check(crds, cr)).containsExactly(
        "status.extra: must be declared in the schema (was unknown field \"status.extra\") [cr-unknown-field]");
  }

  @Test
  void should_leave_the_objects_own_metadata_to_the_metadata_rules() {
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(Crds.crd(SIMPLE));
    Map<String, Object> cr = Crds.cronTab("{'size': 'S'}");
    cr.put("metadata", TestJson.object("{'name': 'x', 'unknownMetaField': 1, 'labels': {'bad key': 'v'}}"));
    assertThat(Crds.check(crds, cr)).isEmpty();
  }

  @Test
  void should_not_change_the_object_it_checks() {
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(Crds.crdWithField(
        "{'type': 'object', 'properties': {'a': {'type': 'string', 'default': 'z'}}}"));
    Map<String, Object> cr = Crds.cronTab("{'x': {}, 'unknown': null}");
    Object before = Json.copy(cr);
    Crds.check(crds, cr);
    assertThat(cr).isEqualTo(before);
  }

  @Test
  void should_find_violations_in_the_same_order_every_time() {
    CustomResourceDefinitions crds = CustomResourceDefinitions.of(Crds.crdWithField(
        "{'type': 'object', 'required': ['b', 'a'], 'properties': {'a': {'type': 'string'}, 'b': {'type': 'string'},"
            + " 'c': {'type': 'integer', 'maximum': 1}}}"));
    Map<String, Object> cr = Crds.cronTab("{'x': {'c': 5, 'z': 1, 'y': 2}}");
    io.kubeprint.core.validation.Violations first = new io.kubeprint.core.validation.Violations("CronTab/my-cron");
    io.kubeprint.core.validation.Violations second = new io.kubeprint.core.validation.Violations("CronTab/my-cron");
    crds.check(cr, first);
    crds.check(cr, second);
    assertThat(second.list()).isEqualTo(first.list()).hasSize(5);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> version(Map<String, Object> crd) {
    Map<String, Object> spec = (Map<String, Object>) crd.get("spec");
    return ((List<Map<String, Object>>) spec.get("versions")).get(0);
  }

  private static void setServed(Map<String, Object> crd, boolean served) {
    version(crd).put("served", served);
  }
}
