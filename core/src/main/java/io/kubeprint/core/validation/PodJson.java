package io.kubeprint.core.validation;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A typed model value seen as the JSON object the renderer would write for it, in the shapes of {@link Fields}
 * (strings, booleans, whole numbers as {@code Long}, lists, maps): each attribute of the value's model
 * interface under its Kubernetes field name (core speaks field names exactly), then its {@code extra()}
 * fields. Absent optionals are left out; quantities become their text and int-or-strings their JSON form.
 * Checks that read a pod spec (the policies) so see a typed spec and a verbatim one the same way.
 */
final class PodJson {
  private static final Map<Class<?>, List<Method>> ATTRIBUTES = new ConcurrentHashMap<>();

  private PodJson() {}

  /** {@code value} (a model value such as a PodSpec) as a JSON object. */
  static Map<String, Object> object(Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Method m : attributes(value.getClass())) {
      Object v = json(invoke(m, value));
      if (v != null) {
        out.put(m.getName(), v);
      }
    }
    Fields extra = extra(value);
    if (extra != null) {
      out.putAll(extra.asMap());
    }
    return out;
  }

  private static Fields extra(Object value) {
    try {
      Method m = value.getClass().getMethod("extra");
      m.setAccessible(true);
      Object f = m.invoke(value);
      return f instanceof Fields fields ? fields : null;
    } catch (NoSuchMethodException e) {
      return null;
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      throw new IllegalStateException("cannot read extra() of " + value.getClass().getName(), e);
    }
  }

  private static Object json(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Optional<?> o) {
      return o.map(PodJson::json).orElse(null);
    }
    if (v instanceof String || v instanceof Boolean || v instanceof Long) {
      return v;
    }
    if (v instanceof Integer i) {
      return i.longValue();
    }
    if (v instanceof Quantity q) {
      return q.toString();
    }
    if (v instanceof IntOrString s) {
      return s.isInt() ? (Object) (long) s.intValue() : s.strValue();
    }
    if (v instanceof Fields f) {
      return f.asMap();
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object e : l) {
        out.add(json(e));
      }
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, e) -> out.put(String.valueOf(k), json(e)));
      return out;
    }
    if (v instanceof Number || v instanceof Enum<?>) {
      return v.toString();
    }
    return object(v);
  }

  private static Object invoke(Method m, Object value) {
    try {
      return m.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m.getName() + " of " + value.getClass().getName(), e);
    }
  }

  /** The abstract accessors of the kubeprint model interfaces {@code type} implements, by name. */
  private static List<Method> attributes(Class<?> type) {
    return ATTRIBUTES.computeIfAbsent(type, t -> {
      Map<String, Method> byName = new LinkedHashMap<>();
      for (Class<?> i : allInterfaces(t)) {
        if (!i.getName().startsWith("io.kubeprint.core.") || i.getSimpleName().startsWith("With")) {
          continue;
        }
        for (Method m : i.getDeclaredMethods()) {
          if (m.getParameterCount() == 0 && !m.isDefault() && !Modifier.isStatic(m.getModifiers())
              && m.getReturnType() != void.class) {
            byName.putIfAbsent(m.getName(), m);
          }
        }
      }
      List<Method> out = new ArrayList<>(byName.values());
      out.sort(Comparator.comparing(Method::getName));
      return List.copyOf(out);
    });
  }

  private static List<Class<?>> allInterfaces(Class<?> t) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c = t; c != null; c = c.getSuperclass()) {
      collect(Arrays.asList(c.getInterfaces()), out);
    }
    return out;
  }

  private static void collect(List<Class<?>> interfaces, List<Class<?>> out) {
    for (Class<?> i : interfaces) {
      if (!out.contains(i)) {
        out.add(i);
        collect(Arrays.asList(i.getInterfaces()), out);
      }
    }
  }
}
