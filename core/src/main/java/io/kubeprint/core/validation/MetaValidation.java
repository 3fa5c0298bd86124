package io.kubeprint.core.validation;

import io.kubeprint.core.meta.ObjectMeta;

/** Rules for {@code metadata} (apimachinery {@code ValidateObjectMeta}). */
final class MetaValidation {
  static final Rule NAME_REQUIRED = Rule.of("name-required", "ValidateObjectMetaAccessor",
      "metadata.name (or generateName) is required");

  private MetaValidation() {}

  /** Checks top-level object metadata; {@code namespaced} is true for every kind kubeprint models. */
  static void objectMeta(ObjectMeta meta, FieldPath path, Violations v) {
    boolean generated = meta.extra().get("generateName") != null;
    if (meta.name().orElse("").isEmpty() && !generated) {
      v.add(NAME_REQUIRED, path.child("name"), "name or generateName is required");
    }
  }
}
