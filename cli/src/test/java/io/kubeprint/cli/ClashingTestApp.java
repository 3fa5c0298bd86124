package io.kubeprint.cli;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.render.Fixtures;

/** Two valid Deployments that map to one file name: "a.b", and "b" in namespace "a". */
public class ClashingTestApp implements ManifestSource {
  @Override
  public Bundle manifests() {
    return Bundle.of(Fixtures.deployment("a.b"), Fixtures.deployment("a", "b"));
  }
}
