package io.kubeprint.core.validation;

import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Label selector logic for the checks across objects: which pods a Service selects, whether two workload
 * selectors can match the same pod, and the selector text of apimachinery's {@code labels.Selector.String()}
 * ({@code app=web,tier in (be,fe),!canary}).
 */
final class Selectors {
  private Selectors() {}

  /** One requirement of a selector; {@code =} is a matchLabels pair. */
  private record Requirement(String key, String operator, List<String> values) {}

  /**
   * Whether a Service selector (equality only) selects these pods: every pair is one of their labels, or
   * its key is a label a controller adds with a value unknown here.
   */
  static boolean selects(Map<String, String> selector, PodTemplates.Labelled pods) {
    for (Map.Entry<String, String> e : selector.entrySet()) {
      if (pods.controllerLabels().contains(e.getKey())) {
        continue;
      }
      if (!e.getValue().equals(pods.labels().get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a label selector the API server can convert ({@link MetaValidation#isConvertible}) selects objects
   * with {@code labels}: every {@code matchLabels} pair present and every requirement met. A label of
   * {@code controlled} (one a controller adds, with a value unknown here) is taken as present with whatever
   * value a requirement on it asks for.
   */
  static boolean selects(LabelSelector selector, Map<String, String> labels, Set<String> controlled) {
    for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
      if (!controlled.contains(e.getKey()) && !e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (LabelSelectorRequirement r : selector.matchExpressions()) {
      String key = r.key().orElse("");
      String op = r.operator().orElse("");
      String value = controlled.contains(key) ? null : labels.get(key);
      boolean ok = controlled.contains(key) ? !op.equals("DoesNotExist") : switch (op) {
        case "In" -> value != null && r.values().contains(value);
        case "NotIn" -> value == null || !r.values().contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A label selector written as JSON ({@code matchLabels}, {@code matchExpressions}), as the workloads kubeprint
   * does not type keep it, typed; empty when a field has another JSON type than the schema's (the per-kind
   * checks report that).
   */
  static Optional<LabelSelector> fromJson(Map<String, Object> json) {
    LabelSelector.Builder b = LabelSelector.builder();
    Object labels = json.get("matchLabels");
    if (labels != null) {
      if (!(labels instanceof Map<?, ?> m)) {
        return Optional.empty();
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getValue() instanceof String value)) {
          return Optional.empty();
        }
        b.putMatchLabel((String) e.getKey(), value);
      }
    }
    Object expressions = json.get("matchExpressions");
    if (expressions != null) {
      if (!(expressions instanceof List<?> l)) {
        return Optional.empty();
      }
      for (Object item : l) {
        Optional<LabelSelectorRequirement> r = requirement(item);
        if (r.isEmpty()) {
          return Optional.empty();
        }
        b.addMatchExpression(r.get());
      }
    }
    return Optional.of(b.build());
  }

  private static Optional<LabelSelectorRequirement> requirement(Object json) {
    if (!(json instanceof Map<?, ?> m) || !(m.get("key") instanceof String key)
        || !(m.get("operator") instanceof String op)) {
      return Optional.empty();
    }
    LabelSelectorRequirement.Builder b = LabelSelectorRequirement.builder().key(key).operator(op);
    Object values = m.get("values");
    if (values != null) {
      if (!(values instanceof List<?> l)) {
        return Optional.empty();
      }
      for (Object v : l) {
        if (!(v instanceof String s)) {
          return Optional.empty();
        }
        b.addValue(s);
      }
    }
    return Optional.of(b.build());
  }

  /** How many pairs of {@code selector} the labels share; ranks near misses. */
  static int shared(Map<String, String> selector, Map<String, String> labels) {
    int n = 0;
    for (Map.Entry<String, String> e : selector.entrySet()) {
      if (e.getValue().equals(labels.get(e.getKey()))) {
        n++;
      }
    }
    return n;
  }

  /** Labels as a selector string, sorted by key: {@code color=blue,type=webserver}. */
  static String format(Map<String, String> labels) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(e.getKey()).append('=').append(e.getValue());
    }
    return b.toString();
  }

  /**
   * A label selector as apimachinery prints it: requirements sorted by key, {@code k=v} for matchLabels,
   * {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}.
   */
  static String format(LabelSelector s) {
    List<Requirement> reqs = requirements(s);
    if (reqs == null) {
      return "";
    }
    reqs.sort(Comparator.comparing(Requirement::key));
    StringBuilder b = new StringBuilder();
    for (Requirement r : reqs) {
      if (b.length() > 0) {
        b.append(',');
      }
      String values = String.join(",", new TreeSet<>(r.values()));
      switch (r.operator()) {
        case "=" -> b.append(r.key()).append('=').append(r.values().get(0));
        case "In" -> b.append(r.key()).append(" in (").append(values).append(')');
        case "NotIn" -> b.append(r.key()).append(" notin (").append(values).append(')');
        case "Exists" -> b.append(r.key());
        default -> b.append('!').append(r.key());
      }
    }
    return b.toString();
  }

  /** Whether the selector has at least one requirement. */
  static boolean isEmpty(LabelSelector s) {
    return s.matchLabels().isEmpty() && s.matchExpressions().isEmpty();
  }

  /**
   * A label set both selectors select, or empty when none exists — or when either selector is malformed
   * (an unknown operator, a missing key, values where none belong), which the per-kind rules report.
   *
   * <p>Exact: keys are independent, so the selectors overlap exactly when, for every key, the requirements
   * of both on it can hold together. A key may then be left off ({@code NotIn} and {@code DoesNotExist}
   * hold for a missing label) unless {@code In}, {@code =} or {@code Exists} needs it; a needed key takes a
   * value every {@code In} set holds and no {@code NotIn} set holds.
   */
  static Optional<Map<String, String>> overlap(LabelSelector a, LabelSelector b) {
    List<Requirement> ra = requirements(a);
    List<Requirement> rb = requirements(b);
    if (ra == null || rb == null) {
      return Optional.empty();
    }
    Map<String, List<Requirement>> byKey = new TreeMap<>();
    for (Requirement r : ra) {
      byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
    }
    for (Requirement r : rb) {
      byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
    }
    Map<String, String> witness = new LinkedHashMap<>();
    for (Map.Entry<String, List<Requirement>> e : byKey.entrySet()) {
      Optional<Optional<String>> value = value(e.getValue());
      if (value.isEmpty()) {
        return Optional.empty();
      }
      value.get().ifPresent(v -> witness.put(e.getKey(), v));
    }
    return Optional.of(witness);
  }

  /**
   * What one key may be under these requirements: empty when nothing satisfies them; else the label value
   * to use, or an empty inner value when the label can be left off.
   */
  private static Optional<Optional<String>> value(List<Requirement> reqs) {
    boolean present = false;
    boolean absent = false;
    Set<String> allowed = null;
    Set<String> excluded = new HashSet<>();
    for (Requirement r : reqs) {
      switch (r.operator()) {
        case "=", "In" -> {
          present = true;
          if (allowed == null) {
            allowed = new TreeSet<>(r.values());
          } else {
            allowed.retainAll(r.values());
          }
        }
        case "NotIn" -> excluded.addAll(r.values());
        case "Exists" -> present = true;
        default -> absent = true;
      }
    }
    if (present && absent) {
      return Optional.empty();
    }
    if (!present) {
      return Optional.of(Optional.empty());
    }
    if (allowed != null) {
      allowed.removeAll(excluded);
      return allowed.isEmpty() ? Optional.empty() : Optional.of(Optional.of(allowed.iterator().next()));
    }
    String v = "x";
    for (int i = 1; excluded.contains(v); i++) {
      v = "x" + i;
    }
    return Optional.of(Optional.of(v));
  }

  /** The requirements of a selector, or {@code null} when one is malformed. */
  private static List<Requirement> requirements(LabelSelector s) {
    List<Requirement> out = new ArrayList<>();
    for (Map.Entry<String, String> e : s.matchLabels().entrySet()) {
      out.add(new Requirement(e.getKey(), "=", List.of(e.getValue())));
    }
    for (LabelSelectorRequirement r : s.matchExpressions()) {
      if (r.key().isEmpty() || r.operator().isEmpty()) {
        return null;
      }
      String op = r.operator().get();
      boolean needsValues = op.equals("In") || op.equals("NotIn");
      boolean noValues = op.equals("Exists") || op.equals("DoesNotExist");
      if (!(needsValues && !r.values().isEmpty() || noValues && r.values().isEmpty())) {
        return null;
      }
      out.add(new Requirement(r.key().get(), op, r.values()));
    }
    return out;
  }
}
