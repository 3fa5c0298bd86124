package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.envFrom;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.fromSecret;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Kube.rollOnChange;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollOnChangeTest {
  private final ConfigMap settings = configMap("settings").data("mode", "fast").build();
  private final Secret apiKey = secret("apikey").data("key", "sentinel-s3cr3t-value").build();
  private final Deployment web = deployment("web").podLabels(labels("app", "web"))
      .volume(volume("config", settings))
      .volume(Volume.builder().name("all").extra(Fields.of("projected", Map.of("sources", List.of(
          Map.of("configMap", Map.of("name", "settings")), Map.of("secret", Map.of("name", "apikey")))))).build())
      .initContainer(container("init", "busybox:1.36").env("MODE", fromConfigMap(settings, "mode")))
      .container(container("web", "app:1")
          .env("MODE", fromConfigMap(settings, "mode"))
          .env("KEY", fromSecret(apiKey, "key"))
          .envFrom(envFrom(settings, "CFG_"))
          .envFrom(envFrom(apiKey)))
      .imagePullSecret("apikey")
      .build();
  private final Deployment other = deployment("other").podLabels(labels("app", "other"))
      .container(container("other", "other:1")).build();
  private final Bundle app = bundle(settings, apiKey, web, other);

  private static String hashed(String name, String sha256) {
    return name + "-" + sha256.substring(0, 10);
  }

  @Test
  void should_rename_a_hashed_config_map_and_label_it_with_its_own_name() {
    Bundle rolled = rollOnChange().hashSuffix(settings).applyTo(app);

    ConfigMap copy = rolled.all(ConfigMap.class).get(0);
    assertThat(copy.name()).isEqualTo(hashed("settings", ContentHash.sha256(settings)));
    assertThat(copy.metadata().labels()).containsExactly(Map.entry("kubeprint.io/hashed-from", "settings"));
    assertThat(copy.data()).isEqualTo(settings.data());
  }

  @Test
  void should_rewrite_every_reference_to_a_hashed_config_map_and_no_other() {
    String name = hashed("settings", ContentHash.sha256(settings));

    PodSpec spec = rollOnChange().hashSuffix(settings).applyTo(app).all(Deployment.class).get(0)
        .spec().template().spec();

    assertThat(PodRefs.names(spec, Kind.CONFIG_MAP)).containsExactly(name);
    assertThat(spec.initContainers().get(0).env().get(0).valueFrom().orElseThrow().configMapKeyRef().orElseThrow()
        .name()).contains(name);
    assertThat(spec.containers().get(0).envFrom().get(0).configMapRef().orElseThrow().name()).contains(name);
    assertThat(spec.volumes().get(0).configMap().orElseThrow().name()).contains(name);
    assertThat(spec.volumes().get(1).extra().get("projected")).isEqualTo(Map.of("sources", List.of(
        Map.of("configMap", Map.of("name", name)), Map.of("secret", Map.of("name", "apikey")))));
    assertThat(PodRefs.names(spec, Kind.SECRET)).containsExactly("apikey");
  }

  @Test
  void should_rewrite_secret_references_including_image_pull_secrets() {
    String name = hashed("apikey", ContentHash.sha256(apiKey));

    Bundle rolled = rollOnChange().hashSuffix(apiKey).applyTo(app);

    PodSpec spec = rolled.all(Deployment.class).get(0).spec().template().spec();
    assertThat(PodRefs.names(spec, Kind.SECRET)).containsExactly(name);
    assertThat(spec.imagePullSecrets().get(0).name()).contains(name);
    assertThat(rolled.all(Secret.class).get(0).name()).isEqualTo(name);
  }

  @Test
  void should_keep_every_reference_resolving_so_the_bundle_stays_valid() {
    assertThat(app.validate()).isEmpty();

    Bundle rolled = rollOnChange().hashSuffix(settings).hashSuffix(apiKey).applyTo(app);

    assertThat(rolled.validate()).isEmpty();
    assertThat(rolled.all(Deployment.class).get(1)).isEqualTo(other);
  }

  @Test
  void should_annotate_each_pod_template_that_uses_a_checksum_marked_object() {
    CronJob batch = cronJob("batch").schedule("*/5 * * * *")
        .container(container("batch", "batch:1").env("MODE", fromConfigMap(settings, "mode"))).build();

    Bundle rolled = rollOnChange().checksumAnnotation(settings).checksumAnnotation(apiKey)
        .applyTo(app.plus(batch));

    assertThat(rolled.all(Deployment.class).get(0).spec().template().metadata().annotations()).containsExactly(
        Map.entry("checksum/settings", ContentHash.sha256(settings)),
        Map.entry("checksum/apikey", ContentHash.sha256(apiKey)));
    assertThat(rolled.all(Deployment.class).get(1)).isEqualTo(other);
    assertThat(rolled.all(CronJob.class).get(0).spec().jobTemplate().spec().template().metadata().annotations())
        .containsExactly(Map.entry("checksum/settings", ContentHash.sha256(settings)));
    assertThat(rolled.all(ConfigMap.class).get(0)).isEqualTo(settings);
    assertThat(rolled.validate()).isEmpty();
  }

  @Test
  void should_change_the_pod_template_exactly_when_the_data_changes() {
    RollOnChange marks = rollOnChange().checksumAnnotation(settings);
    ConfigMap relabelled = configMap(settings).label("team", "web").build();
    ConfigMap changed = configMap(settings).data("mode", "safe").build();

    Deployment before = marks.applyTo(app).all(Deployment.class).get(0);

    assertThat(marks.applyTo(bundle(relabelled, apiKey, web)).all(Deployment.class).get(0)).isEqualTo(before);
    assertThat(marks.applyTo(bundle(changed, apiKey, web)).all(Deployment.class).get(0)).isNotEqualTo(before);
  }

  @Test
  void should_rewrite_references_only_from_the_namespace_that_reaches_the_object() {
    ConfigMap prodSettings = configMap("settings").namespace("prod").data("mode", "safe").build();
    Deployment prodWeb = deployment(web).namespace("prod").build();

    Bundle rolled = rollOnChange().hashSuffix(prodSettings).applyTo(bundle(prodSettings, settings, apiKey, web, prodWeb));

    List<Deployment> deployments = rolled.all(Deployment.class);
    assertThat(PodRefs.names(deployments.get(0).spec().template().spec(), Kind.CONFIG_MAP)).containsExactly("settings");
    assertThat(PodRefs.names(deployments.get(1).spec().template().spec(), Kind.CONFIG_MAP))
        .containsExactly(hashed("settings", ContentHash.sha256(prodSettings)));
  }

  @Test
  void should_rewrite_a_bare_pod_without_annotating_it() {
    Pod job = pod("one-off").container(container("c", "app:1").env("MODE", fromConfigMap(settings, "mode"))).build();

    Bundle rolled = rollOnChange().hashSuffix(settings).checksumAnnotation(apiKey).applyTo(bundle(settings, apiKey, job));

    Pod out = rolled.all(Pod.class).get(0);
    assertThat(PodRefs.names(out.spec(), Kind.CONFIG_MAP)).containsExactly(hashed("settings", ContentHash.sha256(settings)));
    assertThat(out.metadata().annotations()).isEmpty();
  }

  @Test
  void should_keep_the_order_and_the_externals_of_the_bundle() {
    Bundle withExternal = app.withExternal(Kind.SECRET, "registry");

    Bundle rolled = rollOnChange().hashSuffix(settings).applyTo(withExternal);

    assertThat(rolled.objects()).extracting(o -> o.kind().kindName())
        .containsExactly("ConfigMap", "Secret", "Deployment", "Deployment");
    assertThat(rolled.externals()).isEqualTo(withExternal.externals());
  }

  @Test
  void should_refuse_a_marked_object_that_is_not_in_the_bundle() {
    assertThatThrownBy(() -> rollOnChange().hashSuffix(configMap("missing").data("a", "b").build()).applyTo(app))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hashSuffix object must be in the bundle (was ConfigMap/missing, not found)");
  }

  @Test
  void should_refuse_to_mark_one_object_both_ways() {
    assertThatThrownBy(() -> rollOnChange().hashSuffix(settings).checksumAnnotation(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ConfigMap/settings must be marked one way only (was hashSuffix, then checksumAnnotation)");
    assertThat(rollOnChange().hashSuffix(settings).hashSuffix(settings)).isEqualTo(rollOnChange().hashSuffix(settings));
  }

  @Test
  void should_refuse_a_config_map_and_a_secret_of_one_name_giving_a_pod_the_same_annotation() {
    Secret sameName = secret("settings").data("token", "t").build();
    Deployment both = deployment("both").podLabels(labels("app", "both")).container(container("c", "app:1")
        .env("A", fromConfigMap(settings, "mode")).env("B", fromSecret(sameName, "token"))).build();

    assertThatThrownBy(() -> rollOnChange().checksumAnnotation(settings).checksumAnnotation(sameName)
        .applyTo(bundle(settings, sameName, both)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annotation checksum/settings must come from one object on Deployment/both"
            + " (was ConfigMap/settings and Secret/settings); mark one of them hashSuffix instead");
  }

  @Test
  void should_refuse_a_name_too_long_for_a_label_value() {
    String name = "x".repeat(64);

    assertThatThrownBy(() -> rollOnChange().hashSuffix(configMap(name).data("a", "b").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be at most 63 characters to be a label value or annotation key (was 64 characters: \""
            + name + "\")");
  }

  @Test
  void should_never_show_secret_values() {
    RollOnChange marks = rollOnChange().hashSuffix(settings).checksumAnnotation(apiKey);

    Bundle rolled = marks.applyTo(app);

    assertThat(marks.toString())
        .isEqualTo("RollOnChange{hashSuffix=[ConfigMap/settings], checksumAnnotation=[Secret/apikey]}");
    assertThat(rolled.toString()).doesNotContain("sentinel-s3cr3t-value");
    assertThat(rolled.all(Deployment.class).get(0).toString()).doesNotContain("sentinel-s3cr3t-value");
  }
}
