package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.disruption.PodDisruptionBudgetSpec;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PodDisruptionBudgetValidationTest {

  static PodDisruptionBudget pdb(UnaryOperator<PodDisruptionBudgetSpec.Builder> edit) {
    PodDisruptionBudgetSpec.Builder b = PodDisruptionBudgetSpec.builder()
        .selector(LabelSelector.builder().matchLabels(Map.of("app", "web")).build());
    return PodDisruptionBudget.builder().metadata(ObjectMeta.builder().name("web").build())
        .spec(edit.apply(b).build()).build();
  }

  static List<String> lines(PodDisruptionBudget p) {
    return Validator.validate(p).stream().map(Violation::toString).toList();
  }

  @Test
  void should_accept_a_budget_with_one_bound() {
    assertThat(lines(pdb(s -> s.minAvailable(IntOrString.of(1))))).isEmpty();
    assertThat(lines(pdb(s -> s.maxUnavailable(IntOrString.of("25%"))))).isEmpty();
    assertThat(lines(pdb(s -> s.minAvailable(IntOrString.of("100%")).unhealthyPodEvictionPolicy("AlwaysAllow"))))
        .isEmpty();
  }

  @Test
  void should_refuse_both_bounds_and_bad_values_at_once() {
    PodDisruptionBudget p = pdb(s -> s.minAvailable(IntOrString.of(-1)).maxUnavailable(IntOrString.of("150%"))
        .unhealthyPodEvictionPolicy("Never"));
    assertThat(lines(p)).containsExactly(
        "PodDisruptionBudget/web spec: minAvailable and maxUnavailable cannot be both set (minAvailable -1,"
            + " maxUnavailable 150%) [pdb-min-max-exclusive]",
        "PodDisruptionBudget/web spec.maxUnavailable: must not be greater than 100% (was \"150%\")"
            + " [pdb-percent-at-most-100]",
        "PodDisruptionBudget/web spec.minAvailable: must be greater than or equal to 0 (was -1) [pdb-int-or-percent]",
        "PodDisruptionBudget/web spec.unhealthyPodEvictionPolicy: must be one of \"AlwaysAllow\", \"IfHealthyBudget\""
            + " (was \"Never\") [pdb-unhealthy-pod-eviction-policy]");
  }

  @Test
  void should_refuse_a_string_that_is_no_percentage() {
    assertThat(lines(pdb(s -> s.maxUnavailable(IntOrString.of("half"))))).singleElement().asString()
        .startsWith("PodDisruptionBudget/web spec.maxUnavailable: a valid percent string must be")
        .endsWith("(was \"half\") [pdb-int-or-percent]");
  }

  @Test
  void should_check_the_selector() {
    PodDisruptionBudget p = pdb(s -> s.selector(LabelSelector.builder().matchLabels(Map.of("app", "web!")).build()));
    assertThat(lines(p)).singleElement().asString()
        .startsWith("PodDisruptionBudget/web spec.selector.matchLabels: ").endsWith("[label-value-syntax]");
  }

  @Test
  void should_check_metadata_only_when_the_spec_is_valid_as_BeforeCreate_does() {
    // GIVEN a name that is no DNS subdomain, but a valid path segment, and a bad label
    ObjectMeta meta = ObjectMeta.builder().name("Web_Budget").labels(Map.of("app", "web!")).build();
    PodDisruptionBudget valid = pdb(s -> s.minAvailable(IntOrString.of(1))).withMetadata(meta);
    PodDisruptionBudget invalid = pdb(s -> s.minAvailable(IntOrString.of(-1))).withMetadata(meta);
    // THEN the name passes, the label is reported only when the spec is valid
    assertThat(lines(valid)).singleElement().asString()
        .startsWith("PodDisruptionBudget/Web_Budget metadata.labels: ").endsWith("[label-value-syntax]");
    assertThat(lines(invalid)).containsExactly(
        "PodDisruptionBudget/Web_Budget spec.minAvailable: must be greater than or equal to 0 (was -1)"
            + " [pdb-int-or-percent]");
  }
}
