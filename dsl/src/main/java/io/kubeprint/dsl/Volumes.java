package io.kubeprint.dsl;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.EmptyDirVolumeSource;
import io.kubeprint.core.pod.PersistentVolumeClaimVolumeSource;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.storage.PersistentVolumeClaim;

/**
 * Pod volume factories; {@link Kube} delegates here. Declare the volume on the workload
 * ({@code .volume(v)}) and mount it in a container ({@code .mount(v, "/etc/app", true)}).
 */
public final class Volumes {
  private Volumes() {}

  /** A volume named {@code name} holding every key of {@code configMap} as a file ({@code configMap}). */
  public static Volume configMap(String name, ConfigMap configMap) {
    return configMap(name, ConfigMapRef.to(configMap));
  }

  /** A volume named {@code name} holding every key of {@code secret} as a file ({@code secret}). */
  public static Volume secret(String name, Secret secret) {
    return secret(name, SecretRef.to(secret));
  }

  /** A volume named {@code name} holding every key of the referenced ConfigMap as a file. */
  public static Volume configMap(String name, ConfigMapRef configMap) {
    Checks.notNull(name, "name");
    Checks.notNull(configMap, "configMap");
    return Volume.builder().name(name).configMap(ConfigMapVolumeSource.builder()
        .name(configMap.name()).optional(configMap.optionalFlag()).build()).build();
  }

  /** A volume named {@code name} holding every key of the referenced Secret as a file. */
  public static Volume secret(String name, SecretRef secret) {
    Checks.notNull(name, "name");
    Checks.notNull(secret, "secret");
    return Volume.builder().name(name).secret(SecretVolumeSource.builder()
        .secretName(secret.name()).optional(secret.optionalFlag()).build()).build();
  }

  /** Scratch space named {@code name} on the node's storage, living as long as the pod ({@code emptyDir: {}}). */
  public static Volume emptyDir(String name) {
    return Volume.builder().name(Checks.notNull(name, "name"))
        .emptyDir(EmptyDirVolumeSource.builder().build()).build();
  }

  /** Scratch space of at most {@code sizeLimit}, e.g. {@code emptyDir("cache", "1Gi")}. */
  public static Volume emptyDir(String name, String sizeLimit) {
    return Volume.builder().name(Checks.notNull(name, "name"))
        .emptyDir(EmptyDirVolumeSource.builder().sizeLimit(Checks.quantity(sizeLimit, "sizeLimit")).build()).build();
  }

  /** The PersistentVolumeClaim {@code claimName} as the volume {@code name} ({@code persistentVolumeClaim}). */
  public static Volume persistentVolumeClaim(String name, String claimName) {
    return Volume.builder().name(Checks.notNull(name, "name"))
        .persistentVolumeClaim(PersistentVolumeClaimVolumeSource.builder()
            .claimName(Checks.notNull(claimName, "claimName")).build()).build();
  }

  /** The claim {@code claim} as a volume of the same name: {@code volume(data)} ({@code persistentVolumeClaim.claimName}). */
  public static Volume claim(PersistentVolumeClaim claim) {
    return claim(claimName(claim), claim);
  }

  /** The claim {@code claim} as the volume {@code name}: {@code volume("data", dataClaim)}. */
  public static Volume claim(String name, PersistentVolumeClaim claim) {
    return persistentVolumeClaim(name, claimName(claim));
  }

  /** The claim {@code claim} mounted read-only ({@code persistentVolumeClaim.readOnly: true}) as the volume {@code name}. */
  public static Volume claimReadOnly(String name, PersistentVolumeClaim claim) {
    return Volume.builder().name(Checks.notNull(name, "name"))
        .persistentVolumeClaim(PersistentVolumeClaimVolumeSource.builder()
            .claimName(claimName(claim)).readOnly(true).build()).build();
  }

  private static String claimName(PersistentVolumeClaim claim) {
    Checks.notNull(claim, "claim");
    return claim.metadata().name().filter(n -> !n.isBlank())
        .orElseThrow(() -> new IllegalArgumentException("claim must have a name (was unnamed)"));
  }
}
