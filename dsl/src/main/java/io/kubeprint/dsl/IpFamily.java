package io.kubeprint.dsl;

/** An IP family of a Service's {@code ipFamilies}. */
public enum IpFamily {
  /** {@code IPv4}. */
  IPV4("IPv4"),

  /** {@code IPv6}. */
  IPV6("IPv6");

  private final String value;

  IpFamily(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
