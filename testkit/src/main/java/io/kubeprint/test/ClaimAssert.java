package io.kubeprint.test;

import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link PersistentVolumeClaim}: {@code assertThat(bundle).claim("data").requestsStorage("10Gi")
 * .hasAccessMode("ReadWriteOnce")}. Reach it through {@link KubeAssertions#assertThat(PersistentVolumeClaim)} or
 * {@link BundleAssert#claim(String)}.
 */
public final class ClaimAssert extends AbstractKubeObjectAssert<ClaimAssert, PersistentVolumeClaim> {

  ClaimAssert(PersistentVolumeClaim actual) {
    super(actual, ClaimAssert.class);
  }

  /**
   * Verifies {@code spec.resources.requests.storage} by value, so {@code requestsStorage("10Gi")} holds for
   * {@code 10Gi} and for {@code 10737418240}.
   *
   * @throws IllegalArgumentException when {@code size} is not a quantity
   */
  public ClaimAssert requestsStorage(String size) {
    isNotNull();
    Quantity expected = Quantity.parse(Objects.requireNonNull(size, "size == null"));
    Quantity found = actual.spec().resources().requests().get("storage");
    if (found == null || !found.isValid() || found.value().compareTo(expected.value()) != 0) {
      throw failure("to request storage " + size, "but had", found == null ? Describe.UNSET : found.toString());
    }
    return myself;
  }

  /** Verifies that {@code spec.accessModes} holds {@code mode}, e.g. {@code ReadWriteOnce}. */
  public ClaimAssert hasAccessMode(String mode) {
    isNotNull();
    Objects.requireNonNull(mode, "mode == null");
    if (!actual.spec().accessModes().contains(mode)) {
      throw failure("to have access mode " + mode, "but had access modes", Describe.list(actual.spec().accessModes()));
    }
    return myself;
  }

  /** Verifies {@code spec.storageClassName}; {@code ""} asks for no class. */
  public ClaimAssert hasStorageClass(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    Optional<String> set = actual.spec().storageClassName();
    if (!set.filter(name::equals).isPresent()) {
      throw failure("to have storage class " + (name.isEmpty() ? "\"\" (none)" : name), "but had",
          set.map(s -> s.isEmpty() ? "\"\" (none)" : s).orElse(Describe.UNSET + " (the cluster's default class)"));
    }
    return myself;
  }

  /** Verifies {@code spec.volumeMode}; unset counts as {@code Filesystem}, the API server's default. */
  public ClaimAssert hasVolumeMode(String mode) {
    isNotNull();
    Objects.requireNonNull(mode, "mode == null");
    Optional<String> set = actual.spec().volumeMode();
    if (!mode.equals(set.orElse("Filesystem"))) {
      throw failure("to have volume mode " + mode, "but had",
          set.orElse(Describe.UNSET + " (the API server defaults it to Filesystem)"));
    }
    return myself;
  }
}
