package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.appLabels;
import static io.kubeprint.dsl.Kube.blueGreen;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.bundleWide;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.rollOnChange;
import static io.kubeprint.dsl.Kube.service;
import static io.kubeprint.dsl.Kube.zeroDowntime;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.dsl.BlueGreen;
import io.kubeprint.dsl.Color;
import io.kubeprint.dsl.ReleasePlan;
import io.kubeprint.dsl.TrafficPolicy;
import io.kubeprint.render.Yaml;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The examples of {@code docs/releases.md}, compiled: a test checks that the page shows this code and
 * exactly the YAML each {@link #snippets() snippet} renders.
 */
public final class Releases {
  private Releases() {}

  /** The chapter's web server switched to green, rolled back, and given its next image. */
  static List<BlueGreen> flips() {
    BlueGreen green = Chap09.WEBSERVER.switchTo(Color.GREEN);   // only the Service selector changes
    BlueGreen blue = green.rollback();                          // traffic back on blue: equal to WEBSERVER
    BlueGreen next = blue.withImage(Color.GREEN, "gcr.io/hello-docker-123456/imageview:v2");   // idle colour only
    return List.of(green, blue, next);
  }

  /** Writes the chapter's blue to green release, one directory per step, into {@code out}. */
  static List<Path> writePlan(Path out) {
    ReleasePlan plan = Chap09.WEBSERVER.plan()     // from the live colour (blue) to the idle one (green)
        .scaleDownOld()                            // add step 3
        .alongside(Chap09.app(Color.BLUE));        // the rest of the app, in every step
    List<Path> dirs = new ArrayList<>();
    for (ReleasePlan.Step step : plan.steps()) {
      Yaml.writeDirectory(step.bundle(), out.resolve(step.name()));   // 1-deploy-green/, 2-switch-to-green/, ...
      dirs.add(out.resolve(step.name()));
    }
    return dirs;
  }

  /** A blue-green frontend behind a cloud load balancer: two Service ports, an annotation, the client's IP kept. */
  static BlueGreen frontend() {
    return blueGreen("frontend")
        .sharedLabels(labels("app", "frontend"))
        .template(deployment("frontend").replicas(2)
            .container(container("web", "shop/frontend:base").port(8080, "http").port(8443, "https")))
        .image(Color.BLUE, "shop/frontend:1.4")
        .image(Color.GREEN, "shop/frontend:1.5")
        .service(service("frontend").loadBalancer()           // selector: set by the release
            .port(80, "http", "http")
            .port(443, "https", "https")
            .annotation("cloud.google.com/l4-rbs", "enabled")
            .externalTrafficPolicy(TrafficPolicy.LOCAL))
        .build();
  }

  /** A Deployment that rolls without ever lowering the ready pods. */
  static Deployment zeroDowntimeWeb() {
    return deployment("web").replicas(3)
        .podLabels(labels("app", "web"))
        .rollout(zeroDowntime()                       // maxSurge 25%, maxUnavailable 0
            .minReady(Duration.ofSeconds(10))         // ready this long before it counts
            .progressDeadline(Duration.ofMinutes(5))  // then `kubectl rollout status` fails
            .revisionHistory(5))                      // old ReplicaSets kept for `kubectl rollout undo`
        .container(container("web", "nginx:1.27").port(80, "http")
            .readinessProbe(httpGet("/healthz", "http")))
        .build();
  }

  /** The ConfigMap of the configuration examples. */
  static final ConfigMap SETTINGS = configMap("settings").data("mode", "fast").build();

  /** A web server reading {@code settings}. */
  static Bundle configApp() {
    Deployment web = deployment("web").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").env("MODE", fromConfigMap(SETTINGS, "mode")))
        .build();
    return bundle(SETTINGS, web);
  }

  /** {@link #configApp()} with {@code settings} renamed by its content hash. */
  static Bundle hashed() {
    return rollOnChange().hashSuffix(SETTINGS).applyTo(configApp());
  }

  /** {@link #configApp()} with a checksum of {@code settings} on the pod template. */
  static Bundle checksummed() {
    return rollOnChange().checksumAnnotation(SETTINGS).applyTo(configApp());
  }

  /** A web server and its Service in namespace {@code shop}, with the recommended labels. */
  static Bundle shop() {
    Deployment web = deployment("web").podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27").port(80, "http")).build();
    Service svc = service("web").selecting(web).port(80, "http").build();

    return bundleWide()
        .createNamespace("shop")                                         // metadata.namespace + Namespace/shop
        .commonLabels(appLabels("web").version("1.4.2").managedBy("kubeprint"))   // never in a selector
        .commonAnnotation("example.com/owner", "team-web")
        .applyTo(bundle(web, svc));
  }

  /** {@link #configApp()} rolled on changes of {@code settings}, then put in namespace {@code shop}. */
  static Bundle combined() {
    Bundle app = bundleWide().namespace("shop").commonLabels(appLabels("web"))
        .applyTo(rollOnChange().hashSuffix(SETTINGS).applyTo(configApp()));
    return app;
  }

  /** Each YAML block of {@code docs/releases.md}, by the name its {@code <!-- snippet: name -->} marker gives. */
  public static Map<String, String> snippets() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("service-blue", Yaml.render(Chap09.WEBSERVER.service()));
    s.put("service-green", Yaml.render(Chap09.WEBSERVER.switchTo(Color.GREEN).service()));
    s.put("service-template", Yaml.render(frontend().switchTo(Color.GREEN).service()));
    s.put("zero-downtime", Yaml.render(zeroDowntimeWeb()));
    s.put("hash-suffix", Yaml.render(hashed()));
    s.put("checksum", Yaml.render(checksummed()));
    s.put("bundle-wide", Yaml.render(shop()));
    return s;
  }

  public static void main(String[] args) {
    snippets().forEach((name, yaml) -> System.out.print("# " + name + "\n" + yaml));
  }
}
