package io.kubeprint.dsl;

import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The call-site checks of the DSL, one rule for all builders (see the package documentation):
 *
 * <ul>
 *   <li>A null argument is a {@link NullPointerException} saying {@code "name == null"}: API misuse.
 *   <li>A <em>value</em> (a port number, a count, a key, a name, a label, a quantity, a percentage) is not checked
 *       here: it lands in the object, and validation reports it with the object, the API server's field path
 *       and the rule, every violation at once.
 *   <li>A <em>typed reference that can never be right</em> (a route to a port the Service it names does not
 *       have) is refused at once by {@link #reference}: a {@link ManifestValidationException} carrying one
 *       violation, {@code Kind/name path: message [rule]} like every other.
 *   <li>What cannot land in the object at all (a {@link Duration} that is not whole seconds, or beyond the
 *       field's range) is an {@link IllegalArgumentException} naming the parameter and its value.
 * </ul>
 */
final class Checks {
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

  /**
   * A string the DSL needs to be non-blank to do its own work (a field name for {@code extra}, a Kubernetes name the
   * DSL must look up or derive names from); for plain values use {@link #notNull}.
   */
  static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must be non-blank (was \"" + value + "\")");
    }
    return value;
  }

  /**
   * A typed reference that can never be right, refused at once in the shape of a violation: {@code object}
   * ({@code Kind/name}), the API server's field path {@code path}, the rule {@code ruleId} and {@code message}
   * ({@code <rule stated positively> (was <value>)}).
   */
  static ManifestValidationException reference(String object, String path, String ruleId, String message) {
    return new ManifestValidationException(List.of(new Violation(object, path, ruleId, message, Severity.ERROR)));
  }

  /**
   * The whole seconds of {@code duration}, at most {@code max}: negative durations land in the object (validation
   * reports them at the field); a fraction of a second or a value beyond the field cannot, and are refused.
   */
  static long seconds(Duration duration, String name, long max) {
    notNull(duration, name);
    if (duration.getNano() != 0) {
      throw new IllegalArgumentException(name + " must be a whole number of seconds (was " + duration + ")");
    }
    if (duration.getSeconds() > max || duration.getSeconds() < -max - 1) {
      throw new IllegalArgumentException(name + " must be at most " + max + " seconds (was " + duration + ")");
    }
    return duration.getSeconds();
  }

  static int intSeconds(Duration duration, String name) {
    return (int) seconds(duration, name, Integer.MAX_VALUE);
  }

  static long longSeconds(Duration duration, String name) {
    return seconds(duration, name, Long.MAX_VALUE - 1);
  }

  /** The quantity {@code text}, kept as written: a malformed one is reported by validation at its field. */
  static Quantity quantity(String text, String name) {
    return Quantity.of(notNull(text, name));
  }

  /**
   * A quantity parsed strictly (apimachinery {@code resource.ParseQuantity}), the error naming the parameter: for the
   * wrapper values ({@link Cpu}, {@link Memory}), which belong to no object yet and so validate in their factory.
   */
  static Quantity parsedQuantity(String text, String name) {
    notNull(text, name);
    Quantity q = Quantity.of(text);
    if (!q.isValid()) {
      throw new IllegalArgumentException(name + " must be a quantity such as 500m, 1.5 or 128Mi (was \"" + text + "\")");
    }
    return q;
  }

  /** {@code value} as an int-or-string: a percentage such as {@code 25%} (validation judges what else it is). */
  static IntOrString intOrPercent(String value, String name) {
    return IntOrString.of(notNull(value, name));
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
