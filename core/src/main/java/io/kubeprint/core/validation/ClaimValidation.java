package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.storage.TypedLocalObjectReference;
import io.kubeprint.core.storage.TypedObjectReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for PersistentVolumeClaims: {@code ValidatePersistentVolumeClaim}, {@code ValidatePersistentVolumeClaimSpec},
 * {@code validateDataSource} and {@code validateDataSourceRef} ({@code pkg/apis/core/validation}), with the options
 * of {@code ValidationOptionsForPersistentVolumeClaim} on create (label values in the selector checked, API groups
 * of data sources checked, the VolumeAttributesClass feature off as in a default 1.32 server) and after what the
 * strategy's {@code PrepareForCreate} does first ({@code pkg/api/persistentvolumeclaim}): {@code DropDisabledFields}
 * (drops {@code volumeAttributesClassName}, and a {@code dataSourceRef} with a {@code namespace}, as the
 * CrossNamespaceVolumeDataSource feature is off), {@code EnforceDataSourceBackwardsCompatibility} (without a
 * {@code dataSourceRef}, a {@code dataSource} that is neither a PersistentVolumeClaim nor a
 * {@code snapshot.storage.k8s.io} VolumeSnapshot is dropped) and {@code NormalizeDataSources} (each of the two
 * copied into the other when only one is set). The warnings are those of {@code GetWarningsForPersistentVolumeClaim}.
 */
final class ClaimValidation {

  /** {@code spec.accessModes} must not be empty. */
  static final Rule ACCESS_MODES_REQUIRED = Rule.of("claim-access-modes-required", "ValidatePersistentVolumeClaimSpec",
      "a PersistentVolumeClaim has at least one `spec.accessModes` entry");
  /** Each access mode is a supported one. */
  static final Rule ACCESS_MODE = Rule.of("claim-access-mode", "ValidatePersistentVolumeClaimSpec",
      "each access mode is `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` or `ReadWriteOncePod`");
  /** {@code ReadWriteOncePod} stands alone. */
  static final Rule ACCESS_MODE_READ_WRITE_ONCE_POD = Rule.of("claim-access-mode-read-write-once-pod",
      "ValidatePersistentVolumeClaimSpec", "`ReadWriteOncePod` is not combined with another access mode");
  /** {@code spec.resources.requests.storage} is required. */
  static final Rule STORAGE_REQUIRED = Rule.of("claim-storage-required", "ValidatePersistentVolumeClaimSpec",
      "a PersistentVolumeClaim requests `storage` in `spec.resources.requests`");
  /** {@code ValidatePositiveQuantityValue} on the storage request. */
  static final Rule STORAGE_POSITIVE = Rule.of("claim-storage-positive", "ValidatePositiveQuantityValue",
      "the `storage` request of a PersistentVolumeClaim is greater than zero");
  /** The storage request and limit are whole bytes (a warning of the API server). */
  static final Rule STORAGE_FRACTIONAL = Rule.of("claim-storage-fractional", "GetWarningsForPersistentVolumeClaimSpec",
      "the `storage` request and limit of a PersistentVolumeClaim are whole bytes (a warning)");
  /** {@code ValidateClassName} on {@code spec.storageClassName}. */
  static final Rule STORAGE_CLASS_NAME = Rule.of("claim-storage-class-name", "ValidateClassName",
      "`spec.storageClassName`, when not empty, is a DNS subdomain");
  /** The storage class annotation is deprecated (a warning of the API server). */
  static final Rule STORAGE_CLASS_ANNOTATION = Rule.of("claim-storage-class-annotation",
      "GetWarningsForPersistentVolumeClaim",
      "the `volume.beta.kubernetes.io/storage-class` annotation is deprecated for `spec.storageClassName` (a warning)");
  /** {@code spec.volumeMode} is supported. */
  static final Rule VOLUME_MODE = Rule.of("claim-volume-mode", "ValidatePersistentVolumeClaimSpec",
      "`spec.volumeMode` is `Filesystem` (the default) or `Block`");
  /** A data source names its object: kind and name required, a core-group kind is PersistentVolumeClaim. */
  static final Rule DATA_SOURCE = Rule.of("claim-data-source", "validateDataSource",
      "a `dataSource` or `dataSourceRef` has a `kind` and a `name`; without `apiGroup` the kind is"
          + " `PersistentVolumeClaim`; an `apiGroup` is a DNS subdomain");
  /** {@code dataSource} and {@code dataSourceRef}, both set, name the same object. */
  static final Rule DATA_SOURCE_MATCH = Rule.of("claim-data-source-match", "ValidatePersistentVolumeClaimSpec",
      "`spec.dataSource` and `spec.dataSourceRef`, when both are set, name the same object");

