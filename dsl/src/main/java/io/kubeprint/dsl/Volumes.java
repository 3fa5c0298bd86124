package io.kubeprint.dsl;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.EmptyDirVolumeSource;
import io.kubeprint.core.pod.PersistentVolumeClaimVolumeSource;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import java.util.ArrayList;
import java.util.List;

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

  /** Every key, default mode: the start of a {@link VolumeFiles}, {@code files().item("a.conf", "conf/a.conf").defaultMode(0440)}. */
  public static VolumeFiles files() {
    return VolumeFiles.all();
  }

  /**
   * A volume named {@code name} holding the keys of {@code configMap} that {@code files} names, as its files, with
   * its {@code defaultMode} ({@code configMap.items}, {@code configMap.defaultMode}); validation of the bundle reports
   * a key the ConfigMap does not have ({@code config-map-key-not-found}).
   */
  public static Volume configMap(String name, ConfigMap configMap, VolumeFiles files) {
    return configMap(name, ConfigMapRef.to(configMap), files);
  }

  /** As {@link #configMap(String, ConfigMap, VolumeFiles)}, for a reference (an external one's keys are not checked). */
  public static Volume configMap(String name, ConfigMapRef configMap, VolumeFiles files) {
    Checks.notNull(files, "files");
    Volume v = configMap(name, configMap);
    files.keys().forEach(configMap::requireKey);
    ConfigMapVolumeSource source = v.configMap().orElseThrow().withItems(files.items());
    return v.withConfigMap(files.defaultMode().map(source::withDefaultMode).orElse(source));
  }

  /**
   * A volume named {@code name} holding the keys of {@code secret} that {@code files} names, as its files, with its
   * {@code defaultMode} ({@code secret.items}, {@code secret.defaultMode}), e.g. {@code files().defaultMode(0400)}.
   */
  public static Volume secret(String name, Secret secret, VolumeFiles files) {
    return secret(name, SecretRef.to(secret), files);
  }

  /** As {@link #secret(String, Secret, VolumeFiles)}, for a reference. */
  public static Volume secret(String name, SecretRef secret, VolumeFiles files) {
    Checks.notNull(files, "files");
    Volume v = secret(name, secret);
    files.keys().forEach(secret::requireKey);
    SecretVolumeSource source = v.secret().orElseThrow().withItems(files.items());
    return v.withSecret(files.defaultMode().map(source::withDefaultMode).orElse(source));
  }

  /** Scratch space on {@code medium} ({@code emptyDir.medium}), e.g. {@code emptyDir("tmp", StorageMedium.MEMORY)}. */
  public static Volume emptyDir(String name, StorageMedium medium) {
    Checks.notNull(medium, "medium");
    return Volume.builder().name(Checks.notBlank(name, "name"))
        .emptyDir(EmptyDirVolumeSource.builder().medium(medium.value()).build()).build();
  }

  /** Scratch space of at most {@code sizeLimit} ({@code emptyDir.sizeLimit}): {@code emptyDir("cache", memory("1Gi"))}. */
  public static Volume emptyDir(String name, Memory sizeLimit) {
    Checks.notNull(sizeLimit, "sizeLimit");
    return Volume.builder().name(Checks.notBlank(name, "name"))
        .emptyDir(EmptyDirVolumeSource.builder().sizeLimit(sizeLimit.quantity()).build()).build();
  }

  /** Scratch space on {@code medium} of at most {@code sizeLimit}: {@code emptyDir("cache", MEMORY, memory("1Gi"))}. */
  public static Volume emptyDir(String name, StorageMedium medium, Memory sizeLimit) {
    Checks.notNull(medium, "medium");
    Checks.notNull(sizeLimit, "sizeLimit");
    return Volume.builder().name(Checks.notBlank(name, "name")).emptyDir(EmptyDirVolumeSource.builder()
        .medium(medium.value()).sizeLimit(sizeLimit.quantity()).build()).build();
  }

  /**
   * The node's path {@code path} as the volume {@code name} ({@code hostPath.path}); set what must be there with
   * {@link VolumeBuilder#type(HostPathType)}. Pod Security's baseline level refuses hostPath volumes.
   */
  public static VolumeBuilder hostPath(String name, String path) {
    return new VolumeBuilder(name, "hostPath", Raw.map("path", Checks.notBlank(path, "path")));
  }

  /**
   * Several sources in one directory ({@code projected.sources}):
   * {@code projected("config", Projection.configMap(settings), Projection.secret(tls))}.
   */
  public static VolumeBuilder projected(String name, Projection... sources) {
    Checks.notNull(sources, "sources");
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      list.add(Checks.notNull(sources[i], "sources[" + i + "]").toMap());
    }
    return new VolumeBuilder(name, "projected", Raw.map("sources", list));
  }

  /** Pod fields and container resources as files ({@code downwardAPI.items}): {@code downwardApi("info", DownwardFile.field("labels", "metadata.labels"))}. */
  public static VolumeBuilder downwardApi(String name, DownwardFile... files) {
    return new VolumeBuilder(name, "downwardAPI", Raw.map("items", Projection.downwardItems(files)));
  }

  /** A volume the CSI driver {@code driver} provides for the pod's life ({@code csi.driver}), e.g. {@code csi("secrets", "secrets-store.csi.k8s.io")}. */
  public static VolumeBuilder csi(String name, String driver) {
    return new VolumeBuilder(name, "csi", Raw.map("driver", Checks.notBlank(driver, "driver")));
  }

  /**
   * A PersistentVolumeClaim made for the pod and deleted with it ({@code ephemeral.volumeClaimTemplate}), of
   * {@code storage} ({@code resources.requests.storage}), {@code ReadWriteOnce}:
   * {@code ephemeral("scratch", quantity("10Gi")).storageClass("fast")}.
   */
  public static VolumeBuilder ephemeral(String name, Quantity storage) {
    return VolumeBuilder.ephemeral(name, Checks.notNull(storage, "storage"));
  }

  private static String claimName(PersistentVolumeClaim claim) {
    Checks.notNull(claim, "claim");
    return claim.metadata().name().filter(n -> !n.isBlank())
        .orElseThrow(() -> new IllegalArgumentException("claim must have a name (was unnamed)"));
  }
}
