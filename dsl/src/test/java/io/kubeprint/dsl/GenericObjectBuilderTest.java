package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericObjectBuilderTest {

  @Test
  void should_build_an_object_of_any_kind_with_metadata_and_fields() {
    GenericObject quota = object("v1", "ResourceQuota", "web").namespace("shop").label("app", "web")
        .annotation("team", "payments").field("spec", Map.of("hard", Map.of("pods", "10"))).build();
    assertThat(quota.kind()).isEqualTo(Kind.of("v1", "ResourceQuota"));
    assertThat(quota.name()).isEqualTo("web");
    assertThat(quota.metadata().namespace()).contains("shop");
    assertThat(quota.metadata().labels()).containsEntry("app", "web");
    assertThat(quota.field("spec")).contains(Map.of("hard", Map.of("pods", "10")));
    assertThat(bundle(quota).validate()).isEmpty();
  }

  @Test
  void should_copy_an_object_and_replace_a_field() {
    GenericObject tab = object("stable.example.com/v1", "CronTab", "nightly")
        .field("spec", Map.of("cronSpec", "0 3 * * *")).build();
    GenericObject weekly = object(tab).name("weekly").field("spec", Map.of("cronSpec", "0 3 * * 0")).build();
    assertThat(weekly.name()).isEqualTo("weekly");
    assertThat(weekly.field("spec")).contains(Map.of("cronSpec", "0 3 * * 0"));
    assertThat(tab.field("spec")).contains(Map.of("cronSpec", "0 3 * * *"));
  }

  @Test
  void should_send_a_typed_kind_to_its_own_builder() {
    assertThatThrownBy(() -> object("apps/v1", "Deployment", "web")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apps/v1 Deployment has its own builder (e.g. deployment(\"web\")); object(...) is for kinds"
            + " kubeprint does not type");
    assertThatThrownBy(() -> object("v1", "PersistentVolumeClaim", "data"))
        .hasMessageStartingWith("v1 PersistentVolumeClaim has its own builder (e.g. claim(\"data\"))");
    assertThatThrownBy(() -> object("v1", "ServiceAccount", "web"))
        .hasMessageStartingWith("v1 ServiceAccount has its own builder (e.g. serviceAccount(\"web\"))");
  }

  @Test
  void should_refuse_setting_kind_or_metadata_as_a_field() {
    assertThatThrownBy(() -> object("v1", "ResourceQuota", "web").field("metadata", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
