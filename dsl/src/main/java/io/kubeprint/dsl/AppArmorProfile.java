package io.kubeprint.dsl;

/**
 * A {@code securityContext.appArmorProfile}, of a pod or a container: {@code appArmorProfile(AppArmorProfile.RUNTIME_DEFAULT)}
 * or {@code AppArmorProfile.localhost("k8s-nginx")}. Immutable.
 */
public final class AppArmorProfile extends SecurityProfile {
  /** {@code type: RuntimeDefault}: the container runtime's default profile. */
  public static final AppArmorProfile RUNTIME_DEFAULT = new AppArmorProfile("RuntimeDefault", null);
  /** {@code type: Unconfined}: no AppArmor confinement. */
  public static final AppArmorProfile UNCONFINED = new AppArmorProfile("Unconfined", null);

  private AppArmorProfile(String type, String localhostProfile) {
    super(type, localhostProfile);
  }

  /** {@code type: Localhost} with {@code localhostProfile}: the name of a profile loaded on the node. */
  public static AppArmorProfile localhost(String localhostProfile) {
    return new AppArmorProfile("Localhost", Checks.notBlank(localhostProfile, "localhostProfile"));
  }
}
