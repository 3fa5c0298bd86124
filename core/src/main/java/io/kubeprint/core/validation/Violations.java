package io.kubeprint.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the violations found in one object while validators walk it. Validators never stop at the
 * first problem: every rule runs and every violation is recorded.
 */
public final class Violations {
  private final String object;
  private final List<Violation> list = new ArrayList<>();

  /** A collector for the object named {@code object} ({@code Kind/name}). */
  public Violations(String object) {
    this.object = object;
  }

  /** The object these violations are about, {@code Kind/name}. */
  public String object() {
    return object;
  }

  /** Records an error: the API server would refuse this. */
  public void add(Rule rule, FieldPath path, String message) {
    list.add(new Violation(object, path.toString(), rule.id(), message, Severity.ERROR));
  }

  /** Records a violation of the given severity. */
  public void add(Rule rule, FieldPath path, String message, Severity severity) {
    list.add(new Violation(object, path.toString(), rule.id(), message, severity));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The violations recorded so far, in the order found. */
  public List<Violation> list() {
    return Collections.unmodifiableList(list);
  }
}
