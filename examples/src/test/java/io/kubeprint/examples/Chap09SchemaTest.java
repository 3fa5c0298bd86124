package io.kubeprint.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.Json;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every object of the chapter's app, rendered by kubeprint, fits the Kubernetes 1.32 OpenAPI schema as the
 * official Java client's generated models check it ({@code validateJsonElement}).
 */
class Chap09SchemaTest {

  @Test
  void should_render_every_object_of_the_chapter_to_json_the_openapi_schema_accepts() {
    List<KubeObject> objects = new Chap09().manifests().objects();
    assertThat(objects).hasSize(6);
    for (KubeObject o : objects) {
      JsonElement json = JsonParser.parseString(Json.render(o));
      assertThatCode(() -> {
        switch (o.kind()) {
          case CONFIG_MAP -> V1ConfigMap.validateJsonElement(json);
          case SECRET -> V1Secret.validateJsonElement(json);
          case DEPLOYMENT -> V1Deployment.validateJsonElement(json);
          case SERVICE -> V1Service.validateJsonElement(json);
          case CRON_JOB -> V1CronJob.validateJsonElement(json);
          default -> throw new AssertionError("the chapter has no " + o.kind());
        }
      }).as(o.displayName()).doesNotThrowAnyException();
    }
  }
}
