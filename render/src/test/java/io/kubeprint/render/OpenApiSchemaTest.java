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
import io.kubernetes.client.openapi.models.V1Pod;
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
    // The OpenAPI model class of the kind, as the kind table names it (V1Pod, V2HorizontalPodAutoscaler, ...).
    String type = o.kind().builtIn().orElseThrow(() -> new AssertionError("not a built-in kind: " + o.kind()))
        .schemaType();
    try {
      Class.forName("io.kubernetes.client.openapi.models." + type)
          .getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no OpenAPI model " + type, e);
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
