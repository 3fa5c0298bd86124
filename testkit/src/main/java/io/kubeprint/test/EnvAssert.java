package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.SecretKeySelector;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one environment variable, reached with {@link ContainerAssert#hasEnv(String)}:
 * {@code .hasEnv("SECRET_ID").fromSecret(apiKey, "id")}, {@code .hasEnv("MODE").hasValue("prod")}. Failures
 * name the variable, its container and object, and never print a Secret's values. Reached from a bundle, a
 * ConfigMap or Secret is named by its own name even when roll-on-change renamed it ({@code api-settings} for the
 * reference to {@code api-settings-5adf1bf2be}).
 */
public final class EnvAssert extends AbstractAssert<EnvAssert, EnvVar> {
  private final String subject;
  private final Bundle bundle;

  EnvAssert(EnvVar actual, String subject, Bundle bundle) {
    super(actual, EnvAssert.class);
    this.subject = subject;
    this.bundle = bundle;
  }

  /**
   * Verifies that the value comes from key {@code key} of {@code secret} ({@code valueFrom.secretKeyRef}),
   * and that the Secret has that key.
   */
  public EnvAssert fromSecret(Secret secret, String key) {
    Objects.requireNonNull(secret, "secret == null");
    secret = InBundle.resolve(bundle, secret);
    fromSecret(refName(actual.valueFrom().flatMap(EnvVarSource::secretKeyRef).flatMap(SecretKeySelector::name), secret),
        key);
    if (!secret.data().containsKey(key)) {
      throw Failure.of(info, subject, "to come from Secret " + secret.name() + ", key " + key,
          "but " + secret.displayName() + " had keys", Describe.list(new TreeSet<>(secret.data().keySet())));
    }
    return this;
  }

  /** Verifies that the value comes from key {@code key} of the Secret named {@code secretName}. */
  public EnvAssert fromSecret(String secretName, String key) {
    isNotNull();
    Objects.requireNonNull(secretName, "secretName == null");
    Objects.requireNonNull(key, "key == null");
    Optional<SecretKeySelector> ref = actual.valueFrom().flatMap(EnvVarSource::secretKeyRef);
    if (!ref.flatMap(SecretKeySelector::name).filter(n -> InBundle.refersTo(bundle, Kind.SECRET, n, secretName)).isPresent()
        || !ref.flatMap(SecretKeySelector::key).filter(key::equals).isPresent()) {
      throw Failure.of(info, subject, "to come from Secret " + secretName + ", key " + key, "but came from", source());
    }
    return this;
  }

  /**
   * Verifies that the value comes from key {@code key} of {@code configMap} ({@code valueFrom.configMapKeyRef}),
   * and that the ConfigMap has that key.
   */
  public EnvAssert fromConfigMap(ConfigMap configMap, String key) {
    Objects.requireNonNull(configMap, "configMap == null");
    configMap = InBundle.resolve(bundle, configMap);
    fromConfigMap(refName(actual.valueFrom().flatMap(EnvVarSource::configMapKeyRef)
        .flatMap(ConfigMapKeySelector::name), configMap), key);
    if (!configMap.data().containsKey(key) && !configMap.binaryData().containsKey(key)) {
      TreeSet<String> keys = new TreeSet<>(configMap.data().keySet());
      keys.addAll(configMap.binaryData().keySet());
      throw Failure.of(info, subject, "to come from ConfigMap " + configMap.name() + ", key " + key,
          "but " + configMap.displayName() + " had keys", Describe.list(keys));
    }
    return this;
  }

  /** Verifies that the value comes from key {@code key} of the ConfigMap named {@code configMapName}. */
  public EnvAssert fromConfigMap(String configMapName, String key) {
    isNotNull();
    Objects.requireNonNull(configMapName, "configMapName == null");
    Objects.requireNonNull(key, "key == null");
    Optional<ConfigMapKeySelector> ref = actual.valueFrom().flatMap(EnvVarSource::configMapKeyRef);
    if (!ref.flatMap(ConfigMapKeySelector::name)
        .filter(n -> InBundle.refersTo(bundle, Kind.CONFIG_MAP, n, configMapName)).isPresent()
        || !ref.flatMap(ConfigMapKeySelector::key).filter(key::equals).isPresent()) {
      throw Failure.of(info, subject, "to come from ConfigMap " + configMapName + ", key " + key, "but came from",
          source());
    }
    return this;
  }

  /** Verifies that the value comes from the pod field {@code fieldPath} ({@code valueFrom.fieldRef}), e.g. {@code metadata.name}. */
  public EnvAssert fromField(String fieldPath) {
    isNotNull();
    Objects.requireNonNull(fieldPath, "fieldPath == null");
    if (!actual.valueFrom().flatMap(EnvVarSource::fieldRef).flatMap(f -> f.fieldPath()).filter(fieldPath::equals)
        .isPresent()) {
      throw Failure.of(info, subject, "to come from field " + fieldPath, "but came from", source());
    }
    return this;
  }

  /** Verifies the literal {@code value}. */
  public EnvAssert hasValue(String value) {
    isNotNull();
    Objects.requireNonNull(value, "value == null");
    if (!actual.value().filter(value::equals).isPresent()) {
      throw Failure.of(info, subject, "to have value " + value, "but came from", source());
    }
    return this;
  }

  /** The name to expect for {@code object}: its own when the reference says it, else the one it was renamed from. */
  private static String refName(Optional<String> reference, io.kubeprint.core.meta.KubeObject object) {
    return reference.filter(object.name()::equals).isPresent() ? object.name() : Bundle.baseName(object);
  }

  /** Where the value comes from, in words; Secret references name the key, never a value. */
  private String source() {
    if (actual.value().isPresent()) {
      return "value " + actual.value().get();
    }
    Optional<EnvVarSource> from = actual.valueFrom();
    if (from.isEmpty()) {
      return "no value (empty)";
    }
    EnvVarSource s = from.get();
    if (s.secretKeyRef().isPresent()) {
      SecretKeySelector r = s.secretKeyRef().get();
      return "Secret " + Describe.optional(r.name()) + ", key " + Describe.optional(r.key());
    }
    if (s.configMapKeyRef().isPresent()) {
      ConfigMapKeySelector r = s.configMapKeyRef().get();
      return "ConfigMap " + Describe.optional(r.name()) + ", key " + Describe.optional(r.key());
    }
    if (s.fieldRef().isPresent()) {
      return "field " + Describe.optional(s.fieldRef().get().fieldPath());
    }
    if (s.resourceFieldRef().isPresent()) {
      return "resource " + Describe.optional(s.resourceFieldRef().get().resource());
    }
    return "an untyped source";
  }
}
