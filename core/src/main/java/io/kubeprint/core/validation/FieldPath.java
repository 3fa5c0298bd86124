package io.kubeprint.core.validation;

import java.util.Objects;

/**
 * A Kubernetes field path such as {@code spec.template.spec.containers[0].ports[1].containerPort} or
 * {@code metadata.labels[app]}, written the way the API server writes them (apimachinery
 * {@code field.Path}): fields joined by dots, list indexes and map keys in brackets. Immutable; each step
 * returns a new path.
 */
public final class FieldPath {
  private static final FieldPath ROOT = new FieldPath(null, "");

  private final FieldPath parent;
  private final String text;

  private FieldPath(FieldPath parent, String text) {
    this.parent = parent;
    this.text = text;
  }

  /** The empty path: the object itself. */
  public static FieldPath root() {
    return ROOT;
  }

  /** A path starting at the top-level field {@code name}. */
  public static FieldPath of(String name, String... more) {
    FieldPath p = ROOT.child(name);
    for (String m : more) {
      p = p.child(m);
    }
    return p;
  }

  /** This path followed by the field {@code name}. */
  public FieldPath child(String name) {
    Objects.requireNonNull(name, "name == null");
    return new FieldPath(this, text.isEmpty() ? name : text + "." + name);
  }

  /** This path followed by the fields {@code names}, in order. */
  public FieldPath child(String name, String... more) {
    FieldPath p = child(name);
    for (String m : more) {
      p = p.child(m);
    }
    return p;
  }

  /** This path followed by list index {@code i}: {@code containers[0]}. */
  public FieldPath index(int i) {
    return new FieldPath(this, text + "[" + i + "]");
  }

  /** This path followed by map key {@code key}: {@code labels[app]}. */
  public FieldPath key(String key) {
    return new FieldPath(this, text + "[" + key + "]");
  }

  /** The enclosing path, or {@code null} at the root. */
  public FieldPath parent() {
    return parent;
  }

  public boolean isRoot() {
    return text.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The path as the API server prints it, e.g. {@code spec.containers[0].image}. */
  @Override
  public String toString() {
    return text;
  }
}
