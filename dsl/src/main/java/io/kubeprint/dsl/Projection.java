package io.kubeprint.dsl;

import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.pod.KeyToPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One source of a {@code projected} volume ({@code sources[]}), several of which share one directory:
 * {@code Projection.configMap(settings)}, {@code Projection.secret(tls, files().item("tls.crt", "tls.crt"))},
 * {@code Projection.serviceAccountToken("token", "vault", Duration.ofHours(1))},
 * {@code Projection.downwardApi(DownwardFile.field("labels", "metadata.labels"))}. Immutable. Items of a
 * ConfigMap or Secret held here are checked against its keys at once, as {@code fromConfigMap} does.
 */
public final class Projection {
  private final Map<String, Object> source;

  private Projection(Map<String, Object> source) {
    this.source = source;
  }

  /** Every key of {@code configMap} as a file ({@code configMap.name}). */
  public static Projection configMap(ConfigMap configMap) {
    return configMap(ConfigMapRef.to(configMap), VolumeFiles.all());
  }

  /** The keys {@code files} names, as its files ({@code configMap.items}); its default mode is not used here. */
  public static Projection configMap(ConfigMap configMap, VolumeFiles files) {
    return configMap(ConfigMapRef.to(configMap), files);
  }

  /** The referenced ConfigMap's keys, all of them or those {@code files} names. */
  public static Projection configMap(ConfigMapRef configMap, VolumeFiles files) {
    Checks.notNull(configMap, "configMap");
    Checks.notNull(files, "files");
    files.keys().forEach(configMap::requireKey);
    return new Projection(Raw.map("configMap", Raw.map("name", configMap.name(), "items", items(files),
        "optional", configMap.optionalFlag().orElse(null))));
  }

  /** Every key of {@code secret} as a file ({@code secret.name}). */
  public static Projection secret(Secret secret) {
    return secret(SecretRef.to(secret), VolumeFiles.all());
  }

  /** The keys {@code files} names, as its files ({@code secret.items}). */
  public static Projection secret(Secret secret, VolumeFiles files) {
    return secret(SecretRef.to(secret), files);
  }

  /** The referenced Secret's keys, all of them or those {@code files} names. */
  public static Projection secret(SecretRef secret, VolumeFiles files) {
    Checks.notNull(secret, "secret");
    Checks.notNull(files, "files");
    files.keys().forEach(secret::requireKey);
    return new Projection(Raw.map("secret", Raw.map("name", secret.name(), "items", items(files),
        "optional", secret.optionalFlag().orElse(null))));
  }

  /**
   * A token of the pod's ServiceAccount for {@code audience} as the file {@code path}, renewed by the kubelet
   * ({@code serviceAccountToken}); {@code expiration} in whole seconds, at least 10 minutes (the validator checks it).
   */
  public static Projection serviceAccountToken(String path, String audience, Duration expiration) {
    return new Projection(Raw.map("serviceAccountToken", Raw.map("audience", Checks.notBlank(audience, "audience"),
        "expirationSeconds", Checks.longSeconds(expiration, "expiration"), "path", Checks.notBlank(path, "path"))));
  }

  /** A token for the API server's audience, valid for the API server's default of an hour, as the file {@code path}. */
  public static Projection serviceAccountToken(String path) {
    return new Projection(Raw.map("serviceAccountToken", Raw.map("path", Checks.notBlank(path, "path"))));
  }

  /** Pod fields and container resources as files ({@code downwardAPI.items}). */
  public static Projection downwardApi(DownwardFile... files) {
    return new Projection(Raw.map("downwardAPI", Raw.map("items", downwardItems(files))));
  }

  static List<Object> downwardItems(DownwardFile[] files) {
    Checks.notNull(files, "files");
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      items.add(Checks.notNull(files[i], "files[" + i + "]").toMap());
    }
    return items;
  }

  private static List<Object> items(VolumeFiles files) {
    if (files.items().isEmpty()) {
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (KeyToPath k : files.items()) {
      items.add(Raw.map("key", k.key().orElse(null), "path", k.path().orElse(null),
          "mode", k.mode().map(Integer::longValue).orElse(null)));
    }
    return items;
  }

  /** The source in the API's shape. */
  Map<String, Object> toMap() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Projection p && p.source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  /** The source's fields. */
  @Override
  public String toString() {
    return source.toString();
  }
}
