package io.kubeprint.test;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.Secret;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assertions on a {@link Secret}: {@code assertThat(apiKey).hasKeys("id", "key").hasData("id", "client-1234")}.
 * Failure messages name keys, never values: a value that differs shows as {@code (value redacted)}.
 * Reach it through {@link KubeAssertions#assertThat(Secret)} or {@link BundleAssert#secret(String)}.
 */
public final class SecretAssert extends AbstractKubeObjectAssert<SecretAssert, Secret> {

  SecretAssert(Secret actual) {
    super(actual, SecretAssert.class);
  }

  /** Verifies {@code type}; unset counts as {@code Opaque}, the API server's default. */
  public SecretAssert hasType(String type) {
    isNotNull();
    Objects.requireNonNull(type, "type == null");
    Optional<String> set = actual.type();
    if (!type.equals(set.orElse(Secret.OPAQUE))) {
      throw failure("to have type " + type, "but had", set.orElse(Describe.UNSET + " (the API server defaults it to Opaque)"));
    }
    return myself;
  }

  /** Verifies that {@code data} maps {@code key} to the UTF-8 bytes of {@code plaintext}; neither value is ever printed. */
  public SecretAssert hasData(String key, String plaintext) {
    isNotNull();
    Objects.requireNonNull(plaintext, "plaintext == null");
    return hasData(key, Bytes.utf8(plaintext));
  }

  /** Verifies that {@code data} maps {@code key} to {@code value}; neither value is ever printed. */
  public SecretAssert hasData(String key, Bytes value) {
    isNotNull();
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    Bytes found = actual.data().get(key);
    String expectation = "to have key " + key + " with the given value (value redacted)";
    if (found == null) {
      throw failure(expectation, "but had keys", Describe.list(keys()));
    }
    if (!found.equals(value)) {
      throw failure(expectation, "but had", "another value for key " + key + " (value redacted)");
    }
    return myself;
  }

  /** Verifies that {@code key} is among the keys of {@code data}. */
  public SecretAssert containsKey(String key) {
    isNotNull();
    Objects.requireNonNull(key, "key == null");
    if (!keys().contains(key)) {
      throw failure("to contain key " + key, "but had keys", Describe.list(keys()));
    }
    return myself;
  }

  /** Verifies that {@code key} is not among the keys of {@code data}. */
  public SecretAssert doesNotContainKey(String key) {
    isNotNull();
    Objects.requireNonNull(key, "key == null");
    if (keys().contains(key)) {
      throw failure("not to contain key " + key, "but had keys", Describe.list(keys()));
    }
    return myself;
  }

  /** Verifies that the keys of {@code data} are exactly {@code keys}, in any order. */
  public SecretAssert hasKeys(String... keys) {
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(keys));
    if (!keys().equals(expected)) {
      throw failure("to have exactly keys " + Describe.list(expected), "but had keys", Describe.list(keys()));
    }
    return myself;
  }

  /** Verifies {@code immutable: true}. */
  public SecretAssert isImmutable() {
    isNotNull();
    if (!actual.immutable().orElse(false)) {
      throw failure("to be immutable", "but had immutable", Describe.optional(actual.immutable()));
    }
    return myself;
  }

  private Set<String> keys() {
    return new TreeSet<>(actual.data().keySet());
  }
}
