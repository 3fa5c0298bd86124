package io.kubeprint.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
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
        if (o instanceof ConfigMap) {
          V1ConfigMap.validateJsonElement(json);
        } else if (o instanceof Secret) {
          V1Secret.validateJsonElement(json);
        } else if (o instanceof Deployment) {
          V1Deployment.validateJsonElement(json);
        } else if (o instanceof Service) {
          V1Service.validateJsonElement(json);
        } else if (o instanceof CronJob) {
          V1CronJob.validateJsonElement(json);
        } else {
          throw new AssertionError("the chapter has no " + o.kind());
        }
      }).as(o.displayName()).doesNotThrowAnyException();
    }
  }
}
