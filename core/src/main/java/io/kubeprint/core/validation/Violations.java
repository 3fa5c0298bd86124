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
  /** The violations recorded, {@code null} until the first (most objects have none). */
  private List<Violation> list;

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
    add(new Violation(object(), path.toString(), rule.id(), message, Severity.ERROR));
  }

  /** Records a violation of the given severity. */
  public void add(Rule rule, FieldPath path, String message, Severity severity) {
    add(new Violation(object(), path.toString(), rule.id(), message, severity));
  }

  private void add(Violation x) {
    if (list == null) {
      list = new ArrayList<>();
    }
    list.add(x);
  }

  /** Whether no violation was recorded. */
  public boolean isEmpty() {
    return list == null;
  }

  /** The violations recorded so far, in the order found. */
  public List<Violation> list() {
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /** Adds the violations recorded so far to {@code out}, in the order found. */
  void addTo(List<Violation> out) {
    if (list != null) {
      out.addAll(list);
    }
  }
}
