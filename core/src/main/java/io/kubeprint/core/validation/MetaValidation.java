package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rules for {@code metadata} (apimachinery {@code ValidateObjectMeta} and the finalizer check of
 * {@code pkg/apis/core/validation.ValidateObjectMeta}) and for label selectors
 * ({@code pkg/apis/meta/v1/validation.ValidateLabelSelector} with the options the 1.32 create paths pass:
 * label values in selectors are checked, unknown operators are refused).
 *
 * <p>What the API server fills in before validating is taken into account: a missing namespace is the
 * request's namespace (so only a namespace that is given is checked). A {@code generateName} without a
 * {@code name} is refused: {@code kubectl apply} cannot create such an object (the API server would name it).
 */
final class MetaValidation {
  /**
   * {@code ValidateObjectMetaAccessor}: a name or a generateName; and {@code kubectl apply}
   * ({@code applyOneObject}) needs the name itself.
   */
  static final Rule NAME_REQUIRED = Rule.of("name-required", "ValidateObjectMetaAccessor",
      "metadata.name is required (the API server takes a generateName instead, kubectl apply does not)");
  /** {@code ValidateObjectMetaAccessor} with the kind's {@code ValidateNameFunc} on {@code metadata.name}. */
  static final Rule NAME_SYNTAX = Rule.of("name-syntax", "ValidateObjectMetaAccessor",
      "metadata.name follows the kind's name rule: a DNS-1123 subdomain (a DNS-1035 label for Services)");
  /** {@code ValidateObjectMetaAccessor}: {@code generateName} checked as a name prefix. */
  static final Rule GENERATE_NAME_SYNTAX = Rule.of("generate-name-syntax", "ValidateObjectMetaAccessor",
      "metadata.generateName is a valid name prefix for the kind (a trailing '-' is allowed)");
  /** {@code ValidateNamespaceName} ({@code NameIsDNSLabel}). */
  static final Rule NAMESPACE_SYNTAX = Rule.of("namespace-syntax", "ValidateNamespaceName",
      "metadata.namespace, when given, is a DNS-1123 label");
  /** {@code ValidateLabelName}: label keys, selector keys, node selector keys, toleration keys. */
  static final Rule LABEL_KEY_SYNTAX = Rule.of("label-key-syntax", "ValidateLabelName",
      "a label key is a qualified name: an optional DNS subdomain prefix and '/', then at most 63 characters");
  /** {@code ValidateLabels} ({@code IsValidLabelValue}): label values, also in selectors. */
  static final Rule LABEL_VALUE_SYNTAX = Rule.of("label-value-syntax", "ValidateLabels",
      "a label value is empty or at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric");
  /** {@code ValidateAnnotations}: keys are qualified names once lower-cased. */
  static final Rule ANNOTATION_KEY_SYNTAX = Rule.of("annotation-key-syntax", "ValidateAnnotations",
      "an annotation key is a qualified name (checked lower-cased)");
  /** {@code ValidateAnnotationsSize}. */
  static final Rule ANNOTATIONS_TOO_LONG = Rule.of("annotations-too-long", "ValidateAnnotationsSize",
      "annotation keys and values total at most 262144 bytes (256 KiB)");
  /**
   * {@code kubectl apply} (client-side) stores the whole object, as JSON, in the annotation
   * {@code kubectl.kubernetes.io/last-applied-configuration}; {@code ValidateAnnotationsSize} then counts it.
   */
  static final Rule LAST_APPLIED_TOO_LONG = Rule.of("last-applied-too-long", "ValidateAnnotationsSize",
      "with the last-applied-configuration annotation kubectl apply adds (the object as JSON), annotations total at most 262144 bytes");
  /** The annotation {@code kubectl apply} writes the applied object into. */
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  /** {@code ValidateNonnegativeField} on {@code metadata.generation}. */
  static final Rule GENERATION_NEGATIVE = Rule.of("generation-negative", "ValidateNonnegativeField",
      "metadata.generation, when given, is not negative");
  /** {@code ValidateOwnerReferences} and {@code validateOwnerReference}. */
  static final Rule OWNER_REFERENCE = Rule.of("owner-reference", "ValidateOwnerReferences",
      "an owner reference has apiVersion (with a version), kind, name and uid; at most one is the controller");
  /** {@code ValidateFinalizers} and {@code validateKubeFinalizerName}. */
  static final Rule FINALIZER_NAME = Rule.of("finalizer-name", "ValidateFinalizers",
      "a finalizer is a qualified name, fully qualified unless standard; orphan and foregroundDeletion exclude each other");
  /** {@code ValidateManagedFields}. */
  static final Rule MANAGED_FIELDS = Rule.of("managed-fields", "ValidateManagedFields",
      "a managedFields entry (when all decode, fieldsType FieldsV1 with fieldsV1) has operation Apply or Update and a printable manager");
  /** {@code ValidateLabelSelectorRequirement}: the operator. */
  static final Rule SELECTOR_OPERATOR = Rule.of("selector-operator", "ValidateLabelSelectorRequirement",
      "a selector requirement's operator is In, NotIn, Exists or DoesNotExist");
  /** {@code ValidateLabelSelectorRequirement}: values for In/NotIn, none for Exists/DoesNotExist. */
  static final Rule SELECTOR_VALUES = Rule.of("selector-values", "ValidateLabelSelectorRequirement",
      "In and NotIn need values; Exists and DoesNotExist take none");

