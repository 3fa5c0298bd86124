package io.kubeprint.dsl;

import java.util.Map;

/**
 * One file of a {@code downwardAPI} volume or projection ({@code items[]}): a field of the pod
 * ({@code DownwardFile.field("labels", "metadata.labels")}) or a container's resource
 * ({@code DownwardFile.resource("cpu_limit", "app", "limits.cpu")}). Immutable. The validator checks the field
 * paths and resources the API server allows.
 */
public final class DownwardFile {
  private final Map<String, Object> item;

  private DownwardFile(Map<String, Object> item) {
    this.item = item;
  }

  /**
   * The file {@code path} holding the pod field {@code fieldPath} ({@code fieldRef.fieldPath}):
   * {@code metadata.name}, {@code metadata.namespace}, {@code metadata.uid}, {@code metadata.labels},
   * {@code metadata.annotations} or one label or annotation ({@code metadata.labels['app']}).
   */
  public static DownwardFile field(String path, String fieldPath) {
    return new DownwardFile(Raw.map("path", Checks.notBlank(path, "path"),
        "fieldRef", Raw.map("fieldPath", Checks.notBlank(fieldPath, "fieldPath"))));
  }

  /**
   * The file {@code path} holding {@code resource} ({@code limits.cpu}, {@code requests.memory}, ...) of the
   * container {@code containerName} ({@code resourceFieldRef}).
   */
  public static DownwardFile resource(String path, String containerName, String resource) {
    return new DownwardFile(Raw.map("path", Checks.notBlank(path, "path"), "resourceFieldRef",
        Raw.map("containerName", Checks.notBlank(containerName, "containerName"),
            "resource", Checks.notBlank(resource, "resource"))));
  }

  /** Sets the file's own {@code mode} (0..0777), e.g. {@code 0444}. */
  public DownwardFile mode(int mode) {
    Map<String, Object> m = Raw.mapOf(item);
    m.put("mode", (long) mode);
    return new DownwardFile(m);
  }

  /** The item in the API's shape. */
  Map<String, Object> toMap() {
    return item;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DownwardFile f && f.item.equals(item);
  }

  @Override
  public int hashCode() {
    return item.hashCode();
  }

  /** The item's fields. */
  @Override
  public String toString() {
    return item.toString();
  }
}
