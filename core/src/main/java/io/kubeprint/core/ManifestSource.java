package io.kubeprint.core;

/**
 * A class that provides manifests: implement it (with a public no-argument constructor) and the command
 * line renders it, {@code kubeprint render --source com.example.MyApp --out k8s/} (the launcher of kubeprint-cli).
 *
 * <p>One class can render several environments or colours: give it a public constructor taking
 * {@code Map<String, String>} and {@code render --set env=prod --set color=green} passes those settings to it
 * (an empty map without {@code --set}; the map is unmodifiable and keeps the order given). A class with only a
 * no-argument constructor is refused settings.
 */
@FunctionalInterface
public interface ManifestSource {

  /** The objects to render. */
  Bundle manifests();
}