  private static final int MAX_FIELD_MANAGER = 128;
  private static final int MAX_SUBRESOURCE = 256;
  private static final List<String> STANDARD_FINALIZERS = List.of("kubernetes", "orphan", "foregroundDeletion");

  /** The {@code ValidateNameFunc} a kind's {@code metadata.name} is checked with. */
  enum NameRule {
    /** {@code NameIsDNSSubdomain}: Pods, PodTemplates, ReplicaSets, Deployments, ConfigMaps, Secrets, CronJobs. */
    DNS_SUBDOMAIN,
    /** {@code NameIsDNSLabel}: namespaces. */
    DNS_LABEL,
    /** {@code NameIsDNS1035Label}: Services ({@code ValidateServiceName}). */
    DNS1035_LABEL,
    /** {@code path.ValidatePathSegmentName}: RBAC roles and bindings, and kinds with no name rule of their own. */
    PATH_SEGMENT;

    List<String> check(String name, boolean prefix) {
      return switch (this) {
        case DNS_SUBDOMAIN -> Syntax.nameIsDnsSubdomain(name, prefix);
        case DNS_LABEL -> Syntax.nameIsDnsLabel(name, prefix);
        case DNS1035_LABEL -> Syntax.nameIsDns1035Label(name, prefix);
        case PATH_SEGMENT -> Syntax.nameIsPathSegment(name, prefix);
      };
    }
  }

  private MetaValidation() {}

  /**
   * Checks top-level object metadata of a kind named by a DNS-1123 subdomain (every kind but Service);
   * {@code namespaced} is true for every kind kubeprint models.
   */
  static void objectMeta(ObjectMeta meta, FieldPath path, Violations v) {
    objectMeta(meta, path, v, NameRule.DNS_SUBDOMAIN);
  }

  /**
   * Checks top-level object metadata with the kind's name rule, e.g. {@link NameRule#DNS1035_LABEL} for a
   * Service. Upstream: {@code ValidateObjectMeta} (core) and {@code ValidateObjectMetaAccessor}.
   */
  static void objectMeta(ObjectMeta meta, FieldPath path, Violations v, NameRule nameRule) {
    objectMeta(meta, path, v, nameRule, NAME_SYNTAX, true);
  }

