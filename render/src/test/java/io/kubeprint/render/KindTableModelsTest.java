package io.kubeprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.KindTable;
import org.junit.jupiter.api.Test;

/** The kind table's schema types are the Kubernetes 1.32 OpenAPI models (client-java-api 23, test scope here). */
class KindTableModelsTest {

  @Test
  void should_name_a_kubernetes_1_32_model_for_every_served_kind() throws Exception {
    for (KindTable.Entry e : KindTable.entries()) {
      if (e.status() != KindTable.Status.SERVED) {
        continue;
      }
      Class<?> model = Class.forName("io.kubernetes.client.openapi.models." + e.schemaType());
      // the model's kind is the table's: its discriminating fields are apiVersion, kind and metadata
      assertThat(model.getDeclaredField("SERIALIZED_NAME_KIND")).as(e.kind().toString()).isNotNull();
      assertThat(model.getDeclaredField("SERIALIZED_NAME_API_VERSION")).as(e.kind().toString()).isNotNull();
    }
  }
}
