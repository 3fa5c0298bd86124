package io.kubeprint.dsl;

import io.kubeprint.core.config.ConfigMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a ConfigMap by name, for environment variables, {@code envFrom} and volumes. Made from a
 * ConfigMap value ({@link #to(ConfigMap)}), it knows the keys and key references are checked at the call;
 * {@link #external(String)} names one that lives only in the cluster, whose keys are not checked.
 */
public final class ConfigMapRef {
  private final String name;
  private final List<String> keys;
  private final boolean optional;

  private ConfigMapRef(String name, List<String> keys, boolean optional) {
    this.name = name;
    this.keys = keys;
    this.optional = optional;
  }

  /** A ConfigMap created outside this code, e.g. by another team: {@code ConfigMapRef.external("shared")}. */
  public static ConfigMapRef external(String name) {
    return new ConfigMapRef(Checks.notNull(name, "name"), null, false);
  }

  /** A reference to {@code configMap}, knowing its keys ({@code data} then {@code binaryData}). */
  public static ConfigMapRef to(ConfigMap configMap) {
    Checks.notNull(configMap, "configMap");
    String name = configMap.metadata().name()
        .orElseThrow(() -> new IllegalArgumentException("configMap must have a name (was unnamed)"));
    List<String> keys = new ArrayList<>(configMap.data().keySet());
    keys.addAll(configMap.binaryData().keySet());
    return new ConfigMapRef(name, List.copyOf(keys), false);
  }

  /** This reference marked {@code optional: true}: a missing ConfigMap (or key) is no error for the pod. */
  public ConfigMapRef optional() {
    return new ConfigMapRef(name, keys, true);
  }

  /** The ConfigMap's name. */
  public String name() {
    return name;
  }

  /** Whether the ConfigMap lives only in the cluster (its keys unknown here). */
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
   * {@code key} as given: a key the ConfigMap does not have lands in the pod, and validation of the bundle reports it
   * at the reference's field path ({@code config-map-key-not-found}, with the closest key), with every other violation.
   */
  String requireKey(String key) {
    return Checks.notNull(key, "key");
  }

  Optional<Boolean> optionalFlag() {
    return optional ? Optional.of(true) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfigMapRef r && r.name.equals(name) && Objects.equals(r.keys, keys) && r.optional == optional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keys, optional);
  }

  /** {@code ConfigMapRef{name=shared, external}} or {@code ConfigMapRef{name=app, keys=[a, b]}}. */
  @Override
  public String toString() {
    return "ConfigMapRef{name=" + name + (keys == null ? ", external" : ", keys=" + keys)
        + (optional ? ", optional" : "") + "}";
  }
}
