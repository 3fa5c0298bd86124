package io.kubeprint.core.crd;

import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.Rule;
import io.kubeprint.core.validation.Syntax;
import io.kubeprint.core.validation.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What the 1.32 API server does with a custom resource on create, in its order: strict field validation while
 * pruning ({@code pruning.PruneWithOptions}), dropping nulls the schema does not allow
 * ({@code PruneNonNullableNullsWithoutDefaults}), defaulting ({@code structuraldefaulting.Default}), dropping
 * {@code status} when the status subresource is on ({@code PrepareForCreate}), then the schema validator
 * ({@code kube-openapi validate.SchemaValidator}), embedded resources ({@code objectmeta.Validate}) and list
 * types ({@code listtype.ValidateListSetsAndMaps}).
 */
final class SchemaCheck {
  private static final Set<String> META_FIELDS = Set.of("apiVersion", "kind", "metadata");

  /** One finding, kept until the composition keywords decide which to report. */
  private record Issue(Rule rule, FieldPath path, String message) {}

  private SchemaCheck() {}

  /** Checks {@code object} (a custom resource's top-level fields) against {@code root}. */
  static void check(Map<String, ?> object, SchemaNode root, boolean statusSubresource, Violations violations) {
    @SuppressWarnings("unchecked")
    Map<String, Object> x = (Map<String, Object>) Json.copy(object);
    List<Issue> issues = new ArrayList<>();
    pruneMap(x, root, FieldPath.root(), true, issues);
    pruneNulls(x, root);
    applyDefaults(x, root);
    if (statusSubresource) {
      x.remove("status");
    }
    validate(x, root, FieldPath.root(), true, issues);
    embedded(x, root, FieldPath.root(), true, issues);
    listTypes(x, root, FieldPath.root(), issues);
    for (Issue i : issues) {
      violations.add(i.rule(), i.path(), i.message());
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Pruning: unknown fields

  private static void prune(Object x, SchemaNode s, FieldPath path, List<Issue> issues) {
    if (s != null && s.preserveUnknownFields) {
      skipPrune(x, s, path, issues);
      return;
    }
    if (x instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m;
      pruneMap(map, s, path, false, issues);
    } else if (x instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        prune(l.get(i), s == null ? null : s.items, path.index(i), issues);
      }
    }
  }

  private static void pruneMap(Map<String, Object> x, SchemaNode s, FieldPath path, boolean root, List<Issue> issues) {
    if (s != null && s.preserveUnknownFields) {
      skipPrune(x, s, path, issues);
      return;
    }
    Iterator<Map.Entry<String, Object>> it = x.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Object> e = it.next();
      String k = e.getKey();
      if (s != null && (root || s.embeddedResource) && META_FIELDS.contains(k)) {
        continue;
      }
      SchemaNode prop = s == null ? null : s.properties.get(k);
      if (prop != null) {
        prune(e.getValue(), prop, path.child(k), issues);
      } else if (s != null && (s.additionalProperties != null || s.additionalPropertiesFalse)) {
        prune(e.getValue(), s.additionalProperties, path.key(k), issues);
      } else {
        FieldPath p = path.child(k);
        issues.add(new Issue(CrdRules.UNKNOWN_FIELD, p, "must be declared in the schema (was unknown field \"" + p + "\")"));
        it.remove();
      }
    }
  }

