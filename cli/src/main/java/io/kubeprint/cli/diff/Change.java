package io.kubeprint.cli.diff;

import java.util.Objects;

/**
 * One line of a {@link ManifestDiff}: an object added or removed, a field changed, or a change the API server
 * would refuse. Prints as
 * <pre>
 * + Service/web
 * - ConfigMap/old
 * ~ Deployment/web spec.replicas: 3 → 5
 * ~ Secret/db data[password]: (value changed, redacted)
 * ! Deployment/web spec.selector changed: the API server refuses selector updates (delete and recreate)
 * </pre>
 * Secret values never appear in a change.
 */
public final class Change {

  /** What happened, with the symbol that starts the line. */
  public enum Type {
    /** The object is only in the new manifests: {@code +}. */
    ADDED('+'),
    /** The object is only in the old manifests: {@code -}. */
    REMOVED('-'),
    /** A field of an object in both differs: {@code ~}. */
    CHANGED('~'),
    /** A change the API server refuses on update, so applying it fails: {@code !}. */
    REFUSED('!');

    private final char symbol;

    Type(char symbol) {
      this.symbol = symbol;
    }

    /** The line's first character. */
    public char symbol() {
      return symbol;
    }
  }

  private final Type type;
  private final String object;
  private final String path;
  private final String detail;

  Change(Type type, String object, String path, String detail) {
    this.type = type;
    this.object = object;
    this.path = path;
    this.detail = detail;
  }

  public Type type() {
    return type;
  }

  /** The object, {@code Kind/name}, or {@code Kind/namespace/name} for a namespaced one. */
  public String object() {
    return object;
  }

  /** The field path, e.g. {@code spec.template.spec.containers[web].image}; empty for a whole object. */
  public String path() {
    return path;
  }

  /** What changed, e.g. {@code 3 → 5}, or why the API server refuses it; empty for a whole object. */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Change c && c.type == type && c.object.equals(object) && c.path.equals(path)
        && c.detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, object, path, detail);
  }

  /** The line, e.g. {@code ~ Deployment/web spec.replicas: 3 → 5}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(type.symbol).append(' ').append(object);
    if (!path.isEmpty()) {
      b.append(' ').append(path);
      if (type == Type.REFUSED) {
        b.append(" changed");
      }
    }
    if (!detail.isEmpty()) {
      b.append(": ").append(detail);
    }
    return b.toString();
  }
}
