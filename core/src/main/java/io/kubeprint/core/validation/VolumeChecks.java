package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodValidation.EMPTY_DIR_SIZE_LIMIT;
import static io.kubeprint.core.validation.PodValidation.FILE_MODE;
import static io.kubeprint.core.validation.PodValidation.PROJECTED_VOLUME;
import static io.kubeprint.core.validation.PodValidation.VOLUME_ITEM;
import static io.kubeprint.core.validation.PodValidation.VOLUME_NAME;
import static io.kubeprint.core.validation.PodValidation.VOLUME_NAME_DUPLICATE;
import static io.kubeprint.core.validation.PodValidation.VOLUME_SOURCE;
import static io.kubeprint.core.validation.PodValidation.VOLUME_SOURCE_FIELD;
import static io.kubeprint.core.validation.PodValidation.oneOf;
import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.KeyToPath;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.Volume;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Volume checks of {@code pkg/apis/core/validation}: {@code ValidateVolumes} and {@code validateVolumeSource}
 * with the sources kubeprint types (configMap, secret, emptyDir, persistentVolumeClaim) and, read from
 * {@code extra()}, hostPath, downwardAPI, projected, nfs and csi; every other source is only counted. Rules are
 * declared in {@link PodValidation}.
 */
final class VolumeChecks {
  /**
   * The volume sources in the order {@code validateVolumeSource} visits them, each with the path it reports
   * "more than 1 volume type" at (upstream's spelling, {@code downwarAPI} and {@code cephFS} included).
   */
  private static final List<String[]> SOURCES = List.of(
      new String[] {"emptyDir", "emptyDir"}, new String[] {"hostPath", "hostPath"},
      new String[] {"gitRepo", "gitRepo"}, new String[] {"gcePersistentDisk", "gcePersistentDisk"},
      new String[] {"awsElasticBlockStore", "awsElasticBlockStore"}, new String[] {"secret", "secret"},
      new String[] {"nfs", "nfs"}, new String[] {"iscsi", "iscsi"}, new String[] {"glusterfs", "glusterfs"},
      new String[] {"flocker", "flocker"}, new String[] {"persistentVolumeClaim", "persistentVolumeClaim"},
      new String[] {"rbd", "rbd"}, new String[] {"cinder", "cinder"}, new String[] {"cephfs", "cephFS"},
      new String[] {"quobyte", "quobyte"}, new String[] {"downwardAPI", "downwarAPI"}, new String[] {"fc", "fc"},
      new String[] {"flexVolume", "flexVolume"}, new String[] {"configMap", "configMap"},
      new String[] {"azureFile", "azureFile"}, new String[] {"vsphereVolume", "vsphereVolume"},
      new String[] {"photonPersistentDisk", "photonPersistentDisk"},
      new String[] {"portworxVolume", "portworxVolume"}, new String[] {"azureDisk", "azureDisk"},
      new String[] {"storageos", "storageos"}, new String[] {"projected", "projected"},
      new String[] {"scaleIO", "scaleIO"}, new String[] {"csi", "csi"}, new String[] {"ephemeral", "ephemeral"},
      new String[] {"image", "image"});
  private static final List<String> HOST_PATH_TYPES = List.of("", "BlockDevice", "CharDevice", "Directory",
      "DirectoryOrCreate", "File", "FileOrCreate", "Socket");
  /** {@code validVolumeDownwardAPIFieldPathExpressions}. */
  private static final List<String> VOLUME_FIELD_PATHS = List.of("metadata.annotations", "metadata.labels",
      "metadata.name", "metadata.namespace", "metadata.uid");
  private static final int MAX_MODE = 0777;
  private static final long MIN_TOKEN_EXPIRATION = 10 * 60;
  private static final long MAX_TOKEN_EXPIRATION = 1L << 32;

  private VolumeChecks() {}

