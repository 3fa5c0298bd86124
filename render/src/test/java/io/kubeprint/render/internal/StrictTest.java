package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.schema.KubernetesSchema;
import io.kubeprint.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check of a document refuses what the Kubernetes 1.32 API server's strict decoding refuses. */
class StrictTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_check_every_served_kind_against_a_type_of_the_schema() {
    for (io.kubeprint.core.meta.KindTable.Entry e : io.kubeprint.core.meta.KindTable.entries()) {
      if (e.status() == io.kubeprint.core.meta.KindTable.Status.SERVED) {
        assertThat(KubernetesSchema.get().hasType(Strict.typeName(e.kind()))).as(e.kind().toString()).isTrue();
      }
    }
  }

  @Test
  void should_refuse_a_container_stop_signal_which_came_in_1_33() throws Exception {
    JsonNode pod = JSON.readTree("""
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"},
         "spec": {"containers": [{"name": "web", "image": "nginx",
                                  "lifecycle": {"stopSignal": "SIGUSR1"}}]}}
        """);
    assertThat(Strict.problems(pod, Kind.POD)).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("spec.containers[0].lifecycle.stopSignal");
      assertThat(e.message()).isEqualTo("unknown field \"spec.containers[0].lifecycle.stopSignal\": Kubernetes"
          + " has no such field");
    });
  }

  @Test
  void should_refuse_a_newer_field_inside_a_map_and_a_list() throws Exception {
    JsonNode deployment = JSON.readTree("""
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
         "spec": {"selector": {"matchLabels": {"app": "web"}},
                  "template": {"metadata": {"labels": {"app": "web"}},
                               "spec": {"containers": [{"name": "web", "image": "nginx"}],
                                        "volumes": [{"name": "a", "emptyDir": {}},
                                                    {"name": "b", "secret": {"secretName": "s", "defaultUser": 1}}]}}}}
        """);
    assertThat(Strict.problems(deployment, Kind.DEPLOYMENT)).extracting(Violation::path)
        .containsExactly("spec.template.spec.volumes[1].secret.defaultUser");
  }

  @Test
  void should_accept_the_1_32_fields_around_them() throws Exception {
    JsonNode pod = JSON.readTree("""
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "labels": {"user": "x"}},
         "spec": {"hostUsers": true, "resources": {"limits": {"cpu": "1"}},
                  "securityContext": {"seLinuxChangePolicy": "Recursive"},
                  "containers": [{"name": "web", "image": "nginx", "lifecycle": {"preStop": {"sleep": {"seconds": 1}}},
                                  "volumeMounts": [{"name": "a", "mountPath": "/a", "recursiveReadOnly": "Disabled"}]}],
                  "volumes": [{"name": "a", "emptyDir": {"medium": "Memory"}}]}}
        """);
    assertThat(Strict.problems(pod, "V1Pod", "Pod/web")).isEmpty();
    assertThat(Strict.problems(pod, Kind.POD)).isEmpty();
  }

  @Test
  void should_list_every_unknown_field_and_wrong_type_of_a_document() throws Exception {
    // GIVEN a deployment with two misspelt fields and two values of the wrong type
    JsonNode deployment = JSON.readTree("""
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "lables": {"app": "web"}},
         "spec": {"replicas": "3",
                  "template": {"spec": {"containers": [{"name": "web", "image": "nginx", "lifecyle": {},
                                                        "ports": [{"containerPort": 3000000000}]}]}}}}
        """);
    // WHEN listing its problems
    List<Violation> problems = Strict.problems(deployment, "V1Deployment", "Deployment/web");
    // THEN every one is there, in document order, with its path and rule
    assertThat(problems).extracting(Violation::toString).containsExactly(
        "Deployment/web metadata.lables: unknown field \"metadata.lables\": Kubernetes has no such field [unknown-field]",
        "Deployment/web spec.replicas: must be an integer (was string \"3\") [field-type]",
        "Deployment/web spec.template.spec.containers[0].lifecyle: unknown field"
            + " \"spec.template.spec.containers[0].lifecyle\": Kubernetes has no such field [unknown-field]",
        "Deployment/web spec.template.spec.containers[0].ports[0].containerPort: must be a 32-bit integer"
            + " (was 3000000000) [field-type]");
  }

  @Test
  void should_never_show_a_secret_value() throws Exception {
    JsonNode secret = JSON.readTree("""
        {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"},
         "data": {"password": "s3cr3t!!"}, "stringData": {"token": 12345}}
        """);
    assertThat(Strict.problems(secret, "V1Secret", "Secret/db")).extracting(Violation::toString).containsExactly(
        "Secret/db data[password]: must be base64 (value redacted) [field-type]",
        "Secret/db stringData[token]: must be a string (value redacted) [field-type]");
  }

  @Test
  void should_leave_quantity_syntax_to_the_validators() throws Exception {
    JsonNode pod = JSON.readTree("""
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"},
         "spec": {"containers": [{"name": "web", "image": "nginx", "resources": {"limits": {"memory": "1GB"}}}]}}
        """);
    assertThat(Strict.problems(pod, "V1Pod", "Pod/web")).isEmpty();
  }

  @Test
  void should_accept_any_json_in_managed_fields_fields_v1_as_the_api_server_does() throws Exception {
    // fieldsV1 is raw JSON (metav1.FieldsV1); fabric8's model, bound strictly, took no field in it
    JsonNode pod = JSON.readTree("""
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "managedFields": [{"manager": "kubectl",
          "operation": "Update", "fieldsType": "FieldsV1", "fieldsV1": {"f:metadata": {"f:labels": {".": {}}}}}]},
         "spec": {"containers": [{"name": "web", "image": "nginx"}]}}
        """);
    assertThat(Strict.problems(pod, "V1Pod", "Pod/web")).isEmpty();
  }

  @Test
  void should_refuse_a_time_that_is_not_rfc_3339_as_metav1_time_does() throws Exception {
    JsonNode cm = JSON.readTree("""
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "creationTimestamp": "2024-01-31 12:00"}}
        """);
    assertThat(Strict.problems(cm, Kind.CONFIG_MAP)).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("metadata.creationTimestamp");
      assertThat(e.message()).isEqualTo("must be an RFC 3339 date-time such as \"2006-01-02T15:04:05Z\" (was string"
          + " \"2024-01-31 12:00\")");
    });
  }

  @Test
  void should_refuse_config_map_binary_data_that_is_no_base64_without_showing_it() throws Exception {
    JsonNode cm = JSON.readTree("""
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "binaryData": {"blob": "AAE", "n": 1}}
        """);
    assertThat(Strict.problems(cm, "V1ConfigMap", "ConfigMap/a")).extracting(Violation::toString).containsExactly(
        "ConfigMap/a binaryData[blob]: must be base64 with padding (value redacted) [field-type]",
        "ConfigMap/a binaryData[n]: must be a base64-encoded string (was number 1) [field-type]");
  }
}
