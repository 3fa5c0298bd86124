package io.kubeprint.cli;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.render.Fixtures;

/** A valid application for {@code render --source}: a Secret, a ConfigMap, a Service and its Deployment. */
public class TestApp implements ManifestSource {
  @Override
  public Bundle manifests() {
    return Bundle.of(Fixtures.deployment("web"), Fixtures.service("web", "web"),
        Fixtures.configMap("settings", "mode", "fast"), Fixtures.secret("api", "key", "s3cr3t"));
  }
}
