package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.deployment;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static io.kubeprint.core.validation.CrossObjectFixtures.spec;
import static io.kubeprint.core.validation.CrossObjectFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No two Deployments or ReplicaSets of a namespace can claim the same pod; nothing is declared twice. */
class SelectorOverlapTest {

  private static LabelSelectorRequirement req(String key, String op, String... values) {
    return LabelSelectorRequirement.builder().key(key).operator(op).addValues(values).build();
  }

  private static LabelSelector sel(Map<String, String> labels, LabelSelectorRequirement... exprs) {
    return LabelSelector.builder().matchLabels(labels).addMatchExpressions(exprs).build();
  }

  private static Deployment withSelector(String name, LabelSelector s) {
    Deployment d = deployment(name, Map.of("app", "web", "name", name), container("c"));
    return d.withSpec(d.spec().withSelector(s));
  }

  static Stream<Arguments> disjoint() {
    return Stream.of(
        Arguments.of("different values of a shared key", sel(Map.of("app", "web")), sel(Map.of("app", "api"))),
        Arguments.of("In against another value", sel(Map.of("app", "web")), sel(Map.of(), req("app", "In", "api", "db"))),
        Arguments.of("NotIn excluding the value", sel(Map.of("app", "web")), sel(Map.of(), req("app", "NotIn", "web"))),
        Arguments.of("Exists against DoesNotExist", sel(Map.of(), req("tier", "Exists")),
            sel(Map.of(), req("tier", "DoesNotExist"))),
        Arguments.of("matchLabels against DoesNotExist", sel(Map.of("tier", "fe")),
            sel(Map.of(), req("tier", "DoesNotExist"))),
        Arguments.of("disjoint In sets", sel(Map.of(), req("env", "In", "a", "b")),
            sel(Map.of(), req("env", "In", "c"))),
        Arguments.of("In emptied by NotIn", sel(Map.of(), req("env", "In", "a", "b")),
            sel(Map.of(), req("env", "NotIn", "a", "b"))),
        Arguments.of("a malformed In without values", sel(Map.of("app", "web")),
            sel(Map.of("app", "web"), req("env", "In"))),
        Arguments.of("an unknown operator", sel(Map.of("app", "web")), sel(Map.of(), req("app", "Equals", "web"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disjoint")
  void should_accept_selectors_no_label_set_satisfies_both(String why, LabelSelector a, LabelSelector b) {
    assertThat(check(Bundle.of(withSelector("a", a), withSelector("b", b)))).isEmpty();
  }

  static Stream<Arguments> overlapping() {
    return Stream.of(
        Arguments.of("the same matchLabels", sel(Map.of("app", "web")), sel(Map.of("app", "web")),
            "(was app=web); a pod labelled app=web would match both"),
        Arguments.of("one selector a subset of the other", sel(Map.of("app", "web")),
            sel(Map.of("app", "web", "tier", "fe")), "(was app=web,tier=fe); a pod labelled app=web,tier=fe would match both"),
        Arguments.of("different keys", sel(Map.of("app", "web")), sel(Map.of("tier", "fe")),
            "(was tier=fe); a pod labelled app=web,tier=fe would match both"),
        Arguments.of("In sharing a value", sel(Map.of(), req("env", "In", "a", "b")),
            sel(Map.of(), req("env", "In", "c", "b")), "(was env in (b,c)); a pod labelled env=b would match both"),
        Arguments.of("NotIn of other values", sel(Map.of("app", "web")), sel(Map.of(), req("app", "NotIn", "api")),
            "(was app notin (api)); a pod labelled app=web would match both"),
        Arguments.of("Exists on the same key", sel(Map.of(), req("tier", "Exists")), sel(Map.of("tier", "fe")),
            "(was tier=fe); a pod labelled tier=fe would match both"),
        Arguments.of("Exists and NotIn only", sel(Map.of(), req("tier", "Exists")),
            sel(Map.of(), req("tier", "NotIn", "x")), "(was tier notin (x)); a pod labelled tier=x1 would match both"),
        Arguments.of("DoesNotExist on another key", sel(Map.of("app", "web")),
            sel(Map.of("app", "web"), req("canary", "DoesNotExist")),
            "(was app=web,!canary); a pod labelled app=web would match both"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlapping")
  void should_reject_selectors_some_label_set_satisfies_both(String why, LabelSelector a, LabelSelector b,
      String detail) {
    List<String> found = check(Bundle.of(withSelector("a", a), withSelector("b", b)));
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).startsWith("Deployment/b spec.selector: must not overlap the selector of Deployment/a ")
        .endsWith(" [selector-overlap]");
    assertThat(found.get(0)).contains(detail);
  }

  @Test
  void should_accept_overlapping_selectors_in_different_namespaces() {
    Deployment a = withSelector("a", sel(Map.of("app", "web")));
    Deployment b = withSelector("b", sel(Map.of("app", "web")));
    b = b.withMetadata(b.metadata().withNamespace("staging"));
    assertThat(check(Bundle.of(a, b))).isEmpty();
  }

  @Test
  void should_reject_a_replicaset_overlapping_a_deployment() {
    Deployment d = withSelector("web", sel(Map.of("app", "web")));
    ReplicaSet rs = ReplicaSet.builder().metadata(meta("web-legacy")).spec(ReplicaSetSpec.builder()
        .selector(sel(Map.of("app", "web"))).template(template(Map.of("app", "web"), spec(container("c")))).build())
        .build();
    assertThat(check(Bundle.of(d, rs))).containsExactly(
        "ReplicaSet/web-legacy spec.selector: must not overlap the selector of Deployment/web (was app=web);"
            + " a pod labelled app=web would match both [selector-overlap]");
  }

  @Test
  void should_leave_out_a_replicaset_owned_by_a_deployment() {
    Deployment d = withSelector("web", sel(Map.of("app", "web")));
    Map<String, String> labels = Map.of("app", "web", "pod-template-hash", "5d9f8b7c6");
    ObjectMeta owned = ObjectMeta.builder().name("web-5d9f8b7c6").extra(Fields.of("ownerReferences",
        List.of(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", "web", "uid", "u-1",
            "controller", true)))).build();
    ReplicaSet rs = ReplicaSet.builder().metadata(owned).spec(ReplicaSetSpec.builder()
        .selector(sel(labels)).template(template(labels, spec(container("c")))).build()).build();
    assertThat(check(Bundle.of(d, rs))).isEmpty();
  }

  @Test
  void should_report_each_overlapping_pair_once_on_the_later_object() {
    LabelSelector web = sel(Map.of("app", "web"));
    assertThat(check(Bundle.of(withSelector("a", web), withSelector("b", web), withSelector("c", web))))
        .containsExactly(
            "Deployment/b spec.selector: must not overlap the selector of Deployment/a (was app=web);"
                + " a pod labelled app=web would match both [selector-overlap]",
            "Deployment/c spec.selector: must not overlap the selector of Deployment/a (was app=web);"
                + " a pod labelled app=web would match both [selector-overlap]",
            "Deployment/c spec.selector: must not overlap the selector of Deployment/b (was app=web);"
                + " a pod labelled app=web would match both [selector-overlap]");
  }

  @Test
  void should_leave_a_workload_without_selector_to_the_per_kind_rules() {
    Deployment a = withSelector("a", sel(Map.of("app", "web")));
    Deployment b = withSelector("b", sel(Map.of()));
    assertThat(check(Bundle.of(a, b))).isEmpty();
  }

  // ---- duplicates ----

  @Test
  void should_reject_two_objects_of_one_kind_namespace_and_name() {
    Deployment a = deployment("web", Map.of("app", "a"), container("c"));
    Deployment b = deployment("web", Map.of("app", "b"), container("c"));
    assertThat(check(Bundle.of(a, b))).containsExactly(
        "Deployment/web metadata.name: must be unique per kind and namespace in a bundle (was \"web\" again)"
            + " [duplicate-object]");
  }

  @Test
  void should_accept_one_name_in_two_namespaces_or_two_kinds() {
    Deployment a = deployment("web", Map.of("app", "a"), container("c"));
    Deployment b = deployment(meta("staging", "web"), Map.of("app", "b"), spec(container("c")));
    assertThat(check(Bundle.of(a, b, CrossObjectFixtures.configMap("web")))).isEmpty();
  }
}
