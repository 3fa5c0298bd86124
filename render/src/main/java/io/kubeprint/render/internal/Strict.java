package io.kubeprint.render.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.kubeprint.core.meta.Kind;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes schema check of a document: binds it to fabric8's model of the kind with unknown fields
 * refused (fabric8's catch-all "additional properties" switched off), so a field Kubernetes does not know
 * is an error naming its path, like the API server's strict field validation
 * ({@code strict decoding error: unknown field "spec.foo"}). JSON types are checked as Go's decoder checks
 * them, for typed and untyped fields alike: no string for a number or boolean, no number or boolean for a
 * string, no fraction for an integer. A type error reads like the typed reader's:
 * {@code must be a string (was an object)}; under a Secret's {@code data} and {@code stringData} the value
 * is never shown.
 */
final class Strict {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .annotationIntrospector(new JacksonAnnotationIntrospector() {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasAnySetter(Annotated a) {
          return Boolean.FALSE;
        }
      })
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer, c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Float, c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      .build();

  private Strict() {}

  /**
   * Fields fabric8's model (kubernetes-model 7.9.0) knows that the Kubernetes 1.32 API does not, as
   * {@code Class.field} of fabric8's classes: the difference between that model and the 1.32 OpenAPI schema
   * (client-java-api 23.0.0) for the kinds kubeprint reads. The API server's strict decoding refuses them as
   * unknown fields.
   */
  static final Set<String> NEWER_THAN_1_32 = Set.of(
      "ClusterTrustBundleProjection.user", "ConfigMapVolumeSource.defaultUser", "Container.restartPolicyRules",
      "ContainerStatus.stopSignal", "DeploymentStatus.terminatingReplicas", "DownwardAPIVolumeFile.user",
      "DownwardAPIVolumeSource.defaultUser", "EmptyDirVolumeSource.mode", "EnvVarSource.fileKeyRef",
      "EphemeralContainer.restartPolicyRules", "GRPCAction.mode", "HTTPGetAction.protocol", "JobSpec.scheduling",
      "KeyToPath.user", "Lifecycle.stopSignal", "PodCondition.observedGeneration", "PodSpec.evictionResponders",
      "PodSpec.hostnameOverride", "PodSpec.schedulingGroup", "PodStatus.allocatedResources",
      "PodStatus.extendedResourceClaimStatus", "PodStatus.nodeAllocatableResourceClaimStatuses",
      "PodStatus.observedGeneration", "PodStatus.resources", "PodStatus.volumeHealth",
      "ProjectedVolumeSource.defaultUser", "ReplicaSetStatus.terminatingReplicas", "ResourceHealth.message",
      "SecretVolumeSource.defaultUser", "ServiceAccountTokenProjection.user", "VolumeMount.bindMountOptions",
      "VolumeMountStatus.volumeStatus", "VolumeProjection.podCertificate");

  private static final Map<JavaType, Map<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

  static void check(JsonNode doc, Kind kind) {
    if (!kind.isTyped() && doc.isObject()) {
      // The body of other kinds is checked by validation; here only what the reader types: the metadata.
      com.fasterxml.jackson.databind.node.ObjectNode meta = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      if (doc.has("metadata")) {
        meta.set("metadata", doc.get("metadata"));
      }
      doc = meta;
    }
    try {
      MAPPER.treeToValue(doc, type(kind));
      refuseNewerFields(doc, MAPPER.constructType(type(kind)), "");
    } catch (UnrecognizedPropertyException e) {
      String path = walk(e, kind).path;
      throw new TreeException(path, "unknown field \"" + path + "\": Kubernetes has no such field");
    } catch (JsonMappingException e) {
      Place p = walk(e, kind);
      throw new TreeException(p.path, typeProblem(p, at(doc, e)));
    } catch (JsonProcessingException e) {
      throw new TreeException("", "does not fit the Kubernetes schema: " + e.getOriginalMessage());
    }
  }

  private static final Map<Kind, Class<?>> TYPED = Map.of(
      Kind.POD, io.fabric8.kubernetes.api.model.Pod.class,
      Kind.POD_TEMPLATE, io.fabric8.kubernetes.api.model.PodTemplate.class,
      Kind.REPLICA_SET, io.fabric8.kubernetes.api.model.apps.ReplicaSet.class,
      Kind.DEPLOYMENT, io.fabric8.kubernetes.api.model.apps.Deployment.class,
      Kind.SERVICE, io.fabric8.kubernetes.api.model.Service.class,
      Kind.CONFIG_MAP, io.fabric8.kubernetes.api.model.ConfigMap.class,
      Kind.SECRET, io.fabric8.kubernetes.api.model.Secret.class,
      Kind.CRON_JOB, io.fabric8.kubernetes.api.model.batch.v1.CronJob.class,
      Kind.NAMESPACE, io.fabric8.kubernetes.api.model.Namespace.class);

  /** The class a typed kind's document binds to; for other kinds only the metadata is bound here. */
  private static Class<?> type(Kind kind) {
    return TYPED.getOrDefault(kind, io.fabric8.kubernetes.api.model.PartialObjectMetadata.class);
  }

  /** Refuses, at its path, a field of {@link #NEWER_THAN_1_32} anywhere in {@code node} of type {@code type}. */
  private static void refuseNewerFields(JsonNode node, JavaType type, String path) {
    if (node == null || type == null) {
      return;
    }
    if (type.isMapLikeType()) {
      if (node.isObject()) {
        node.fields().forEachRemaining(e -> refuseNewerFields(e.getValue(), type.getContentType(),
            path + "[" + e.getKey() + "]"));
      }
      return;
    }
    if (type.isContainerType()) {
      for (int i = 0; i < node.size() && node.isArray(); i++) {
        refuseNewerFields(node.get(i), type.getContentType(), path + "[" + i + "]");
      }
      return;
    }
    Class<?> raw = type.getRawClass();
    if (!node.isObject() || raw.getName().startsWith("java.")) {
      return;
    }
    Map<String, JavaType> properties = PROPERTIES.computeIfAbsent(type, Strict::properties);
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      if (NEWER_THAN_1_32.contains(raw.getSimpleName() + "." + e.getKey())) {
        throw new TreeException(p, "unknown field \"" + p + "\": Kubernetes 1.32 has no such field (it came later)");
      }
      refuseNewerFields(e.getValue(), properties.get(e.getKey()), p);
    }
  }

  private static Map<String, JavaType> properties(JavaType bean) {
    Map<String, JavaType> out = new HashMap<>();
    for (BeanPropertyDefinition p : MAPPER.getDeserializationConfig().introspect(bean).findProperties()) {
      out.put(p.getName(), p.getPrimaryType());
    }
    return out;
  }

  /** Where a binding error is: its field path (map keys in brackets) and the Java type expected there. */
  private record Place(String path, JavaType expected, boolean secretValue) {}

  private static Place walk(JsonMappingException e, Kind kind) {
    StringBuilder sb = new StringBuilder();
    JavaType t = MAPPER.constructType(type(kind));
    boolean secretValue = false;
    int depth = 0;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (t != null && t.isMapLikeType()) {
          sb.append('[').append(r.getFieldName()).append(']');
          t = t.getContentType();
        } else {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(r.getFieldName());
          if (depth == 0 && kind == Kind.SECRET && (r.getFieldName().equals("data")
              || r.getFieldName().equals("stringData"))) {
            secretValue = true;
          }
          t = t == null ? null : property(t, r.getFieldName());
        }
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
        t = t != null && t.isContainerType() ? t.getContentType() : null;
      }
      depth++;
    }
    return new Place(sb.toString(), t, secretValue);
  }

  private static JavaType property(JavaType bean, String name) {
    BeanDescription d = MAPPER.getDeserializationConfig().introspect(bean);
    for (BeanPropertyDefinition p : d.findProperties()) {
      if (p.getName().equals(name)) {
        return p.getPrimaryType();
      }
    }
    return null;
  }

  /** The JSON value a binding error is about, or {@code null} when the path does not lead to one. */
  private static JsonNode at(JsonNode doc, JsonMappingException e) {
    JsonNode n = doc;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (n == null) {
        return null;
      }
      n = r.getFieldName() != null ? n.get(r.getFieldName()) : r.getIndex() >= 0 ? n.get(r.getIndex()) : n;
    }
    return n;
  }

  private static String typeProblem(Place p, JsonNode value) {
    String expected = p.expected == null ? null : describe(p.expected);
    if (p.secretValue) {
      boolean base64 = p.path.startsWith("data[") && "a string".equals(expected);
      return "must be " + (base64 ? "a base64-encoded string" : expected == null ? "of the Kubernetes schema" : expected)
          + " (value redacted)";
    }
    String was = value == null ? null : Node.describe(value);
    if (expected == null || was == null) {
      return "does not fit the Kubernetes schema" + (was == null ? "" : " (was " + was + ")");
    }
    Class<?> raw = p.expected.getRawClass();
    if ((raw == Integer.class || raw == int.class) && value.isIntegralNumber()) {
      return "must be a 32-bit integer (was " + value.asText() + ")";
    }
    if ((raw == Long.class || raw == long.class) && value.isIntegralNumber()) {
      return "must be a 64-bit integer (was " + value.asText() + ")";
    }
    return "must be " + expected + " (was " + was + ")";
  }

  private static String describe(JavaType t) {
    Class<?> c = t.getRawClass();
    if (c == String.class) {
      return "a string";
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return "an integer";
    }
    if (c == Boolean.class || c == boolean.class) {
      return "a boolean";
    }
    if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
      return "a number";
    }
    if (c == io.fabric8.kubernetes.api.model.IntOrString.class) {
      return "an integer or a string";
    }
    if (c == io.fabric8.kubernetes.api.model.Quantity.class) {
      return "a quantity, a string or a number";
    }
    if (Collection.class.isAssignableFrom(c) || c.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(c) || !c.getName().startsWith("java.")) {
      return "an object";
    }
    return null;
  }
}
