package io.kubeprint.dsl;

import java.util.Map;

/**
 * A {@code securityContext.seccompProfile}, of a pod or a container: {@code seccompProfile(SeccompProfile.RUNTIME_DEFAULT)}
 * or {@code SeccompProfile.localhost("profiles/audit.json")}. Immutable.
 */
public final class SeccompProfile {
  /** {@code type: RuntimeDefault}: the container runtime's default profile (what the restricted Pod Security level asks for). */
  public static final SeccompProfile RUNTIME_DEFAULT = new SeccompProfile("RuntimeDefault", null);
  /** {@code type: Unconfined}: no seccomp filtering. */
  public static final SeccompProfile UNCONFINED = new SeccompProfile("Unconfined", null);

  private final String type;
  private final String localhostProfile;

  private SeccompProfile(String type, String localhostProfile) {
    this.type = type;
    this.localhostProfile = localhostProfile;
  }

  /** {@code type: Localhost} with {@code localhostProfile}: a profile file relative to the kubelet's seccomp directory. */
  public static SeccompProfile localhost(String localhostProfile) {
    return new SeccompProfile("Localhost", Checks.notBlank(localhostProfile, "localhostProfile"));
  }

  /** The API's shape. */
  Map<String, Object> toMap() {
    return Raw.map("type", type, "localhostProfile", localhostProfile);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeccompProfile p && p.toMap().equals(toMap());
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
