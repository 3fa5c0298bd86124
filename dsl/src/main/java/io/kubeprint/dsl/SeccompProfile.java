package io.kubeprint.dsl;

/**
 * A {@code securityContext.seccompProfile}, of a pod or a container: {@code seccompProfile(SeccompProfile.RUNTIME_DEFAULT)}
 * or {@code SeccompProfile.localhost("profiles/audit.json")}. Immutable.
 */
public final class SeccompProfile extends SecurityProfile {
  /** {@code type: RuntimeDefault}: the container runtime's default profile (what the restricted Pod Security level asks for). */
  public static final SeccompProfile RUNTIME_DEFAULT = new SeccompProfile("RuntimeDefault", null);
  /** {@code type: Unconfined}: no seccomp filtering. */
  public static final SeccompProfile UNCONFINED = new SeccompProfile("Unconfined", null);

  private SeccompProfile(String type, String localhostProfile) {
    super(type, localhostProfile);
  }

  /** {@code type: Localhost} with {@code localhostProfile}: a profile file relative to the kubelet's seccomp directory. */
  public static SeccompProfile localhost(String localhostProfile) {
    return new SeccompProfile("Localhost", Checks.notBlank(localhostProfile, "localhostProfile"));
  }
}
