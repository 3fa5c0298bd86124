package io.kubeprint.render;

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
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;

/**
 * Small valid objects of each kind for render tests, built with the core builders. Every object here is
 * one a v1.32 API server accepts, so tests stay true as validation rules are added.
 */
public final class Fixtures {
  private Fixtures() {}

  public static ObjectMeta meta(String name) {
    return ObjectMeta.builder().name(name).build();
  }

  public static ObjectMeta meta(String namespace, String name) {
    return ObjectMeta.builder().namespace(namespace).name(name).build();
  }

  /** A container named {@code name} running {@code image}. */
  public static Container container(String name, String image) {
    return Container.builder().name(name).image(image).build();
  }

  /** A pod spec with one container, {@code web} running {@code nginx}. */
  public static PodSpec podSpec() {
    return PodSpec.builder().addContainer(container("web", "nginx")).build();
  }

  /** Pods labelled {@code app: <app>} running {@link #podSpec()}. */
  public static PodTemplateSpec template(String app) {
    return PodTemplateSpec.builder()
        .metadata(ObjectMeta.builder().putLabel("app", app).build())
        .spec(podSpec())
        .build();
  }

  public static Pod pod(String name) {
    return Pod.builder().metadata(meta(name)).spec(podSpec()).build();
  }

  public static Pod pod(String namespace, String name) {
    return Pod.builder().metadata(meta(namespace, name)).spec(podSpec()).build();
  }

  /** A pod with no container, which breaks {@code containers-required}. */
  public static Pod podWithoutContainers(String name) {
    return Pod.builder().metadata(meta(name)).build();
  }

  public static ConfigMap configMap(String name, String key, String value) {
    return ConfigMap.builder().metadata(meta(name)).putData(key, value).build();
  }

  public static Secret secret(String name, String key, String value) {
    return Secret.builder().metadata(meta(name)).putData(key, Bytes.utf8(value)).build();
  }

  /** A Deployment of 3 replicas of pods labelled {@code app: <name>}, selected by that label. */
  public static Deployment deployment(String name) {
    return deployment(meta(name), name);
  }

  public static Deployment deployment(String namespace, String name) {
    return deployment(meta(namespace, name), name);
  }

  private static Deployment deployment(ObjectMeta meta, String app) {
    return Deployment.builder()
        .metadata(meta)
        .spec(DeploymentSpec.builder()
            .replicas(3)
            .selector(LabelSelector.builder().putMatchLabel("app", app).build())
            .template(template(app))
            .build())
        .build();
  }

  public static ReplicaSet replicaSet(String name) {
    return ReplicaSet.builder()
        .metadata(meta(name))
        .spec(ReplicaSetSpec.builder()
            .replicas(1)
            .selector(LabelSelector.builder().putMatchLabel("app", name).build())
            .template(template(name))
            .build())
        .build();
  }

  /** A Service selecting {@code app: <app>}, port 80 to the pods' port 8080. */
  public static Service service(String name, String app) {
    return Service.builder()
        .metadata(meta(name))
        .spec(ServiceSpec.builder()
            .putSelector("app", app)
            .addPort(ServicePort.builder().port(80).targetPort(IntOrString.of(8080)).build())
            .build())
        .build();
  }

  /** A CronJob every five minutes whose pods restart on failure. */
  public static CronJob cronJob(String name) {
    return CronJob.builder()
        .metadata(meta(name))
        .spec(CronJobSpec.builder()
            .schedule("*/5 * * * *")
            .jobTemplate(JobTemplateSpec.builder()
                .spec(JobSpec.builder()
                    .template(PodTemplateSpec.builder()
                        .spec(PodSpec.builder()
                            .addContainer(container("job", "busybox"))
                            .restartPolicy("OnFailure")
                            .build())
                        .build())
                    .build())
                .build())
            .build())
        .build();
  }

  public static PodTemplate podTemplate(String name) {
    return PodTemplate.builder().metadata(meta(name)).template(template(name)).build();
  }

  /** A container port {@code port} named {@code name}. */
  public static ContainerPort port(int port, String name) {
    return ContainerPort.builder().containerPort(port).name(name).build();
  }
}
