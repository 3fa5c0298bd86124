package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.blueGreen;
import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.fromSecret;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.secret;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.dsl.BlueGreen;
import io.kubeprint.dsl.Color;
import io.kubeprint.dsl.ReleasePlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The textbook chapter's application on Kubernetes: a ConfigMap and a Secret feeding a web server that
 * runs in two colours (blue and green Deployments), a LoadBalancer Service routing to the live colour
 * (blue), and a CronJob running a batch job every minute.
 */
public final class Chap09 implements ManifestSource {

  /** ConfigMap {@code projectid}: the Google Cloud project id, key {@code project.id}. */
  public static final ConfigMap PROJECT_ID = configMap("projectid")
      .data("project.id", "hello-docker-123456")
      .build();

  /** Secret {@code apikey}: the API credentials, keys {@code id} and {@code key} (base64 in the YAML). */
  public static final Secret API_KEY = secret("apikey")
      .data("id", "client-1234")
      .data("key", "s3cr3t-k3y-0f-th3-ch4pt3r")
      .build();

  /**
   * The web server as a blue-green release: Deployments {@code webserver-blue} and {@code webserver-green}
   * (3 replicas each, pods labelled {@code type: webserver} and their colour) and the LoadBalancer Service
   * {@code webserver} on port 80, routing to the live colour's {@code http-server} port: blue.
   */
  public static final BlueGreen WEBSERVER = blueGreen("webserver")
      .sharedLabels(labels("type", "webserver"))
      .template(deployment("webserver").replicas(3).container(web()))
      .image(Color.BLUE, "gcr.io/hello-docker-123456/imageview:blue")
      .image(Color.GREEN, "gcr.io/hello-docker-123456/imageview:green")
      .servicePort(80, "http-server")
      .loadBalancer()
      .live(Color.BLUE)
      .build();

  /** Deployment {@code webserver-blue}: 3 replicas of the blue image. */
  public static final Deployment BLUE = WEBSERVER.blue();

  /** Deployment {@code webserver-green}: the same web server with the green image and {@code color: green}. */
  public static final Deployment GREEN = WEBSERVER.green();

  /** Service {@code webserver}: a LoadBalancer on port 80 routing to the blue pods' {@code http-server} port. */
  public static final Service SERVICE = WEBSERVER.service();

  /** CronJob {@code batch-job}: runs the batch image every minute, restarting it on failure. */
  public static final CronJob BATCH = cronJob("batch-job")
      .schedule("*/1 * * * *")
      .container(container("batch-container", "gcr.io/hello-docker-123456/batch-app:latest").build())
      .build();

  private static Container web() {
    return container("webserver-container", "gcr.io/hello-docker-123456/imageview")
        .port(80, "http-server")
        .env("PROJECT_ID", fromConfigMap(PROJECT_ID, "project.id"))
        .env("SECRET_ID", fromSecret(API_KEY, "id"))
        .env("SECRET_KEY", fromSecret(API_KEY, "key"))
        .build();
  }

  /** The whole app with the web server live on blue: the chapter's six objects. */
  @Override
  public Bundle manifests() {
    return app(Color.BLUE);
  }

  /** The whole app with traffic on {@code live}; blue and green differ only in the Service selector. */
  public static Bundle app(Color live) {
    BlueGreen web = WEBSERVER.switchTo(live);
    return bundle(PROJECT_ID, API_KEY, web.blue(), web.green(), web.service(), BATCH);
  }

  /** The blue to green release as steps: deploy green beside blue, switch the Service, scale blue down. */
  public static ReleasePlan release() {
    return WEBSERVER.plan().scaleDownOld().alongside(app(Color.BLUE));
  }

  /** The chapter's file for each object, in the chapter's order. */
  public static Map<String, KubeObject> files() {
    Map<String, KubeObject> files = new LinkedHashMap<>();
    files.put("configmap.yaml", PROJECT_ID);
    files.put("secrets.yaml", API_KEY);
    files.put("deployment-blue.yaml", BLUE);
    files.put("deployment-green.yaml", GREEN);
    files.put("service.yaml", SERVICE);
    files.put("cronjob.yaml", BATCH);
    return files;
  }

  /**
   * The chapter's file name of an object of the app in any state: {@code configmap.yaml},
   * {@code deployment-blue.yaml}, ...
   */
  public static String fileName(KubeObject object) {
    if (object instanceof ConfigMap) {
      return "configmap.yaml";
    }
    if (object instanceof Secret) {
      return "secrets.yaml";
    }
    if (object instanceof Service) {
      return "service.yaml";
    }
    if (object instanceof CronJob) {
      return "cronjob.yaml";
    }
    if (object instanceof Deployment) {
      return "deployment-" + object.name().substring(object.name().lastIndexOf('-') + 1) + ".yaml";
    }
    throw new IllegalArgumentException("object must be one of the chapter's kinds (was " + object.displayName() + ")");
  }
}
