package io.kubeprint.dsl;

import io.kubeprint.core.pod.KeyToPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which keys of a ConfigMap or Secret a volume holds, as which files, and their mode: {@code items} and
 * {@code defaultMode}. {@code files().item("app.properties", "conf/app.properties").defaultMode(0440)}; with no
 * item, every key is a file named after it. Immutable: each method returns a copy. Modes are Java octal literals
 * ({@code 0440}); the validator checks they are within 0..0777.
 */
public final class VolumeFiles {
  private static final VolumeFiles ALL = new VolumeFiles(List.of(), null);

  private final List<KeyToPath> items;
  private final Integer defaultMode;

  private VolumeFiles(List<KeyToPath> items, Integer defaultMode) {
    this.items = items;
    this.defaultMode = defaultMode;
  }

  /** Every key, default mode (0644). */
  public static VolumeFiles all() {
    return ALL;
  }

  /** Adds {@code items[]}: the key {@code key} as the file {@code path} (relative, without {@code ..}). */
  public VolumeFiles item(String key, String path) {
    return add(KeyToPath.builder().key(Checks.notBlank(key, "key")).path(Checks.notBlank(path, "path")).build());
  }

  /** Adds {@code items[]} with its own {@code mode}, e.g. {@code item("id_rsa", "id_rsa", 0400)}. */
  public VolumeFiles item(String key, String path, int mode) {
    return add(KeyToPath.builder().key(Checks.notBlank(key, "key")).path(Checks.notBlank(path, "path"))
        .mode(mode).build());
  }

  private VolumeFiles add(KeyToPath item) {
    List<KeyToPath> all = new ArrayList<>(items);
    all.add(item);
    return new VolumeFiles(List.copyOf(all), defaultMode);
  }

  /** Sets {@code defaultMode}, the mode of files without their own; the API server defaults it to 0644. */
  public VolumeFiles defaultMode(int mode) {
    return new VolumeFiles(items, mode);
  }

  /** The items, in order. */
  public List<KeyToPath> items() {
    return items;
  }

  /** The default mode, when set. */
  public Optional<Integer> defaultMode() {
    return Optional.ofNullable(defaultMode);
  }

  /** The keys the items name, in order. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    items.forEach(i -> keys.add(i.key().orElse("")));
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VolumeFiles f && f.items.equals(items) && java.util.Objects.equals(f.defaultMode, defaultMode);
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + (defaultMode == null ? 0 : defaultMode);
  }

  /** The items and default mode. */
  @Override
  public String toString() {
    return "VolumeFiles{items=" + items + ", defaultMode=" + (defaultMode == null ? "unset" : Integer.toOctalString(defaultMode)) + "}";
  }
}
