package io.kubeprint.dsl;

import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The call-site checks of the DSL (STYLE 9): a null argument is a {@link NullPointerException} saying
 * {@code "name == null"}; an argument no manifest could use is an {@link IllegalArgumentException} naming the
 * parameter and its value, e.g. {@code replicas must be >= 0 (was -1)}. The API server's rules stay in the
 * validation package.
 */
final class Checks {
  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");
  private static final ClassValue<Set<String>> TYPED_FIELDS = new ClassValue<>() {
    @Override
    protected Set<String> computeValue(Class<?> type) {
      Set<String> names = new TreeSet<>();
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass().isInterface() && !m.getName().equals("extra")) {
          names.add(m.getName());
        }
      }
      return Collections.unmodifiableSet(names);
    }
  };

  private Checks() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }

  static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must be non-blank (was \"" + value + "\")");
    }
    return value;
  }

  static int atLeastZero(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 (was " + value + ")");
    }
    return value;
  }

  static int port(int value, String name) {
    if (value < 1 || value > 65535) {
      throw new IllegalArgumentException(name + " must be between 1 and 65535 (was " + value + ")");
    }
    return value;
  }

  /** Whole, non-negative seconds of {@code duration}, at most {@code max}. */
  static long seconds(Duration duration, String name, long max) {
    notNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0s (was " + duration + ")");
    }
    if (duration.getNano() != 0) {
      throw new IllegalArgumentException(name + " must be a whole number of seconds (was " + duration + ")");
    }
    if (duration.getSeconds() > max) {
      throw new IllegalArgumentException(name + " must be at most " + max + " seconds (was " + duration + ")");
    }
    return duration.getSeconds();
  }

  static int intSeconds(Duration duration, String name) {
    return (int) seconds(duration, name, Integer.MAX_VALUE);
  }

  static long longSeconds(Duration duration, String name) {
    return seconds(duration, name, Long.MAX_VALUE);
  }

  /** A quantity parsed strictly (apimachinery {@code resource.ParseQuantity}), the error naming the parameter. */
  static Quantity quantity(String text, String name) {
    notNull(text, name);
    Quantity q = Quantity.of(text);
    if (!q.isValid()) {
      throw new IllegalArgumentException(name + " must be a quantity such as 500m, 1.5 or 128Mi (was \"" + text + "\")");
    }
    return q;
  }

  /** A non-negative number or a percentage such as {@code 25%}. */
  static IntOrString intOrPercent(String value, String name) {
    notNull(value, name);
    if (!PERCENT.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must be a percentage such as 25% (was \"" + value + "\")");
    }
    return IntOrString.of(value);
  }

  static List<String> strings(String[] values, String name) {
    notNull(values, name);
    for (int i = 0; i < values.length; i++) {
      notNull(values[i], name + "[" + i + "]");
    }
    return List.of(values);
  }

  /**
   * {@code current} plus the untyped field {@code field: value}; refuses a field the core value {@code type}
   * types, since the typed value and the extra one would compete in the rendered object.
   */
  static Fields extra(Fields current, Class<?> type, String field, Object value) {
    notBlank(field, "field");
    if (TYPED_FIELDS.get(type).contains(field) || (type == Secret.class && field.equals("stringData"))) {
      throw new IllegalArgumentException("field must be one kubeprint does not type on " + type.getSimpleName()
          + " (was \"" + field + "\"); use the typed method instead");
    }
    return current.with(field, value);
  }
}
