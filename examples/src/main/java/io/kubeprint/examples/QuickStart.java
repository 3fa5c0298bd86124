package io.kubeprint.examples;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.service;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.render.Yaml;

/** The README's quick start, compiled; a test checks that the README shows exactly what it prints. */
public final class QuickStart {
  private QuickStart() {}

  /** The quick start's YAML. */
  public static String yaml() {
    ConfigMap projectId = configMap("projectid").data("project.id", "hello-docker-123456").build();
    Deployment web = deployment("web").replicas(3)
        .podLabels(labels("app", "web"))                      // the selector defaults to these
        .container(container("web", "nginx:1.27")
            .port(80, "http")
            .env("PROJECT_ID", fromConfigMap(projectId, "project.id")))   // the key is checked here
        .build();
    Service svc = service("web").loadBalancer().selecting(web).port(80, "http").build();

    return Yaml.render(bundle(projectId, web, svc));   // validated first; throws listing every violation
  }

  public static void main(String[] args) {
    System.out.print(yaml());
  }
}
