package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cpu;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.fromSecret;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.memory;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.dsl.DeploymentBuilder;
import io.kubeprint.dsl.Kube;
import io.kubeprint.dsl.Labels;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import io.kubeprint.render.YamlWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fleet workload of the performance figures: {@code n} apps of six objects each, the same objects the
 * fabric8 baseline of the benchmarks builds. App {@code i} is
 *
 * <ul>
 *   <li>ConfigMap {@code app-i-config} with keys {@code PROJECT_ID}, {@code LOG_LEVEL}, {@code FEATURE_X};
 *   <li>Secret {@code app-i-secret} ({@code Opaque}) with keys {@code user} and {@code password};
 *   <li>Deployments {@code app-i-blue} and {@code app-i-green}: 3 replicas, labels (and pod labels and
 *       selector) {@code app=app-i}, {@code color=blue|green}, container {@code web} running
 *       {@code registry.example.com/app:1.0.i} (blue) or {@code 2.0.i} (green) with port 8080 named
 *       {@code http}, {@code PROJECT_ID} from the ConfigMap, {@code DB_USER} and {@code DB_PASSWORD} from the
 *       Secret, requests {@code cpu 100m, memory 128Mi}, limits {@code cpu 500m, memory 256Mi}, and a readiness
 *       probe {@code GET /healthz} on port {@code http};
 *   <li>Service {@code app-i}: a LoadBalancer selecting {@code app=app-i, color=blue}, port 80 to {@code http};
 *   <li>CronJob {@code app-i-cleanup}: every ten minutes, {@code Forbid} concurrency, {@code busybox:1.36}
 *       running {@code sh -c "echo cleanup"}, restarting on failure.
 * </ul>
 *
 * <p>Each app is self-contained: its references and Service selector stay inside it, so validating the fleet
 * app by app finds exactly what validating it whole does (the names differ per app, so nothing collides or
 * overlaps across apps). {@link #write} relies on that to stream a fleet of any size in bounded memory.
 */
public final class Fleet {
  private Fleet() {}

  /** ConfigMap {@code app-i-config}. */
  public static ConfigMap configMap(int i) {
    return Kube.configMap("app-" + i + "-config")
        .data("PROJECT_ID", "fleet-project-" + i)
        .data("LOG_LEVEL", "info")
        .data("FEATURE_X", "true")
        .build();
  }

  /** Secret {@code app-i-secret}. */
  public static Secret secret(int i) {
    return Kube.secret("app-" + i + "-secret")
        .type(Secret.OPAQUE)
        .data("user", "app-" + i)
        .data("password", "fleet-password-" + i)
        .build();
  }

  /** Deployment {@code app-i-blue}. */
  public static Deployment blue(int i) {
    return blue(i, configMap(i), secret(i));
  }

  /** Deployment {@code app-i-green}. */
  public static Deployment green(int i) {
    return green(i, configMap(i), secret(i));
  }

  private static Deployment blue(int i, ConfigMap config, Secret secret) {
    return deployment(i, "blue", "registry.example.com/app:1.0." + i, config, secret);
  }

  private static Deployment green(int i, ConfigMap config, Secret secret) {
    return deployment(i, "green", "registry.example.com/app:2.0." + i, config, secret);
  }

  /** A Deployment of app {@code i} whose env reads {@code config} and {@code secret} (keys checked here). */
  private static Deployment deployment(int i, String color, String image, ConfigMap config, Secret secret) {
    return deploymentBuilder(i, color, image, config, secret).replicas(3).build();
  }

  /** The image of app {@code i}'s {@code color} Deployment: {@code 1.0.i} for blue, {@code 2.0.i} for green. */
  static String image(int i, String color) {
    return "registry.example.com/app:" + (color.equals("blue") ? "1.0." : "2.0.") + i;
  }

  /**
   * The builder of app {@code i}'s {@code color} Deployment as {@link #blue} and {@link #green} make it, without
   * {@code replicas}: {@link FleetWithKinds} leaves them to its autoscaler.
   */
  static DeploymentBuilder deploymentBuilder(int i, String color, String image, ConfigMap config, Secret secret) {
    Labels podLabels = labels("app", "app-" + i).and("color", color);
    return Kube.deployment("app-" + i + "-" + color)
        .labels(podLabels)
        .podLabels(podLabels)
        .container(container("web", image)
            .port(8080, "http")
            .env("PROJECT_ID", fromConfigMap(config, "PROJECT_ID"))
            .env("DB_USER", fromSecret(secret, "user"))
            .env("DB_PASSWORD", fromSecret(secret, "password"))
            .requests(cpu("100m"), memory("128Mi"))
            .limits(cpu("500m"), memory("256Mi"))
            .readinessProbe(httpGet("/healthz", "http")));
  }

  /** Service {@code app-i}, routing to the blue pods. */
  public static Service service(int i) {
    return Kube.service("app-" + i)
        .loadBalancer()
        .selector(labels("app", "app-" + i).and("color", "blue"))
        .port(80, "http")
        .build();
  }

  /** CronJob {@code app-i-cleanup}. */
  public static CronJob cronJob(int i) {
    return Kube.cronJob("app-" + i + "-cleanup")
        .schedule("*/10 * * * *")
        .forbidConcurrent()
        .container(container("cleanup", "busybox:1.36").command("sh", "-c", "echo cleanup"))
        .restartPolicy("OnFailure")
        .build();
  }

  /** The six objects of app {@code i}: ConfigMap, Secret, the blue and green Deployments, Service, CronJob. */
  public static List<KubeObject> app(int i) {
    ConfigMap config = configMap(i);
    Secret secret = secret(i);
    return List.of(config, secret, blue(i, config, secret), green(i, config, secret), service(i), cronJob(i));
  }

  /** The whole fleet of {@code n} apps as one bundle, app after app. */
  public static Bundle bundle(int n) {
    List<KubeObject> all = new ArrayList<>(n * 6);
    for (int i = 0; i < n; i++) {
      all.addAll(app(i));
    }
    return Bundle.of(all);
  }

  /**
   * The app numbers {@code 0..n-1} in the order {@link Yaml#APPLY_ORDER} puts their objects of one kind:
   * by name, which compares the numbers as text ({@code app-1-…}, {@code app-10-…}, {@code app-2-…}) since
   * the {@code '-'} after the number sorts before every digit.
   */
  public static int[] applyOrder(int n) {
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = String.valueOf(i);
    }
    Arrays.sort(names);
    return Arrays.stream(names).mapToInt(Integer::parseInt).toArray();
  }

  /**
   * Validates the fleet of {@code n} apps and writes it to {@code out} as one multi-document YAML stream,
   * byte for byte what {@code Yaml.write(bundle(n), out)} writes, in memory bounded whatever {@code n}.
   *
   * <p>Two passes over objects that are cheap to make again: first each app is built and validated as its
   * own bundle (every rule, checks across objects included), and nothing is written if one is invalid;
   * then the objects are built again kind after kind in apply order and streamed out, never held together.
   *
   * @return the number of objects written, {@code 6 * n}
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
    int[] order = applyOrder(n);
    try (YamlWriter w = writer) {
      for (int i : order) {
        w.write(secret(i));
      }
      for (int i : order) {
        w.write(configMap(i));
      }
      for (int i : order) {
        w.write(service(i));
      }
      for (int i : order) {
        ConfigMap config = configMap(i);
        Secret secret = secret(i);
        w.write(blue(i, config, secret));
        w.write(green(i, config, secret));
      }
      for (int i : order) {
        w.write(cronJob(i));
      }
      return w.documents();
    }
  }
}
