package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.BLUE;
import static io.kubeprint.core.validation.CrossObjectFixtures.PROJECT_ID;
import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Declaring the objects a bundle refers to that live elsewhere. */
class BundleExternalsTest {

  @Test
  void should_list_externals_in_the_order_declared_without_repeats() {
    Bundle b = Bundle.of(BLUE).withExternal(Kind.SECRET, "apikey").withExternal(Kind.CONFIG_MAP, "ops", "projectid")
        .withExternal(Kind.SECRET, "apikey");
    assertThat(b.externals()).containsExactly(
        new Bundle.External(Kind.SECRET, Optional.empty(), "apikey"),
        new Bundle.External(Kind.CONFIG_MAP, Optional.of("ops"), "projectid"));
    assertThat(b.objects()).containsExactly(BLUE);
  }

  @Test
  void should_print_externals_after_the_objects() {
    Bundle b = Bundle.of().withExternal(Kind.SECRET, "apikey").withExternal(Kind.CONFIG_MAP, "ops", "projectid");
    assertThat(b).hasToString("Bundle[] externals[Secret/apikey, ConfigMap/ops/projectid]");
    assertThat(Bundle.of()).hasToString("Bundle[]");
  }

  @Test
  void should_compare_bundles_by_objects_and_externals() {
    Bundle plain = Bundle.of(BLUE);
    Bundle declared = plain.withExternal(Kind.SECRET, "apikey");
    assertThat(declared).isNotEqualTo(plain).isEqualTo(Bundle.of(BLUE).withExternal(Kind.SECRET, "apikey"))
        .hasSameHashCodeAs(Bundle.of(BLUE).withExternal(Kind.SECRET, "apikey"));
  }

  @Test
  void should_keep_externals_when_adding_objects_or_bundles() {
    Bundle a = Bundle.of(BLUE).withExternal(Kind.SECRET, "apikey");
    Bundle b = Bundle.of().withExternal(Kind.CONFIG_MAP, "projectid");
    assertThat(a.plus(PROJECT_ID).externals()).containsExactlyElementsOf(a.externals());
    assertThat(a.plus(b).externals()).extracting(Bundle.External::name).containsExactly("apikey", "projectid");
    assertThat(check(b.plus(a))).isEmpty();
  }

  @Test
  void should_take_an_external_of_any_kind_on_trust() {
    // GIVEN a bundle holding one ServiceAccount and a pod running as another that lives elsewhere
    Kind serviceAccount = Kind.of("v1", "ServiceAccount");
    io.kubeprint.core.account.ServiceAccount builder = io.kubeprint.core.account.ServiceAccount.builder()
        .metadata(io.kubeprint.core.meta.ObjectMeta.builder().name("builder").build()).build();
    io.kubeprint.core.workload.Pod pod = io.kubeprint.core.workload.Pod.builder()
        .metadata(io.kubeprint.core.meta.ObjectMeta.builder().name("ci").build())
        .spec(io.kubeprint.core.pod.PodSpec.builder()
            .addContainer(io.kubeprint.core.pod.Container.builder().name("ci").image("busybox:1.37").build())
            .serviceAccountName("ci-runner").build())
        .build();
    Bundle b = Bundle.of(builder, pod);
    assertThat(check(b)).singleElement().asString().contains("[service-account-not-found]");
    // WHEN the other is declared external THEN the reference passes
    assertThat(check(b.withExternal(serviceAccount, "ci-runner"))).isEmpty();
  }

  @Test
  void should_refuse_an_empty_name_or_namespace() {
    assertThatThrownBy(() -> Bundle.of().withExternal(Kind.SECRET, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be empty");
    assertThatThrownBy(() -> Bundle.of().withExternal(Kind.SECRET, "", "apikey"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namespace must not be empty; leave it out to mean any namespace");
    assertThatThrownBy(() -> Bundle.of().withExternal(Kind.SECRET, null))
        .isInstanceOf(NullPointerException.class).hasMessage("name == null");
  }
}
