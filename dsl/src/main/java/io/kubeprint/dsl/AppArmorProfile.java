package io.kubeprint.dsl;

import java.util.Map;

/**
 * A {@code securityContext.appArmorProfile}, of a pod or a container: {@code appArmorProfile(AppArmorProfile.RUNTIME_DEFAULT)}
 * or {@code AppArmorProfile.localhost("k8s-nginx")}. Immutable.
 */
public final class AppArmorProfile {
  /** {@code type: RuntimeDefault}: the container runtime's default profile. */
  public static final AppArmorProfile RUNTIME_DEFAULT = new AppArmorProfile("RuntimeDefault", null);
  /** {@code type: Unconfined}: no AppArmor confinement. */
  public static final AppArmorProfile UNCONFINED = new AppArmorProfile("Unconfined", null);

  private final String type;
  private final String localhostProfile;

  private AppArmorProfile(String type, String localhostProfile) {
    this.type = type;
    this.localhostProfile = localhostProfile;
  }

  /** {@code type: Localhost} with {@code localhostProfile}: the name of a profile loaded on the node. */
  public static AppArmorProfile localhost(String localhostProfile) {
    return new AppArmorProfile("Localhost", Checks.notBlank(localhostProfile, "localhostProfile"));
  }

  /** The API's shape. */
  Map<String, Object> toMap() {
    return Raw.map("type", type, "localhostProfile", localhostProfile);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppArmorProfile p && p.toMap().equals(toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  /** The profile's fields, e.g. {@code {type=RuntimeDefault}}. */
  @Override
  public String toString() {
    return toMap().toString();
  }
}
