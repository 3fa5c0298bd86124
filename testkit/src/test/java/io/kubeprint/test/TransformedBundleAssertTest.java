package io.kubeprint.test;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.bundleWide;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.rollOnChange;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import org.junit.jupiter.api.Test;

/** The test kit finds objects by kind and name in the bundle under test, after namespacing and roll-on-change. */
class TransformedBundleAssertTest {
  private static final ConfigMap API_SETTINGS = configMap("api-settings").data("LOG_LEVEL", "info").build();
  private static final Deployment API = deployment("api").podLabels(labels("app", "api"))
      .container(container("api", "shop/api:1.0").port(8080, "http")
          .env("LOG_LEVEL", fromConfigMap(API_SETTINGS, "LOG_LEVEL")))
      .build();
  private static final Service API_SERVICE = service("api").selecting(API).port(80, "http").build();
  private static final Bundle SHOP = rollOnChange().hashSuffix(API_SETTINGS)
      .applyTo(bundleWide().namespace("shop").applyTo(bundle(API_SETTINGS, API, API_SERVICE)));

  @Test
  void should_find_a_namespaced_and_renamed_object_through_the_values_written_before_the_transforms() {
    // GIVEN the shop bundle, namespaced and with its ConfigMap renamed api-settings-<hash>
    // THEN assertions name the objects as the code wrote them
    assertThat(SHOP).hasNoViolations();
    assertThat(SHOP).service("api").selects(API).routesTo(API, "http");
    assertThat(SHOP).deployment("api").hasNamespace("shop").container("api").hasEnv("LOG_LEVEL")
        .fromConfigMap(API_SETTINGS, "LOG_LEVEL").fromConfigMap("api-settings", "LOG_LEVEL");
    assertThat(SHOP).configMap("api-settings").hasNamespace("shop");
    assertThat(SHOP).deployment("shop", "api").hasName("api");
  }

  @Test
  void should_name_objects_kind_namespace_name_in_has_objects() {
    String hashed = SHOP.get(ConfigMap.class, "api-settings").name();
    assertThat(SHOP).hasObjects("ConfigMap/shop/api-settings", "Deployment/shop/api", "Service/api");
    assertThat(SHOP).hasObjects("ConfigMap/shop/" + hashed, "Deployment/api", "Service/shop/api");
    assertThatThrownBy(() -> assertThat(SHOP).hasObjects("Deployment/api", "Service/default/api"))
        .hasMessage("\nExpecting bundle of 3 objects:\n  to have exactly objects [Deployment/api, Service/default/api]\n"
            + "but had:\n  [ConfigMap/shop/" + hashed + ", Deployment/shop/api, Service/shop/api]\n"
            + "  missing: [Service/default/api]\n  not expected: [ConfigMap/shop/" + hashed + ", Service/shop/api]");
  }

  @Test
  void should_fail_to_find_an_object_in_another_namespace_listing_what_is_there() {
    assertThatThrownBy(() -> assertThat(SHOP).deployment("staging", "api"))
        .hasMessage("\nExpecting bundle of 3 objects:\n  to contain Deployment/staging/api\n"
            + "but had Deployments:\n  [shop/api]");
  }

  @Test
  void should_still_fail_when_the_reference_names_another_config_map() {
    ConfigMap other = configMap("other").data("LOG_LEVEL", "info").build();
    assertThatThrownBy(() -> assertThat(SHOP).deployment("api").container("api").hasEnv("LOG_LEVEL")
        .fromConfigMap(other, "LOG_LEVEL"))
        .hasMessageContaining("to come from ConfigMap other, key LOG_LEVEL\nbut came from:\n  ConfigMap api-settings-");
  }
}
