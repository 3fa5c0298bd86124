package io.kubeprint.peers;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ConfigMapKeySelector;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1CronJobSpec;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1JobSpec;
import io.kubernetes.client.openapi.models.V1JobTemplateSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.util.Yaml;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The peer of kubeprint's {@code fleet N OUTFILE} in kubernetes-client/java (client-java 23.0.0, Kubernetes 1.32):
 * the same {@code 6 N} objects of the fleet workload (kubeprint's {@code io.kubeprint.examples.Fleet}), built with
 * the generated {@code V1*} models in the same apply order, written by {@code Yaml.dumpAll} to OUTFILE. No
 * validation: the client has none. Prints {@code objects=… ms=… bytes=…} as the fleet command does.
 *
 * <p>Usage: {@code java -jar client-java-fleet.jar N OUTFILE}.
 */
public final class ClientJavaFleet {
  private ClientJavaFleet() {}

  /** Builds and writes the fleet of {@code args[0]} apps to the file {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[0].matches("[0-9]{1,9}")) {
      System.err.println("usage: client-java-fleet N OUTFILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    int n = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    List<KubernetesObject> objects = build(n);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      Yaml.dumpAll(objects.iterator(), w);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("objects=" + objects.size() + " ms=" + ms + " bytes=" + Files.size(file));
  }

  /** The app numbers in the order kubeprint's apply order puts them: by name, so {@code app-10} before {@code app-2}. */
  static int[] applyOrder(int n) {
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = String.valueOf(i);
    }
    Arrays.sort(names);
    return Arrays.stream(names).mapToInt(Integer::parseInt).toArray();
  }

  /** The {@code 6 n} objects in apply order: Secrets, ConfigMaps, Services, Deployments, CronJobs. */
  static List<KubernetesObject> build(int n) {
    int[] order = applyOrder(n);
    List<KubernetesObject> out = new ArrayList<>(6 * n);
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

  static V1ConfigMap configMap(int i) {
    return new V1ConfigMap().apiVersion("v1").kind("ConfigMap")
        .metadata(new V1ObjectMeta().name("app-" + i + "-config"))
        .putDataItem("PROJECT_ID", "fleet-project-" + i)
        .putDataItem("LOG_LEVEL", "info")
        .putDataItem("FEATURE_X", "true");
  }

  /** The client's {@code data} holds bytes, which it base64-encodes when writing. */
  static V1Secret secret(int i) {
    return new V1Secret().apiVersion("v1").kind("Secret")
        .metadata(new V1ObjectMeta().name("app-" + i + "-secret"))
        .type("Opaque")
        .putDataItem("user", ("app-" + i).getBytes(StandardCharsets.UTF_8))
        .putDataItem("password", ("fleet-password-" + i).getBytes(StandardCharsets.UTF_8));
  }

  static V1Deployment deployment(int i, String color, String image) {
    Map<String, String> labels = Map.of("app", "app-" + i, "color", color);
    V1Container web = new V1Container().name("web").image(image)
        .addPortsItem(new V1ContainerPort().containerPort(8080).name("http"))
        .addEnvItem(new V1EnvVar().name("PROJECT_ID").valueFrom(new V1EnvVarSource()
            .configMapKeyRef(new V1ConfigMapKeySelector().name("app-" + i + "-config").key("PROJECT_ID"))))
        .addEnvItem(new V1EnvVar().name("DB_USER").valueFrom(new V1EnvVarSource()
            .secretKeyRef(new V1SecretKeySelector().name("app-" + i + "-secret").key("user"))))
        .addEnvItem(new V1EnvVar().name("DB_PASSWORD").valueFrom(new V1EnvVarSource()
            .secretKeyRef(new V1SecretKeySelector().name("app-" + i + "-secret").key("password"))))
        .resources(new V1ResourceRequirements()
            .putRequestsItem("cpu", Quantity.fromString("100m"))
            .putRequestsItem("memory", Quantity.fromString("128Mi"))
            .putLimitsItem("cpu", Quantity.fromString("500m"))
            .putLimitsItem("memory", Quantity.fromString("256Mi")))
        .readinessProbe(new V1Probe().httpGet(new V1HTTPGetAction().path("/healthz").port(new IntOrString("http"))));
    return new V1Deployment().apiVersion("apps/v1").kind("Deployment")
        .metadata(new V1ObjectMeta().name("app-" + i + "-" + color).labels(labels))
        .spec(new V1DeploymentSpec()
            .replicas(3)
            .selector(new V1LabelSelector().matchLabels(labels))
            .template(new V1PodTemplateSpec()
                .metadata(new V1ObjectMeta().labels(labels))
                .spec(new V1PodSpec().addContainersItem(web))));
  }

  static V1Service service(int i) {
    return new V1Service().apiVersion("v1").kind("Service")
        .metadata(new V1ObjectMeta().name("app-" + i))
        .spec(new V1ServiceSpec()
            .type("LoadBalancer")
            .selector(Map.of("app", "app-" + i, "color", "blue"))
            .addPortsItem(new V1ServicePort().port(80).targetPort(new IntOrString("http"))));
  }

  static V1CronJob cronJob(int i) {
    return new V1CronJob().apiVersion("batch/v1").kind("CronJob")
        .metadata(new V1ObjectMeta().name("app-" + i + "-cleanup"))
        .spec(new V1CronJobSpec()
            .schedule("*/10 * * * *")
            .concurrencyPolicy("Forbid")
            .jobTemplate(new V1JobTemplateSpec().spec(new V1JobSpec().template(new V1PodTemplateSpec()
                .spec(new V1PodSpec()
                    .addContainersItem(new V1Container().name("cleanup").image("busybox:1.36")
                        .command(List.of("sh", "-c", "echo cleanup")))
                    .restartPolicy("OnFailure"))))));
  }
}
