package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.appLabels;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.bundleWide;
import static io.kubeprint.dsl.Kube.commonLabels;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Deployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleSettingsTest {
  private final ConfigMap settings = configMap("settings").data("mode", "fast").build();
  private final Deployment web = deployment("web").podLabels(labels("app", "web"))
      .container(container("web", "app:1").port(8080, "http").env("MODE", fromConfigMap(settings, "mode"))).build();
  private final Service svc = service("web").selecting(web).port(80, "http").build();
  private final CronJob batch = cronJob("batch").schedule("0 * * * *").container(container("batch", "batch:1")).build();
  private final Bundle app = bundle(settings, web, svc, batch);
  private final CommonLabels common = appLabels("shop").version("1.4.2").managedBy("kubeprint");

  @Test
  void should_put_every_object_in_the_namespace() {
    Bundle shop = bundleWide().namespace("shop").applyTo(app);

    assertThat(shop.objects()).extracting(o -> o.metadata().namespace().orElse("-"))
        .containsExactly("shop", "shop", "shop", "shop");
    assertThat(shop.validate()).isEmpty();
  }

  @Test
  void should_create_the_namespace_first_carrying_the_common_labels() {
    Bundle shop = bundleWide().createNamespace("shop").commonLabels(common).applyTo(app);

    KubeObject first = shop.objects().get(0);
    assertThat(first).isInstanceOf(Namespace.class);
    assertThat(first.name()).isEqualTo("shop");
    assertThat(first.metadata().namespace()).isEmpty();
    assertThat(first.metadata().labels()).isEqualTo(common.asMap());
    assertThat(shop.size()).isEqualTo(5);
  }

  @Test
  void should_not_create_a_namespace_the_bundle_already_has() {
    Namespace ns = Namespace.builder().metadata(ObjectMeta.builder().name("shop").build()).build();

    Bundle shop = bundleWide().createNamespace("shop").applyTo(app.plus(ns));

    assertThat(shop.all(Namespace.class)).containsExactly(ns);
  }

  @Test
  void should_stamp_common_labels_on_metadata_and_pod_templates_but_never_on_selectors() {
    Bundle labelled = bundleWide().commonLabels(common).applyTo(app);

    Deployment d = labelled.all(Deployment.class).get(0);
    assertThat(d.metadata().labels()).isEqualTo(common.asMap());
    assertThat(d.spec().template().metadata().labels()).containsEntry("app", "web")
        .containsAllEntriesOf(common.asMap()).hasSize(4);
    assertThat(d.spec().selector()).isEqualTo(web.spec().selector());
    assertThat(labelled.all(Service.class).get(0).spec().selector()).isEqualTo(Map.of("app", "web"));
    assertThat(labelled.all(ConfigMap.class).get(0).metadata().labels()).isEqualTo(common.asMap());
    assertThat(labelled.validate()).isEmpty();
  }

  @Test
  void should_stamp_common_annotations_on_metadata_pod_templates_and_the_job_template() {
    Bundle annotated = bundleWide().commonAnnotation("example.com/owner", "team-web").applyTo(app);

    CronJob c = annotated.all(CronJob.class).get(0);
    Map<String, String> owner = Map.of("example.com/owner", "team-web");
    assertThat(c.metadata().annotations()).isEqualTo(owner);
    assertThat(c.spec().jobTemplate().metadata().annotations()).isEqualTo(owner);
    assertThat(c.spec().jobTemplate().spec().template().metadata().annotations()).isEqualTo(owner);
    assertThat(annotated.all(Deployment.class).get(0).spec().template().metadata().annotations()).isEqualTo(owner);
  }

  @Test
  void should_keep_the_bundle_order_and_externals() {
    Bundle withExternal = app.withExternal(Kind.SECRET, "registry");

    Bundle shop = bundleWide().namespace("shop").commonLabel("team", "web").applyTo(withExternal);

    assertThat(shop.objects()).extracting(KubeObject::name).containsExactly("settings", "web", "web", "batch");
    assertThat(shop.externals()).isEqualTo(withExternal.externals());
  }

  @Test
  void should_refuse_an_object_already_in_another_namespace() {
    Bundle mixed = app.plus(configMap("other").namespace("prod").data("a", "b").build());

    assertThatThrownBy(() -> bundleWide().namespace("shop").applyTo(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namespace of ConfigMap/other must be shop or unset (was prod)");
  }

  @Test
  void should_refuse_a_common_label_contradicting_a_label_an_object_sets() {
    Deployment team = deployment(web).label("team", "checkout").build();

    assertThatThrownBy(() -> bundleWide().commonLabel("team", "platform").applyTo(bundle(settings, team)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("common label team must agree with Deployment/web metadata.labels (was checkout, common platform)");
  }

  @Test
  void should_refuse_a_common_label_whose_key_a_selector_tests() {
    assertThatThrownBy(() -> bundleWide().commonLabels(commonLabels("app", "web")).applyTo(app))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("common label app must not be a key a selector tests (was in spec.selector.matchLabels of"
            + " Deployment/web); stamped on every pod it would widen that selector");
  }

  @Test
  void should_refuse_a_namespace_that_is_not_a_dns_label_and_an_invalid_annotation_key() {
    assertThatThrownBy(() -> bundleWide().namespace("Shop"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("namespace must be a DNS-1123 label: ")
        .hasMessageEndingWith(" (was \"Shop\")");
    assertThatThrownBy(() -> bundleWide().commonAnnotation("a/b/c", "x"))
        .hasMessageStartingWith("key must be a valid annotation key: ")
        .hasMessageEndingWith(" (was \"a/b/c\")");
  }

  @Test
  void should_hold_the_settings_it_was_given() {
    BundleSettings s = bundleWide().createNamespace("shop").commonLabels(common).commonAnnotation("a", "b");

    assertThat(s.namespace()).contains("shop");
    assertThat(s.createsNamespace()).isTrue();
    assertThat(s.commonLabels()).isEqualTo(common);
    assertThat(s.commonAnnotations()).containsExactly(Map.entry("a", "b"));
    assertThat(bundleWide().namespace("shop").createsNamespace()).isFalse();
    assertThat(bundleWide().applyTo(app)).isEqualTo(app);
  }

  @Test
  void should_make_cross_object_findings_warnings_when_asked_and_keep_them_through_the_transform() {
    // GIVEN a Deployment reading a ConfigMap the bundle does not hold
    Bundle incomplete = bundle(web, svc);
    assertThat(incomplete.validate()).anyMatch(v -> v.isError() && v.ruleId().equals("config-map-not-found"));
    // WHEN the bundle settings make the checks across objects warnings
    Bundle lenient = bundleWide().namespace("shop").crossObjectChecks(CrossObjectChecks.WARNING).applyTo(incomplete);
    // THEN the finding is still listed, with object and path, but is no error
    assertThat(lenient.crossObjectChecks()).isEqualTo(CrossObjectChecks.WARNING);
    assertThat(lenient.validate()).noneMatch(Violation::isError).extracting(Violation::toString).contains(
        "warning: Deployment/web spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.name: must name a "
            + "ConfigMap in the bundle or declared external (was \"settings\") [config-map-not-found]");
    // AND without the setting the bundle keeps its own
    assertThat(bundleWide().namespace("shop").applyTo(lenient).crossObjectChecks()).isEqualTo(CrossObjectChecks.WARNING);
    assertThat(bundleWide().crossObjectChecks(CrossObjectChecks.OFF).applyTo(incomplete).validate()).isEmpty();
  }
}
