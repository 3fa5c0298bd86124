package io.kubeprint.core.validation;

import java.util.Objects;

/**
 * One validation rule: a stable id (printed in brackets after each violation), the upstream Kubernetes
 * function whose check it reproduces (or {@code kubeprint} for checks across objects that no server does),
 * and a one-line summary for the rule catalogue in {@code docs/validation.md}.
 */
public record Rule(String id, String upstream, String summary) {
  public Rule {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(upstream, "upstream == null");
    Objects.requireNonNull(summary, "summary == null");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be lower-case words joined by hyphens (was \"" + id + "\")");
    }
  }

  /** A rule; see the record components. */
  public static Rule of(String id, String upstream, String summary) {
    return new Rule(id, upstream, summary);
  }
}
