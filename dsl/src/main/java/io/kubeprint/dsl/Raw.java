package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-shaped values for the fields the typed builders keep in a core value's {@code extra()}: maps in the order
 * the fields are given (the renderer sorts keys), lists in the user's order.
 */
final class Raw {
  private Raw() {}

  /** A map of {@code name, value} pairs; a {@code null} value leaves its field out. */
  static Map<String, Object> map(Object... nameValue) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      if (nameValue[i + 1] != null) {
        m.put((String) nameValue[i], nameValue[i + 1]);
      }
    }
    return m;
  }

  /** {@code fields} with {@code item} appended to the list {@code field} (made when absent). */
  static Fields append(Fields fields, String field, Object item) {
    List<Object> list = new ArrayList<>();
    if (fields.get(field) instanceof List<?> l) {
      list.addAll(l);
    }
    list.add(item);
    return fields.with(field, list);
  }

  /** The map {@code map} with {@code item} appended to its list {@code field} (made when absent). */
  static Map<String, Object> append(Map<String, Object> map, String field, Object item) {
    Map<String, Object> m = new LinkedHashMap<>(map);
    List<Object> list = new ArrayList<>();
    if (m.get(field) instanceof List<?> l) {
      list.addAll(l);
    }
    list.add(item);
    m.put(field, list);
    return m;
  }

  /** The map held in {@code field} of {@code fields}, copied, or a new empty map. */
  static Map<String, Object> mapIn(Fields fields, String field) {
    return mapOf(fields.get(field));
  }

  /** {@code value} copied when it is a map, else a new empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> mapOf(Object value) {
    return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
  }

  /** A label selector in the API's shape: {@code matchLabels} and {@code matchExpressions}, each when not empty. */
  static Map<String, Object> selector(LabelSelector selector) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!selector.matchLabels().isEmpty()) {
      m.put("matchLabels", new LinkedHashMap<>(selector.matchLabels()));
    }
    if (!selector.matchExpressions().isEmpty()) {
      List<Object> exprs = new ArrayList<>();
      for (LabelSelectorRequirement r : selector.matchExpressions()) {
        Map<String, Object> e = new LinkedHashMap<>();
        r.key().ifPresent(k -> e.put("key", k));
        r.operator().ifPresent(o -> e.put("operator", o));
        if (!r.values().isEmpty()) {
          e.put("values", r.values());
        }
        exprs.add(e);
      }
      m.put("matchExpressions", exprs);
    }
    return m;
  }

  /** {@code matchLabels: labels}. */
  static Map<String, Object> selector(Labels labels) {
    return map("matchLabels", new LinkedHashMap<>(labels.asMap()));
  }
}