  /**
   * Checks top-level object metadata with the kind's name rule, reporting name errors under {@code nameSyntax}
   * (a kind may have its own rule id for them, such as {@code namespace-name}); {@code namespaced} is false for
   * cluster-scoped kinds, whose {@code metadata.namespace} the API server clears before validating.
   */
  static void objectMeta(ObjectMeta meta, FieldPath path, Violations v, NameRule nameRule, Rule nameSyntax,
      boolean namespaced) {
    String generateName = Untyped.string(meta.extra(), "generateName");
    String name = meta.name().orElse("");
    if (generateName != null && !generateName.isEmpty()) {
      for (String msg : nameRule.check(generateName, true)) {
        v.add(GENERATE_NAME_SYNTAX, path.child("generateName"), msg + " (was " + quote(generateName) + ")");
      }
    }
    if (name.isEmpty()) {
      if (generateName == null || generateName.isEmpty()) {
        v.add(NAME_REQUIRED, path.child("name"), "name or generateName is required");
      } else {
        // The API server would generate a name, but kubectl apply refuses before asking it (applyOneObject).
        v.add(NAME_REQUIRED, path.child("name"), "is required: kubectl apply cannot create an object from"
            + " generateName alone (was generateName " + quote(generateName) + ")");
      }
    } else {
      for (String msg : nameRule.check(name, false)) {
        v.add(nameSyntax, path.child("name"), msg + " (was " + quote(name) + ")");
      }
    }
    String namespace = meta.namespace().orElse("");
    if (namespaced && !namespace.isEmpty()) {
      for (String msg : Syntax.nameIsDnsLabel(namespace, false)) {
        v.add(NAMESPACE_SYNTAX, path.child("namespace"), msg + " (was " + quote(namespace) + ")");
      }
    }
    Long generation = Untyped.integer(meta.extra().get("generation"));
    if (generation != null && generation < 0) {
      v.add(GENERATION_NEGATIVE, path.child("generation"), "must be greater than or equal to 0 (was " + generation + ")");
    }
    labels(meta.labels(), path.child("labels"), v);
    annotations(meta.annotations(), path.child("annotations"), v);
    ownerReferences(Untyped.list(meta.extra(), "ownerReferences"), path.child("ownerReferences"), v);
    finalizers(Untyped.list(meta.extra(), "finalizers"), path.child("finalizers"), v);
    managedFields(Untyped.list(meta.extra(), "managedFields"), path.child("managedFields"), v);
  }

  /**
   * Checks a label map: every key a qualified name, every value a label value, reported at {@code path}
   * itself as the API server does ({@code metadata.labels}, {@code spec.nodeSelector},
   * {@code spec.selector.matchLabels}). Upstream: {@code ValidateLabels}.
   */
  static void labels(Map<String, String> labels, FieldPath path, Violations v) {
    // forEach reads the map's own entries: no iterator and no read-only entry made per label.
    labels.forEach((key, value) -> {
      labelKey(key, path, v);
      labelValue(value, path, v);
    });
  }

  /** Checks one label key (a qualified name) at {@code path}. Upstream: {@code ValidateLabelName}. */
  static void labelKey(String key, FieldPath path, Violations v) {
    for (String msg : Syntax.isQualifiedName(key)) {
      v.add(LABEL_KEY_SYNTAX, path, msg + " (was " + quote(key) + ")");
    }
  }

  /** Checks one label value at {@code path}. Upstream: {@code IsValidLabelValue}. */
  static void labelValue(String value, FieldPath path, Violations v) {
    for (String msg : Syntax.isValidLabelValue(value)) {
      v.add(LABEL_VALUE_SYNTAX, path, msg + " (was " + quote(value) + ")");
    }
  }

  /**
   * Checks annotations: keys are qualified names once lower-cased, and keys plus values total at most
   * 256 KiB. Upstream: {@code ValidateAnnotations}.
   */
  static void annotations(Map<String, String> annotations, FieldPath path, Violations v) {
    for (String key : annotations.keySet()) {
      for (String msg : Syntax.isAnnotationKey(key)) {
        v.add(ANNOTATION_KEY_SYNTAX, path, msg + " (was " + quote(key) + ")");
      }
    }
    long size = Syntax.annotationsSize(annotations);
    if (size > Syntax.TOTAL_ANNOTATION_SIZE_LIMIT_B) {
      v.add(ANNOTATIONS_TOO_LONG, path, "must total at most " + Syntax.TOTAL_ANNOTATION_SIZE_LIMIT_B
          + " bytes of keys and values (was " + size + " bytes)");
    }
  }

