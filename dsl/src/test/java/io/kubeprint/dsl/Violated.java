package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.Violation;
import java.util.List;

/** What validation says of objects built with the DSL, as the lines the command line prints. */
final class Violated {
  private Violated() {}

  /** Every error of a bundle of {@code objects}, sorted, one line each. */
  static List<String> errors(KubeObject... objects) {
    return errors(Bundle.of(objects));
  }

  /** Every error of {@code bundle}, sorted, one line each. */
  static List<String> errors(Bundle bundle) {
    return bundle.validate().stream().filter(Violation::isError).map(Violation::toString).toList();
  }
}
