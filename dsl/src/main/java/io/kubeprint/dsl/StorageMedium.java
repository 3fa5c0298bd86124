package io.kubeprint.dsl;

/** An {@code emptyDir} volume's {@code medium}; absent means the node's default storage. */
public enum StorageMedium {
  /** {@code Memory}: a tmpfs (RAM-backed); its size counts against the container's memory limit. */
  MEMORY("Memory"),

  /** {@code HugePages}: huge pages of the pod's single huge page size. */
  HUGE_PAGES("HugePages");

  private final String value;

  StorageMedium(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
