package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where two core values first differ, as a field path ({@code spec.template.spec.containers[0].env}): the
 * Kubernetes fields of a model value in name order, lists by index, maps by key. Only the path is told, never
 * the values, which may be sensitive.
 */
final class ValueDiff {
  private static final String MODEL_PACKAGE = "io.kubeprint.core.";

  private ValueDiff() {}

  /** The path of the first difference between {@code a} and {@code b} below {@code path}; empty when equal. */
  static Optional<String> first(Object a, Object b, String path) {
    if (Objects.equals(a, b)) {
      return Optional.empty();
    }
    if (a == null || b == null) {
      return Optional.of(path);
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isPresent() && y.isPresent() ? first(x.get(), y.get(), path) : Optional.of(path);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        Optional<String> d = first(x.get(i), y.get(i), path + "[" + i + "]");
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.of(path);
    }
    if (a instanceof Fields x && b instanceof Fields y) {
      return first(x.asMap(), y.asMap(), path);
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      for (Map.Entry<?, ?> e : x.entrySet()) {
        Optional<String> d = first(e.getValue(), y.get(e.getKey()), child(path, String.valueOf(e.getKey())));
        if (d.isPresent()) {
          return d;
        }
      }
      for (Object key : y.keySet()) {
        if (!x.containsKey(key)) {
          return Optional.of(child(path, String.valueOf(key)));
        }
      }
      return Optional.of(path);
    }
    Optional<Class<?>> model = model(a.getClass());
    if (model.isEmpty() || !model.get().isInstance(b)) {
      return Optional.of(path);
    }
    List<Method> fields = Arrays.stream(model.get().getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass().getName().startsWith(MODEL_PACKAGE))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
    for (Method m : fields) {
      Optional<String> d = first(get(m, a), get(m, b), child(path, m.getName()));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.of(path);
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The core model interface a value implements (e.g. {@code Deployment} for its generated class). */
  private static Optional<Class<?>> model(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.getName().startsWith(MODEL_PACKAGE)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Object get(Method m, Object value) {
    try {
      return m.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m.getName() + " of " + value.getClass().getSimpleName(), e);
    }
  }
}
