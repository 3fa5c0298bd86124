package io.kubeprint.core.validation;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import java.util.List;
import java.util.Map;

/** Values for the cross-object tests, built with the core builders, and the chapter's blue-green app. */
final class CrossObjectFixtures {
  static final String SECRET_VALUE = "s3cr3t-sentinel";

  private CrossObjectFixtures() {}

  /** The checks across objects only, sorted, one line per violation. */
  static List<String> check(Bundle bundle) {
    return BundleValidation.validate(bundle).stream().sorted().map(Violation::toString).toList();
  }

  static ObjectMeta meta(String name) {
    return ObjectMeta.builder().name(name).build();
  }

  static ObjectMeta meta(String namespace, String name) {
    return ObjectMeta.builder().name(name).namespace(namespace).build();
  }

  static ConfigMap configMap(String name, String... keyValues) {
    ConfigMap.Builder b = ConfigMap.builder().metadata(meta(name));
    for (int i = 0; i < keyValues.length; i += 2) {
      b.putData(keyValues[i], keyValues[i + 1]);
    }
    return b.build();
  }

  static Secret secret(String name, String... keys) {
    Secret.Builder b = Secret.builder().metadata(meta(name));
    for (String k : keys) {
      b.putData(k, Bytes.utf8(SECRET_VALUE));
    }
    return b.build();
  }

  static ContainerPort port(int number, String name) {
    return ContainerPort.builder().containerPort(number).name(name).build();
  }

  static ContainerPort port(int number) {
    return ContainerPort.builder().containerPort(number).build();
  }

  static Container container(String name, ContainerPort... ports) {
    return Container.builder().name(name).image("nginx:1.27").addPorts(ports).build();
  }

  static EnvVar fromConfigMap(String var, String configMap, String key) {
    return EnvVar.builder().name(var).valueFrom(EnvVarSource.builder()
        .configMapKeyRef(ConfigMapKeySelector.builder().name(configMap).key(key).build()).build()).build();
  }

  static EnvVar fromSecret(String var, String secret, String key) {
    return EnvVar.builder().name(var).valueFrom(EnvVarSource.builder()
        .secretKeyRef(SecretKeySelector.builder().name(secret).key(key).build()).build()).build();
  }

  static LabelSelector matchLabels(Map<String, String> labels) {
    return LabelSelector.builder().matchLabels(labels).build();
  }

  static PodTemplateSpec template(Map<String, String> labels, PodSpec spec) {
    return PodTemplateSpec.builder().metadata(ObjectMeta.builder().labels(labels).build()).spec(spec).build();
  }

  static PodSpec spec(Container... containers) {
    return PodSpec.builder().addContainers(containers).build();
  }

  /** A Deployment selecting exactly its pod labels. */
  static Deployment deployment(String name, Map<String, String> labels, Container... containers) {
    return deployment(meta(name), labels, spec(containers));
  }

  static Deployment deployment(ObjectMeta meta, Map<String, String> labels, PodSpec spec) {
    return Deployment.builder().metadata(meta).spec(DeploymentSpec.builder()
        .selector(matchLabels(labels)).template(template(labels, spec)).build()).build();
  }

  static ServicePort servicePort(int port, IntOrString target) {
    return ServicePort.builder().port(port).targetPort(target).build();
  }

  static Service service(String name, Map<String, String> selector, ServicePort... ports) {
    return service(meta(name), selector, ports);
  }

  static Service service(ObjectMeta meta, Map<String, String> selector, ServicePort... ports) {
    return Service.builder().metadata(meta)
        .spec(ServiceSpec.builder().selector(selector).addPorts(ports).build()).build();
  }

  // ---- the chapter's blue-green app ----

  static final ConfigMap PROJECT_ID = configMap("projectid", "project.id", "hello-docker-123456");
  static final Secret API_KEY = Secret.builder().metadata(meta("apikey"))
      .putData("id", Bytes.utf8("client-1234")).putData("key", Bytes.utf8(SECRET_VALUE)).build();

  static Container web(String color) {
    return Container.builder().name("webserver-container").image("gcr.io/hello-docker/imageview:" + color)
        .addPort(port(80, "http-server"))
        .addEnv(fromConfigMap("PROJECT_ID", "projectid", "project.id"))
        .addEnv(fromSecret("SECRET_ID", "apikey", "id"))
        .addEnv(fromSecret("SECRET_KEY", "apikey", "key"))
        .build();
  }

  static Map<String, String> webLabels(String color) {
    return Map.of("type", "webserver", "color", color);
  }

  static Deployment webserver(String color) {
    Deployment d = deployment("webserver-" + color, webLabels(color), web(color));
    return d.withSpec(d.spec().withReplicas(3));
  }

  static final Deployment BLUE = webserver("blue");
  static final Deployment GREEN = webserver("green");

  static final Service WEBSERVER = Service.builder().metadata(meta("webserver"))
      .spec(ServiceSpec.builder().type("LoadBalancer").putSelector("type", "webserver").putSelector("color", "blue")
          .addPort(servicePort(80, IntOrString.of("http-server"))).build())
      .build();

  static final CronJob BATCH_JOB = CronJob.builder().metadata(meta("batch-job"))
      .spec(CronJobSpec.builder().schedule("*/1 * * * *")
          .jobTemplate(JobTemplateSpec.builder().spec(JobSpec.builder()
              .template(PodTemplateSpec.builder().spec(PodSpec.builder()
                  .addContainer(Container.builder().name("batch-container")
                      .image("gcr.io/hello-docker/batch-app:latest").build())
                  .restartPolicy("OnFailure").build()).build())
              .build()).build())
          .build())
      .build();

  static Bundle app() {
    return Bundle.of(PROJECT_ID, API_KEY, BLUE, GREEN, WEBSERVER, BATCH_JOB);
  }
}
