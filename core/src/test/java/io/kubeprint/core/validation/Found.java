package io.kubeprint.core.validation;

import io.kubeprint.core.meta.KubeObject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What validation reports about an object, as {@code path [rule-id]} lines: every violation for the tables
 * ({@link #all}), or only those of one validator class's rules for the message checks ({@link #lines}).
 */
final class Found {
  private Found() {}

  /** The {@code path [rule-id]} of every violation in {@code object}, sorted. */
  static List<String> all(KubeObject object) {
    return Validator.validate(object).stream().map(x -> x.path() + " [" + x.ruleId() + "]").toList();
  }

  /** The full printed line of each violation of {@code validator}'s rules in {@code object}, sorted. */
  static List<String> lines(Class<?> validator, KubeObject object) {
    Set<String> ids = ruleIds(validator);
    return Validator.validate(object).stream()
        .filter(x -> ids.contains(x.ruleId()))
        .map(Violation::toString)
        .toList();
  }

  /** The ids of the {@code static final Rule} constants of {@code validator}. */
  static Set<String> ruleIds(Class<?> validator) {
    Set<String> ids = new HashSet<>();
    for (Field f : validator.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == Rule.class) {
        try {
          f.setAccessible(true);
          ids.add(((Rule) f.get(null)).id());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return ids;
  }
}
