package io.kubeprint.test;

import io.kubeprint.core.config.ConfigMap;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assertions on a {@link ConfigMap}: {@code assertThat(projectId).hasData("project.id", "hello-docker-123456")}.
 * Keys are those of {@code data} and {@code binaryData} together. Reach it through
 * {@link KubeAssertions#assertThat(ConfigMap)} or {@link BundleAssert#configMap(String)}.
 */
public final class ConfigMapAssert extends AbstractKubeObjectAssert<ConfigMapAssert, ConfigMap> {

  ConfigMapAssert(ConfigMap actual) {
    super(actual, ConfigMapAssert.class);
  }

  /** Verifies that {@code data} maps {@code key} to {@code value}. */
  public ConfigMapAssert hasData(String key, String value) {
    isNotNull();
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    String found = actual.data().get(key);
    if (found == null) {
      throw failure("to have data " + key + "=" + value, "but had keys", Describe.list(keys()));
    }
    if (!found.equals(value)) {
      throw failure("to have data " + key + "=" + value, "but had", key + "=" + found);
    }
    return myself;
  }

  /** Verifies that {@code key} is among the keys. */
  public ConfigMapAssert containsKey(String key) {
    isNotNull();
    Objects.requireNonNull(key, "key == null");
    if (!keys().contains(key)) {
      throw failure("to contain key " + key, "but had keys", Describe.list(keys()));
    }
    return myself;
  }

  /** Verifies that {@code key} is not among the keys. */
  public ConfigMapAssert doesNotContainKey(String key) {
    isNotNull();
    Objects.requireNonNull(key, "key == null");
    if (keys().contains(key)) {
      throw failure("not to contain key " + key, "but had keys", Describe.list(keys()));
    }
    return myself;
  }

  /** Verifies that the keys are exactly {@code keys}, in any order. */
  public ConfigMapAssert hasKeys(String... keys) {
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(keys));
    if (!keys().equals(expected)) {
      throw failure("to have exactly keys " + Describe.list(expected), "but had keys", Describe.list(keys()));
    }
    return myself;
  }

  /** Verifies {@code immutable: true}. */
  public ConfigMapAssert isImmutable() {
    isNotNull();
    if (!actual.immutable().orElse(false)) {
      throw failure("to be immutable", "but had immutable", Describe.optional(actual.immutable()));
    }
    return myself;
  }

  private Set<String> keys() {
    Set<String> keys = new TreeSet<>(actual.data().keySet());
    keys.addAll(actual.binaryData().keySet());
    return keys;
  }
}
