package io.kubeprint.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.kubeprint.core.meta.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema check refuses the fields fabric8 knows and Kubernetes 1.32 does not, as the API server does. */
class StrictTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MODEL_PACKAGES = List.of("io.fabric8.kubernetes.api.model.",
      "io.fabric8.kubernetes.api.model.apps.", "io.fabric8.kubernetes.api.model.batch.v1.");

  static Stream<String> newerFields() {
    return Strict.NEWER_THAN_1_32.stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("newerFields")
  void should_list_only_fields_fabric8_knows(String field) throws ClassNotFoundException {
    // GIVEN a field listed as newer than 1.32
    String type = field.substring(0, field.indexOf('.'));
    String name = field.substring(field.indexOf('.') + 1);
    // THEN fabric8's class of that name has it, so the list stays about fields the model would let through
    Class<?> c = fabric8Class(type);
    List<String> properties = JSON.getDeserializationConfig().introspect(JSON.constructType(c)).findProperties()
        .stream().map(BeanPropertyDefinition::getName).toList();
    assertThat(properties).contains(name);
  }

  @Test
  void should_refuse_a_container_stop_signal_which_came_in_1_33() throws Exception {
    JsonNode pod = JSON.readTree("""
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"},
         "spec": {"containers": [{"name": "web", "image": "nginx",
                                  "lifecycle": {"stopSignal": "SIGUSR1"}}]}}
        """);
    assertThatThrownBy(() -> Strict.check(pod, Kind.POD))
        .isInstanceOfSatisfying(TreeException.class, e -> {
          assertThat(e.path()).isEqualTo("spec.containers[0].lifecycle.stopSignal");
          assertThat(e.problem()).isEqualTo("unknown field \"spec.containers[0].lifecycle.stopSignal\": Kubernetes 1.32"
              + " has no such field (it came later)");
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
    assertThatThrownBy(() -> Strict.check(deployment, Kind.DEPLOYMENT))
        .isInstanceOfSatisfying(TreeException.class,
            e -> assertThat(e.path()).isEqualTo("spec.template.spec.volumes[1].secret.defaultUser"));
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
    Strict.check(pod, Kind.POD);
  }

  private static Class<?> fabric8Class(String simpleName) throws ClassNotFoundException {
    for (String p : MODEL_PACKAGES) {
      try {
        return Class.forName(p + simpleName);
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    throw new ClassNotFoundException(simpleName);
  }
}
