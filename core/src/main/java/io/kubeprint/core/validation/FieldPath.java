package io.kubeprint.core.validation;

import java.util.Objects;

/**
 * A Kubernetes field path such as {@code spec.template.spec.containers[0].ports[1].containerPort} or
 * {@code metadata.labels[app]}, written the way the API server writes them (apimachinery
 * {@code field.Path}): fields joined by dots, list indexes and map keys in brackets. Immutable; each step
 * returns a new path.
 */
public final class FieldPath {
  private static final FieldPath ROOT = new FieldPath(null, null, -1, null);

  private final FieldPath parent;
  /** The field this step adds, or {@code null} for a list index or map key. */
  private final String name;
  /** The list index this step adds, or -1. */
  private final int index;
  /** The map key this step adds, or {@code null}. */
  private final String key;
  /**
   * The text, made when first asked for: validators build a path for every field they visit and print only
   * the few that hold a violation. A String, so a race only makes it twice.
   */
  private String text;

  private FieldPath(FieldPath parent, String name, int index, String key) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.key = key;
    this.text = parent == null ? "" : null;
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
    return new FieldPath(this, name, -1, null);
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
    return new FieldPath(this, null, i, null);
  }

  /** This path followed by map key {@code key}: {@code labels[app]}. */
  public FieldPath key(String key) {
    return new FieldPath(this, null, -1, String.valueOf(key));
  }

  /** The enclosing path, or {@code null} at the root. */
  public FieldPath parent() {
    return parent;
  }

  public boolean isRoot() {
    return toString().isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath p && p.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The path as the API server prints it, e.g. {@code spec.containers[0].image}. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      String up = parent.toString();
      if (name != null) {
        t = up.isEmpty() ? name : up + "." + name;
      } else if (key != null) {
        t = up + "[" + key + "]";
      } else {
        t = up + "[" + index + "]";
      }
      text = t;
    }
    return t;
  }
}
