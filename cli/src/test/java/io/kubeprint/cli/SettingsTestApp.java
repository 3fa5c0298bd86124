package io.kubeprint.cli;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.render.Fixtures;
import java.util.Map;

/** An application for {@code render --source --set}: one class, one ConfigMap per environment and colour. */
public class SettingsTestApp implements ManifestSource {
  private final Map<String, String> settings;

  /** Takes the {@code --set} settings. */
  public SettingsTestApp(Map<String, String> settings) {
    this.settings = settings;
  }

  @Override
  public Bundle manifests() {
    String env = settings.getOrDefault("env", "dev");
    return Bundle.of(Fixtures.configMap("settings-" + env, "color", settings.getOrDefault("color", "blue")));
  }
}