  private static void skipPrune(Object x, SchemaNode s, FieldPath path, List<Issue> issues) {
    if (s == null) {
      return;
    }
    if (x instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = (String) e.getKey();
        if ((s.embeddedResource || path.isRoot()) && META_FIELDS.contains(k)) {
          continue;
        }
        SchemaNode prop = s.properties.get(k);
        if (prop != null) {
          prune(e.getValue(), prop, path.child(k), issues);
        } else if (s.additionalProperties != null) {
          prune(e.getValue(), s.additionalProperties, path.key(k), issues);
        }
      }
    } else if (x instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        skipPrune(l.get(i), s.items, path.index(i), issues);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Nulls and defaults

  private static SchemaNode fieldSchema(String k, SchemaNode s) {
    if (s == null) {
      return null;
    }
    SchemaNode p = s.properties.get(k);
    return p != null ? p : s.additionalProperties;
  }

  private static void pruneNulls(Object x, SchemaNode s) {
    if (x instanceof Map<?, ?> m) {
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        SchemaNode f = fieldSchema((String) e.getKey(), s);
        if (e.getValue() == null && f != null && !f.nullable && !f.hasDefault) {
          it.remove();
        } else {
          pruneNulls(e.getValue(), f);
        }
      }
    } else if (x instanceof List<?> l) {
      for (Object item : l) {
        pruneNulls(item, s == null ? null : s.items);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void applyDefaults(Object x, SchemaNode s) {
    if (s == null) {
      return;
    }
    if (x instanceof Map<?, ?> m) {
      Map<String, Object> map = (Map<String, Object>) m;
      for (Map.Entry<String, SchemaNode> p : s.properties.entrySet()) {
        SchemaNode prop = p.getValue();
        if (prop.hasDefault && (!map.containsKey(p.getKey()) || (map.get(p.getKey()) == null && !prop.nullable))) {
          map.put(p.getKey(), Json.copy(prop.defaultValue));
        }
      }
      for (Map.Entry<String, Object> e : map.entrySet()) {
        SchemaNode prop = s.properties.get(e.getKey());
        if (prop != null) {
          applyDefaults(e.getValue(), prop);
        } else if (s.additionalProperties != null) {
          SchemaNode ap = s.additionalProperties;
          if (e.getValue() == null && !ap.nullable && ap.hasDefault) {
            e.setValue(Json.copy(ap.defaultValue));
          }
          applyDefaults(e.getValue(), ap);
        }
      }
    } else if (x instanceof List<?> l) {
      List<Object> list = (List<Object>) l;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == null && s.items != null && !s.items.nullable && s.items.hasDefault) {
          list.set(i, Json.copy(s.items.defaultValue));
        }
        applyDefaults(list.get(i), s.items);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // The schema validator

  private static void validate(Object data, SchemaNode s, FieldPath path, boolean root, List<Issue> out) {
    if (data == null) {
      checkType(null, s, path, out);
      checkEnum(null, s, path, out);
      return;
    }
    checkType(data, s, path, out);
    composition(data, s, path, out);
    if (data instanceof String str) {
      checkString(str, s, path, out);
      if (s.format != null && !Formats.isValid(s.format, str)) {
        out.add(new Issue(CrdRules.FORMAT, path, "must be a valid " + formatName(s.format) + " (was " + Json.render(str) + ")"));
      }
    }
    if (Json.isNumber(data)) {
      checkNumber(data, s, path, out);
    }
    if (data instanceof List<?> list) {
      checkArray(list, s, path, out);
    }
    checkEnum(data, s, path, out);
    if (data instanceof Map<?, ?> map) {
      checkObject(map, s, path, root, out);
    }
  }

  private static String formatName(String normalized) {
    return switch (normalized) {
      case "datetime" -> "date-time";
      case "byte" -> "base64 string (format byte)";
      default -> normalized;
    };
  }

  private static String jsonType(Object data) {
    if (data instanceof String) {
      return "string";
    }
    if (data instanceof Boolean) {
      return "boolean";
    }
    if (data instanceof List<?>) {
      return "array";
    }
    if (data instanceof Map<?, ?>) {
      return "object";
    }
    return Json.isInt64(data) ? "integer" : "number";
  }

  private static void checkType(Object data, SchemaNode s, FieldPath path, List<Issue> out) {
    if (s.type == null && !s.intOrString) {
      return;
    }
    List<String> types = s.intOrString ? List.of("integer", "string") : List.of(s.type);
    String expected = String.join(" or ", types);
    if (data == null) {
      if (!s.nullable) {
        out.add(new Issue(CrdRules.TYPE, path, "must be of type " + expected + " (was null)"));
      }
      return;
    }
    String actual = jsonType(data);
    boolean floatInt = actual.equals("number") && types.contains("integer") && isJsonInteger(Json.decimal(data));
    boolean intFloat = actual.equals("integer") && types.contains("number");
    if (!(types.contains(actual) || floatInt || intFloat)) {
      out.add(new Issue(CrdRules.TYPE, path, "must be of type " + expected + " (was " + describe(data) + ")"));
    }
  }

  /** A value for a type message: scalars as JSON, objects and arrays by their type. */
  private static String describe(Object data) {
    if (data instanceof Map<?, ?>) {
      return "an object";
    }
    if (data instanceof List<?>) {
      return "an array";
    }
    return Json.render(data);
  }

  /** swag {@code IsFloat64AJSONInteger}: a whole number within ±2^53. */
  private static boolean isJsonInteger(BigDecimal d) {
    BigDecimal max = BigDecimal.valueOf(1L << 53);
    return SchemaNode.isWhole(d) && d.abs().compareTo(max) <= 0;
  }

  private static void checkString(String str, SchemaNode s, FieldPath path, List<Issue> out) {
    long length = str.codePointCount(0, str.length());
    if (s.maxLength != null && length > s.maxLength) {
      out.add(new Issue(CrdRules.STRING_LENGTH, path,
          "must be at most " + s.maxLength + " characters (was " + length + ")"));
      return;
    }
    if (s.minLength != null && length < s.minLength) {
      out.add(new Issue(CrdRules.STRING_LENGTH, path,
          "must be at least " + s.minLength + " characters (was " + length + ")"));
      return;
    }
    if (s.compiledPattern != null && s.compiledPattern.pattern() != null && !s.compiledPattern.matches(str)) {
      out.add(new Issue(CrdRules.PATTERN, path, "must match " + s.pattern + " (was " + Json.render(str) + ")"));
    }
  }

  private static void checkNumber(Object data, SchemaNode s, FieldPath path, List<Issue> out) {
    BigDecimal value = Json.decimal(data);
    boolean int64 = Json.isInt64(data);
    if (s.multipleOf != null) {
      boolean multiple;
      if (int64) {
        // MultipleOfInt: the factor truncated to int64
        BigInteger factor = s.multipleOf.toBigInteger();
        multiple = factor.signum() == 0 || value.toBigInteger().mod(factor.abs()).signum() == 0;
      } else {
        multiple = isFloatMultiple(value.doubleValue(), s.multipleOf.doubleValue());
      }
      if (!multiple) {
        out.add(new Issue(CrdRules.MULTIPLE_OF, path,
            "must be a multiple of " + plain(s.multipleOf) + " (was " + plain(value) + ")"));
      }
    }
    if (s.minimum != null) {
      BigDecimal min = int64 ? new BigDecimal(s.minimum.toBigInteger()) : s.minimum;
      int c = value.compareTo(min);
      if (s.exclusiveMinimum ? c <= 0 : c < 0) {
        out.add(new Issue(CrdRules.NUMBER_RANGE, path, (s.exclusiveMinimum ? "must be greater than " : "must be at least ")
            + plain(min) + " (was " + plain(value) + ")"));
      }
    }
    if (s.maximum != null) {
      BigDecimal max = int64 ? new BigDecimal(s.maximum.toBigInteger()) : s.maximum;
      int c = value.compareTo(max);
      if (s.exclusiveMaximum ? c >= 0 : c > 0) {
        out.add(new Issue(CrdRules.NUMBER_RANGE, path, (s.exclusiveMaximum ? "must be less than " : "must be at most ")
            + plain(max) + " (was " + plain(value) + ")"));
      }
    }
  }

  /** kube-openapi {@code MultipleOf} on floats: the quotient is a JSON integer within a relative 1e-9. */
  private static boolean isFloatMultiple(double data, double factor) {
    double mult = factor < 1 ? 1 / factor * data : data / factor;
    if (Double.isNaN(mult) || Double.isInfinite(mult) || Math.abs(mult) > (double) (1L << 53)) {
      return false;
    }
    double g = (double) (long) mult;
    if (mult == g) {
      return true;
    }
    double diff = Math.abs(mult - g);
    if (mult == 0 || g == 0 || diff < Double.MIN_VALUE) {
      return diff < 1e-9 * Double.MIN_VALUE;
    }
    return diff / Math.min(Math.abs(mult) + Math.abs(g), Double.MAX_VALUE) < 1e-9;
  }

  private static String plain(BigDecimal d) {
    return d.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
  }

  private static void checkArray(List<?> list, SchemaNode s, FieldPath path, List<Issue> out) {
    if (s.items != null) {
      for (int i = 0; i < list.size(); i++) {
        validate(list.get(i), s.items, path.index(i), false, out);
      }
    }
    if (s.minItems != null && list.size() < s.minItems) {
      out.add(new Issue(CrdRules.ITEMS_COUNT, path, "must have at least " + s.minItems + " items (was " + list.size() + ")"));
    }
    if (s.maxItems != null && list.size() > s.maxItems) {
      out.add(new Issue(CrdRules.ITEMS_COUNT, path, "must have at most " + s.maxItems + " items (was " + list.size() + ")"));
    }
    if (s.uniqueItems) {
      Set<String> seen = new HashSet<>();
      for (Object item : list) {
        if (!seen.add(Json.key(item))) {
          out.add(new Issue(CrdRules.UNIQUE_ITEMS, path, "must not contain duplicates (was " + Json.render(item) + " again)"));
          break;
        }
      }
    }
  }

  private static void checkEnum(Object data, SchemaNode s, FieldPath path, List<Issue> out) {
    if (s.enumValues == null || s.enumValues.isEmpty()) {
      return;
    }
    if (data != null) {
      for (Object e : s.enumValues) {
        if (e != null && Json.equal(data, e)) {
          return;
        }
      }
    }
    StringJoiner allowed = new StringJoiner(", ");
    s.enumValues.forEach(e -> allowed.add(Json.render(e)));
    out.add(new Issue(CrdRules.ENUM, path, "must be one of " + allowed + " (was " + Json.render(data) + ")"));
  }

  private static void checkObject(Map<?, ?> map, SchemaNode s, FieldPath path, boolean root, List<Issue> out) {
    int n = map.size();
    if (s.minProperties != null && n < s.minProperties) {
      out.add(new Issue(CrdRules.PROPERTIES_COUNT, path, "must have at least " + s.minProperties + " properties (was " + n + ")"));
      return;
    }
    if (s.maxProperties != null && n > s.maxProperties) {
      out.add(new Issue(CrdRules.PROPERTIES_COUNT, path, "must have at most " + s.maxProperties + " properties (was " + n + ")"));
      return;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String k = (String) e.getKey();
      if (root && META_FIELDS.contains(k)) {
        continue;
      }
      if (s.properties.containsKey(k)) {
        continue;
      }
      if (s.additionalPropertiesFalse) {
        out.add(new Issue(CrdRules.ADDITIONAL_PROPERTY, path,
            "must have only the properties the schema declares (was " + Json.render(k) + ")"));
      } else if (s.additionalProperties != null) {
        validate(e.getValue(), s.additionalProperties, path.key(k), false, out);
      }
    }
    for (Map.Entry<String, SchemaNode> p : s.properties.entrySet()) {
      if (root && META_FIELDS.contains(p.getKey())) {
        continue;
      }
      if (map.containsKey(p.getKey())) {
        validate(map.get(p.getKey()), p.getValue(), path.child(p.getKey()), false, out);
      }
    }
    for (String r : s.required) {
      if (!map.containsKey(r)) {
        out.add(new Issue(CrdRules.REQUIRED, path.child(r), "is required"));
      }
    }
  }

  private static List<Issue> trial(Object data, SchemaNode s, FieldPath path) {
    List<Issue> r = new ArrayList<>();
    validate(data, s, path, false, r);
    return r;
  }

  private static void composition(Object data, SchemaNode s, FieldPath path, List<Issue> out) {
    if (!s.anyOf.isEmpty()) {
      List<Issue> best = null;
      boolean ok = false;
      for (SchemaNode branch : s.anyOf) {
        List<Issue> r = trial(data, branch, path);
        if (r.isEmpty()) {
          ok = true;
          break;
        }
        if (best == null || r.size() < best.size()) {
          best = r;
        }
      }
      if (!ok) {
        out.add(new Issue(CrdRules.COMPOSITION, path, "must match at least one schema of anyOf (was " + describe(data) + ")"));
        out.addAll(best);
      }
    }
    if (!s.oneOf.isEmpty()) {
      List<Issue> best = null;
      int valid = 0;
      for (SchemaNode branch : s.oneOf) {
        List<Issue> r = trial(data, branch, path);
        if (r.isEmpty()) {
          valid++;
        } else if (valid == 0 && (best == null || r.size() < best.size())) {
          best = r;
        }
      }
      if (valid != 1) {
        out.add(new Issue(CrdRules.COMPOSITION, path, "must match exactly one schema of oneOf (was " + describe(data)
            + ", matching " + (valid == 0 ? "none" : valid) + ")"));
        if (valid == 0) {
          out.addAll(best);
        }
      }
    }
    if (!s.allOf.isEmpty()) {
      int valid = 0;
      for (SchemaNode branch : s.allOf) {
        List<Issue> r = trial(data, branch, path);
        if (r.isEmpty()) {
          valid++;
        }
        out.addAll(r);
      }
      if (valid != s.allOf.size()) {
        out.add(new Issue(CrdRules.COMPOSITION, path, "must match all schemas of allOf (was " + describe(data)
            + ", matching " + valid + " of " + s.allOf.size() + ")"));
      }
    }
    if (s.not != null && trial(data, s.not, path).isEmpty()) {
      out.add(new Issue(CrdRules.COMPOSITION, path, "must not match the schema of not (was " + describe(data) + ")"));
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Embedded resources

  private static void embedded(Object x, SchemaNode s, FieldPath path, boolean root, List<Issue> out) {
    if (s == null) {
      return;
    }
    if (x instanceof Map<?, ?> m) {
      if (s.embeddedResource && !root) {
        embeddedResource(m, path, out);
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = (String) e.getKey();
        if ((root || s.embeddedResource) && META_FIELDS.contains(k)) {
          continue;
        }
        SchemaNode prop = s.properties.get(k);
        if (prop != null) {
          embedded(e.getValue(), prop, path.child(k), false, out);
        } else if (s.additionalProperties != null) {
          embedded(e.getValue(), s.additionalProperties, path.key(k), false, out);
        }
      }
    } else if (x instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        embedded(l.get(i), s.items, path.index(i), false, out);
      }
    }
  }

  private static void embeddedResource(Map<?, ?> m, FieldPath path, List<Issue> out) {
    Rule r = CrdRules.EMBEDDED_RESOURCE;
    for (String f : List.of("apiVersion", "kind")) {
      if (!m.containsKey(f)) {
        out.add(new Issue(r, path.child(f), "is required"));
      }
    }
    Object apiVersion = m.get("apiVersion");
    if (m.containsKey("apiVersion")) {
      if (!(apiVersion instanceof String av)) {
        out.add(new Issue(r, path.child("apiVersion"), "must be a string (was " + Json.render(apiVersion) + ")"));
      } else if (av.isEmpty()) {
        out.add(new Issue(r, path.child("apiVersion"), "must not be empty (was \"\")"));
      } else if (av.chars().filter(c -> c == '/').count() > 1) {
        out.add(new Issue(r, path.child("apiVersion"), "must be a group/version or a version (was " + Json.render(av)
            + "; unexpected GroupVersion string)"));
      }
    }
    Object kind = m.get("kind");
    if (m.containsKey("kind")) {
      if (!(kind instanceof String k)) {
        out.add(new Issue(r, path.child("kind"), "must be a string (was " + Json.render(kind) + ")"));
      } else if (k.isEmpty()) {
        out.add(new Issue(r, path.child("kind"), "must not be empty (was \"\")"));
      } else {
        List<String> errs = Syntax.isDns1035Label(k.toLowerCase(java.util.Locale.ROOT));
        if (!errs.isEmpty()) {
          out.add(new Issue(r, path.child("kind"), "may have mixed case, but should otherwise match: "
              + String.join(",", errs) + " (was " + Json.render(k) + ")"));
        }
      }
    }
    if (m.containsKey("metadata")) {
      embeddedMetadata(m.get("metadata"), path.child("metadata"), out);
    }
  }

  private static void embeddedMetadata(Object meta, FieldPath path, List<Issue> out) {
    Rule r = CrdRules.EMBEDDED_RESOURCE;
    if (meta == null) {
      return;
    }
    if (!(meta instanceof Map<?, ?> m)) {
      out.add(new Issue(r, path, "must be an object (was " + Json.render(meta) + ")"));
      return;
    }
    for (String f : List.of("name", "namespace", "generateName")) {
      Object v = m.get(f);
      if (v != null && !(v instanceof String)) {
        out.add(new Issue(r, path.child(f), "must be a string (was " + Json.render(v) + ")"));
      }
    }
    if (m.get("name") instanceof String name && !name.isEmpty()) {
      String why = name.equals(".") || name.equals("..") ? "may not be '" + name + "'"
          : name.contains("/") ? "may not contain '/'" : name.contains("%") ? "may not contain '%'" : null;
      if (why != null) {
        out.add(new Issue(r, path.child("name"), "must be a valid path segment name: " + why + " (was " + Json.render(name) + ")"));
      }
    }
    if (m.get("namespace") instanceof String ns && !ns.isEmpty()) {
      List<String> errs = Syntax.isDns1123Label(ns);
      if (!errs.isEmpty()) {
        out.add(new Issue(r, path.child("namespace"), String.join("; ", errs) + " (was " + Json.render(ns) + ")"));
      }
    }
    stringMap(m.get("labels"), path.child("labels"), true, out);
    stringMap(m.get("annotations"), path.child("annotations"), false, out);
  }

  private static void stringMap(Object v, FieldPath path, boolean labels, List<Issue> out) {
    Rule r = CrdRules.EMBEDDED_RESOURCE;
    if (v == null) {
      return;
    }
    if (!(v instanceof Map<?, ?> m)) {
      out.add(new Issue(r, path, "must be a map of strings (was " + Json.render(v) + ")"));
      return;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String k = String.valueOf(e.getKey());
      if (!(e.getValue() instanceof String value)) {
        out.add(new Issue(r, path.key(k), "must be a string (was " + Json.render(e.getValue()) + ")"));
        continue;
      }
      List<String> errs = new ArrayList<>(labels ? Syntax.isQualifiedName(k) : Syntax.isAnnotationKey(k));
      if (!errs.isEmpty()) {
        out.add(new Issue(r, path, String.join("; ", errs) + " (was " + Json.render(k) + ")"));
      }
      if (labels) {
        List<String> verrs = Syntax.isValidLabelValue(value);
        if (!verrs.isEmpty()) {
          out.add(new Issue(r, path, String.join("; ", verrs) + " (was " + Json.render(value) + ")"));
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // x-kubernetes-list-type

  private static void listTypes(Object x, SchemaNode s, FieldPath path, List<Issue> out) {
    if (s == null) {
      return;
    }
    if (x instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = (String) e.getKey();
        SchemaNode prop = s.properties.get(k);
        if (prop != null) {
          listTypes(e.getValue(), prop, path.child(k), out);
        } else if (s.additionalProperties != null) {
          listTypes(e.getValue(), s.additionalProperties, path.key(k), out);
        }
      }
    } else if (x instanceof List<?> l) {
      if ("set".equals(s.listType)) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < l.size(); i++) {
          int times = seen.merge(Json.key(l.get(i)), 1, Integer::sum);
          if (times == 2) {
            out.add(new Issue(CrdRules.LIST_SET_DUPLICATE, path.index(i),
                "must be unique in the set (was " + Json.render(l.get(i)) + " again)"));
          }
        }
      } else if ("map".equals(s.listType)) {
        listMap(l, s, path, out);
      }
      if (s.items != null) {
        for (int i = 0; i < l.size(); i++) {
          listTypes(l.get(i), s.items, path.index(i), out);
        }
      }
    }
  }

  private static void listMap(List<?> l, SchemaNode s, FieldPath path, List<Issue> out) {
    for (int i = 0; i < l.size(); i++) {
      Object x = l.get(i);
      if (x != null && !(x instanceof Map<?, ?>)) {
        out.add(new Issue(CrdRules.LIST_MAP_DUPLICATE, path.index(i),
            "must be an object in a list of type map (was " + Json.render(x) + ")"));
        return;
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof Map<?, ?> entry)) {
        continue;
      }
      Map<String, Object> keys = new java.util.LinkedHashMap<>();
      StringBuilder id = new StringBuilder();
      for (String k : s.listMapKeys) {
        if (entry.containsKey(k)) {
          keys.put(k, entry.get(k));
          id.append(Json.key(entry.get(k)));
        } else {
          SchemaNode ks = s.items == null ? null : s.items.properties.get(k);
          if (ks != null && ks.hasDefault) {
            keys.put(k, ks.defaultValue);
            id.append(Json.key(ks.defaultValue));
          } else {
            id.append("<unspecified>");
          }
        }
        id.append('\u0000');
      }
      if (seen.merge(id.toString(), 1, Integer::sum) == 2) {
        out.add(new Issue(CrdRules.LIST_MAP_DUPLICATE, path.index(i),
            "must have unique " + String.join(", ", s.listMapKeys) + " in the list (was " + Json.render(keys) + " again)"));
      }
    }
  }
}