  /**
   * The annotation size {@code kubectl apply} leads to: the object's own annotations (less any earlier
   * last-applied-configuration, which kubectl replaces) plus the last-applied-configuration annotation holding
   * the object as {@code appliedJsonBytes} bytes of JSON. Reported only when the annotations alone fit.
   * Upstream: kubectl's {@code GetModifiedConfiguration}, then {@code ValidateAnnotationsSize}.
   */
  static void lastAppliedAnnotation(ObjectMeta meta, long appliedJsonBytes, FieldPath path, Violations v) {
    Map<String, String> own = new java.util.LinkedHashMap<>(meta.annotations());
    own.remove(LAST_APPLIED);
    long size = Syntax.annotationsSize(own);
    if (size > Syntax.TOTAL_ANNOTATION_SIZE_LIMIT_B) {
      return;
    }
    long total = size + LAST_APPLIED.length() + appliedJsonBytes;
    if (total > Syntax.TOTAL_ANNOTATION_SIZE_LIMIT_B) {
      v.add(LAST_APPLIED_TOO_LONG, path, "must total at most " + Syntax.TOTAL_ANNOTATION_SIZE_LIMIT_B
          + " bytes with the last-applied-configuration annotation kubectl apply adds (was " + total
          + " bytes, " + appliedJsonBytes + " of them the object as JSON); apply it with --server-side, or create it");
    }
  }

  /**
   * Checks a label selector as the workload validators of 1.32 do on create: {@code matchLabels} like
   * labels, and each {@code matchExpressions} entry's operator, values and key. Upstream:
   * {@code ValidateLabelSelector} with {@code AllowInvalidLabelValueInSelector: false}.
   *
   * <p>Example: {@code labelSelector(d.spec().selector(), FieldPath.of("spec", "selector"), v)}.
   */
  static void labelSelector(LabelSelector selector, FieldPath path, Violations v) {
    labelSelector(selector, path, v, false);
  }

  /**
   * Like {@link #labelSelector(LabelSelector, FieldPath, Violations)}; with {@code allowInvalidValues} the
   * values of {@code matchExpressions} are not checked (upstream's {@code AllowInvalidLabelValueInSelector},
   * used for pod affinity terms).
   */
  static void labelSelector(LabelSelector selector, FieldPath path, Violations v, boolean allowInvalidValues) {
    labels(selector.matchLabels(), path.child("matchLabels"), v);
    List<LabelSelectorRequirement> exprs = selector.matchExpressions();
    for (int i = 0; i < exprs.size(); i++) {
      LabelSelectorRequirement r = exprs.get(i);
      requirement(r.key().orElse(""), r.operator().orElse(""), r.values(), path.child("matchExpressions").index(i),
          v, allowInvalidValues);
    }
  }

  /**
   * Checks a label selector given as untyped JSON (inside fields kubeprint keeps verbatim, such as pod
   * affinity terms); malformed parts are skipped.
   */
  static void labelSelector(Map<String, Object> selector, FieldPath path, Violations v, boolean allowInvalidValues) {
    Map<String, Object> matchLabels = Untyped.map(selector, "matchLabels");
    if (matchLabels != null) {
      FieldPath p = path.child("matchLabels");
      for (Map.Entry<String, Object> e : matchLabels.entrySet()) {
        labelKey(e.getKey(), p, v);
        String value = Untyped.string(e.getValue());
        labelValue(value == null ? "" : value, p, v);
      }
    }
    List<Object> exprs = Untyped.list(selector, "matchExpressions");
    if (exprs != null) {
      for (int i = 0; i < exprs.size(); i++) {
        Object r = exprs.get(i);
        String key = Untyped.string(r, "key");
        String op = Untyped.string(r, "operator");
        List<Object> raw = Untyped.list(r, "values");
        List<String> values = raw == null ? List.of()
            : raw.stream().map(x -> Objects.toString(x, "")).toList();
        requirement(key == null ? "" : key, op == null ? "" : op, values, path.child("matchExpressions").index(i),
            v, allowInvalidValues);
      }
    }
  }

