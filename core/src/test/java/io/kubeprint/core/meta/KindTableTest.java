package io.kubeprint.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindTableTest {

  @Test
  void should_return_the_constants_for_the_typed_kinds() {
    assertThat(Kind.of("apps/v1", "Deployment")).isSameAs(Kind.DEPLOYMENT);
    assertThat(Kind.of("v1", "Pod").isTyped()).isTrue();
    assertThat(Kind.of("v1", "ServiceAccount")).isSameAs(Kind.SERVICE_ACCOUNT);
    assertThat(Kind.of("v1", "PersistentVolumeClaim").isTyped()).isTrue();
    assertThat(Kind.of("v1", "ResourceQuota").isTyped()).isFalse();
  }

  @Test
  void should_split_the_api_version_into_group_and_version() {
    Kind k = Kind.of("networking.k8s.io/v1", "Ingress");
    assertThat(k.group()).isEqualTo("networking.k8s.io");
    assertThat(k.version()).isEqualTo("v1");
    assertThat(Kind.POD.group()).isEmpty();
    assertThat(k).isEqualTo(Kind.of("networking.k8s.io/v1", "Ingress")).hasToString("networking.k8s.io/v1 Ingress");
  }

  @Test
  void should_refuse_an_empty_api_version_or_kind() {
    assertThatThrownBy(() -> Kind.of("", "Pod")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiVersion must not be empty (kind Pod)");
    assertThatThrownBy(() -> Kind.of("v1", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_order_kinds_as_helm_installs_them_and_unknown_kinds_last_by_name() {
    List<Kind> kinds = new ArrayList<>(List.of(Kind.of("stable.example.com/v1", "CronTab"), Kind.DEPLOYMENT,
        Kind.POD_TEMPLATE, Kind.of("networking.k8s.io/v1", "Ingress"), Kind.SERVICE,
        Kind.of("v1", "ServiceAccount"), Kind.NAMESPACE, Kind.of("apiextensions.k8s.io/v1", "CustomResourceDefinition")));
    kinds.sort(null);
    assertThat(kinds).extracting(Kind::kindName).containsExactly("Namespace", "ServiceAccount",
        "CustomResourceDefinition", "Service", "Deployment", "Ingress", "CronTab", "PodTemplate");
  }

  @Test
  void should_know_the_scope_of_built_in_kinds() {
    assertThat(Kind.of("rbac.authorization.k8s.io/v1", "ClusterRole").namespaced()).isFalse();
    assertThat(Kind.of("v1", "PersistentVolumeClaim").namespaced()).isTrue();
    assertThat(Kind.NAMESPACE.namespaced()).isFalse();
    // a custom resource is taken as namespaced
    assertThat(Kind.of("stable.example.com/v1", "CronTab").namespaced()).isTrue();
  }

  @Test
  void should_name_the_replacement_of_a_removed_api_version() {
    KindTable.Entry e = KindTable.get(Kind.of("extensions/v1beta1", "Ingress")).orElseThrow();
    assertThat(e.status()).isEqualTo(KindTable.Status.REMOVED);
    assertThat(e.removedIn()).isEqualTo("1.22");
    assertThat(e.replacement()).contains("networking.k8s.io/v1");
    assertThat(KindTable.get(Kind.of("policy/v1beta1", "PodSecurityPolicy")).orElseThrow().replacement()).isEmpty();
  }

  @Test
  void should_classify_every_kind() {
    assertThat(KindTable.classify(Kind.of("apps/v1", "StatefulSet"))).isEqualTo(KindTable.Treatment.SERVED);
    assertThat(KindTable.classify(Kind.of("batch/v1beta1", "CronJob"))).isEqualTo(KindTable.Treatment.REMOVED);
    assertThat(KindTable.classify(Kind.of("resource.k8s.io/v1beta1", "ResourceClaim"))).isEqualTo(KindTable.Treatment.OFF);
    assertThat(KindTable.classify(Kind.of("apps/v1", "Deploymnet"))).isEqualTo(KindTable.Treatment.UNKNOWN_BUILT_IN);
    assertThat(KindTable.classify(Kind.of("audit.k8s.io/v1", "Policy"))).isEqualTo(KindTable.Treatment.CONFIGURATION);
    assertThat(KindTable.classify(Kind.of("gateway.networking.k8s.io/v1", "HTTPRoute"))).isEqualTo(KindTable.Treatment.CUSTOM);
  }

  @Test
  void should_list_the_served_versions_of_a_kind() {
    assertThat(KindTable.servedVersions("HorizontalPodAutoscaler")).containsExactly("autoscaling/v1", "autoscaling/v2");
  }

  @Test
  void should_give_every_served_entry_a_schema_type_and_every_removed_one_a_release() {
    for (KindTable.Entry e : KindTable.entries()) {
      switch (e.status()) {
        case SERVED -> assertThat(e.schemaType()).as(e.kind().toString()).matches("[A-Z][A-Za-z0-9]+");
        case REMOVED -> assertThat(e.removedIn()).as(e.kind().toString()).matches("1\\.[0-9]+");
        case OFF -> assertThat(e.stage()).as(e.kind().toString()).isIn("alpha", "beta");
      }
    }
  }
}
