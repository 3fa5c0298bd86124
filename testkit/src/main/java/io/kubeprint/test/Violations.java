package io.kubeprint.test;

import io.kubeprint.core.validation.Violation;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AssertionInfo;

/** The {@code hasViolation} check shared by the object and bundle asserts. */
final class Violations {
  private Violations() {}

  /** Passes when a violation of {@code ruleId} at {@code path} (and of {@code object}, unless null) is among {@code found}. */
  static void require(AssertionInfo info, String subject, List<Violation> found, String object, String path,
      String ruleId) {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(ruleId, "ruleId == null");
    for (Violation v : found) {
      if (v.path().equals(path) && v.ruleId().equals(ruleId) && (object == null || v.object().equals(object))) {
        return;
      }
    }
    String where = object == null ? path : object + " " + path;
    throw Failure.of(info, subject, "to have a violation of rule " + ruleId + " at " + where, "but had",
        Describe.violations(found));
  }
}
