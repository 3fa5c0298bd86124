package io.kubeprint.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Labels stamped on every object of a bundle and on every pod template, never on a selector: e.g. the
 * recommended {@code app.kubernetes.io/*} set.
 *
 * <pre>{@code
 * CommonLabels common = appLabels("webserver").version("1.4.2").partOf("hello-docker").managedBy("kubeprint");
 * Bundle labelled = bundleWide().commonLabels(common).applyTo(app);
 * }</pre>
 *
 * <p>This is deliberately not {@link Labels}: no builder's {@code selector(..)}, {@code podLabels(..)} or
 * {@code selecting(..)} takes it, so a label that changes from release to release (a version) cannot end up
 * in a selector, which the API server keeps immutable ({@code field is immutable} on the next apply).
 * Keys and values are values like any other: a key that is not a qualified name or a value that is not a valid
 * label value is reported by validation ({@code label-key-syntax}, {@code label-value-syntax}) on every object
 * it is stamped on, with every other violation. Immutable; each method returns a new value.
 */
public final class CommonLabels {
  /** {@code app.kubernetes.io/}, the prefix of Kubernetes' recommended labels. */
  public static final String APP_PREFIX = "app.kubernetes.io/";

  private static final CommonLabels NONE = new CommonLabels(Map.of());

  private final Map<String, String> pairs;

  private CommonLabels(Map<String, String> pairs) {
    this.pairs = pairs;
  }

  /** No labels. */
  public static CommonLabels none() {
    return NONE;
  }

  /** One common label, {@code key=value}. */
  public static CommonLabels of(String key, String value) {
    return NONE.and(key, value);
  }

  /** {@code app.kubernetes.io/name=<name>}, to extend with {@link #version}, {@link #partOf} and the others. */
  public static CommonLabels app(String name) {
    return NONE.and(APP_PREFIX + "name", name);
  }

  /** These labels plus {@code key=value}; a key already present keeps its place and takes the new value. */
  public CommonLabels and(String key, String value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    Map<String, String> m = new LinkedHashMap<>(pairs);
    m.put(key, value);
    return new CommonLabels(Collections.unmodifiableMap(m));
  }

  /** Adds {@code app.kubernetes.io/instance}: this installation of the app, e.g. {@code webserver-prod}. */
  public CommonLabels instance(String instance) {
    return and(APP_PREFIX + "instance", instance);
  }

  /** Adds {@code app.kubernetes.io/version}, e.g. {@code 1.4.2}. */
  public CommonLabels version(String version) {
    return and(APP_PREFIX + "version", version);
  }

  /** Adds {@code app.kubernetes.io/component}, e.g. {@code frontend}. */
  public CommonLabels component(String component) {
    return and(APP_PREFIX + "component", component);
  }

  /** Adds {@code app.kubernetes.io/part-of}: the larger application, e.g. {@code hello-docker}. */
  public CommonLabels partOf(String application) {
    return and(APP_PREFIX + "part-of", application);
  }

  /** Adds {@code app.kubernetes.io/managed-by}: the tool applying the manifests, e.g. {@code kubeprint}. */
  public CommonLabels managedBy(String tool) {
    return and(APP_PREFIX + "managed-by", tool);
  }

  /** These labels plus all of {@code more} (whose values win on equal keys). */
  public CommonLabels and(CommonLabels more) {
    Checks.notNull(more, "more");
    Map<String, String> m = new LinkedHashMap<>(pairs);
    m.putAll(more.pairs);
    return new CommonLabels(Collections.unmodifiableMap(m));
  }

  /** The labels as an unmodifiable map in insertion order. */
  public Map<String, String> asMap() {
    return pairs;
  }

  /** Whether there are no labels. */
  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommonLabels c && c.pairs.equals(pairs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pairs);
  }

  /** {@code CommonLabels{app.kubernetes.io/name=webserver}}. */
  @Override
  public String toString() {
    return "CommonLabels" + pairs;
  }
}
