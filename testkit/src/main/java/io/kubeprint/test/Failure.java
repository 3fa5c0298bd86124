package io.kubeprint.test;

import org.assertj.core.api.AssertionInfo;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.internal.Failures;

/**
 * Builds failures in AssertJ's multi-line layout, the text taken as written (no quoting, no {@code %}
 * interpretation, {@code \n} line ends on every platform):
 *
 * <pre>
 * Expecting Deployment/web:
 *   to have 3 replicas
 * but had:
 *   1
 * </pre>
 *
 * The description set with {@code as(..)} prefixes the message, and {@code overridingErrorMessage(..)}
 * replaces it, as for AssertJ's own assertions.
 */
final class Failure extends BasicErrorMessageFactory {

  private Failure(String message) {
    super("%s", unquotedString(message));
  }

  /** {@code Expecting <subject>:\n  <expectation>\n<but>:\n  <found>}, each block indented by two spaces. */
  static AssertionError of(AssertionInfo info, String subject, String expectation, String but, String found) {
    return text(info, "\nExpecting " + subject + ":\n" + indent(expectation) + "\n" + but + ":\n" + indent(found));
  }

  /** A failure with this exact text (after the description). */
  static AssertionError text(AssertionInfo info, String message) {
    return Failures.instance().failure(info, new Failure(message));
  }

  /** Every line of {@code text} indented by two spaces. */
  static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
