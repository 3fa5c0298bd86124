package io.kubeprint.examples;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.dsl.Kube;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import io.kubeprint.render.YamlWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code kinds} variant of the fleet workload: {@link Fleet}'s apps with four more kinds each, ten objects
 * per app. App {@code i} has {@link Fleet}'s ConfigMap, Secret and CronJob unchanged, and
 *
 * <ul>
 *   <li>ServiceAccount {@code app-i}, as which both Deployments' pods run ({@code serviceAccountName: app-i});
 *   <li>Deployment {@code app-i-blue}, the colour the Service routes to, <em>without</em> {@code replicas}: its
 *       autoscaler owns the count (a scaled workload that sets replicas is the {@code autoscaled-replicas} warning);
 *   <li>Deployment {@code app-i-green}, the idle colour, 3 replicas as in {@link Fleet} and not autoscaled;
 *   <li>HorizontalPodAutoscaler {@code app-i-blue} ({@code autoscaling/v2}): {@code app-i-blue} between 2 and 10
 *       replicas at 70% average CPU utilization of the requests;
 *   <li>PodDisruptionBudget {@code app-i-blue} ({@code policy/v1}): {@code minAvailable: 1} of the blue pods
 *       (selector {@code app=app-i, color=blue}), below the autoscaler's 2 to 10 so a drain can always evict one;
 *   <li>Service {@code app-i}: {@link Fleet}'s LoadBalancer, its port 80 now named {@code http} (still to the
 *       container port {@code http}) so that the Ingress can name it;
 *   <li>Ingress {@code app-i} ({@code networking.k8s.io/v1}): host {@code app-i.example.com}, path {@code /}
 *       ({@code Prefix}) to Service {@code app-i}'s port {@code http}.
 * </ul>
 *
 * <p>The fleet validates with no violation and no warning, checks across objects included. As in {@link Fleet},
 * each app is self-contained, which {@link #write} relies on to stream a fleet of any size in bounded memory.
 * {@link Fleet}'s own objects and output are untouched by this variant.
 */
public final class FleetWithKinds {
  /** How many objects each app has. */
  public static final int OBJECTS_PER_APP = 10;

  private FleetWithKinds() {}

  /** ServiceAccount {@code app-i}, as which the app's pods run. */
  public static ServiceAccount serviceAccount(int i) {
    return Kube.serviceAccount("app-" + i).build();
  }

  /** Deployment {@code app-i-blue}: no {@code replicas} (its autoscaler sets them), running as {@code app-i}. */
  public static Deployment blue(int i) {
    return blue(i, Fleet.configMap(i), Fleet.secret(i), serviceAccount(i));
  }

  /** Deployment {@code app-i-green}: 3 replicas, running as {@code app-i}. */
  public static Deployment green(int i) {
    return green(i, Fleet.configMap(i), Fleet.secret(i), serviceAccount(i));
  }

  private static Deployment blue(int i, ConfigMap config, Secret secret, ServiceAccount account) {
    return Fleet.deploymentBuilder(i, "blue", Fleet.image(i, "blue"), config, secret)
        .serviceAccount(account)
        .build();
  }

  private static Deployment green(int i, ConfigMap config, Secret secret, ServiceAccount account) {
    return Fleet.deploymentBuilder(i, "green", Fleet.image(i, "green"), config, secret)
        .replicas(3)
        .serviceAccount(account)
        .build();
  }

  /** Service {@code app-i}: a LoadBalancer selecting the blue pods, port 80 named {@code http} to {@code http}. */
  public static Service service(int i) {
    return Kube.service("app-" + i)
        .loadBalancer()
        .selector(Kube.labels("app", "app-" + i).and("color", "blue"))
        .port(80, "http", "http")
        .build();
  }

  /** HorizontalPodAutoscaler {@code app-i-blue}: the blue Deployment between 2 and 10 replicas at 70% CPU. */
  public static HorizontalPodAutoscaler autoscaler(int i) {
    return autoscaler(blue(i));
  }

  private static HorizontalPodAutoscaler autoscaler(Deployment blue) {
    return Kube.autoscaler(blue).between(2, 10).targetCpu(70).build();
  }

  /** PodDisruptionBudget {@code app-i-blue}: at least one blue pod stays available. */
  public static PodDisruptionBudget disruptionBudget(int i) {
    return disruptionBudget(blue(i));
  }

  private static PodDisruptionBudget disruptionBudget(Deployment blue) {
    return Kube.disruptionBudget(blue).minAvailable(1).build();
  }

  /** Ingress {@code app-i}: {@code app-i.example.com/} to Service {@code app-i}'s port {@code http}. */
  public static Ingress ingress(int i) {
    return ingress(i, service(i));
  }

  private static Ingress ingress(int i, Service service) {
    return Kube.ingress("app-" + i).host("app-" + i + ".example.com").route("/", service, "http").build();
  }

  /**
   * The ten objects of app {@code i}: ConfigMap, Secret, ServiceAccount, the blue and green Deployments,
   * HorizontalPodAutoscaler, PodDisruptionBudget, Service, Ingress, CronJob.
   */
  public static List<KubeObject> app(int i) {
    ConfigMap config = Fleet.configMap(i);
    Secret secret = Fleet.secret(i);
    ServiceAccount account = serviceAccount(i);
    Deployment blue = blue(i, config, secret, account);
    Service service = service(i);
    return List.of(config, secret, account, blue, green(i, config, secret, account), autoscaler(blue),
        disruptionBudget(blue), service, ingress(i, service), Fleet.cronJob(i));
  }

  /** The whole variant fleet of {@code n} apps as one bundle, app after app. */
  public static Bundle bundle(int n) {
    List<KubeObject> all = new ArrayList<>(n * OBJECTS_PER_APP);
    for (int i = 0; i < n; i++) {
      all.addAll(app(i));
    }
    return Bundle.of(all);
  }

  /**
   * Validates the variant fleet of {@code n} apps and writes it to {@code out} as one multi-document YAML stream,
   * byte for byte what {@code Yaml.write(bundle(n), out)} writes, in memory bounded whatever {@code n}, as
   * {@link Fleet#write} does: each app validated as its own bundle first (nothing written if one is invalid), then
   * the objects built again kind after kind in {@link Yaml#APPLY_ORDER} (Helm's install order: PodDisruptionBudgets,
   * ServiceAccounts, Secrets, ConfigMaps, Services, Deployments, HorizontalPodAutoscalers, CronJobs, Ingresses),
   * the apps of each kind in {@link Fleet#applyOrder}.
   *
   * @return the number of objects written, {@code 10 * n}
   * @throws io.kubeprint.core.validation.ManifestValidationException listing every error of the first
   *     invalid app
   */
  public static long write(int n, Writer out) {
    return stream(n, Yaml.writer(out, RenderOptions.defaults().validate(false)));
  }

  /**
   * {@link #write(int, Writer)} to a byte stream, in UTF-8: what the {@code fleet} command writes to its file.
   *
   * @return the number of objects written
   * @throws io.kubeprint.core.validation.ManifestValidationException listing every error of the first
   *     invalid app
   */
  public static long write(int n, OutputStream out) {
    return stream(n, Yaml.writer(out, RenderOptions.defaults().validate(false)));
  }

  /**
   * Both passes of {@link #write(int, Writer)}: every app validated (the writer has written nothing yet), then the
   * objects built again kind after kind and written.
   */
  private static long stream(int n, YamlWriter writer) {
    for (int i = 0; i < n; i++) {
      Bundle.of(app(i)).requireValid();
    }
    int[] order = Fleet.applyOrder(n);
    try (YamlWriter w = writer) {
      for (int i : order) {
        w.write(disruptionBudget(i));
      }
      for (int i : order) {
        w.write(serviceAccount(i));
      }
      for (int i : order) {
        w.write(Fleet.secret(i));
      }
      for (int i : order) {
        w.write(Fleet.configMap(i));
      }
      for (int i : order) {
        w.write(service(i));
      }
      for (int i : order) {
        ConfigMap config = Fleet.configMap(i);
        Secret secret = Fleet.secret(i);
        ServiceAccount account = serviceAccount(i);
        w.write(blue(i, config, secret, account));
        w.write(green(i, config, secret, account));
      }
      for (int i : order) {
        w.write(autoscaler(i));
      }
      for (int i : order) {
        w.write(Fleet.cronJob(i));
      }
      for (int i : order) {
        w.write(ingress(i));
      }
      return w.documents();
    }
  }
}
