package io.kubeprint.core.validation;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;

/** Rules for ConfigMaps and Secrets ({@code ValidateConfigMap}, {@code ValidateSecret}). */
final class ConfigValidation {
  private ConfigValidation() {}

  static void configMap(ConfigMap c, Violations v) {
    MetaValidation.objectMeta(c.metadata(), FieldPath.of("metadata"), v);
  }

  static void secret(Secret s, Violations v) {
    MetaValidation.objectMeta(s.metadata(), FieldPath.of("metadata"), v);
  }
}
