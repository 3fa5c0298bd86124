package io.kubeprint.dsl;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;

/** ConfigMap and Secret factories; {@link Kube} delegates here. */
public final class Configs {
  private Configs() {}

  /** A ConfigMap builder: {@code configMap("settings").data("mode", "fast")}. */
  public static ConfigMapBuilder configMap(String name) {
    return new ConfigMapBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static ConfigMapBuilder from(ConfigMap existing) {
    return new ConfigMapBuilder(existing);
  }

  /** A Secret builder: {@code secret("db").data("password", "…")}. */
  public static SecretBuilder secret(String name) {
    return new SecretBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static SecretBuilder from(Secret existing) {
    return new SecretBuilder(existing);
  }
}
