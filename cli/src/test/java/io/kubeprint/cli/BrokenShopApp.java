package io.kubeprint.cli;

import static io.kubeprint.dsl.Kube.bundle;
import static io.kubeprint.dsl.Kube.configMapRef;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.deployment;
import static io.kubeprint.dsl.Kube.fromConfigMap;
import static io.kubeprint.dsl.Kube.labels;
import static io.kubeprint.dsl.Kube.service;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;

/**
 * A DSL application with several mistakes the call sites cannot see, as a build-time render meets them: a
 * port name too long, a ConfigMap that is nowhere, and a Service selecting no pods.
 */
public class BrokenShopApp implements ManifestSource {
  @Override
  public Bundle manifests() {
    return bundle(
        deployment("shop")
            .podLabels(labels("app", "shop"))
            .container(container("shop", "shop:1")
                .port(8080, "http-port-of-the-shop")
                .env("MODE", fromConfigMap(configMapRef("settings"), "mode")))
            .build(),
        service("shop").selector(labels("app", "shop-v2")).port(80, 8080).build());
  }
}
