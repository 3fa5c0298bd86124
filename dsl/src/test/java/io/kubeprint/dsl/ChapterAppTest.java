package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.fromSecret;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.secret;
import static io.kubeprint.dsl.Kube.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chapter's app of DESIGN.md, written with the DSL, checked field by field against the core values. */
class ChapterAppTest {
  private final ConfigMap projectId = configMap("projectid").data("project.id", "hello-docker-123456").build();
  private final Secret apiKey = secret("apikey").data("id", "client-1234").data("key", "s3cr3t").build();

  private Container web(String color) {
    return container("webserver-container", "gcr.io/hello-docker/imageview:" + color)
        .port(80, "http-server")
        .env("PROJECT_ID", fromConfigMap(projectId, "project.id"))
        .env("SECRET_ID", fromSecret(apiKey, "id"))
        .env("SECRET_KEY", fromSecret(apiKey, "key"))
        .build();
  }

  private final Deployment blue = deployment("webserver-blue").replicas(3)
      .podLabels(labels("type", "webserver").and("color", "blue"))
      .container(web("blue")).build();
  private final Deployment green = deployment(blue).name("webserver-green")
      .podLabels(labels("type", "webserver").and("color", "green")).container(web("green")).build();
  private final Service webserver = service("webserver").loadBalancer()
      .selecting(blue)
      .port(80, "http-server")
      .build();
  private final CronJob batch = cronJob("batch-job").schedule("*/1 * * * *")
      .container(container("batch-container", "gcr.io/hello-docker/batch-app:latest").build())
      .build();

  @Test
  void should_build_the_config_map_with_its_one_data_key() {
    assertThat(projectId.name()).isEqualTo("projectid");
    assertThat(projectId.data()).containsExactly(Map.entry("project.id", "hello-docker-123456"));
    assertThat(projectId.binaryData()).isEmpty();
    assertThat(projectId.immutable()).isEmpty();
  }

  @Test
  void should_hold_secret_plaintext_as_utf8_bytes_with_type_left_to_the_default() {
    assertThat(apiKey.name()).isEqualTo("apikey");
    assertThat(apiKey.data()).containsExactly(
        Map.entry("id", Bytes.utf8("client-1234")), Map.entry("key", Bytes.utf8("s3cr3t")));
    assertThat(apiKey.type()).isEmpty();
  }

  @Test
  void should_build_the_blue_deployment_field_by_field() {
    assertThat(blue.name()).isEqualTo("webserver-blue");
    assertThat(blue.metadata().labels()).isEmpty();
    assertThat(blue.spec().replicas()).contains(3);
    assertThat(blue.spec().selector()).contains(LabelSelector.builder()
        .putMatchLabel("type", "webserver").putMatchLabel("color", "blue").build());
    assertThat(blue.spec().template().metadata().labels())
        .containsExactly(Map.entry("type", "webserver"), Map.entry("color", "blue"));
    assertThat(blue.spec().strategy()).isEmpty();
    PodSpec pod = blue.spec().template().spec();
    assertThat(pod.containers()).hasSize(1);
    assertThat(pod.initContainers()).isEmpty();
    assertThat(pod.restartPolicy()).isEmpty();
    Container c = pod.containers().get(0);
    assertThat(c.name()).contains("webserver-container");
    assertThat(c.image()).contains("gcr.io/hello-docker/imageview:blue");
    assertThat(c.ports()).containsExactly(ContainerPort.builder().containerPort(80).name("http-server").build());
    assertThat(c.env()).containsExactly(
        EnvVar.builder().name("PROJECT_ID").valueFrom(EnvVarSource.builder().configMapKeyRef(
            ConfigMapKeySelector.builder().name("projectid").key("project.id").build()).build()).build(),
        EnvVar.builder().name("SECRET_ID").valueFrom(EnvVarSource.builder().secretKeyRef(
            SecretKeySelector.builder().name("apikey").key("id").build()).build()).build(),
        EnvVar.builder().name("SECRET_KEY").valueFrom(EnvVarSource.builder().secretKeyRef(
            SecretKeySelector.builder().name("apikey").key("key").build()).build()).build());
  }

  @Test
  void should_copy_blue_into_green_changing_only_name_labels_selector_and_image() {
    assertThat(green.name()).isEqualTo("webserver-green");
    assertThat(green.spec().replicas()).contains(3);
    assertThat(green.spec().selector()).contains(LabelSelector.builder()
        .putMatchLabel("type", "webserver").putMatchLabel("color", "green").build());
    assertThat(green.spec().template().spec().containers()).extracting(c -> c.image().orElseThrow())
        .containsExactly("gcr.io/hello-docker/imageview:green");
    Deployment greenBackToBlue = deployment(green).name("webserver-blue")
        .podLabels(labels("type", "webserver").and("color", "blue")).container(web("blue")).build();
    assertThat(greenBackToBlue).isEqualTo(blue);
  }

  @Test
  void should_build_a_load_balancer_service_selecting_blue_pods_by_port_name() {
    assertThat(webserver.name()).isEqualTo("webserver");
    assertThat(webserver.spec().type()).contains("LoadBalancer");
    assertThat(webserver.spec().selector())
        .containsExactly(Map.entry("type", "webserver"), Map.entry("color", "blue"));
    assertThat(webserver.spec().ports()).containsExactly(
        ServicePort.builder().port(80).targetPort(IntOrString.of("http-server")).build());
    assertThat(webserver.spec().clusterIP()).isEmpty();
  }

  @Test
  void should_build_a_cron_job_whose_pods_restart_on_failure_explicitly() {
    assertThat(batch.name()).isEqualTo("batch-job");
    assertThat(batch.spec().schedule()).contains("*/1 * * * *");
    assertThat(batch.spec().concurrencyPolicy()).isEmpty();
    PodSpec pod = batch.spec().jobTemplate().spec().template().spec();
    assertThat(pod.restartPolicy()).contains("OnFailure");
    assertThat(pod.containers()).containsExactly(Container.builder().name("batch-container")
        .image("gcr.io/hello-docker/batch-app:latest").build());
  }

  @Test
  void should_bundle_the_objects_in_the_order_given_and_validate_without_violations() {
    Bundle app = bundle(projectId, apiKey, blue, green, webserver, batch);

    assertThat(app.objects()).containsExactly(projectId, apiKey, blue, green, webserver, batch);
    assertThat(app.validate()).isEmpty();
  }

  @Test
  void should_not_print_secret_values_in_any_object_of_the_app() {
    String printed = List.of(projectId, apiKey, blue, green, webserver, batch).toString();

    assertThat(printed).doesNotContain("s3cr3t").doesNotContain("client-1234");
    assertThat(apiKey.toString()).contains("data=****");
    assertThat(Optional.of(apiKey).toString()).doesNotContain("s3cr3t");
  }
}
