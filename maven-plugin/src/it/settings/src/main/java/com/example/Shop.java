package com.example;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.workload.Deployment;
import java.util.Map;

/** The shop of one environment: the settings env (default dev) and replicas (default 1). */
public final class Shop implements ManifestSource {
  private final Map<String, String> settings;

  public Shop(Map<String, String> settings) {
    this.settings = settings;
  }

  @Override
  public Bundle manifests() {
    String env = settings.getOrDefault("env", "dev");
    int replicas = Integer.parseInt(settings.getOrDefault("replicas", "1"));
    ConfigMap config = configMap("shop-config").data("env", env).data("settings", String.join(",", settings.keySet()))
        .build();
    Deployment web = deployment("web-" + env).replicas(replicas)
        .podLabels(labels("app", "web").and("env", env))
        .container(container("web", "nginx:1.27")
            .port(80, "http")
            .env("ENV", fromConfigMap(config, "env")))
        .build();
    return bundle(config, web);
  }
}
