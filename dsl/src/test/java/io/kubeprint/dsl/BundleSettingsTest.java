package io.kubeprint.dsl;

import io.kubeprint.core.validation.ManifestValidationException;
import static io.kubeprint.dsl.Violated.errors;
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
  void should_refuse_an_object_already_in_another_namespace_with_object_and_path() {
    Bundle mixed = app.plus(configMap("other").namespace("prod").data("a", "b").build());

    assertThatThrownBy(() -> bundleWide().namespace("shop").applyTo(mixed))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nConfigMap/other metadata.namespace: must be the bundle's namespace shop or unset (was"
            + " prod) [common-namespace-conflict]");
  }


  @Test
  void should_refuse_a_common_label_contradicting_a_label_an_object_sets() {
    Deployment team = deployment(web).label("team", "checkout").build();

    assertThatThrownBy(() -> bundleWide().commonLabel("team", "platform").applyTo(bundle(settings, team)))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("1 violation\nDeployment/web metadata.labels: must agree with common label team=platform (was"
            + " team=checkout) [common-label-conflict]");
  }


  @Test
  void should_refuse_a_common_label_whose_key_a_selector_tests_naming_every_selector() {
    assertThatThrownBy(() -> bundleWide().commonLabels(commonLabels("app", "web")).applyTo(app))
        .isInstanceOf(ManifestValidationException.class)
        .hasMessage("2 violations\n"
            + "Deployment/web spec.selector.matchLabels: must not test the key of common label app (was app); stamped"
            + " on every pod it would widen this selector [common-label-selector-key]\n"
            + "Service/web spec.selector: must not test the key of common label app (was app); stamped on every pod"
            + " it would widen this selector [common-label-selector-key]");
  }


  @Test
  void should_report_a_namespace_that_is_not_a_dns_label_and_an_invalid_annotation_key_at_validation() {
    Bundle out = bundleWide().namespace("Shop").commonAnnotation("a/b/c", "x").applyTo(bundle(settings));

    assertThat(errors(out)).hasSize(2)
        .anyMatch(line -> line.startsWith("ConfigMap/settings metadata.annotations: ")
            && line.endsWith("(was \"a/b/c\") [annotation-key-syntax]"))
        .anyMatch(line -> line.startsWith("ConfigMap/settings metadata.namespace: ")
            && line.endsWith("(was \"Shop\") [namespace-syntax]"));
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
