package io.kubeprint.core;

/**
 * A class that provides manifests: implement it (with a public no-argument constructor) and the command
 * line renders it, {@code java -jar kubeprint.jar render --source com.example.MyApp --out k8s/}.
 */
@FunctionalInterface
public interface ManifestSource {

  /** The objects to render. */
  Bundle manifests();
}
