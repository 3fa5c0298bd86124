package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.disruption.PodDisruptionBudgetSpec;
import java.util.List;
import java.util.Optional;

/**
 * Rules for PodDisruptionBudgets ({@code policy/v1}): {@code ValidatePodDisruptionBudget} and
 * {@code ValidatePodDisruptionBudgetSpec} ({@code pkg/apis/policy/validation}) with what they call,
 * {@code ValidatePositiveIntOrPercent} and {@code IsNotMoreThan100Percent} ({@code pkg/apis/apps/validation}) and
 * {@code ValidateLabelSelector}. {@code ValidatePodDisruptionBudget} checks no metadata: the API server checks it
 * afterwards, in {@code BeforeCreate} with {@code ValidateObjectMetaAccessor} and {@code ValidatePathSegmentName}
 * as the name rule, and only when the spec passed, so metadata problems are reported only for a valid spec.
 */
final class PodDisruptionBudgetValidation {
  /** {@code ValidatePodDisruptionBudgetSpec}: the two bounds exclude each other. */
  static final Rule MIN_MAX_EXCLUSIVE = Rule.of("pdb-min-max-exclusive", "ValidatePodDisruptionBudgetSpec",
      "a PodDisruptionBudget sets `minAvailable` or `maxUnavailable`, not both");
  /** {@code ValidatePositiveIntOrPercent} on the bounds. */
  static final Rule INT_OR_PERCENT = Rule.of("pdb-int-or-percent", "ValidatePositiveIntOrPercent",
      "a PodDisruptionBudget's `minAvailable` and `maxUnavailable` are a number 0 or more or a percentage like `50%`");
  /** {@code IsNotMoreThan100Percent} on the bounds. */
  static final Rule PERCENT_AT_MOST_100 = Rule.of("pdb-percent-at-most-100", "IsNotMoreThan100Percent",
      "a PodDisruptionBudget's `minAvailable` and `maxUnavailable` percentages are at most 100%");
  /** {@code ValidatePodDisruptionBudgetSpec}: the eviction policy. */
  static final Rule UNHEALTHY_POD_EVICTION_POLICY = Rule.of("pdb-unhealthy-pod-eviction-policy",
      "ValidatePodDisruptionBudgetSpec", "`spec.unhealthyPodEvictionPolicy` is `IfHealthyBudget` or `AlwaysAllow`");

  private static final List<String> EVICTION_POLICIES = List.of("AlwaysAllow", "IfHealthyBudget");

  private PodDisruptionBudgetValidation() {}

  /** {@code ValidatePodDisruptionBudget}, then (when it passes) the metadata as {@code BeforeCreate} checks it. */
  static void podDisruptionBudget(PodDisruptionBudget pdb, Violations v) {
    int before = v.list().size();
    spec(pdb.spec(), FieldPath.of("spec"), v);
    if (v.list().size() == before) {
      MetaValidation.objectMeta(pdb.metadata(), FieldPath.of("metadata"), v, MetaValidation.NameRule.PATH_SEGMENT);
    }
  }

  /** {@code ValidatePodDisruptionBudgetSpec}. */
  private static void spec(PodDisruptionBudgetSpec spec, FieldPath path, Violations v) {
    if (spec.minAvailable().isPresent() && spec.maxUnavailable().isPresent()) {
      v.add(MIN_MAX_EXCLUSIVE, path, "minAvailable and maxUnavailable cannot be both set (minAvailable "
          + spec.minAvailable().get() + ", maxUnavailable " + spec.maxUnavailable().get() + ")");
    }
    bound(spec.minAvailable(), path.child("minAvailable"), v);
    bound(spec.maxUnavailable(), path.child("maxUnavailable"), v);
    spec.selector().ifPresent(s -> MetaValidation.labelSelector(s, path.child("selector"), v));
    spec.unhealthyPodEvictionPolicy().ifPresent(p -> {
      if (!EVICTION_POLICIES.contains(p)) {
        v.add(UNHEALTHY_POD_EVICTION_POLICY, path.child("unhealthyPodEvictionPolicy"),
            PodValidation.oneOf(EVICTION_POLICIES, p));
      }
    });
  }

  /** {@code ValidatePositiveIntOrPercent} and {@code IsNotMoreThan100Percent}. */
  private static void bound(Optional<IntOrString> bound, FieldPath path, Violations v) {
    if (bound.isEmpty()) {
      return;
    }
    IntOrString value = bound.get();
    if (value.isInt()) {
      if (value.intValue() < 0) {
        v.add(INT_OR_PERCENT, path, "must be greater than or equal to 0 (was " + value.intValue() + ")");
      }
      return;
    }
    List<String> errs = Syntax.isValidPercent(value.strValue());
    for (String msg : errs) {
      v.add(INT_OR_PERCENT, path, msg + " (was " + quote(value.strValue()) + ")");
    }
    if (errs.isEmpty()) {
      String digits = value.strValue().substring(0, value.strValue().length() - 1);
      // Upstream reads the digits with strconv.Atoi: one that overflows is no percentage, and no error.
      if (atoi(digits) > 100) {
        v.add(PERCENT_AT_MOST_100, path, "must not be greater than 100% (was " + quote(value.strValue()) + ")");
      }
    }
  }

  /** Go's {@code strconv.Atoi} of a digit string on a 64-bit platform; -1 when it overflows. */
  private static long atoi(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
