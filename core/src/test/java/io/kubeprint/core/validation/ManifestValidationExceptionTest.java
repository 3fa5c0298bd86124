package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestValidationExceptionTest {
  private static final Violation ERROR =
      new Violation("Pod/p", "spec.containers", "containers-required", "at least one container is required", Severity.ERROR);
  private static final Violation WARNING =
      new Violation("Service/s", "spec.selector", "service-selects-no-pods", "must select pods", Severity.WARNING);

  @Test
  void should_throw_carrying_only_the_errors() {
    assertThatThrownBy(() -> ManifestValidationException.throwIfErrors(List.of(WARNING, ERROR)))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nPod/p spec.containers: at least one container is required [containers-required]");
  }

  @Test
  void should_not_throw_for_warnings_alone() {
    assertThatCode(() -> ManifestValidationException.throwIfErrors(List.of(WARNING))).doesNotThrowAnyException();
  }
}
