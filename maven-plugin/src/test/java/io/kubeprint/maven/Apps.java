package io.kubeprint.maven;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMap;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.secret;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.core.config.ConfigMap;

/** ManifestSource classes the tests load by name, as the render goal loads a project's. */
final class Apps {
  private Apps() {}

  static final ConfigMap PROJECT_ID = configMap("projectid").data("project.id", "hello-docker-123456").build();

  /** A ConfigMap and a Secret. */
  public static final class Valid implements ManifestSource {
    @Override
    public Bundle manifests() {
      return bundle(PROJECT_ID, secret("db").data("password", "sentinel-s3cr3t").build());
    }
  }

  /** A Deployment whose env refers to a ConfigMap that is not in the bundle: an error for a bundle built in code. */
  public static final class MissingConfigMap implements ManifestSource {
    @Override
    public Bundle manifests() {
      return bundle(deployment("web").podLabels(labels("app", "web")).container(container("web", "nginx:1.27")
          .env("PROJECT_ID", fromConfigMap(PROJECT_ID, "project.id"))).build());
    }
  }

  /** Not a ManifestSource. */
  public static final class NotASource {
  }
}
