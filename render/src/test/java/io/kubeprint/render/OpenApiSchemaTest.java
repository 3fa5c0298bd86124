package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.workload.Pod;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodTemplate;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What kubeprint renders fits the Kubernetes 1.32 OpenAPI schema, as the generated models of the official
 * Java client ({@code io.kubernetes:client-java-api} 23, Kubernetes 1.32) check it: no unknown field, required fields present,
 * JSON types right. Each object is rendered to JSON and checked with its kind's {@code validateJsonElement}.
 */
class OpenApiSchemaTest {

  /** Checks one rendered object against the OpenAPI model of its kind; throws what the model throws. */
  static void checkAgainstSchema(KubeObject o) throws IOException {
    JsonElement json = JsonParser.parseString(Json.render(o, RenderOptions.defaults().validate(false)));
    switch (o.kind()) {
      case POD -> V1Pod.validateJsonElement(json);
      case POD_TEMPLATE -> V1PodTemplate.validateJsonElement(json);
      case REPLICA_SET -> V1ReplicaSet.validateJsonElement(json);
      case DEPLOYMENT -> V1Deployment.validateJsonElement(json);
      case SERVICE -> V1Service.validateJsonElement(json);
      case CONFIG_MAP -> V1ConfigMap.validateJsonElement(json);
      case SECRET -> V1Secret.validateJsonElement(json);
      case CRON_JOB -> V1CronJob.validateJsonElement(json);
      case NAMESPACE -> V1Namespace.validateJsonElement(json);
    }
  }

  static Stream<Path> corpus() {
    return Corpus.filesOrAbsent();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void should_render_every_corpus_document_to_json_the_openapi_schema_accepts(Path file) {
    assumeTrue(Files.isRegularFile(file), "corpus absent");
    // GIVEN every object of a manifest a real API server accepted
    List<KubeObject> objects = Manifests.read(file).objects();
    assertThat(objects).isNotEmpty();
    // WHEN rendered by kubeprint THEN each fits its kind's OpenAPI model
    for (KubeObject o : objects) {
      assertThatCode(() -> checkAgainstSchema(o)).as(o.displayName()).doesNotThrowAnyException();
    }
  }

  @Test
  void should_render_one_object_of_every_kind_to_json_the_openapi_schema_accepts() {
    Bundle b = YamlTest.everyKind();
    for (KubeObject o : b.objects()) {
      assertThatCode(() -> checkAgainstSchema(o)).as(o.displayName()).doesNotThrowAnyException();
    }
  }

  @Test
  void should_have_a_schema_check_that_refuses_an_unknown_field() {
    // GIVEN a pod carrying a field Kubernetes does not have (possible only by building one in code)
    Pod p = Pod.builder().metadata(Fixtures.meta("web"))
        .spec(PodSpec.builder().from(Fixtures.podSpec()).extra(Fields.of("colour", "blue")).build())
        .build();
    // WHEN checked THEN the schema refuses it: the check above has teeth
    assertThatThrownBy(() -> checkAgainstSchema(p)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The field `colour` in the JSON string is not defined in the `V1PodSpec` properties");
  }
}
