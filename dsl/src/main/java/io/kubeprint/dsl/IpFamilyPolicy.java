package io.kubeprint.dsl;

/** A Service's {@code ipFamilyPolicy}; the API server defaults it to {@code SingleStack}. */
public enum IpFamilyPolicy {
  /** {@code SingleStack}: one IP family. */
  SINGLE_STACK("SingleStack"),

  /** {@code PreferDualStack}: both families where the cluster has them, else one. */
  PREFER_DUAL_STACK("PreferDualStack"),

  /** {@code RequireDualStack}: both families, or the Service is refused. */
  REQUIRE_DUAL_STACK("RequireDualStack");

  private final String value;

  IpFamilyPolicy(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
