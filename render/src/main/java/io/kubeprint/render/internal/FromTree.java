package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one JSON object (a document of a manifest) into the model. */
public final class FromTree extends FromTreeGenerated {
  private FromTree() {}

  /** The kind a document declares, or a {@link TreeException} naming what is wrong. */
  public static Kind kindOf(JsonNode doc) {
    if (!doc.isObject()) {
      throw new TreeException("", "must be an object with apiVersion and kind (was " + Node.describe(doc) + ")");
    }
    JsonNode apiVersion = doc.get("apiVersion");
    JsonNode kind = doc.get("kind");
    if (apiVersion == null || !apiVersion.isTextual() || apiVersion.textValue().isEmpty()) {
      throw new TreeException("apiVersion", "must be a non-empty string such as \"apps/v1\" (was "
          + (apiVersion == null ? "absent" : Node.describe(apiVersion)) + ")");
    }
    if (kind == null || !kind.isTextual() || kind.textValue().isEmpty()) {
      throw new TreeException("kind", "must be a non-empty string such as \"Deployment\" (was "
          + (kind == null ? "absent" : Node.describe(kind)) + ")");
    }
    Kind k = Kind.of(apiVersion.textValue(), kind.textValue());
    return k;
  }

  /**
   * Reads a document into the model. Top-level {@code status} is dropped: the API server ignores it on
   * create, and it is not part of a manifest.
   */
  public static KubeObject read(JsonNode doc) {
    Kind kind = kindOf(doc);
    Node n = new Node(doc, "");
    n.consume("apiVersion", "kind", "status");
    if (kind.equals(Kind.POD)) {
      return pod(n);
    } else if (kind.equals(Kind.POD_TEMPLATE)) {
      return podTemplate(n);
    } else if (kind.equals(Kind.REPLICA_SET)) {
      return replicaSet(n);
    } else if (kind.equals(Kind.DEPLOYMENT)) {
      return deployment(n);
    } else if (kind.equals(Kind.SERVICE)) {
      return service(n);
    } else if (kind.equals(Kind.CRON_JOB)) {
      return cronJob(n);
    } else if (kind.equals(Kind.JOB)) {
      return job(n);
    } else if (kind.equals(Kind.STATEFUL_SET)) {
      return statefulSet(n);
    } else if (kind.equals(Kind.DAEMON_SET)) {
      return daemonSet(n);
    } else if (kind.equals(Kind.HORIZONTAL_POD_AUTOSCALER)) {
      return horizontalPodAutoscaler(n);
    } else if (kind.equals(Kind.POD_DISRUPTION_BUDGET)) {
      return podDisruptionBudget(n);
    } else if (kind.equals(Kind.CONFIG_MAP)) {
      return configMap(n);
    } else if (kind.equals(Kind.SECRET)) {
      return secret(n);
    } else if (kind.equals(Kind.NAMESPACE)) {
      return namespace(n);
    } else if (kind.equals(Kind.SERVICE_ACCOUNT)) {
      return serviceAccount(n);
    } else if (kind.equals(Kind.PERSISTENT_VOLUME_CLAIM)) {
      return persistentVolumeClaim(n);
    } else if (kind.equals(Kind.INGRESS)) {
      return ingress(n);
    } else if (kind.equals(Kind.NETWORK_POLICY)) {
      return networkPolicy(n);
    }
    return generic(kind, n);
  }

  /** An object of any other kind: typed metadata, every other field but {@code status} kept as it is. */
  static GenericObject generic(Kind kind, Node n) {
    GenericObject.Builder b = GenericObject.builder().kind(kind);
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    b.extra(n.rest());
    return b.build();
  }

  static ConfigMap configMap(Node n) {
    ConfigMap.Builder b = ConfigMap.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    b.data(n.stringMap("data"));
    b.binaryData(base64Map(n, "binaryData"));
    n.bool("immutable").ifPresent(b::immutable);
    b.extra(n.rest());
    return b.build();
  }

  /**
   * Reads a Secret; {@code stringData} is folded into {@code data}, its keys winning, as the API server does. A
   * key whose value is {@code null}, in {@code data}, {@code binaryData} or {@code stringData}, is left out.
   */
  static Secret secret(Node n) {
    Secret.Builder b = Secret.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.string("type").ifPresent(b::type);
    Map<String, Bytes> data = base64Map(n, "data");
    Map<String, Bytes> merged = new LinkedHashMap<>(data);
    JsonNode stringData = rawMap(n, "stringData");
    if (stringData != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = stringData.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull()) {
          continue; // the API server drops a map entry whose value is null
        }
        if (!e.getValue().isTextual()) {
          throw new TreeException(n.pathOf("stringData") + "[" + e.getKey() + "]", "must be a string (value redacted)");
        }
        merged.put(e.getKey(), Bytes.utf8(e.getValue().textValue()));
      }
    }
    b.data(merged);
    n.bool("immutable").ifPresent(b::immutable);
    b.extra(n.rest());
    return b.build();
  }

  private static JsonNode rawMap(Node n, String field) {
    return n.rawObject(field);
  }

  private static Map<String, Bytes> base64Map(Node n, String field) {
    JsonNode m = rawMap(n, field);
    Map<String, Bytes> out = new LinkedHashMap<>();
    if (m == null) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = n.pathOf(field) + "[" + e.getKey() + "]";
      if (e.getValue().isNull()) {
        continue; // the API server drops a map entry whose value is null
      }
      if (!e.getValue().isTextual()) {
        throw new TreeException(path, "must be a base64-encoded string (value redacted)");
      }
      out.put(e.getKey(), Bytes.of(decodeBase64(e.getValue().textValue(), path)));
    }
    return out;
  }

  /** Decodes standard base64 as Go's decoder does for {@code []byte} fields: padding required, line breaks ignored. */
  static byte[] decodeBase64(String text, String path) {
    String s = text.replace("\r", "").replace("\n", "");
    if (s.length() % 4 != 0) {
      throw new TreeException(path, "must be base64 with padding (value redacted)");
    }
    try {
      return Base64.getDecoder().decode(s.getBytes(StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new TreeException(path, "must be base64 (value redacted)");
    }
  }
}
