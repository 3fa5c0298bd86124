package io.kubeprint.dsl;

import io.kubeprint.core.storage.PersistentVolumeClaim;

/** PersistentVolumeClaim factories; {@link Kube} delegates here. Volumes of claims are in {@link Volumes}. */
public final class Claims {
  private Claims() {}

  /** A PersistentVolumeClaim builder: {@code claim("data").storage("10Gi").readWriteOnce()}; see {@link ClaimBuilder}. */
  public static ClaimBuilder claim(String name) {
    return new ClaimBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static ClaimBuilder from(PersistentVolumeClaim existing) {
    return new ClaimBuilder(existing);
  }
}