  private static void requirement(String key, String op, List<String> values, FieldPath path, Violations v,
      boolean allowInvalidValues) {
    switch (op) {
      case "In", "NotIn" -> {
        if (values.isEmpty()) {
          v.add(SELECTOR_VALUES, path.child("values"), "is required when operator is " + op);
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!values.isEmpty()) {
          v.add(SELECTOR_VALUES, path.child("values"),
              "must be empty when operator is " + op + " (was " + values.size() + " values)");
        }
      }
      default -> v.add(SELECTOR_OPERATOR, path.child("operator"),
          "must be one of \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\" (was " + quote(op) + ")");
    }
    labelKey(key, path.child("key"), v);
    if (!allowInvalidValues) {
      for (int i = 0; i < values.size(); i++) {
        labelValue(values.get(i), path.child("values").index(i), v);
      }
    }
  }

  /**
   * Whether {@code selector} selects an object with {@code labels}: every {@code matchLabels} pair is
   * present, and every requirement holds ({@code In}: the key has one of the values; {@code NotIn}: the key
   * is absent or has none of them; {@code Exists}; {@code DoesNotExist}). An empty selector selects
   * everything. A selector the API server cannot convert ({@link #isConvertible}) selects nothing.
   * Upstream: {@code metav1.LabelSelectorAsSelector} then {@code Selector.Matches}.
   *
   * <p>Example: {@code matches(selector {app: web}, {app: web, tier: front})} is true.
   */
  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    Objects.requireNonNull(selector, "selector == null");
    Objects.requireNonNull(labels, "labels == null");
    return isConvertible(selector) && Selectors.selects(selector, labels, Set.of());
  }

  /**
   * Whether the API server can turn {@code selector} into a selector: keys are qualified names, values are
   * label values, operators are known, {@code In}/{@code NotIn} have values and {@code Exists}/
   * {@code DoesNotExist} have none. Upstream: the errors of {@code metav1.LabelSelectorAsSelector}
   * ({@code labels.NewRequirement}); where it fails, callers report "invalid label selector" rather than a
   * mismatch.
   */
  static boolean isConvertible(LabelSelector selector) {
    for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
      if (!Syntax.isQualifiedName(e.getKey()).isEmpty() || !Syntax.isValidLabelValue(e.getValue()).isEmpty()) {
        return false;
      }
    }
    for (LabelSelectorRequirement r : selector.matchExpressions()) {
      if (!Syntax.isQualifiedName(r.key().orElse("")).isEmpty()) {
        return false;
      }
      switch (r.operator().orElse("")) {
        case "In", "NotIn" -> {
          if (r.values().isEmpty()) {
            return false;
          }
        }
        case "Exists", "DoesNotExist" -> {
          if (!r.values().isEmpty()) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
      for (String value : r.values()) {
        if (!Syntax.isValidLabelValue(value).isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  private static void ownerReferences(List<Object> refs, FieldPath path, Violations v) {
    if (refs == null) {
      return;
    }
    String firstController = null;
    for (Object ref : refs) {
      String apiVersion = Objects.requireNonNullElse(Untyped.string(ref, "apiVersion"), "");
      String kind = Objects.requireNonNullElse(Untyped.string(ref, "kind"), "");
      String name = Objects.requireNonNullElse(Untyped.string(ref, "name"), "");
      String uid = Objects.requireNonNullElse(Untyped.string(ref, "uid"), "");
      String group = "";
      String version = apiVersion;
      long slashes = apiVersion.chars().filter(c -> c == '/').count();
      if (apiVersion.equals("/")) {
        version = "";
      } else if (slashes == 1) {
        group = apiVersion.substring(0, apiVersion.indexOf('/'));
        version = apiVersion.substring(apiVersion.indexOf('/') + 1);
      } else if (slashes > 1) {
        version = "";
      }
      if (version.isEmpty()) {
        v.add(OWNER_REFERENCE, path.child("apiVersion"), "must have a version (was " + quote(apiVersion) + ")");
      }
      if (kind.isEmpty()) {
        v.add(OWNER_REFERENCE, path.child("kind"), "is required");
      }
      if (name.isEmpty()) {
        v.add(OWNER_REFERENCE, path.child("name"), "is required");
      }
      if (uid.isEmpty()) {
        v.add(OWNER_REFERENCE, path.child("uid"), "is required");
      }
      if (group.isEmpty() && version.equals("v1") && kind.equals("Event")) {
        v.add(OWNER_REFERENCE, path, "must not be an Event (was /v1, Kind=Event)");
      }
      if (Boolean.TRUE.equals(Untyped.bool(Untyped.get(ref, "controller")))) {
        String current = kind + "/" + name;
        if (firstController != null) {
          v.add(OWNER_REFERENCE, path, "must have at most one controller reference (was " + firstController
              + " and " + current + ")");
        } else {
          firstController = current;
        }
      }
    }
  }

  private static void finalizers(List<Object> finalizers, FieldPath path, Violations v) {
    if (finalizers == null) {
      return;
    }
    boolean orphan = false;
    boolean foreground = false;
    for (int i = 0; i < finalizers.size(); i++) {
      String f = Objects.toString(finalizers.get(i), "");
      for (String msg : Syntax.isQualifiedName(f)) {
        v.add(FINALIZER_NAME, path, msg + " (was " + quote(f) + ")");
      }
      orphan |= f.equals("orphan");
      foreground |= f.equals("foregroundDeletion");
      if (!f.contains("/") && !STANDARD_FINALIZERS.contains(f)) {
        v.add(FINALIZER_NAME, path.index(i),
            "must be a standard finalizer name or fully qualified (was " + quote(f) + ")");
      }
    }
    if (orphan && foreground) {
      v.add(FINALIZER_NAME, path, "must not hold both orphan and foregroundDeletion");
    }
  }

  /**
   * {@code ValidateManagedFields}, as it meets a new object's managedFields: the field manager
   * ({@code decodeManagedFields}) first decodes them, and drops them all, silently, when one entry cannot be
   * decoded (its {@code fieldsType} is not {@code FieldsV1} or it has no {@code fieldsV1}); only entries that
   * all decode are validated.
   */
  private static void managedFields(List<Object> entries, FieldPath path, Violations v) {
    if (entries == null) {
      return;
    }
    for (Object e : entries) {
      if (!"FieldsV1".equals(Untyped.string(e, "fieldsType")) || Untyped.map(e, "fieldsV1") == null) {
        return;
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      Object e = entries.get(i);
      FieldPath p = path.index(i);
      String operation = Objects.requireNonNullElse(Untyped.string(e, "operation"), "");
      if (!operation.equals("Apply") && !operation.equals("Update")) {
        v.add(MANAGED_FIELDS, p.child("operation"), "must be Apply or Update (was " + quote(operation) + ")");
      }
      String manager = Objects.requireNonNullElse(Untyped.string(e, "manager"), "");
      if (manager.length() > MAX_FIELD_MANAGER) {
        v.add(MANAGED_FIELDS, p.child("manager"),
            "must be no more than " + MAX_FIELD_MANAGER + " characters (was " + manager.length() + " characters)");
      }
      if (!manager.codePoints().allMatch(MetaValidation::isPrintable)) {
        v.add(MANAGED_FIELDS, p.child("manager"), "must hold printable characters only (was " + quote(manager) + ")");
      }
      String subresource = Objects.requireNonNullElse(Untyped.string(e, "subresource"), "");
      if (subresource.length() > MAX_SUBRESOURCE) {
        v.add(MANAGED_FIELDS, p.child("subresource"), "must be no more than " + MAX_SUBRESOURCE
            + " characters (was " + subresource.length() + " characters)");
      }
    }
  }

  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    return !Character.isWhitespace(cp) && type != Character.CONTROL && type != Character.FORMAT
        && type != Character.UNASSIGNED && type != Character.SURROGATE && type != Character.PRIVATE_USE
        && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.SPACE_SEPARATOR;
  }
}
