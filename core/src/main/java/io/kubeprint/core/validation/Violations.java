package io.kubeprint.core.validation;

import io.kubeprint.core.meta.KubeObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the violations found in one object while validators walk it. Validators never stop at the
 * first problem: every rule runs and every violation is recorded.
 */
public final class Violations {
  /** The object's {@code Kind/name}, or {@code null} until {@link #owner} is first named. */
  private String object;
  private final KubeObject owner;
  private final List<Violation> list = new ArrayList<>();

  /** A collector for the object named {@code object} ({@code Kind/name}). */
  public Violations(String object) {
    this.object = object;
    this.owner = null;
  }

  /** A collector for {@code owner}, named {@code Kind/name} when a violation is recorded (most objects have none). */
  Violations(KubeObject owner) {
    this.object = null;
    this.owner = owner;
  }

  /** The object these violations are about, {@code Kind/name}. */
  public String object() {
    if (object == null) {
      object = owner.displayName();
    }
    return object;
  }

  /** Records an error: the API server would refuse this. */
  public void add(Rule rule, FieldPath path, String message) {
    list.add(new Violation(object(), path.toString(), rule.id(), message, Severity.ERROR));
  }

  /** Records a violation of the given severity. */
  public void add(Rule rule, FieldPath path, String message, Severity severity) {
    list.add(new Violation(object(), path.toString(), rule.id(), message, severity));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The violations recorded so far, in the order found. */
  public List<Violation> list() {
    return Collections.unmodifiableList(list);
  }
}
