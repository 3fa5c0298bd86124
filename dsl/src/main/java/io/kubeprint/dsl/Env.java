package io.kubeprint.dsl;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.ConfigMapEnvSource;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.ResourceFieldSelector;
import io.kubeprint.core.pod.SecretEnvSource;
import io.kubeprint.core.pod.SecretKeySelector;

/**
 * Where environment variables come from: typed references to ConfigMap and Secret keys (checked at the
 * call), the downward API, and {@code envFrom}. {@link Kube} delegates here.
 */
public final class Env {
  private Env() {}

  /**
   * {@code valueFrom.configMapKeyRef}: the value of {@code key} in {@code configMap}:
   * {@code fromConfigMap(projectId, "project.id")}. A key the ConfigMap does not have is reported by validation of
   * the bundle at this reference's field path ({@code config-map-key-not-found}), with every other violation.
   */
  public static EnvVarSource fromConfigMap(ConfigMap configMap, String key) {
    return fromConfigMap(ConfigMapRef.to(configMap), key);
  }

  /** {@code valueFrom.configMapKeyRef} through a reference; validation checks the key unless the ConfigMap is external. */
  public static EnvVarSource fromConfigMap(ConfigMapRef configMap, String key) {
    Checks.notNull(configMap, "configMap");
    String k = configMap.requireKey(key);
    return EnvVarSource.builder().configMapKeyRef(ConfigMapKeySelector.builder()
        .name(configMap.name()).key(k).optional(configMap.optionalFlag()).build()).build();
  }

  /**
   * {@code valueFrom.secretKeyRef}: the value of {@code key} in {@code secret}, checked like
   * {@link #fromConfigMap(ConfigMap, String)}; the message names keys, never values.
   */
  public static EnvVarSource fromSecret(Secret secret, String key) {
    return fromSecret(SecretRef.to(secret), key);
  }

  /** {@code valueFrom.secretKeyRef} through a reference; validation checks the key unless the Secret is external. */
  public static EnvVarSource fromSecret(SecretRef secret, String key) {
    Checks.notNull(secret, "secret");
    String k = secret.requireKey(key);
    return EnvVarSource.builder().secretKeyRef(SecretKeySelector.builder()
        .name(secret.name()).key(k).optional(secret.optionalFlag()).build()).build();
  }

  /** {@code valueFrom.fieldRef}: a field of the pod, e.g. {@code fieldRef("status.podIP")}. */
  public static EnvVarSource fieldRef(String fieldPath) {
    return EnvVarSource.builder().fieldRef(ObjectFieldSelector.builder()
        .fieldPath(Checks.notNull(fieldPath, "fieldPath")).build()).build();
  }

  /** {@code valueFrom.resourceFieldRef} of this container: {@code resourceFieldRef("limits.memory")}. */
  public static EnvVarSource resourceFieldRef(String resource) {
    return EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
        .resource(Checks.notNull(resource, "resource")).build()).build();
  }

  /**
   * {@code valueFrom.resourceFieldRef} of the container {@code containerName}, in units of {@code divisor}:
   * {@code resourceFieldRef("web", "limits.memory", "1Mi")}.
   */
  public static EnvVarSource resourceFieldRef(String containerName, String resource, String divisor) {
    return EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
        .containerName(Checks.notNull(containerName, "containerName"))
        .resource(Checks.notNull(resource, "resource"))
        .divisor(Checks.quantity(divisor, "divisor")).build()).build();
  }

  /** {@code envFrom[]}: every key of {@code configMap} becomes a variable. */
  public static EnvFromSource envFrom(ConfigMap configMap) {
    return envFrom(ConfigMapRef.to(configMap));
  }

  /** {@code envFrom[]} with {@code prefix} before every key of {@code configMap}: {@code envFrom(settings, "APP_")}. */
  public static EnvFromSource envFrom(ConfigMap configMap, String prefix) {
    return envFrom(ConfigMapRef.to(configMap), prefix);
  }

  /** {@code envFrom[]}: every key of {@code secret} becomes a variable. */
  public static EnvFromSource envFrom(Secret secret) {
    return envFrom(SecretRef.to(secret));
  }

  /** {@code envFrom[]} with {@code prefix} before every key of {@code secret}. */
  public static EnvFromSource envFrom(Secret secret, String prefix) {
    return envFrom(SecretRef.to(secret), prefix);
  }

  /** {@code envFrom[]}: every key of the referenced ConfigMap becomes a variable. */
  public static EnvFromSource envFrom(ConfigMapRef configMap) {
    Checks.notNull(configMap, "configMap");
    return EnvFromSource.builder().configMapRef(ConfigMapEnvSource.builder()
        .name(configMap.name()).optional(configMap.optionalFlag()).build()).build();
  }

  /** {@code envFrom[]} with {@code prefix} before every key: {@code envFrom(settings, "APP_")}. */
  public static EnvFromSource envFrom(ConfigMapRef configMap, String prefix) {
    return envFrom(configMap).withPrefix(Checks.notNull(prefix, "prefix"));
  }

  /** {@code envFrom[]}: every key of the referenced Secret becomes a variable. */
  public static EnvFromSource envFrom(SecretRef secret) {
    Checks.notNull(secret, "secret");
    return EnvFromSource.builder().secretRef(SecretEnvSource.builder()
        .name(secret.name()).optional(secret.optionalFlag()).build()).build();
  }

  /** {@code envFrom[]} with {@code prefix} before every key. */
  public static EnvFromSource envFrom(SecretRef secret, String prefix) {
    return envFrom(secret).withPrefix(Checks.notNull(prefix, "prefix"));
  }
}
