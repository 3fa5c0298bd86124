package io.kubeprint.dsl;

import java.util.Map;

/**
 * What {@link SeccompProfile} and {@link AppArmorProfile} share: the API gives both the shape {@code type} and,
 * for {@code Localhost}, {@code localhostProfile}. Two profiles are equal when they are of the same kind with the
 * same fields.
 */
abstract class SecurityProfile {
  private final String type;
  private final String localhostProfile;

  SecurityProfile(String type, String localhostProfile) {
    this.type = type;
    this.localhostProfile = localhostProfile;
  }

  /** The API's shape. */
  final Map<String, Object> toMap() {
    return Raw.map("type", type, "localhostProfile", localhostProfile);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((SecurityProfile) o).toMap().equals(toMap());
  }

  @Override
  public final int hashCode() {
    return toMap().hashCode();
  }

  /** The profile's fields, e.g. {@code {type=RuntimeDefault}}. */
  @Override
  public final String toString() {
    return toMap().toString();
  }
}
