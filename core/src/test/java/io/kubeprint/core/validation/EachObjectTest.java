package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.API_KEY;
import static io.kubeprint.core.validation.CrossObjectFixtures.BATCH_JOB;
import static io.kubeprint.core.validation.CrossObjectFixtures.BLUE;
import static io.kubeprint.core.validation.CrossObjectFixtures.GREEN;
import static io.kubeprint.core.validation.CrossObjectFixtures.PROJECT_ID;
import static io.kubeprint.core.validation.CrossObjectFixtures.WEBSERVER;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.service.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Validator.EachObject}: called once per object in bundle order, and changing nothing validation finds. */
class EachObjectTest {

  /** The chapter's app with a Service selecting no pods and a duplicate, custom resources and CRDs around it. */
  private static Bundle broken() {
    Service nowhere = WEBSERVER.withSpec(WEBSERVER.spec().withSelector(Map.of("type", "nothing")));
    return Bundle.of(PROJECT_ID, API_KEY, BLUE, GREEN, nowhere, BATCH_JOB, PROJECT_ID);
  }

  @Test
  void should_see_every_object_once_in_bundle_order_after_its_own_rules() {
    // GIVEN a bundle with problems of its objects and across them
    Bundle b = broken();
    List<KubeObject> seen = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    // WHEN it is validated with a hook
    List<Violation> found = Validator.validate(b, CrossObjectChecks.ERROR, (o, i) -> {
      seen.add(o);
      at.add(i);
    });
    // THEN the hook saw each object at its place, in order
    assertThat(seen).containsExactlyElementsOf(b.objects());
    assertThat(at).containsExactly(0, 1, 2, 3, 4, 5, 6);
    // AND validation found what it finds without one, checks across objects included
    assertThat(found).isEqualTo(Validator.validate(b, CrossObjectChecks.ERROR)).isNotEmpty();
    assertThat(found).extracting(Violation::ruleId).contains("service-selects-no-pods", "duplicate-object");
  }

  @Test
  void should_find_the_same_violations_at_every_severity_of_the_checks_across_objects() {
    Bundle b = broken();
    for (CrossObjectChecks checks : CrossObjectChecks.values()) {
      List<Integer> at = new ArrayList<>();
      assertThat(Validator.validate(b, checks, (o, i) -> at.add(i)))
          .isEqualTo(Validator.validate(b, checks));
      assertThat(at).hasSize(b.size());
    }
    // AND with the checks across objects left out, the hook is still called for every object
    List<Integer> at = new ArrayList<>();
    assertThat(Validator.validate(b, null, List.of(), (o, i) -> at.add(i)))
        .isEqualTo(Validator.validate(b, (Severity) null, List.of()))
        .extracting(Violation::ruleId).doesNotContain("service-selects-no-pods", "duplicate-object");
    assertThat(at).hasSize(b.size());
  }
}
