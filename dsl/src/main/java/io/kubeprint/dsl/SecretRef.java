package io.kubeprint.dsl;

import io.kubeprint.core.config.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a Secret by name, for environment variables, {@code envFrom} and volumes. Made from a
 * Secret value ({@link #to(Secret)}), it knows the keys and key references are checked at the call;
 * {@link #external(String)} names one that lives only in the cluster, whose keys are not checked.
 */
public final class SecretRef {
  private final String name;
  private final List<String> keys;
  private final boolean optional;

  private SecretRef(String name, List<String> keys, boolean optional) {
    this.name = name;
    this.keys = keys;
    this.optional = optional;
  }

  /** A Secret created outside this code, e.g. by an operator: {@code SecretRef.external("db-credentials")}. */
  public static SecretRef external(String name) {
    return new SecretRef(Checks.notNull(name, "name"), null, false);
  }

  /** A reference to {@code secret}, knowing its key names (never its values). */
  public static SecretRef to(Secret secret) {
    Checks.notNull(secret, "secret");
    String name = secret.metadata().name()
        .orElseThrow(() -> new IllegalArgumentException("secret must have a name (was unnamed)"));
    List<String> keys = new ArrayList<>(secret.data().keySet());
    return new SecretRef(name, List.copyOf(keys), false);
  }

  /** This reference marked {@code optional: true}: a missing Secret (or key) is no error for the pod. */
  public SecretRef optional() {
    return new SecretRef(name, keys, true);
  }

  /** The Secret's name. */
  public String name() {
    return name;
  }

  /** Whether the Secret lives only in the cluster (its keys unknown here). */
  public boolean isExternal() {
    return keys == null;
  }

  /** Whether the reference is {@code optional}. */
  public boolean isOptional() {
    return optional;
  }

  /** The keys, when known. */
  public Optional<List<String>> keys() {
    return Optional.ofNullable(keys);
  }

  /**
   * {@code key} as given: a key the Secret does not have lands in the pod, and validation of the bundle reports it
   * at the reference's field path ({@code secret-key-not-found}, with the closest key), with every other violation.
   */
  String requireKey(String key) {
    return Checks.notNull(key, "key");
  }

  Optional<Boolean> optionalFlag() {
    return optional ? Optional.of(true) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretRef r && r.name.equals(name) && Objects.equals(r.keys, keys) && r.optional == optional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keys, optional);
  }

  /** {@code SecretRef{name=db, external}} or {@code SecretRef{name=db, keys=[user, password]}}: key names only. */
  @Override
  public String toString() {
    return "SecretRef{name=" + name + (keys == null ? ", external" : ", keys=" + keys)
        + (optional ? ", optional" : "") + "}";
  }
}
