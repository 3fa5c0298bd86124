package io.kubeprint.core.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A realistic CRD: the CronTab of the Kubernetes documentation, grown the way operators' CRDs grow. */
class CronTabTest {

  private static final Map<String, Object> CRD = TestJson.object("""
      {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "crontabs.stable.example.com"},
        "spec": {
          "group": "stable.example.com",
          "scope": "Namespaced",
          "names": {"plural": "crontabs", "singular": "crontab", "kind": "CronTab", "shortNames": ["ct"]},
          "versions": [
            {"name": "v1beta1", "served": false, "storage": false,
             "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}},
            {"name": "v1", "served": true, "storage": true,
             "subresources": {"status": {}},
             "schema": {"openAPIV3Schema": {
               "type": "object",
               "properties": {
                 "spec": {
                   "type": "object",
                   "required": ["cronSpec", "image"],
                   "x-kubernetes-validations": [{"rule": "self.replicas <= 5 || self.image != 'busybox'"}],
                   "properties": {
                     "cronSpec": {"type": "string", "pattern": "^(\\\\d+|\\\\*)(/\\\\d+)?(\\\\s+(\\\\d+|\\\\*)(/\\\\d+)?){4}$"},
                     "image": {"type": "string", "minLength": 1},
                     "replicas": {"type": "integer", "minimum": 1, "maximum": 10, "default": 1},
                     "timeZone": {"type": "string", "nullable": true},
                     "concurrencyPolicy": {"type": "string", "enum": ["Allow", "Forbid", "Replace"], "default": "Allow"},
                     "suspendUntil": {"type": "string", "format": "date-time"},
                     "port": {"x-kubernetes-int-or-string": true},
                     "owners": {"type": "array", "x-kubernetes-list-type": "set", "items": {"type": "string", "format": "email"}},
                     "env": {"type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"],
                             "items": {"type": "object", "required": ["name"],
                                       "properties": {"name": {"type": "string"}, "value": {"type": "string"}}}},
                     "labels": {"type": "object", "additionalProperties": {"type": "string", "maxLength": 63}},
                     "template": {"type": "object", "x-kubernetes-embedded-resource": true,
                                  "x-kubernetes-preserve-unknown-fields": true}
                   }
                 },
                 "status": {"type": "object", "properties": {"lastScheduleTime": {"type": "string", "format": "date-time"}}}
               }}}}
          ]
        }
      }
      """);

  private static final CustomResourceDefinitions CRDS = CustomResourceDefinitions.of(CRD);

  @Test
  void should_read_the_crd_without_problems_and_flag_its_cel_rules() {
    assertThat(CRDS.problems()).isEmpty();
    CrdVersion v1 = CRDS.find("stable.example.com/v1", "CronTab").orElseThrow();
    assertThat(v1.hasCelRules()).isTrue();
    assertThat(v1.hasStatusSubresource()).isTrue();
    assertThat(v1.scope()).isEqualTo(Scope.NAMESPACED);
  }

  @Test
  void should_accept_a_valid_cron_tab() {
    // GIVEN the documentation's example, with the optional fields used
    Map<String, Object> cronTab = TestJson.object("""
        {"apiVersion": "stable.example.com/v1", "kind": "CronTab",
         "metadata": {"name": "my-new-cron-object", "namespace": "default"},
         "spec": {"cronSpec": "* * * * */5", "image": "my-awesome-cron-image", "timeZone": null, "port": "http",
                  "suspendUntil": "2026-12-24T18:00:00Z", "owners": ["ops@example.com", "Dev Team <dev@example.com>"],
                  "env": [{"name": "A", "value": "1"}, {"name": "B"}], "labels": {"tier": "batch"},
                  "template": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "seed"}, "data": {"k": "v"}}},
         "status": {"lastScheduleTime": "not checked on create"}}
        """);
    // WHEN checked, THEN nothing is refused
    assertThat(Crds.check(CRDS, cronTab)).isEmpty();
  }

  @Test
  void should_report_every_violation_of_a_broken_cron_tab() {
    // GIVEN a CronTab with many mistakes
    Map<String, Object> cronTab = TestJson.object("""
        {"apiVersion": "stable.example.com/v1", "kind": "CronTab",
         "metadata": {"name": "my-cron"},
         "spec": {"cronSpec": "every minute", "replicas": 12, "concurrencyPolicy": "Sometimes",
                  "suspendUntil": "tomorrow", "port": 8.5, "owners": ["ops@example.com", "ops@example.com", "nobody"],
                  "env": [{"name": "A"}, {"name": "A", "value": 1}], "labels": {"tier": "%s"},
                  "template": {"kind": "ConfigMap", "data": {}},
                  "imagePullPolicy": "Always"}}
        """.formatted("x".repeat(64)));
    // WHEN checked, THEN every violation is reported, with the server's paths
    assertThat(Crds.check(CRDS, cronTab)).containsExactly(
        "spec.concurrencyPolicy: must be one of \"Allow\", \"Forbid\", \"Replace\" (was \"Sometimes\") [cr-enum]",
        "spec.cronSpec: must match ^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$ (was \"every minute\") [cr-pattern]",
        "spec.env[1]: must have unique name in the list (was {\"name\":\"A\"} again) [cr-list-map-duplicate]",
        "spec.env[1].value: must be of type string (was 1) [cr-type]",
        "spec.image: is required [cr-required]",
        "spec.imagePullPolicy: must be declared in the schema (was unknown field \"spec.imagePullPolicy\") [cr-unknown-field]",
        "spec.labels[tier]: must be at most 63 characters (was 64) [cr-string-length]",
        "spec.owners[1]: must be unique in the set (was \"ops@example.com\" again) [cr-list-set-duplicate]",
        "spec.owners[2]: must be a valid email (was \"nobody\") [cr-format]",
        "spec.port: must be of type integer or string (was 8.5) [cr-type]",
        "spec.replicas: must be at most 10 (was 12) [cr-number-range]",
        "spec.suspendUntil: must be a valid date-time (was \"tomorrow\") [cr-format]",
        "spec.template.apiVersion: is required [cr-embedded-resource]");
  }

  @Test
  void should_answer_no_matches_for_the_unserved_v1beta1() {
    Map<String, Object> old = TestJson.object("{'apiVersion': 'stable.example.com/v1beta1', 'kind': 'CronTab',"
        + " 'metadata': {'name': 'old'}, 'spec': {'anything': true}}");
    assertThat(Crds.check(CRDS, old)).singleElement().asString()
        .endsWith("no matches for kind \"CronTab\" in version \"stable.example.com/v1beta1\") [cr-kind-not-served]");
  }
}