  /** {@code supportedAccessModes}, sorted as {@code field.NotSupported} lists them. */
  static final List<String> ACCESS_MODES = List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce",
      "ReadWriteOncePod");
  /** {@code supportedVolumeModes}, sorted. */
  static final List<String> VOLUME_MODES = List.of("Block", "Filesystem");
  private static final String STORAGE = "storage";
  private static final String PVC = "PersistentVolumeClaim";
  private static final String CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";

  private ClaimValidation() {}

  /** {@code ValidatePersistentVolumeClaim}: metadata (a DNS subdomain name) and spec. */
  static void claim(PersistentVolumeClaim c, Violations v) {
    MetaValidation.objectMeta(c.metadata(), FieldPath.of("metadata"), v);
    if (c.metadata().annotations().containsKey(CLASS_ANNOTATION)) {
      v.add(STORAGE_CLASS_ANNOTATION, FieldPath.of("metadata", "annotations").key(CLASS_ANNOTATION),
          "deprecated since v1.8; use \"storageClassName\" attribute instead", Severity.WARNING);
    }
    spec(c.spec(), FieldPath.of("spec"), v);
  }

  /** {@code ValidatePersistentVolumeClaimSpec} after the create-time preparation the class describes. */
  static void spec(PersistentVolumeClaimSpec s, FieldPath path, Violations v) {
    List<String> modes = s.accessModes();
    if (modes.isEmpty()) {
      v.add(ACCESS_MODES_REQUIRED, path.child("accessModes"), "at least 1 access mode is required");
    }
    s.selector().ifPresent(sel -> MetaValidation.labelSelector(sel, path.child("selector"), v));
    boolean once = false;
    boolean other = false;
    for (String mode : modes) {
      if (!ACCESS_MODES.contains(mode)) {
        v.add(ACCESS_MODE, path.child("accessModes"), PodValidation.oneOf(ACCESS_MODES, mode));
      } else if (mode.equals("ReadWriteOncePod")) {
        once = true;
      } else {
        other = true;
      }
    }
    if (once && other) {
      v.add(ACCESS_MODE_READ_WRITE_ONCE_POD, path.child("accessModes"),
          "may not use ReadWriteOncePod with other access modes (was " + String.join(", ", modes) + ")");
    }
    storage(s, path, v);
    s.storageClassName().filter(n -> !n.isEmpty()).ifPresent(n -> {
      for (String msg : Syntax.nameIsDnsSubdomain(n, false)) {
        v.add(STORAGE_CLASS_NAME, path.child("storageClassName"), msg + " (was " + quote(n) + ")");
      }
    });
    s.volumeMode().ifPresent(m -> {
      if (!VOLUME_MODES.contains(m)) {
        v.add(VOLUME_MODE, path.child("volumeMode"), PodValidation.oneOf(VOLUME_MODES, m));
      }
    });
    dataSources(s, path, v);
  }

  private static void storage(PersistentVolumeClaimSpec s, FieldPath path, Violations v) {
    Map<String, Quantity> requests = s.resources().requests();
    FieldPath reported = path.child("resources").key(STORAGE); // upstream's path: resources[storage]
    for (Map.Entry<String, Quantity> e : requests.entrySet()) {
      syntax(e.getValue(), path.child("resources", "requests").key(e.getKey()), v);
    }
    for (Map.Entry<String, Quantity> e : s.resources().limits().entrySet()) {
      syntax(e.getValue(), path.child("resources", "limits").key(e.getKey()), v);
    }
    Quantity request = requests.get(STORAGE);
    if (request == null) {
      v.add(STORAGE_REQUIRED, reported, "is required: the storage the claim requests, e.g. 10Gi");
      return;
    }
    if (request.isValid() && request.value().signum() <= 0) {
      v.add(STORAGE_POSITIVE, reported, "must be greater than zero (was " + request + ")");
    }
    fractional(request, path.child("resources", "requests").key(STORAGE), v);
    Quantity limit = s.resources().limits().get(STORAGE);
    if (limit != null) {
      fractional(limit, path.child("resources", "limits").key(STORAGE), v);
    }
  }

  /** The quantity syntax the API server's decoder enforces. */
  private static void syntax(Quantity q, FieldPath path, Violations v) {
    if (!q.isValid()) {
      v.add(PodValidation.RESOURCE_QUANTITY, path, "must be a quantity such as 10Gi or 500M (was "
          + quote(q.toString()) + ")");
    }
  }

  /** {@code MilliValue() % 1000 != 0}: the milli-value rounds up, as apimachinery's does. */
  private static void fractional(Quantity q, FieldPath path, Violations v) {
    if (!q.isValid()) {
      return;
    }
    BigDecimal milli = q.value().movePointRight(3).setScale(0, RoundingMode.CEILING);
    if (milli.remainder(BigDecimal.valueOf(1000)).signum() != 0) {
      v.add(STORAGE_FRACTIONAL, path, "fractional byte value \"" + q + "\" is invalid, must be an integer",
          Severity.WARNING);
    }
  }

  /** {@code dataSource} and {@code dataSourceRef} as the strategy leaves them, then validated. */
  private static void dataSources(PersistentVolumeClaimSpec s, FieldPath path, Violations v) {
    Optional<TypedObjectReference> ref = s.dataSourceRef()
        .filter(r -> r.namespace().orElse("").isEmpty()); // DropDisabledFields: no cross-namespace sources
    Optional<TypedLocalObjectReference> source = s.dataSource();
    if (ref.isEmpty()) {
      source = source.filter(ClaimValidation::isClaimOrSnapshot); // EnforceDataSourceBackwardsCompatibility
    }
    if (source.isEmpty() && ref.isEmpty()) {
      return;
    }
    // NormalizeDataSources copies the one set into the other, so both are validated.
    Reference src = source.map(Reference::of).orElseGet(() -> Reference.of(ref.get()));
    Reference dst = ref.map(Reference::of).orElse(src);
    reference(src, path.child("dataSource"), v);
    reference(dst, path.child("dataSourceRef"), v);
    if (source.isPresent() && ref.isPresent() && !src.equals(dst)) {
      v.add(DATA_SOURCE_MATCH, path, "dataSource must match dataSourceRef (was " + src + " and " + dst + ")");
    }
  }

  private static boolean isClaimOrSnapshot(TypedLocalObjectReference r) {
    String group = r.apiGroup().orElse("");
    String kind = r.kind().orElse("");
    return kind.equals(PVC) && group.isEmpty()
        || kind.equals("VolumeSnapshot") && group.equals("snapshot.storage.k8s.io");
  }

  /** {@code validateDataSource} and {@code validateDataSourceRef} (its namespace has been dropped). */
  private static void reference(Reference r, FieldPath path, Violations v) {
    if (r.name.isEmpty()) {
      v.add(DATA_SOURCE, path.child("name"), "is required: the object to fill the volume from");
    }
    if (r.kind.isEmpty()) {
      v.add(DATA_SOURCE, path.child("kind"), "is required: the kind of the object to fill the volume from");
    }
    if (r.apiGroup.isEmpty() && !r.kind.equals(PVC)) {
      v.add(DATA_SOURCE, path, "must be 'PersistentVolumeClaim' when referencing the default apiGroup (was kind "
          + quote(r.kind) + ")");
    }
    if (!r.apiGroup.isEmpty()) {
      for (String msg : Syntax.isDns1123Subdomain(r.apiGroup)) {
        v.add(DATA_SOURCE, path.child("apiGroup"), msg + " (was " + quote(r.apiGroup) + ")");
      }
    }
  }

  /** What upstream compares of a data source ({@code isDataSourceEqualDataSourceRef}): group, kind and name. */
  private record Reference(String apiGroup, String kind, String name, boolean groupSet) {
    static Reference of(TypedLocalObjectReference r) {
      return new Reference(r.apiGroup().orElse(""), r.kind().orElse(""), r.name().orElse(""), r.apiGroup().isPresent());
    }

    static Reference of(TypedObjectReference r) {
      return new Reference(r.apiGroup().orElse(""), r.kind().orElse(""), r.name().orElse(""), r.apiGroup().isPresent());
    }

    @Override
    public String toString() {
      return (apiGroup.isEmpty() ? "" : apiGroup + "/") + kind + " " + quote(name);
    }
  }
}
