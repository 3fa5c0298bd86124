package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.BLUE;
import static io.kubeprint.core.validation.CrossObjectFixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The switch for the findings of the checks across objects, and the references that find nothing. */
class CrossObjectChecksTest {
  // BLUE reads ConfigMap projectid and Secret apikey; the bundle holds neither
  private static final Bundle INCOMPLETE = Bundle.of(BLUE);

  @Test
  void should_report_cross_object_findings_as_errors_by_default() {
    assertThat(INCOMPLETE.crossObjectChecks()).isEqualTo(CrossObjectChecks.ERROR);
    assertThat(INCOMPLETE.validate()).filteredOn(Violation::isError).extracting(Violation::ruleId)
        .contains("config-map-not-found", "secret-not-found");
  }

  @Test
  void should_report_cross_object_findings_as_warnings_when_asked() {
    // GIVEN the incomplete bundle, switched to warnings
    Bundle lenient = INCOMPLETE.withCrossObjectChecks(CrossObjectChecks.WARNING);
    // THEN the same findings are there, none an error, and requireValid lets it pass
    List<Violation> found = lenient.validate();
    assertThat(found).extracting(Violation::ruleId).contains("config-map-not-found", "secret-not-found");
    assertThat(found).noneMatch(Violation::isError);
    assertThat(lenient.requireValid()).isSameAs(lenient);
    assertThat(lenient).hasToString(INCOMPLETE + " crossObjectChecks=WARNING").isNotEqualTo(INCOMPLETE);
  }

  @Test
  void should_not_run_cross_object_checks_when_off() {
    Bundle off = INCOMPLETE.withCrossObjectChecks(CrossObjectChecks.OFF);
    assertThat(off.validate()).isEmpty();
    assertThat(Validator.validate(off, CrossObjectChecks.ERROR)).isEqualTo(INCOMPLETE.validate());
  }

  @Test
  void should_keep_the_switch_through_plus_and_with_objects() {
    Bundle lenient = INCOMPLETE.withCrossObjectChecks(CrossObjectChecks.WARNING).withExternal(Kind.SECRET, "apikey");
    assertThat(lenient.plus(PROJECT_ID).crossObjectChecks()).isEqualTo(CrossObjectChecks.WARNING);
    Bundle replaced = lenient.withObjects(List.of(PROJECT_ID));
    assertThat(replaced.crossObjectChecks()).isEqualTo(CrossObjectChecks.WARNING);
    assertThat(replaced.externals()).isEqualTo(lenient.externals());
    assertThat(replaced.objects()).containsExactly(PROJECT_ID);
    assertThatThrownBy(() -> INCOMPLETE.withCrossObjectChecks(null)).hasMessage("checks == null");
  }

  @Test
  void should_list_the_objects_references_find_neither_in_the_bundle_nor_declared() {
    // GIVEN a Deployment reading a ConfigMap and a Secret, the Secret declared external
    Bundle b = INCOMPLETE.withExternal(Kind.SECRET, "apikey");
    // WHEN asking what is missing THEN only the ConfigMap, once, in the namespace of no one
    assertThat(Validator.missingReferences(b))
        .containsExactly(new Bundle.External(Kind.CONFIG_MAP, Optional.empty(), "projectid"));
    assertThat(Validator.missingReferences(b.plus(PROJECT_ID))).isEmpty();
  }

  @Test
  void should_name_the_namespace_of_the_referring_object_in_a_missing_reference() {
    Bundle b = Bundle.of(BLUE.withMetadata(BLUE.metadata().withNamespace("shop")));
    assertThat(Validator.missingReferences(b)).contains(
        new Bundle.External(Kind.CONFIG_MAP, Optional.of("shop"), "projectid"));
  }
}
