package io.kubeprint.core.crd;

import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of an {@code openAPIV3Schema}, read once from the CRD: the keywords the API server's schema
 * validator ({@code kube-openapi validate.SchemaValidator}), pruning and defaulting use. A keyword of the wrong
 * JSON type, or a pattern Go would not compile, is recorded as a violation of the CRD.
 */
final class SchemaNode {
  String type;
  boolean nullable;
  /** The normalized format name when the API server checks it, else {@code null}. */
  String format;
  BigDecimal maximum;
  boolean exclusiveMaximum;
  BigDecimal minimum;
  boolean exclusiveMinimum;
  BigDecimal multipleOf;
  Long maxLength;
  Long minLength;
  String pattern;
  GoRegex.Compiled compiledPattern;
  Long maxItems;
  Long minItems;
  boolean uniqueItems;
  Long maxProperties;
  Long minProperties;
  List<String> required = List.of();
  /** The enum values, or {@code null} when there is no {@code enum}. */
  List<Object> enumValues;
  List<SchemaNode> allOf = List.of();
  List<SchemaNode> anyOf = List.of();
  List<SchemaNode> oneOf = List.of();
  SchemaNode not;
  Map<String, SchemaNode> properties = Map.of();
  /** {@code additionalProperties} as a schema, or {@code null}. */
  SchemaNode additionalProperties;
  /** {@code additionalProperties: false}. */
  boolean additionalPropertiesFalse;
  SchemaNode items;
  boolean hasDefault;
  Object defaultValue;
  boolean intOrString;
  boolean preserveUnknownFields;
  boolean embeddedResource;
  String listType;
  List<String> listMapKeys = List.of();
  boolean celRules;

