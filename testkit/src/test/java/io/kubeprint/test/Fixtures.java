package io.kubeprint.test;

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

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The chapter's blue-green app, with a sentinel Secret value that no failure message may show. */
final class Fixtures {
  /** A Secret value that must never appear in a failure message, in clear or base64-encoded. */
  static final String SENTINEL = "s3nt1nel-n3ver-pr1nted";
  static final String SENTINEL_BASE64 = Base64.getEncoder().encodeToString(SENTINEL.getBytes(StandardCharsets.UTF_8));

  static final ConfigMap PROJECT_ID = configMap("projectid").data("project.id", "hello-docker-123456").build();
  static final Secret API_KEY = secret("apikey").data("id", "client-1234").data("key", SENTINEL).build();
  static final Deployment BLUE = webserver("blue");
  static final Deployment GREEN = webserver("green");
  static final Service SERVICE = service("webserver").loadBalancer().selecting(BLUE).port(80, "http-server").build();
  static final CronJob BATCH = cronJob("batch-job").schedule("*/1 * * * *")
      .container(container("batch-container", "gcr.io/hello-docker-123456/batch-app:latest").build())
      .build();
  static final Bundle APP = bundle(PROJECT_ID, API_KEY, BLUE, GREEN, SERVICE, BATCH);

  private Fixtures() {}

  static Deployment webserver(String color) {
    return deployment("webserver-" + color).replicas(3)
        .podLabels(labels("type", "webserver").and("color", color))
        .container(web(color))
        .build();
  }

  static Container web(String color) {
    return container("webserver-container", "gcr.io/hello-docker-123456/imageview:" + color)
        .port(80, "http-server")
        .env("PROJECT_ID", fromConfigMap(PROJECT_ID, "project.id"))
        .env("SECRET_ID", fromSecret(API_KEY, "id"))
        .env("SECRET_KEY", fromSecret(API_KEY, "key"))
        .build();
  }
}
