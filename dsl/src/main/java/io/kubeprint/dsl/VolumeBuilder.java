package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.Volume;
import java.util.List;
import java.util.Map;

/**
 * Builds a pod volume whose source kubeprint keeps as Kubernetes fields ({@code Volume.extra()}): {@code hostPath},
 * {@code projected}, {@code downwardAPI}, {@code csi} and {@code ephemeral}, started by {@link Volumes}:
 * {@code hostPath("logs", "/var/log").type(HostPathType.DIRECTORY)}. A workload's {@code volume(..)} and a
 * container's {@code mount(..)} take the builder as they take a {@link Volume}. A method that does not apply to
 * the source (e.g. {@code type} on a CSI volume) is refused at once, naming the source.
 */
public final class VolumeBuilder {
  private final String name;
  private final String source;
  private Map<String, Object> fields;

  VolumeBuilder(String name, String source, Map<String, Object> fields) {
    this.name = Checks.notBlank(name, "name");
    this.source = source;
    this.fields = fields;
  }

  /** Sets {@code hostPath.type}: what must be at the path on the node; absent means no check. */
  public VolumeBuilder type(HostPathType type) {
    return set("type", Checks.notNull(type, "type").value(), "hostPath");
  }

  /** Sets {@code defaultMode} of a projected or downwardAPI volume (0..0777, e.g. {@code 0440}); the API server defaults it to 0644. */
  public VolumeBuilder defaultMode(int mode) {
    return set("defaultMode", (long) mode, "projected", "downwardAPI");
  }

  /** Sets {@code csi.readOnly: true}: the driver mounts the volume read-only. */
  public VolumeBuilder readOnly() {
    return set("readOnly", true, "csi");
  }

  /** Sets {@code csi.fsType}, e.g. {@code ext4}; absent lets the driver choose. */
  public VolumeBuilder fsType(String fsType) {
    return set("fsType", Checks.notBlank(fsType, "fsType"), "csi");
  }

  /** Adds (or replaces) one {@code csi.volumeAttributes} entry, passed to the driver as is. */
  public VolumeBuilder attribute(String key, String value) {
    Checks.notBlank(key, "key");
    Checks.notNull(value, "value");
    Map<String, Object> attributes = Raw.mapOf(fields.get("volumeAttributes"));
    attributes.put(key, value);
    return set("volumeAttributes", attributes, "csi");
  }

  /** Sets {@code csi.nodePublishSecretRef.name}: the Secret the driver gets credentials from. */
  public VolumeBuilder nodePublishSecret(SecretRef secret) {
    Checks.notNull(secret, "secret");
    return set("nodePublishSecretRef", Raw.map("name", secret.name()), "csi");
  }

  /** Sets {@code storageClassName} of an ephemeral volume's claim; absent means the cluster's default class. */
  public VolumeBuilder storageClass(String storageClassName) {
    requireSource("storageClass", "ephemeral");
    Map<String, Object> template = Raw.mapOf(fields.get("volumeClaimTemplate"));
    Map<String, Object> spec = Raw.mapOf(template.get("spec"));
    spec.put("storageClassName", Checks.notBlank(storageClassName, "storageClassName"));
    template.put("spec", spec);
    return set("volumeClaimTemplate", template, "ephemeral");
  }

  private VolumeBuilder set(String field, Object value, String... sources) {
    requireSource(field, sources);
    Map<String, Object> m = Raw.mapOf(fields);
    m.put(field, value);
    fields = m;
    return this;
  }

  private void requireSource(String field, String... sources) {
    if (!List.of(sources).contains(source)) {
      throw new IllegalArgumentException(field + " must be set on a " + String.join(" or ", sources)
          + " volume (was the " + source + " volume " + name + ")");
    }
  }

  static VolumeBuilder ephemeral(String name, Quantity storage) {
    Map<String, Object> spec = Raw.map("accessModes", List.of("ReadWriteOnce"),
        "resources", Raw.map("requests", Raw.map("storage", storage.toString())));
    return new VolumeBuilder(name, "ephemeral", Raw.map("volumeClaimTemplate", Raw.map("spec", spec)));
  }

  /** The immutable core value: {@code name} and the source, kept in {@code Volume.extra()}. */
  public Volume build() {
    return Volume.builder().name(name).extra(Fields.of(source, fields)).build();
  }
}
