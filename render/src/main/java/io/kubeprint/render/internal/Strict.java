package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.schema.CheckOptions;
import io.kubeprint.core.schema.KubernetesSchema;
import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.validation.Violations;
import java.util.List;

/**
 * The Kubernetes schema check of a document, against the Kubernetes 1.32 schema of core
 * ({@link KubernetesSchema}), as the API server's strict field validation decodes it: a field Kubernetes
 * does not know is an error naming its path ({@code strict decoding error: unknown field "spec.foo"}), and
 * JSON types are checked as Go's decoder checks them: no string for a number or boolean, no number or
 * boolean for a string, no fraction for an integer, integers that fit their Go type, base64 for bytes, RFC
 * 3339 times. A type error reads like the typed reader's: {@code must be a string (was an object)}; under a
 * Secret's {@code data} and {@code stringData} the value is never shown.
 *
 * <p>Quantity strings are not parsed here: the validators report a malformed quantity with their own rule
 * ({@code resource-quantity}), where the model types it.
 */
final class Strict {
  private static final CheckOptions OPTIONS = CheckOptions.defaults().quantitySyntax(false);
  private static final CheckOptions SECRET = CheckOptions.secret().quantitySyntax(false);

  private Strict() {}

  /**
   * Every problem the reader finds in a document of {@code kind}, in document order: the whole document of a
   * typed kind, the {@code metadata} of other kinds (validation checks their body against the same schema).
   */
  static List<Violation> problems(JsonNode doc, Kind kind) {
    String name = doc.path("metadata").path("name").isTextual() ? doc.path("metadata").path("name").textValue() : "";
    return kind.isTyped() ? problems(doc, typeName(kind), kind.kindName() + "/" + name)
        : metadataProblems(doc, kind.kindName() + "/" + name);
  }


  /**
   * Every unknown field and wrong JSON type of {@code doc}, checked as schema type {@code typeName}
   * ({@code V1Pod}), in document order, each a violation of {@code objectName} ({@code Kind/name}) with
   * rule {@code unknown-field} or {@code field-type}. Values under a Secret's ({@code V1Secret})
   * {@code data} and {@code stringData} are never shown.
   */
  static List<Violation> problems(JsonNode doc, String typeName, String objectName) {
    Violations v = new Violations(objectName);
    KubernetesSchema.get().check(Node.toJava(doc), typeName, FieldPath.root(), v,
        typeName.equals("V1Secret") ? SECRET : OPTIONS);
    return v.list();
  }

  /**
   * The problems of a document's {@code metadata} alone, for kinds without a typed value: the reader types their
   * metadata, and validation checks the rest of their body against the same schema ({@code GenericValidation}).
   */
  static List<Violation> metadataProblems(JsonNode doc, String objectName) {
    Violations v = new Violations(objectName);
    JsonNode meta = doc.get("metadata");
    if (meta != null) {
      KubernetesSchema.get().check(Node.toJava(meta), "V1ObjectMeta", FieldPath.of("metadata"), v, OPTIONS);
    }
    return v.list();
  }

  /** The schema type of a typed kind, as the kind table names it ({@code V1Pod}, ...). */
  static String typeName(Kind kind) {
    return kind.builtIn().orElseThrow(() -> new IllegalArgumentException("not a built-in kind: " + kind)).schemaType();
  }
}
