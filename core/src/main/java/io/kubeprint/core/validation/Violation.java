package io.kubeprint.core.validation;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in an object: which object ({@code Kind/name}), where ({@link FieldPath}), which
 * {@link Rule}, a message in one shape ({@code <rule stated positively> (was <value>)}) and a
 * {@link Severity}. Messages never contain a Secret value.
 *
 * <p>{@link #toString()} is the line the command line prints:
 * {@code Deployment/web spec.template.spec.containers[0].ports[0].containerPort: must be between 1 and 65535 (was 70000) [port-range]}.
 */
public record Violation(String object, String path, String ruleId, String message, Severity severity)
    implements Comparable<Violation> {

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::object)
      .thenComparing(Violation::path)
      .thenComparing(Violation::ruleId)
      .thenComparing(Violation::message)
      .thenComparing(Violation::severity);

  public Violation {
    Objects.requireNonNull(object, "object == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(severity, "severity == null");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same violation with another severity. */
  public Violation withSeverity(Severity s) {
    return new Violation(object, path, ruleId, message, s);
  }

  @Override
  public int compareTo(Violation o) {
    return ORDER.compare(this, o);
  }

  /** {@code Kind/name path: message [rule-id]}, prefixed {@code warning: } for warnings and {@code notice: } for notices. */
  @Override
  public String toString() {
    String where = path.isEmpty() ? object : object + " " + path;
    return (severity == Severity.WARNING ? "warning: " : severity == Severity.NOTICE ? "notice: " : "") + where + ": " + message + " [" + ruleId + "]";
  }
}
