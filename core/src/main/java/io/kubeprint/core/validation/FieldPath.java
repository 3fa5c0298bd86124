package io.kubeprint.core.validation;

import java.util.Objects;

/**
 * A Kubernetes field path such as {@code spec.template.spec.containers[0].ports[1].containerPort} or
 * {@code metadata.labels[app]}, written the way the API server writes them (apimachinery
 * {@code field.Path}): fields joined by dots, list indexes and map keys in brackets. Immutable; each step
 * returns a path one longer, shared with earlier callers of the same step (within limits), so that walking the
 * fields of every object of a bundle makes its paths once rather than once per object.
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
  /**
   * The steps below this path made so far, shared: validation walks the same fields of every object, so
   * {@code FieldPath.of("spec").child("template")} is made once and then found here. Copied on write, at most
   * {@link #SHARED_STEPS} entries, and made only while fewer than {@link #SHARED_PATHS} paths are shared in all,
   * so map keys and indexes of user data cannot grow it without bound; past either limit a step is a new path.
   */
  private volatile FieldPath[] steps;

  /** At most this many shared steps below one path. */
  private static final int SHARED_STEPS = 24;
  /** At most this many shared paths in all (each about 50 bytes). */
  private static final int SHARED_PATHS = 8192;
  /** How many paths are shared; written under the class's lock. */
  private static volatile int shared;

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

  /** The path of the top-level field {@code name}. */
  public static FieldPath of(String name) {
    return ROOT.child(name);
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
    FieldPath[] known = steps;
    if (known != null) {
      // Validators pass string constants, so the step is almost always found by identity; only then equals.
      for (FieldPath p : known) {
        if (p.name == name) {
          return p;
        }
      }
      for (FieldPath p : known) {
        if (p.name != null && p.name.equals(name)) {
          return p;
        }
      }
    }
    return share(new FieldPath(this, name, -1, null));
  }

  /** This path followed by the fields {@code name} and {@code next}. */
  public FieldPath child(String name, String next) {
    return child(name).child(next);
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
    FieldPath[] known = steps;
    if (known != null) {
      for (FieldPath p : known) {
        if (p.index == i && p.name == null && p.key == null) {
          return p;
        }
      }
    }
    return share(new FieldPath(this, null, i, null));
  }

  /** This path followed by map key {@code key}: {@code labels[app]}. */
  public FieldPath key(String key) {
    String k = String.valueOf(key);
    FieldPath[] known = steps;
    if (known != null) {
      for (FieldPath p : known) {
        if (p.key != null && p.key.equals(k)) {
          return p;
        }
      }
    }
    return share(new FieldPath(this, null, -1, k));
  }

  /** Keeps {@code step}, a new step below this path, among the shared ones while the limits allow. */
  private FieldPath share(FieldPath step) {
    FieldPath[] seen = steps;
    if ((seen != null && seen.length >= SHARED_STEPS) || shared >= SHARED_PATHS) {
      return step;
    }
    synchronized (FieldPath.class) {
      FieldPath[] known = steps;
      int n = known == null ? 0 : known.length;
      if (n >= SHARED_STEPS || shared >= SHARED_PATHS) {
        return step;
      }
      for (int i = 0; i < n; i++) {
        if (known[i].isSameStep(step)) {
          return known[i];
        }
      }
      FieldPath[] more = new FieldPath[n + 1];
      if (n > 0) {
        System.arraycopy(known, 0, more, 0, n);
      }
      more[n] = step;
      steps = more;
      shared++;
      return step;
    }
  }

  private boolean isSameStep(FieldPath o) {
    return index == o.index && Objects.equals(name, o.name) && Objects.equals(key, o.key);
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
