package io.kubeprint.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.internal.Canonical;
import java.util.Iterator;
import java.util.Map;

/**
 * What {@code kubectl apply} (client-side) writes into the {@code kubectl.kubernetes.io/last-applied-configuration}
 * annotation: the object as compact JSON from Go's {@code encoding/json} ({@code GetModifiedConfiguration}),
 * without that annotation, with the namespace kubectl fills in, and a final newline. Only its size matters:
 * the annotation counts against the API server's 256 KiB limit on annotations. The size is taken from
 * kubeprint's canonical form, which leaves out the empty values a manifest may spell out, and Secret values
 * are counted plain (as {@code stringData} gives them): the estimate errs low, never high.
 */
public final class KubectlApply {
  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  /** {@code ,"namespace":"default"}: kubectl sets the namespace of a namespaced object that has none. */
  private static final int DEFAULT_NAMESPACE_BYTES = 22;

  private KubectlApply() {}

  /**
   * The size in bytes of the last-applied-configuration JSON of {@code object}, as kubectl computes it from the
   * manifest (here from kubeprint's canonical form, which leaves out empty values a manifest may spell out).
   */
  public static long lastAppliedJsonBytes(KubeObject object) {
    ObjectNode tree = Canonical.tree(object, SecretMode.BASE64);
    JsonNode annotations = tree.path("metadata").path("annotations");
    if (annotations instanceof ObjectNode a) {
      a.remove(LAST_APPLIED);
    }
    long size = goJsonBytes(tree) + 1;
    if (object instanceof Secret secret && tree.get("data") instanceof ObjectNode data) {
      // A manifest may give Secret values as stringData, plain: count each at its plain size, never more.
      size -= goJsonBytes(data);
      long plain = 2 + Math.max(0, secret.data().size() - 1);
      for (Map.Entry<String, Bytes> e : secret.data().entrySet()) {
        plain += goStringBytes(e.getKey()) + 1 + 2 + e.getValue().size();
      }
      size += plain;
    }
    boolean namespaced = object.kind() != io.kubeprint.core.meta.Kind.NAMESPACE;
    if (namespaced && object.metadata().namespace().filter(n -> !n.isEmpty()).isEmpty()) {
      size += DEFAULT_NAMESPACE_BYTES;
    }
    return size;
  }

  /** The size of {@code n} as Go's {@code json.Marshal} writes it: compact, HTML characters escaped. */
  static long goJsonBytes(JsonNode n) {
    if (n.isObject()) {
      long size = 2;
      int fields = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        size += goStringBytes(e.getKey()) + 1 + goJsonBytes(e.getValue());
        fields++;
      }
      return size + Math.max(0, fields - 1);
    }
    if (n.isArray()) {
      long size = 2;
      for (JsonNode e : n) {
        size += goJsonBytes(e);
      }
      return size + Math.max(0, n.size() - 1);
    }
    if (n.isTextual()) {
      return goStringBytes(n.textValue());
    }
    return n.asText().length();
  }

  /** A JSON string as Go writes it: quoted, with {@code <>&}, U+2028 and U+2029 as {@code \\uXXXX}. */
  static long goStringBytes(String s) {
    long size = 2;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '"' || cp == '\\' || cp == '\n' || cp == '\r' || cp == '\t' || cp == '\b' || cp == '\f') {
        size += 2;
      } else if (cp < 0x20 || cp == '<' || cp == '>' || cp == '&' || cp == 0x2028 || cp == 0x2029) {
        size += 6;
      } else if (cp < 0x80) {
        size += 1;
      } else if (cp < 0x800) {
        size += 2;
      } else if (cp < 0x10000) {
        size += 3;
      } else {
        size += 4;
      }
    }
    return size;
  }
}
