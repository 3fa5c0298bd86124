package io.kubeprint.dsl;

/** A {@code hostPath} volume's {@code type}: what must be at the path on the node; absent means no check. */
public enum HostPathType {
  /** {@code DirectoryOrCreate}: a directory, created (mode 0755) when missing. */
  DIRECTORY_OR_CREATE("DirectoryOrCreate"),

  /** {@code Directory}: an existing directory. */
  DIRECTORY("Directory"),

  /** {@code FileOrCreate}: a file, created empty (mode 0644) when missing. */
  FILE_OR_CREATE("FileOrCreate"),

  /** {@code File}: an existing file. */
  FILE("File"),

  /** {@code Socket}: an existing UNIX socket. */
  SOCKET("Socket"),

  /** {@code CharDevice}: an existing character device. */
  CHAR_DEVICE("CharDevice"),

  /** {@code BlockDevice}: an existing block device. */
  BLOCK_DEVICE("BlockDevice");

  private final String value;

  HostPathType(String value) {
    this.value = value;
  }

  /** The field value as the API spells it. */
  public String value() {
    return value;
  }
}
