package com.example;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.service;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;

public final class Shop implements ManifestSource {
  @Override
  public Bundle manifests() {
    ConfigMap projectId = configMap("projectid").data("project.id", "hello-docker-123456").build();
    Deployment web = deployment("web").replicas(3)
        .podLabels(labels("app", "web"))
        .container(container("web", "nginx:1.27")
            .port(80, "http")
            .env("PROJECT_ID", fromConfigMap(projectId, "project.id")))
        .build();
    Service svc = service("web").loadBalancer().selecting(web).port(80, "http").build();
    return bundle(projectId, web, svc);
  }
}
