package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.kubeprint.core.meta.Kind;

/**
 * The Kubernetes schema check of a document: binds it to fabric8's model of the kind with unknown fields
 * refused (fabric8's catch-all "additional properties" switched off), so a field Kubernetes does not know
 * is an error naming its path, like the API server's strict field validation
 * ({@code strict decoding error: unknown field "spec.foo"}).
 */
final class Strict {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
      private static final long serialVersionUID = 1L;

      @Override
      public Boolean hasAnySetter(Annotated a) {
        return Boolean.FALSE;
      }
    });
    MAPPER.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private Strict() {}

  static void check(JsonNode doc, Kind kind) {
    try {
      MAPPER.treeToValue(doc, type(kind));
    } catch (UnrecognizedPropertyException e) {
      String path = path(e);
      throw new TreeException(path, "unknown field \"" + path + "\": Kubernetes has no such field");
    } catch (JsonMappingException e) {
      String path = path(e);
      throw new TreeException(path, "does not fit the Kubernetes schema: " + e.getOriginalMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new TreeException("", "does not fit the Kubernetes schema: " + e.getOriginalMessage());
    }
  }

  private static Class<?> type(Kind kind) {
    return switch (kind) {
      case POD -> io.fabric8.kubernetes.api.model.Pod.class;
      case POD_TEMPLATE -> io.fabric8.kubernetes.api.model.PodTemplate.class;
      case REPLICA_SET -> io.fabric8.kubernetes.api.model.apps.ReplicaSet.class;
      case DEPLOYMENT -> io.fabric8.kubernetes.api.model.apps.Deployment.class;
      case SERVICE -> io.fabric8.kubernetes.api.model.Service.class;
      case CONFIG_MAP -> io.fabric8.kubernetes.api.model.ConfigMap.class;
      case SECRET -> io.fabric8.kubernetes.api.model.Secret.class;
      case CRON_JOB -> io.fabric8.kubernetes.api.model.batch.v1.CronJob.class;
      case NAMESPACE -> io.fabric8.kubernetes.api.model.Namespace.class;
    };
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
