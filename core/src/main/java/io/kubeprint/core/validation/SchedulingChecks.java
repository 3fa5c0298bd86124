package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodValidation.AFFINITY;
import static io.kubeprint.core.validation.PodValidation.TOLERATION_EFFECT;
import static io.kubeprint.core.validation.PodValidation.TOLERATION_OPERATOR;
import static io.kubeprint.core.validation.PodValidation.TOPOLOGY_SPREAD;
import static io.kubeprint.core.validation.PodValidation.oneOf;
import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.Affinity;
import io.kubeprint.core.pod.Toleration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scheduling checks of {@code pkg/apis/core/validation}: {@code ValidateTolerations}, {@code validateAffinity}
 * (node affinity, pod affinity and anti-affinity, read from the untyped terms) and
 * {@code validateTopologySpreadConstraints}. Rules are declared in {@link PodValidation}.
 */
final class SchedulingChecks {
  private static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");
  private static final List<String> WHEN_UNSATISFIABLE = List.of("DoNotSchedule", "ScheduleAnyway");
  private static final List<String> NODE_POLICIES = List.of("Honor", "Ignore");

  private SchedulingChecks() {}

  /** {@code ValidateTolerations}; a value error is reported at {@code operator}, as upstream does. */
  static void tolerations(List<Toleration> tolerations, FieldPath path, Violations v) {
    for (int i = 0; i < tolerations.size(); i++) {
      Toleration t = tolerations.get(i);
      FieldPath p = path.index(i);
      String key = t.key().orElse("");
      String operator = t.operator().orElse("");
      String value = t.value().orElse("");
      String effect = t.effect().orElse("");
      if (!key.isEmpty()) {
        MetaValidation.labelKey(key, p.child("key"), v);
      }
      if (key.isEmpty() && !operator.equals("Exists")) {
        v.add(TOLERATION_OPERATOR, p.child("operator"),
            "must be Exists when key is empty, which matches all keys and values (was " + quote(operator) + ")");
      }
      if (t.tolerationSeconds().isPresent() && !effect.equals("NoExecute")) {
        v.add(TOLERATION_EFFECT, p.child("effect"), "must be NoExecute when tolerationSeconds is set (was "
            + quote(effect) + ")");
      }
      switch (operator) {
        case "Equal", "" -> {
          List<String> msgs = Syntax.isValidLabelValue(value);
          if (!msgs.isEmpty()) {
            v.add(TOLERATION_OPERATOR, p.child("operator"), String.join(";", msgs) + " (was value " + quote(value) + ")");
          }
        }
        case "Exists" -> {
          if (!value.isEmpty()) {
            v.add(TOLERATION_OPERATOR, p.child("operator"), "must have an empty value when operator is Exists (was value "
                + quote(value) + ")");
          }
        }
        default -> v.add(TOLERATION_OPERATOR, p.child("operator"), oneOf(List.of("Equal", "Exists"), operator));
      }
      if (!effect.isEmpty() && !EFFECTS.contains(effect)) {
        v.add(TOLERATION_EFFECT, p.child("effect"), oneOf(EFFECTS, effect));
      }
    }
  }

  /** {@code validateAffinity} with the options of a 1.32 create: label values in selectors are checked. */
  static void affinity(Affinity a, FieldPath path, Violations v) {
    a.nodeAffinity().ifPresent(na -> nodeAffinity(na, path.child("nodeAffinity"), v));
    a.podAffinity().ifPresent(pa -> podAffinity(pa, path.child("podAffinity"), v));
    a.podAntiAffinity().ifPresent(pa -> podAffinity(pa, path.child("podAntiAffinity"), v));
  }

