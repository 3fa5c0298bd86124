package io.kubeprint.core.policy;

import java.util.Objects;

/**
 * A check switched off for some objects, with the reason: {@code Waiver.of("latest-tag", "Deployment/web",
 * "pinned by the release pipeline")}. The object is {@code Kind/name} (any namespace) or {@code *} for every
 * object. A waiver that waives no finding is reported as a warning ({@code unused-waiver}).
 *
 * <p>Objects can carry their own waivers as kube-linter reads them: the annotation
 * {@code ignore-check.kube-linter.io/<check>: <reason>} waives that check for the object, and
 * {@code kube-linter.io/ignore-all} waives every check.
 *
 * @param check a check id ({@link Check#id()})
 * @param object {@code Kind/name}, or {@code *}
 * @param reason why the check does not apply; never empty
 */
public record Waiver(String check, String object, String reason) {
  /** Checks the components. */
  public Waiver {
    Objects.requireNonNull(check, "check == null");
    Objects.requireNonNull(object, "object == null");
    Objects.requireNonNull(reason, "reason == null");
    if (Check.byId(check).isEmpty()) {
      throw new IllegalArgumentException("no such check \"" + check + "\" in waiver for " + object
          + " (checks: " + String.join(", ", Check.ids()) + ")");
    }
    if (!object.equals("*") && !object.matches("[^/\\s]+/[^/\\s]+")) {
      throw new IllegalArgumentException("waiver object must be Kind/name or * (was \"" + object + "\")");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("waiver of " + check + " for " + object + " must give a reason");
    }
  }

  /** A waiver; see the record components. */
  public static Waiver of(String check, String object, String reason) {
    return new Waiver(check, object, reason);
  }

  /** Whether this waiver covers {@code displayName} ({@code Kind/name}). */
  boolean covers(String checkId, String displayName) {
    return check.equals(checkId) && (object.equals("*") || object.equals(displayName));
  }
}