  /** Reads {@code raw} at {@code path} of the CRD, recording what is malformed into {@code problems}. */
  static SchemaNode read(Object raw, FieldPath path, Violations problems) {
    SchemaNode n = new SchemaNode();
    if (!(raw instanceof Map<?, ?> m)) {
      problems.add(CrdRules.CRD_INVALID, path, "must be an object (was " + Json.render(raw) + ")");
      return n;
    }
    n.type = string(m, "type", path, problems);
    n.nullable = bool(m, "nullable", path, problems);
    n.intOrString = bool(m, "x-kubernetes-int-or-string", path, problems);
    n.format = Formats.checkedName(string(m, "format", path, problems));
    n.maximum = number(m, "maximum", path, problems);
    n.exclusiveMaximum = bool(m, "exclusiveMaximum", path, problems);
    n.minimum = number(m, "minimum", path, problems);
    n.exclusiveMinimum = bool(m, "exclusiveMinimum", path, problems);
    n.multipleOf = number(m, "multipleOf", path, problems);
    if (n.multipleOf != null && n.multipleOf.signum() <= 0) {
      problems.add(CrdRules.CRD_INVALID, path.child("multipleOf"),
          "must be greater than 0 (was " + n.multipleOf.toPlainString() + ")");
      n.multipleOf = null;
    }
    n.maxLength = count(m, "maxLength", path, problems);
    n.minLength = count(m, "minLength", path, problems);
    n.maxItems = count(m, "maxItems", path, problems);
    n.minItems = count(m, "minItems", path, problems);
    n.maxProperties = count(m, "maxProperties", path, problems);
    n.minProperties = count(m, "minProperties", path, problems);
    n.uniqueItems = bool(m, "uniqueItems", path, problems);
    n.pattern = string(m, "pattern", path, problems);
    if (n.pattern != null) {
      n.compiledPattern = GoRegex.compile(n.pattern);
      if (n.compiledPattern.error() != null) {
        problems.add(CrdRules.CRD_PATTERN_INVALID, path.child("pattern"),
            "must be a valid regular expression (was " + Json.render(n.pattern) + ": " + n.compiledPattern.error() + ")");
      } else if (n.compiledPattern.unsupported() != null) {
        problems.add(CrdRules.CRD_PATTERN_INVALID, path.child("pattern"),
            "is not checked: " + n.compiledPattern.unsupported() + " (was " + Json.render(n.pattern) + ")",
            io.kubeprint.core.validation.Severity.WARNING);
      }
    }
    n.required = strings(m, "required", path, problems);
    if (m.containsKey("enum")) {
      Object e = m.get("enum");
      if (e instanceof List<?> l) {
        n.enumValues = Collections.unmodifiableList(new ArrayList<>(l));
      } else {
        problems.add(CrdRules.CRD_INVALID, path.child("enum"), "must be an array (was " + Json.render(e) + ")");
      }
    }
    n.allOf = nodes(m, "allOf", path, problems);
    n.anyOf = nodes(m, "anyOf", path, problems);
    n.oneOf = nodes(m, "oneOf", path, problems);
    if (m.get("not") != null) {
      n.not = read(m.get("not"), path.child("not"), problems);
    }
    Object props = m.get("properties");
    if (props != null) {
      if (props instanceof Map<?, ?> pm) {
        Map<String, SchemaNode> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : pm.entrySet()) {
          String k = String.valueOf(e.getKey());
          out.put(k, read(e.getValue(), path.child("properties").key(k), problems));
        }
        n.properties = Collections.unmodifiableMap(out);
      } else {
        problems.add(CrdRules.CRD_INVALID, path.child("properties"), "must be an object (was " + Json.render(props) + ")");
      }
    }
    Object ap = m.get("additionalProperties");
    if (ap instanceof Boolean b) {
      n.additionalPropertiesFalse = !b;
    } else if (ap != null) {
      n.additionalProperties = read(ap, path.child("additionalProperties"), problems);
    }
    Object items = m.get("items");
    if (items instanceof List<?>) {
      problems.add(CrdRules.CRD_INVALID, path.child("items"),
          "must be a schema, not an array of schemas (was an array)");
    } else if (items != null) {
      n.items = read(items, path.child("items"), problems);
    }
    if (m.containsKey("default")) {
      n.hasDefault = m.get("default") != null;
      n.defaultValue = m.get("default");
    }
    n.preserveUnknownFields = bool(m, "x-kubernetes-preserve-unknown-fields", path, problems);
    n.embeddedResource = bool(m, "x-kubernetes-embedded-resource", path, problems);
    n.listType = string(m, "x-kubernetes-list-type", path, problems);
    n.listMapKeys = strings(m, "x-kubernetes-list-map-keys", path, problems);
    Object cel = m.get("x-kubernetes-validations");
    n.celRules = cel instanceof List<?> l && !l.isEmpty();
    if ("array".equals(n.type) && n.items == null && !n.preserveUnknownFields) {
      problems.add(CrdRules.CRD_INVALID, path.child("items"), "is required for type array (was missing)");
    }
    return n;
  }

  /** Whether this node or one below it has {@code x-kubernetes-validations}. */
  boolean hasCelRules() {
    if (celRules) {
      return true;
    }
    for (SchemaNode p : properties.values()) {
      if (p.hasCelRules()) {
        return true;
      }
    }
    for (List<SchemaNode> l : List.of(allOf, anyOf, oneOf)) {
      for (SchemaNode s : l) {
        if (s.hasCelRules()) {
          return true;
        }
      }
    }
    return (items != null && items.hasCelRules()) || (additionalProperties != null && additionalProperties.hasCelRules())
        || (not != null && not.hasCelRules());
  }

  private static List<SchemaNode> nodes(Map<?, ?> m, String key, FieldPath path, Violations problems) {
    Object v = m.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      problems.add(CrdRules.CRD_INVALID, path.child(key), "must be an array (was " + Json.render(v) + ")");
      return List.of();
    }
    List<SchemaNode> out = new ArrayList<>(l.size());
    for (int i = 0; i < l.size(); i++) {
      out.add(read(l.get(i), path.child(key).index(i), problems));
    }
    return List.copyOf(out);
  }

  private static String string(Map<?, ?> m, String key, FieldPath path, Violations problems) {
    Object v = m.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    problems.add(CrdRules.CRD_INVALID, path.child(key), "must be a string (was " + Json.render(v) + ")");
    return null;
  }

  private static boolean bool(Map<?, ?> m, String key, FieldPath path, Violations problems) {
    Object v = m.get(key);
    if (v == null || v instanceof Boolean) {
      return Boolean.TRUE.equals(v);
    }
    problems.add(CrdRules.CRD_INVALID, path.child(key), "must be a boolean (was " + Json.render(v) + ")");
    return false;
  }

  private static BigDecimal number(Map<?, ?> m, String key, FieldPath path, Violations problems) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    BigDecimal d = Json.decimal(v);
    if (d == null) {
      problems.add(CrdRules.CRD_INVALID, path.child(key), "must be a number (was " + Json.render(v) + ")");
    }
    return d;
  }

  private static Long count(Map<?, ?> m, String key, FieldPath path, Violations problems) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    BigDecimal d = Json.decimal(v);
    if (d == null || d.stripTrailingZeros().scale() > 0 || d.signum() < 0 || d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      problems.add(CrdRules.CRD_INVALID, path.child(key), "must be a non-negative integer (was " + Json.render(v) + ")");
      return null;
    }
    return d.longValue();
  }

  private static List<String> strings(Map<?, ?> m, String key, FieldPath path, Violations problems) {
    Object v = m.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
      List<String> out = new ArrayList<>();
      l.forEach(x -> out.add((String) x));
      return List.copyOf(out);
    }
    problems.add(CrdRules.CRD_INVALID, path.child(key), "must be an array of strings (was " + Json.render(v) + ")");
    return List.of();
  }

  static boolean isWhole(BigDecimal d) {
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }
}