  /** {@code validateNodeAffinity}. */
  private static void nodeAffinity(Fields na, FieldPath path, Violations v) {
    Map<String, Object> required = Untyped.map(na, "requiredDuringSchedulingIgnoredDuringExecution");
    if (required != null) {
      FieldPath termsPath = path.child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
      List<Object> terms = Untyped.list(required, "nodeSelectorTerms");
      if (terms == null || terms.isEmpty()) {
        v.add(AFFINITY, termsPath, "must hold at least one node selector term");
      } else {
        for (int i = 0; i < terms.size(); i++) {
          nodeSelectorTerm(terms.get(i), false, termsPath.index(i), v);
        }
      }
    }
    List<Object> preferred = Untyped.list(na, "preferredDuringSchedulingIgnoredDuringExecution");
    if (preferred != null) {
      FieldPath p = path.child("preferredDuringSchedulingIgnoredDuringExecution");
      for (int i = 0; i < preferred.size(); i++) {
        weight(preferred.get(i), p.index(i).child("weight"), v);
        // Preferred terms tolerate invalid label values: they can still match on a single-node cluster.
        nodeSelectorTerm(Untyped.get(preferred.get(i), "preference"), true, p.index(i).child("preference"), v);
      }
    }
  }

  /** {@code ValidateNodeSelectorTerm}. */
  private static void nodeSelectorTerm(Object term, boolean allowInvalidValues, FieldPath path, Violations v) {
    List<Object> exprs = Untyped.list(term, "matchExpressions");
    if (exprs != null) {
      for (int j = 0; j < exprs.size(); j++) {
        nodeSelectorRequirement(exprs.get(j), allowInvalidValues, path.child("matchExpressions").index(j), v);
      }
    }
    List<Object> fields = Untyped.list(term, "matchFields");
    if (fields != null) {
      for (int j = 0; j < fields.size(); j++) {
        nodeFieldSelectorRequirement(fields.get(j), path.child("matchFields").index(j), v);
      }
    }
  }

  /** {@code ValidateNodeSelectorRequirement}. */
  private static void nodeSelectorRequirement(Object req, boolean allowInvalidValues, FieldPath path, Violations v) {
    String operator = Objects.requireNonNullElse(Untyped.string(req, "operator"), "");
    List<String> values = strings(Untyped.list(req, "values"));
    switch (operator) {
      case "In", "NotIn" -> {
        if (values.isEmpty()) {
          v.add(AFFINITY, path.child("values"), "is required when operator is " + operator);
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!values.isEmpty()) {
          v.add(AFFINITY, path.child("values"), "must be empty when operator is " + operator + " (was "
              + values.size() + " values)");
        }
      }
      case "Gt", "Lt" -> {
        if (values.size() != 1) {
          v.add(AFFINITY, path.child("values"), "must hold a single value when operator is " + operator + " (was "
              + values.size() + " values)");
        }
      }
      default -> v.add(AFFINITY, path.child("operator"),
          oneOf(List.of("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"), operator));
    }
    MetaValidation.labelKey(Objects.requireNonNullElse(Untyped.string(req, "key"), ""), path.child("key"), v);
    if (!allowInvalidValues) {
      for (int i = 0; i < values.size(); i++) {
        MetaValidation.labelValue(values.get(i), path.child("values").index(i), v);
      }
    }
  }

  /** {@code ValidateNodeFieldSelectorRequirement}: only {@code metadata.name}, with one value. */
  private static void nodeFieldSelectorRequirement(Object req, FieldPath path, Violations v) {
    String operator = Objects.requireNonNullElse(Untyped.string(req, "operator"), "");
    List<String> values = strings(Untyped.list(req, "values"));
    if (operator.equals("In") || operator.equals("NotIn")) {
      if (values.size() != 1) {
        v.add(AFFINITY, path.child("values"), "must hold exactly one value for a node field selector (was "
            + values.size() + " values)");
      }
    } else {
      v.add(AFFINITY, path.child("operator"), oneOf(List.of("In", "NotIn"), operator));
    }
    String key = Objects.requireNonNullElse(Untyped.string(req, "key"), "");
    if (!key.equals("metadata.name")) {
      v.add(AFFINITY, path.child("key"), "must be metadata.name (was " + quote(key) + ")");
    } else {
      for (int i = 0; i < values.size(); i++) {
        for (String msg : Syntax.nameIsDnsSubdomain(values.get(i), false)) {
          v.add(AFFINITY, path.child("values").index(i), msg + " (was " + quote(values.get(i)) + ")");
        }
      }
    }
  }

