package io.kubeprint.core.validation;

import io.kubeprint.core.service.Service;

/** Rules for Services ({@code ValidateService}). */
final class ServiceValidation {
  private ServiceValidation() {}

  static void service(Service s, Violations v) {
    MetaValidation.objectMeta(s.metadata(), FieldPath.of("metadata"), v);
  }
}
