package io.kubeprint.cli;

import io.kubeprint.core.ManifestSource;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a {@link ManifestSource} of a class as {@code kubeprint render --source CLASS [--set KEY=VALUE]...} does,
 * and the Maven plugin's {@code render} and {@code check} with their {@code set} parameter.
 */
public final class ManifestSources {
  private ManifestSources() {}

  /**
   * An instance of {@code type}: made with its public constructor taking {@code Map<String, String>}, given
   * {@code settings} (in their order, unmodifiable), when it has one, else with its public no-argument
   * constructor, which takes no settings.
   *
   * @throws ReflectiveOperationException when the class has neither constructor, when {@code settings} are given
   *     to a class without the {@code Map} constructor (the message says so), or when the constructor throws
   *     ({@link java.lang.reflect.InvocationTargetException})
   * @throws ClassCastException when the class is no {@link ManifestSource}
   */
  public static ManifestSource instantiate(Class<?> type, Map<String, String> settings)
      throws ReflectiveOperationException {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(settings, "settings == null");
    try {
      return (ManifestSource) type.getConstructor(Map.class).newInstance(Collections.unmodifiableMap(settings));
    } catch (NoSuchMethodException e) {
      if (!settings.isEmpty()) {
        throw new ReflectiveOperationException("it takes no settings (was given --set " + String.join(", ",
            settings.keySet()) + "); give it a public constructor taking Map<String, String>");
      }
      return (ManifestSource) type.getConstructor().newInstance();
    }
  }
}