  /** {@code validatePodAffinity} and {@code validatePodAntiAffinity}. */
  private static void podAffinity(Fields pa, FieldPath path, Violations v) {
    List<Object> required = Untyped.list(pa, "requiredDuringSchedulingIgnoredDuringExecution");
    if (required != null) {
      FieldPath p = path.child("requiredDuringSchedulingIgnoredDuringExecution");
      for (int i = 0; i < required.size(); i++) {
        podAffinityTerm(required.get(i), p.index(i), v);
      }
    }
    List<Object> preferred = Untyped.list(pa, "preferredDuringSchedulingIgnoredDuringExecution");
    if (preferred != null) {
      FieldPath p = path.child("preferredDuringSchedulingIgnoredDuringExecution");
      for (int i = 0; i < preferred.size(); i++) {
        weight(preferred.get(i), p.index(i).child("weight"), v);
        podAffinityTerm(Untyped.get(preferred.get(i), "podAffinityTerm"), p.index(i).child("podAffinityTerm"), v);
      }
    }
  }

  /** {@code validatePodAffinityTerm}. */
  private static void podAffinityTerm(Object term, FieldPath path, Violations v) {
    Map<String, Object> selector = Untyped.map(term, "labelSelector");
    if (selector != null) {
      MetaValidation.labelSelector(selector, path.child("labelSelector"), v, false);
    }
    Map<String, Object> namespaceSelector = Untyped.map(term, "namespaceSelector");
    if (namespaceSelector != null) {
      MetaValidation.labelSelector(namespaceSelector, path.child("namespaceSelector"), v, false);
    }
    for (String ns : strings(Untyped.list(term, "namespaces"))) {
      for (String msg : Syntax.nameIsDnsLabel(ns, false)) {
        v.add(AFFINITY, path.child("namespace"), msg + " (was " + quote(ns) + ")");
      }
    }
    List<String> matchLabelKeys = strings(Untyped.list(term, "matchLabelKeys"));
    List<String> mismatchLabelKeys = strings(Untyped.list(term, "mismatchLabelKeys"));
    labelKeys(matchLabelKeys, selector != null, path.child("matchLabelKeys"), v);
    labelKeys(mismatchLabelKeys, selector != null, path.child("mismatchLabelKeys"), v);
    for (int i = 0; i < matchLabelKeys.size(); i++) {
      if (mismatchLabelKeys.contains(matchLabelKeys.get(i))) {
        v.add(AFFINITY, path.child("matchLabelKeys").index(i), "must not also be in mismatchLabelKeys (was "
            + quote(matchLabelKeys.get(i)) + ")");
      }
    }
    String topologyKey = Objects.requireNonNullElse(Untyped.string(term, "topologyKey"), "");
    if (topologyKey.isEmpty()) {
      v.add(AFFINITY, path.child("topologyKey"), "is required");
    }
    MetaValidation.labelKey(topologyKey, path.child("topologyKey"), v);
  }

  /** {@code validateLabelKeys}: matchLabelKeys and mismatchLabelKeys need a labelSelector. */
  private static void labelKeys(List<String> keys, boolean hasSelector, FieldPath path, Violations v) {
    if (keys.isEmpty()) {
      return;
    }
    if (!hasSelector) {
      v.add(AFFINITY, path, "must not be set when labelSelector is not set");
      return;
    }
    for (int i = 0; i < keys.size(); i++) {
      MetaValidation.labelKey(keys.get(i), path.index(i), v);
    }
  }

  private static void weight(Object weighted, FieldPath path, Violations v) {
    Long weight = Untyped.integer(weighted, "weight");
    long w = weight == null ? 0 : weight;
    if (w <= 0 || w > 100) {
      v.add(AFFINITY, path, "must be between 1 and 100 (was " + w + ")");
    }
  }

