package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.storage.TypedLocalObjectReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link PersistentVolumeClaim}:
 *
 * <pre>{@code
 * PersistentVolumeClaim data = claim("data").storage("10Gi").readWriteOnce().storageClass("fast").build();
 * Deployment db = deployment("db").volume(volume(data)).container(container("db", "postgres:17")
 *     .mount(volume(data), "/var/lib/postgresql/data"))...;
 * }</pre>
 *
 * <p>The API server keeps a claim's spec immutable once created, but for a growing storage request: change the
 * rest and {@code kubeprint diff} flags it with {@code !}.
 */
public final class ClaimBuilder extends ObjectBuilder<ClaimBuilder, PersistentVolumeClaim> {
  private static final String STORAGE = "storage";
  private static final String READ_WRITE_ONCE_POD = "ReadWriteOncePod";

  private PersistentVolumeClaimSpec spec;

  ClaimBuilder(String name) {
    super(PersistentVolumeClaim.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(),
        Fields.none());
    this.spec = PersistentVolumeClaimSpec.builder().build();
  }

  ClaimBuilder(PersistentVolumeClaim existing) {
    super(PersistentVolumeClaim.class, Checks.notNull(existing, "claim").metadata(), existing.extra());
    this.spec = existing.spec();
  }

  @Override
  ClaimBuilder self() {
    return this;
  }

  /**
   * Sets {@code spec.resources.requests.storage}, the least the volume holds, e.g. {@code storage("10Gi")};
   * required, no default.
   *
   * A size that is not a quantity greater than zero is reported by validation ({@code claim-storage-positive}).
   */
  public ClaimBuilder storage(String size) {
    return storage(Checks.quantity(size, "storage"));
  }

  /** Sets {@code spec.resources.requests.storage}; see {@link #storage(String)}. */
  public ClaimBuilder storage(Quantity size) {
    Checks.notNull(size, "storage");
    Map<String, Quantity> requests = new LinkedHashMap<>(spec.resources().requests());
    requests.put(STORAGE, size);
    spec = spec.withResources(spec.resources().withRequests(requests));
    return this;
  }

  /** Sets {@code spec.resources.limits.storage}, the most the volume may hold; absent by default. */
  public ClaimBuilder storageLimit(String size) {
    Quantity q = Checks.quantity(size, "storageLimit");
    Map<String, Quantity> limits = new LinkedHashMap<>(spec.resources().limits());
    limits.put(STORAGE, q);
    spec = spec.withResources(spec.resources().withLimits(limits));
    return this;
  }

  /** Adds the access mode {@code ReadWriteOnce}: mounted read-write by the pods of one node. */
  public ClaimBuilder readWriteOnce() {
    return accessMode("ReadWriteOnce");
  }

  /** Adds the access mode {@code ReadOnlyMany}: mounted read-only by many nodes. */
  public ClaimBuilder readOnlyMany() {
    return accessMode("ReadOnlyMany");
  }

  /** Adds the access mode {@code ReadWriteMany}: mounted read-write by many nodes. */
  public ClaimBuilder readWriteMany() {
    return accessMode("ReadWriteMany");
  }

  /** Adds the access mode {@code ReadWriteOncePod}: mounted read-write by one pod; admits no other mode. */
  public ClaimBuilder readWriteOncePod() {
    return accessMode(READ_WRITE_ONCE_POD);
  }

  /**
   * Adds {@code spec.accessModes[]} (once; at least one is required, none by default): {@code ReadWriteOnce},
   * {@code ReadOnlyMany}, {@code ReadWriteMany} or {@code ReadWriteOncePod}.
   *
   * Another mode, or {@code ReadWriteOncePod} beside another, is reported by validation ({@code claim-access-mode},
   * {@code claim-access-mode-read-write-once-pod}) at {@code spec.accessModes}.
   */
  public ClaimBuilder accessMode(String mode) {
    Checks.notNull(mode, "mode");
    List<String> modes = new ArrayList<>(spec.accessModes());
    if (modes.contains(mode)) {
      return this;
    }
    modes.add(mode);
    spec = spec.withAccessModes(modes);
    return this;
  }

  /**
   * Sets {@code spec.storageClassName}; absent by default, meaning the cluster's default StorageClass.
   *
   * A name that is not a DNS subdomain is reported by validation ({@code claim-storage-class-name}).
   */
  public ClaimBuilder storageClass(String name) {
    Checks.notNull(name, "storageClass");
    spec = spec.withStorageClassName(name);
    return this;
  }

  /** Sets {@code spec.storageClassName: ""}: no class, so only a PersistentVolume without one binds, none is provisioned. */
  public ClaimBuilder noStorageClass() {
    spec = spec.withStorageClassName("");
    return this;
  }

  /** Sets {@code spec.volumeMode: Block}: a raw block device rather than a filesystem (the default). */
  public ClaimBuilder block() {
    spec = spec.withVolumeMode("Block");
    return this;
  }

  /** Sets {@code spec.volumeMode: Filesystem}, which is also what the API server defaults an absent mode to. */
  public ClaimBuilder filesystem() {
    spec = spec.withVolumeMode("Filesystem");
    return this;
  }

  /** Sets {@code spec.volumeName}: binds to this PersistentVolume only; absent by default. */
  public ClaimBuilder volumeName(String persistentVolume) {
    spec = spec.withVolumeName(Checks.notNull(persistentVolume, "volumeName"));
    return this;
  }

  /** Sets {@code spec.selector.matchLabels}: binds only to PersistentVolumes with these labels; absent by default. */
  public ClaimBuilder selector(Labels volumeLabels) {
    Checks.notNull(volumeLabels, "volumeLabels");
    spec = spec.withSelector(LabelSelector.builder().matchLabels(volumeLabels.asMap()).build());
    return this;
  }

  /** Sets {@code spec.dataSource} to the claim {@code source}: the new volume starts as a copy (a clone) of it. */
  public ClaimBuilder cloneOf(PersistentVolumeClaim source) {
    Checks.notNull(source, "source");
    String name = source.metadata().name()
        .orElseThrow(() -> new IllegalArgumentException("source must have a name (was unnamed)"));
    spec = spec.withDataSource(TypedLocalObjectReference.builder().kind("PersistentVolumeClaim").name(name).build());
    return this;
  }

  /**
   * Sets {@code spec.dataSource} to the VolumeSnapshot {@code snapshot} ({@code snapshot.storage.k8s.io}): the new
   * volume is restored from it.
   */
  public ClaimBuilder fromSnapshot(String snapshot) {
    spec = spec.withDataSource(TypedLocalObjectReference.builder().apiGroup("snapshot.storage.k8s.io")
        .kind("VolumeSnapshot").name(Checks.notNull(snapshot, "snapshot")).build());
    return this;
  }

  @Override
  public PersistentVolumeClaim build() {
    return PersistentVolumeClaim.builder().metadata(metadata).spec(spec).extra(extra).build();
  }
}
