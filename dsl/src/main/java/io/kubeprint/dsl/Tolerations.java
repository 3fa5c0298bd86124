package io.kubeprint.dsl;

import io.kubeprint.core.pod.Toleration;

/** Toleration factories; {@link Kube} delegates here. */
public final class Tolerations {
  private Tolerations() {}

  /**
   * Tolerates the taint {@code key=value:effect} ({@code operator: Equal}); {@code effect} is
   * {@code NoSchedule}, {@code PreferNoSchedule}, {@code NoExecute}, or empty (left absent) for all effects.
   */
  public static Toleration equal(String key, String value, String effect) {
    return Toleration.builder().key(Checks.notNull(key, "key")).operator("Equal")
        .value(Checks.notNull(value, "value")).effect(effect(effect)).build();
  }

  /** Tolerates any taint with {@code key} and {@code effect} ({@code operator: Exists}). */
  public static Toleration exists(String key, String effect) {
    return Toleration.builder().key(Checks.notNull(key, "key")).operator("Exists")
        .effect(effect(effect)).build();
  }

  private static java.util.Optional<String> effect(String effect) {
    Checks.notNull(effect, "effect");
    return effect.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(effect);
  }
}
