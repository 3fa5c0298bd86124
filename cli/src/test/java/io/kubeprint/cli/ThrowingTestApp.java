package io.kubeprint.cli;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;

/** A source whose {@code manifests()} fails. */
public class ThrowingTestApp implements ManifestSource {
  @Override
  public Bundle manifests() {
    throw new IllegalStateException("no configuration found");
  }
}
