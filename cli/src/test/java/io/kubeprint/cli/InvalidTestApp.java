package io.kubeprint.cli;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.render.Fixtures;

/** An application with a pod that has no container, for {@code render --source}. */
public class InvalidTestApp implements ManifestSource {
  @Override
  public Bundle manifests() {
    return Bundle.of(Fixtures.configMap("settings", "mode", "fast"), Fixtures.podWithoutContainers("web"));
  }
}
