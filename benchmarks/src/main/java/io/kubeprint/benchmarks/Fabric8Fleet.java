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
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.kubeprint.examples.Fleet;
import io.kubeprint.examples.FleetWithKinds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The fleet workload of {@link Fleet} (and its {@code kinds} variant, {@link FleetWithKinds}), object for object,
 * built the way fabric8 users write it: with fabric8's fluent builders, in the same apply order, Secret values
 * base64-encoded by hand. The baseline of the benchmarks; a test checks it renders the same YAML documents as
 * kubeprint.
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

  /**
   * The {@code 10 n} objects of the {@code kinds} variant ({@link FleetWithKinds}) in apply order:
   * PodDisruptionBudgets, ServiceAccounts, Secrets, ConfigMaps, Services, Deployments, HorizontalPodAutoscalers,
   * CronJobs, Ingresses.
   */
  static List<HasMetadata> buildWithKinds(int n) {
    int[] order = Fleet.applyOrder(n);
    List<HasMetadata> out = new ArrayList<>(FleetWithKinds.OBJECTS_PER_APP * n);
    for (int i : order) {
      out.add(disruptionBudget(i));
    }
    for (int i : order) {
      out.add(serviceAccount(i));
    }
    for (int i : order) {
      out.add(secret(i));
    }
    for (int i : order) {
      out.add(configMap(i));
    }
    for (int i : order) {
      out.add(namedPortService(i));
    }
    for (int i : order) {
      out.add(deployment(i, "blue", "registry.example.com/app:1.0." + i, null, "app-" + i));
      out.add(deployment(i, "green", "registry.example.com/app:2.0." + i, 3, "app-" + i));
    }
    for (int i : order) {
      out.add(autoscaler(i));
    }
    for (int i : order) {
      out.add(cronJob(i));
    }
    for (int i : order) {
      out.add(ingress(i));
    }
    return out;
  }

  static ServiceAccount serviceAccount(int i) {
    return new ServiceAccountBuilder().withNewMetadata().withName("app-" + i).endMetadata().build();
  }

  static PodDisruptionBudget disruptionBudget(int i) {
    return new PodDisruptionBudgetBuilder()
        .withNewMetadata().withName("app-" + i + "-blue").endMetadata()
        .withNewSpec()
          .withMinAvailable(new IntOrString(1))
          .withNewSelector().withMatchLabels(Map.of("app", "app-" + i, "color", "blue")).endSelector()
        .endSpec()
        .build();
  }

  static HorizontalPodAutoscaler autoscaler(int i) {
    return new HorizontalPodAutoscalerBuilder()
        .withNewMetadata().withName("app-" + i + "-blue").endMetadata()
        .withNewSpec()
          .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("app-" + i + "-blue")
            .endScaleTargetRef()
          .withMinReplicas(2)
          .withMaxReplicas(10)
          .addNewMetric().withType("Resource").withNewResource().withName("cpu")
            .withNewTarget().withType("Utilization").withAverageUtilization(70).endTarget()
            .endResource().endMetric()
        .endSpec()
        .build();
  }

  static Service namedPortService(int i) {
    return new ServiceBuilder()
        .withNewMetadata().withName("app-" + i).endMetadata()
        .withNewSpec()
          .withType("LoadBalancer")
          .withSelector(Map.of("app", "app-" + i, "color", "blue"))
          .addNewPort().withName("http").withPort(80).withTargetPort(new IntOrString("http")).endPort()
        .endSpec()
        .build();
  }

  static Ingress ingress(int i) {
    return new IngressBuilder()
        .withNewMetadata().withName("app-" + i).endMetadata()
        .withNewSpec()
          .addNewRule().withHost("app-" + i + ".example.com").withNewHttp()
            .addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService().withName("app-" + i)
              .withNewPort().withName("http").endPort().endService().endBackend().endPath()
            .endHttp().endRule()
        .endSpec()
        .build();
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
    return deployment(i, color, image, 3, null);
  }

  /**
   * App {@code i}'s {@code color} Deployment with {@code replicas} (none when null) whose pods run as
   * {@code serviceAccount} (the namespace's default when null).
   */
  static Deployment deployment(int i, String color, String image, Integer replicas, String serviceAccount) {
    Map<String, String> labels = Map.of("app", "app-" + i, "color", color);
    return new DeploymentBuilder()
        .withNewMetadata().withName("app-" + i + "-" + color).withLabels(labels).endMetadata()
        .withNewSpec()
          .withReplicas(replicas)
          .withNewSelector().withMatchLabels(labels).endSelector()
          .withNewTemplate()
            .withNewMetadata().withLabels(labels).endMetadata()
            .withNewSpec()
              .withServiceAccountName(serviceAccount)
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
