package io.kubeprint.benchmarks;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.kubeprint.examples.Fleet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The fleet workload of {@link Fleet}, object for object, built the way fabric8 users write it: with
 * fabric8's fluent builders, in the same apply order, Secret values base64-encoded by hand. The baseline of
 * the benchmarks; a test checks it renders the same YAML documents as kubeprint.
 */
final class Fabric8Fleet {
  private Fabric8Fleet() {}

  /** The {@code 6 n} objects of the fleet in apply order: Secrets, ConfigMaps, Services, Deployments, CronJobs. */
  static List<HasMetadata> build(int n) {
    int[] order = Fleet.applyOrder(n);
    List<HasMetadata> out = new ArrayList<>(6 * n);
    for (int i : order) {
      out.add(secret(i));
    }
    for (int i : order) {
      out.add(configMap(i));
    }
    for (int i : order) {
      out.add(service(i));
    }
    for (int i : order) {
      out.add(deployment(i, "blue", "registry.example.com/app:1.0." + i));
      out.add(deployment(i, "green", "registry.example.com/app:2.0." + i));
    }
    for (int i : order) {
      out.add(cronJob(i));
    }
    return out;
  }

  static ConfigMap configMap(int i) {
    return new ConfigMapBuilder()
        .withNewMetadata().withName("app-" + i + "-config").endMetadata()
        .addToData("PROJECT_ID", "fleet-project-" + i)
        .addToData("LOG_LEVEL", "info")
        .addToData("FEATURE_X", "true")
        .build();
  }

  static Secret secret(int i) {
    Base64.Encoder b64 = Base64.getEncoder();
    return new SecretBuilder()
        .withNewMetadata().withName("app-" + i + "-secret").endMetadata()
        .withType("Opaque")
        .addToData("user", b64.encodeToString(("app-" + i).getBytes(StandardCharsets.UTF_8)))
        .addToData("password", b64.encodeToString(("fleet-password-" + i).getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  static Deployment deployment(int i, String color, String image) {
    Map<String, String> labels = Map.of("app", "app-" + i, "color", color);
    return new DeploymentBuilder()
        .withNewMetadata().withName("app-" + i + "-" + color).withLabels(labels).endMetadata()
        .withNewSpec()
          .withReplicas(3)
          .withNewSelector().withMatchLabels(labels).endSelector()
          .withNewTemplate()
            .withNewMetadata().withLabels(labels).endMetadata()
            .withNewSpec()
              .addToContainers(new ContainerBuilder()
                  .withName("web")
                  .withImage(image)
                  .addNewPort().withContainerPort(8080).withName("http").endPort()
                  .addNewEnv().withName("PROJECT_ID").withNewValueFrom()
                    .withNewConfigMapKeyRef().withName("app-" + i + "-config").withKey("PROJECT_ID").endConfigMapKeyRef()
                    .endValueFrom().endEnv()
                  .addNewEnv().withName("DB_USER").withNewValueFrom()
                    .withNewSecretKeyRef().withName("app-" + i + "-secret").withKey("user").endSecretKeyRef()
                    .endValueFrom().endEnv()
                  .addNewEnv().withName("DB_PASSWORD").withNewValueFrom()
                    .withNewSecretKeyRef().withName("app-" + i + "-secret").withKey("password").endSecretKeyRef()
                    .endValueFrom().endEnv()
                  .withNewResources()
                    .addToRequests("cpu", new Quantity("100m"))
                    .addToRequests("memory", new Quantity("128Mi"))
                    .addToLimits("cpu", new Quantity("500m"))
                    .addToLimits("memory", new Quantity("256Mi"))
                  .endResources()
                  .withNewReadinessProbe()
                    .withNewHttpGet().withPath("/healthz").withPort(new IntOrString("http")).endHttpGet()
                  .endReadinessProbe()
                  .build())
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
  }

  static Service service(int i) {
    return new ServiceBuilder()
        .withNewMetadata().withName("app-" + i).endMetadata()
        .withNewSpec()
          .withType("LoadBalancer")
          .withSelector(Map.of("app", "app-" + i, "color", "blue"))
          .addNewPort().withPort(80).withTargetPort(new IntOrString("http")).endPort()
        .endSpec()
        .build();
  }

  static CronJob cronJob(int i) {
    return new CronJobBuilder()
        .withNewMetadata().withName("app-" + i + "-cleanup").endMetadata()
        .withNewSpec()
          .withSchedule("*/10 * * * *")
          .withConcurrencyPolicy("Forbid")
          .withNewJobTemplate().withNewSpec().withNewTemplate().withNewSpec()
            .addNewContainer().withName("cleanup").withImage("busybox:1.36")
              .withCommand("sh", "-c", "echo cleanup").endContainer()
            .withRestartPolicy("OnFailure")
          .endSpec().endTemplate().endSpec().endJobTemplate()
        .endSpec()
        .build();
  }
}