  /** {@code validateTopologySpreadConstraints}. */
  static void topologySpreadConstraints(List<Object> constraints, FieldPath path, Violations v) {
    if (constraints == null) {
      return;
    }
    for (int i = 0; i < constraints.size(); i++) {
      Object c = constraints.get(i);
      FieldPath p = path.index(i);
      Long maxSkew = Untyped.integer(c, "maxSkew");
      long skew = maxSkew == null ? 0 : maxSkew;
      if (skew <= 0) {
        v.add(TOPOLOGY_SPREAD, p.child("maxSkew"), "must be greater than zero (was " + skew + ")");
      }
      String topologyKey = Objects.requireNonNullElse(Untyped.string(c, "topologyKey"), "");
      if (topologyKey.isEmpty()) {
        v.add(TOPOLOGY_SPREAD, p.child("topologyKey"), "is required");
      }
      String when = Objects.requireNonNullElse(Untyped.string(c, "whenUnsatisfiable"), "");
      if (!WHEN_UNSATISFIABLE.contains(when)) {
        v.add(TOPOLOGY_SPREAD, p.child("whenUnsatisfiable"), oneOf(WHEN_UNSATISFIABLE, when));
      }
      for (int j = i + 1; j < constraints.size(); j++) {
        Object other = constraints.get(j);
        if (topologyKey.equals(Objects.requireNonNullElse(Untyped.string(other, "topologyKey"), ""))
            && when.equals(Objects.requireNonNullElse(Untyped.string(other, "whenUnsatisfiable"), ""))) {
          v.add(TOPOLOGY_SPREAD, p.child("{topologyKey, whenUnsatisfiable}"), "must be unique (was {"
              + topologyKey + ", " + when + "} again)");
          break;
        }
      }
      Object minDomainsValue = Untyped.get(c, "minDomains");
      if (minDomainsValue != null) {
        Long minDomains = Untyped.integer(minDomainsValue);
        long md = minDomains == null ? 0 : minDomains;
        if (md <= 0) {
          v.add(TOPOLOGY_SPREAD, p.child("minDomains"), "must be greater than zero (was " + md + ")");
        }
        if (!when.equals("DoNotSchedule")) {
          v.add(TOPOLOGY_SPREAD, p.child("minDomains"), "may be set only when whenUnsatisfiable is DoNotSchedule (was "
              + quote(when) + ")");
        }
      }
      for (String policy : List.of("nodeAffinityPolicy", "nodeTaintsPolicy")) {
        String value = Untyped.string(c, policy);
        if (value != null && !NODE_POLICIES.contains(value)) {
          v.add(TOPOLOGY_SPREAD, p.child(policy), oneOf(NODE_POLICIES, value));
        }
      }
      Map<String, Object> selector = Untyped.map(c, "labelSelector");
      List<String> matchLabelKeys = strings(Untyped.list(c, "matchLabelKeys"));
      if (!matchLabelKeys.isEmpty()) {
        Set<String> selectorKeys = new HashSet<>();
        if (selector == null) {
          v.add(TOPOLOGY_SPREAD, p.child("matchLabelKeys"), "must not be set when labelSelector is not set");
        } else {
          Map<String, Object> matchLabels = Untyped.map(selector, "matchLabels");
          if (matchLabels != null) {
            selectorKeys.addAll(matchLabels.keySet());
          }
          List<Object> exprs = Untyped.list(selector, "matchExpressions");
          if (exprs != null) {
            for (Object e : exprs) {
              selectorKeys.add(Objects.requireNonNullElse(Untyped.string(e, "key"), ""));
            }
          }
        }
        for (int j = 0; j < matchLabelKeys.size(); j++) {
          String key = matchLabelKeys.get(j);
          MetaValidation.labelKey(key, p.child("matchLabelKeys").index(j), v);
          if (selectorKeys.contains(key)) {
            v.add(TOPOLOGY_SPREAD, p.child("matchLabelKeys").index(j), "must not also be a key of labelSelector (was "
                + quote(key) + ")");
          }
        }
      }
      if (selector != null) {
        MetaValidation.labelSelector(selector, p.child("labelSelector"), v, false);
      }
    }
  }

  private static List<String> strings(List<Object> values) {
    return values == null ? List.of() : values.stream().map(x -> Objects.toString(x, "")).toList();
  }
}