  /**
   * {@code ValidateVolumes}: checks each volume and answers the volumes without errors, by name; mounts may
   * only name those.
   */
  static Map<String, Volume> volumes(List<Volume> volumes, FieldPath path, Violations v) {
    Map<String, Volume> valid = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < volumes.size(); i++) {
      Volume vol = volumes.get(i);
      FieldPath p = path.index(i);
      int before = v.list().size();
      source(vol, p, v);
      String name = vol.name().orElse("");
      if (name.isEmpty()) {
        v.add(VOLUME_NAME, p.child("name"), "is required");
      } else {
        for (String msg : Syntax.isDns1123Label(name)) {
          v.add(VOLUME_NAME, p.child("name"), msg + " (was " + quote(name) + ")");
        }
      }
      if (names.contains(name)) {
        v.add(VOLUME_NAME_DUPLICATE, p.child("name"), "must be unique among the pod's volumes (was " + quote(name)
            + " again)");
      }
      if (v.list().size() == before) {
        names.add(name);
        valid.put(name, vol);
      }
    }
    return valid;
  }

  /**
   * {@code validateVolumeSource}: at most one source (none is defaulted to emptyDir), then its own checks. An
   * {@code image} source (the ImageVolume feature) is accepted by a 1.32 API server, as the documentation's
   * {@code pods/image-volumes.yaml} shows, and is counted as a source like the others.
   */
  private static void source(Volume vol, FieldPath p, Violations v) {
    Fields extra = vol.extra();
    int count = 0;
    for (String[] source : SOURCES) {
      if (!isSet(vol, extra, source[0])) {
        continue;
      }
      if (count > 0) {
        v.add(VOLUME_SOURCE, p.child(source[1]), "must not be set with another volume source (was set)");
        continue;
      }
      count++;
      switch (source[0]) {
        case "emptyDir" -> vol.emptyDir().flatMap(e -> e.sizeLimit()).ifPresent(q -> sizeLimit(q, p, v));
        case "hostPath" -> hostPath(Untyped.map(extra, "hostPath"), p.child("hostPath"), v);
        case "secret" -> secret(vol.secret().get(), p.child("secret"), v);
        case "persistentVolumeClaim" -> {
          if (vol.persistentVolumeClaim().get().claimName().orElse("").isEmpty()) {
            v.add(VOLUME_SOURCE_FIELD, p.child("persistentVolumeClaim", "claimName"), "is required");
          }
        }
        case "downwardAPI" -> downwardApi(Untyped.map(extra, "downwardAPI"), p.child("downwardAPI"), v);
        case "configMap" -> configMap(vol.configMap().get(), p.child("configMap"), v);
        case "projected" -> projected(Untyped.map(extra, "projected"), p.child("projected"), v);
        case "nfs" -> nfs(Untyped.map(extra, "nfs"), p.child("nfs"), v);
        case "csi" -> csi(Untyped.map(extra, "csi"), p.child("csi"), v);
        default -> { }
      }
    }
  }

  private static boolean isSet(Volume vol, Fields extra, String source) {
    return switch (source) {
      case "emptyDir" -> vol.emptyDir().isPresent();
      case "secret" -> vol.secret().isPresent();
      case "persistentVolumeClaim" -> vol.persistentVolumeClaim().isPresent();
      case "configMap" -> vol.configMap().isPresent();
      default -> Untyped.present(extra, source);
    };
  }

  private static void sizeLimit(Quantity q, FieldPath p, Violations v) {
    if (!q.isValid()) {
      v.add(EMPTY_DIR_SIZE_LIMIT, p.child("emptyDir", "sizeLimit"), "must be a quantity such as 1Gi (was "
          + quote(q.toString()) + ")");
    } else if (q.value().signum() < 0) {
      v.add(EMPTY_DIR_SIZE_LIMIT, p.child("emptyDir", "sizeLimit"), "must not be negative (was " + q + ")");
    }
  }

  /** {@code validateHostPathVolumeSource}. */
  private static void hostPath(Map<String, Object> hostPath, FieldPath p, Violations v) {
    String path = Objects.requireNonNullElse(Untyped.string(hostPath, "path"), "");
    if (path.isEmpty()) {
      v.add(VOLUME_SOURCE_FIELD, p.child("path"), "is required");
      return;
    }
    if (hasBacksteps(path)) {
      v.add(VOLUME_SOURCE_FIELD, p.child("path"), "must not contain '..' (was " + quote(path) + ")");
    }
    String type = Untyped.string(hostPath, "type");
    if (type != null && !HOST_PATH_TYPES.contains(type)) {
      v.add(VOLUME_SOURCE_FIELD, p.child("type"), oneOf(HOST_PATH_TYPES, type));
    }
  }

  /** {@code validateNFSVolumeSource}: a server and an absolute path. */
  private static void nfs(Map<String, Object> nfs, FieldPath p, Violations v) {
    if (nfs == null) {
      return;
    }
    if (Objects.requireNonNullElse(Untyped.string(nfs, "server"), "").isEmpty()) {
      v.add(VOLUME_SOURCE_FIELD, p.child("server"), "is required");
    }
    String path = Objects.requireNonNullElse(Untyped.string(nfs, "path"), "");
    if (path.isEmpty()) {
      v.add(VOLUME_SOURCE_FIELD, p.child("path"), "is required");
    }
    if (!path.startsWith("/")) {
      v.add(VOLUME_SOURCE_FIELD, p.child("path"), "must be an absolute path (was " + quote(path) + ")");
    }
  }

  /** {@code validateCSIVolumeSource}: a driver name ({@code ValidateCSIDriverName}) and a named secret ref. */
  private static void csi(Map<String, Object> csi, FieldPath p, Violations v) {
    if (csi == null) {
      return;
    }
    String driver = Objects.requireNonNullElse(Untyped.string(csi, "driver"), "");
    FieldPath driverPath = p.child("driver");
    if (driver.isEmpty()) {
      v.add(VOLUME_SOURCE_FIELD, driverPath, "is required");
    }
    if (driver.length() > 63) {
      v.add(VOLUME_SOURCE_FIELD, driverPath, "must have at most 63 characters (was " + driver.length() + ")");
    }
    for (String msg : Syntax.isDns1123Subdomain(driver.toLowerCase(java.util.Locale.ROOT))) {
      v.add(VOLUME_SOURCE_FIELD, driverPath, msg + " (was " + quote(driver) + ")");
    }
    Map<String, Object> secretRef = Untyped.map(csi, "nodePublishSecretRef");
    if (secretRef != null) {
      String name = Objects.requireNonNullElse(Untyped.string(secretRef, "name"), "");
      if (name.isEmpty()) {
        v.add(VOLUME_SOURCE_FIELD, p.child("nodePublishSecretRef", "name"), "is required");
      } else {
        // Upstream reports a malformed name at csi.name, not under nodePublishSecretRef.
        for (String msg : Syntax.nameIsDnsSubdomain(name, false)) {
          v.add(VOLUME_SOURCE_FIELD, p.child("name"), msg + " (was " + quote(name) + ")");
        }
      }
    }
  }

  /** {@code validateSecretVolumeSource}. */
  private static void secret(SecretVolumeSource s, FieldPath p, Violations v) {
    if (s.secretName().orElse("").isEmpty()) {
      v.add(VOLUME_SOURCE_FIELD, p.child("secretName"), "is required");
    }
    s.defaultMode().ifPresent(m -> mode(m, p.child("defaultMode"), v));
    for (int i = 0; i < s.items().size(); i++) {
      keyToPath(s.items().get(i), p.child("items").index(i), v);
    }
  }

  /** {@code validateConfigMapVolumeSource}. */
  private static void configMap(ConfigMapVolumeSource c, FieldPath p, Violations v) {
    if (c.name().orElse("").isEmpty()) {
      v.add(VOLUME_SOURCE_FIELD, p.child("name"), "is required");
    }
    c.defaultMode().ifPresent(m -> mode(m, p.child("defaultMode"), v));
    for (int i = 0; i < c.items().size(); i++) {
      keyToPath(c.items().get(i), p.child("items").index(i), v);
    }
  }

  /** {@code validateKeyToPath}. */
  private static void keyToPath(KeyToPath kp, FieldPath p, Violations v) {
    keyToPath(kp.key().orElse(""), kp.path().orElse(""), kp.mode().map(Integer::longValue).orElse(null), p, v);
  }

  private static void keyToPath(String key, String path, Long mode, FieldPath p, Violations v) {
    if (key.isEmpty()) {
      v.add(VOLUME_ITEM, p.child("key"), "is required");
    }
    if (path.isEmpty()) {
      v.add(VOLUME_ITEM, p.child("path"), "is required");
    }
    localNonReservedPath(path, p.child("path"), VOLUME_ITEM, v);
    if (mode != null) {
      mode(mode, p.child("mode"), v);
    }
  }

  private static void localNonReservedPath(String path, FieldPath p, Rule rule, Violations v) {
    for (String msg : Syntax.isLocalNonReservedPath(path)) {
      v.add(rule, p, msg + " (was " + quote(path) + ")");
    }
  }

  private static void mode(long mode, FieldPath p, Violations v) {
    if (mode < 0 || mode > MAX_MODE) {
      v.add(FILE_MODE, p, "must be between 0 and 0777 (octal), both inclusive (was " + mode + ", octal 0"
          + Long.toOctalString(Math.abs(mode)) + ")");
    }
  }

  /** {@code validateDownwardAPIVolumeSource}: files are reported at the source's path, as upstream does. */
  private static void downwardApi(Map<String, Object> source, FieldPath p, Violations v) {
    if (source == null) {
      return;
    }
    Long defaultMode = Untyped.integer(source, "defaultMode");
    if (defaultMode != null) {
      mode(defaultMode, p.child("defaultMode"), v);
    }
    List<Object> items = Untyped.list(source, "items");
    if (items != null) {
      for (Object item : items) {
        downwardApiFile(item, p, v);
      }
    }
  }

  /** {@code validateDownwardAPIVolumeFile}. */
  private static void downwardApiFile(Object file, FieldPath p, Violations v) {
    String path = Objects.requireNonNullElse(Untyped.string(file, "path"), "");
    if (path.isEmpty()) {
      v.add(PROJECTED_VOLUME, p.child("path"), "is required");
    }
    localNonReservedPath(path, p.child("path"), PROJECTED_VOLUME, v);
    Map<String, Object> fieldRef = Untyped.map(file, "fieldRef");
    Map<String, Object> resourceFieldRef = Untyped.map(file, "resourceFieldRef");
    if (fieldRef != null) {
      ObjectFieldSelector fs = ObjectFieldSelector.builder()
          .apiVersion(Objects.requireNonNullElse(Untyped.string(fieldRef, "apiVersion"), ""))
          .fieldPath(Objects.requireNonNullElse(Untyped.string(fieldRef, "fieldPath"), ""))
          .build();
      ContainerChecks.objectFieldSelector(fs, VOLUME_FIELD_PATHS, p.child("fieldRef"), PROJECTED_VOLUME, v);
      if (resourceFieldRef != null) {
        v.add(PROJECTED_VOLUME, p, "must not set both fieldRef and resourceFieldRef");
      }
    } else if (resourceFieldRef != null) {
      Object divisor = resourceFieldRef.get("divisor");
      ResourceChecks.resourceFieldSelector(
          Objects.requireNonNullElse(Untyped.string(resourceFieldRef, "containerName"), ""),
          Objects.requireNonNullElse(Untyped.string(resourceFieldRef, "resource"), ""),
          divisor == null ? null : Quantity.of(divisor.toString()), true, p.child("resourceFieldRef"),
          PROJECTED_VOLUME, v);
    } else {
      v.add(PROJECTED_VOLUME, p, "must set one of fieldRef and resourceFieldRef");
    }
    Long mode = Untyped.integer(file, "mode");
    if (mode != null) {
      mode(mode, p.child("mode"), v);
    }
  }

  /** {@code validateProjectedVolumeSource} and {@code validateProjectionSources}. */
  private static void projected(Map<String, Object> projected, FieldPath p, Violations v) {
    if (projected == null) {
      return;
    }
    Long defaultMode = Untyped.integer(projected, "defaultMode");
    if (defaultMode != null) {
      mode(defaultMode, p.child("defaultMode"), v);
    }
    List<Object> sources = Untyped.list(projected, "sources");
    if (sources == null) {
      return;
    }
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      Object source = sources.get(i);
      FieldPath sp = p.child("sources").index(i);
      int count = 0;
      for (String kind : List.of("secret", "configMap")) {
        Map<String, Object> ref = Untyped.map(source, kind);
        if (ref == null) {
          continue;
        }
        count++;
        FieldPath rp = sp.child(kind);
        String name = Objects.requireNonNullElse(Untyped.string(ref, "name"), "");
        if (name.isEmpty()) {
          v.add(PROJECTED_VOLUME, rp.child("name"), "is required");
        }
        List<Object> items = Untyped.list(ref, "items");
        if (items != null) {
          for (int j = 0; j < items.size(); j++) {
            Object item = items.get(j);
            String itemPath = Objects.requireNonNullElse(Untyped.string(item, "path"), "");
            keyToPath(Objects.requireNonNullElse(Untyped.string(item, "key"), ""), itemPath,
                Untyped.integer(item, "mode"), rp.child("items").index(j), v);
            if (!itemPath.isEmpty() && !paths.add(itemPath)) {
              v.add(PROJECTED_VOLUME, p, "must not project two files to one path (was " + quote(itemPath) + ")");
            }
          }
        }
      }
      Map<String, Object> downward = Untyped.map(source, "downwardAPI");
      if (downward != null) {
        count++;
        List<Object> items = Untyped.list(downward, "items");
        if (items != null) {
          for (Object item : items) {
            downwardApiFile(item, sp.child("downwardAPI"), v);
            String itemPath = Objects.requireNonNullElse(Untyped.string(item, "path"), "");
            if (!itemPath.isEmpty() && !paths.add(itemPath)) {
              v.add(PROJECTED_VOLUME, p, "must not project two files to one path (was " + quote(itemPath) + ")");
            }
          }
        }
      }
      Map<String, Object> token = Untyped.map(source, "serviceAccountToken");
      if (token != null) {
        count++;
        Long expiration = Untyped.integer(token, "expirationSeconds");
        if (expiration != null && expiration < MIN_TOKEN_EXPIRATION) {
          v.add(PROJECTED_VOLUME, sp.child("serviceAccountToken", "expirationSeconds"),
              "must be at least 600 seconds (was " + expiration + ")");
        }
        if (expiration != null && expiration > MAX_TOKEN_EXPIRATION) {
          v.add(PROJECTED_VOLUME, sp.child("serviceAccountToken", "expirationSeconds"),
              "must be at most 2^32 seconds (was " + expiration + ")");
        }
        String tokenPath = Objects.requireNonNullElse(Untyped.string(token, "path"), "");
        if (tokenPath.isEmpty()) {
          v.add(PROJECTED_VOLUME, p.child("path"), "is required for a serviceAccountToken source");
        } else {
          localNonReservedPath(tokenPath, p.child("path"), PROJECTED_VOLUME, v);
        }
      }
      if (Untyped.map(source, "clusterTrustBundle") != null) {
        count++;
      }
      if (count > 1) {
        v.add(PROJECTED_VOLUME, sp, "must set only one source per entry (was " + count + ")");
      }
    }
  }

  private static boolean hasBacksteps(String path) {
    for (String element : path.split("/", -1)) {
      if (element.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
