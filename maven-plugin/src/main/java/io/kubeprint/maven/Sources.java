package io.kubeprint.maven;

import io.kubeprint.cli.ManifestSources;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs a project's {@link ManifestSource} in the Maven process and writes what it returns, as the command line's
 * {@code render} does. The project's classes are loaded by a class loader over its runtime class path whose parent
 * is the plugin's, so {@code io.kubeprint.core} is the plugin's own and the bundle is of the types render knows.
 */
final class Sources {
  private Sources() {}

  /** What a goal does with the bundle, while the project's classes are still loadable. */
  @FunctionalInterface
  interface BundleAction<T> {
    T apply(Bundle bundle) throws MojoExecutionException, MojoFailureException;
  }

  /** The bundle of {@code className}, as {@link #withBundle} finds it, given no settings. */
  static Bundle bundle(String className, List<String> classpath, Log log)
      throws MojoExecutionException, MojoFailureException {
    return bundle(className, classpath, Map.of(), log);
  }

  /** The bundle of {@code className} made with {@code settings}, as {@link #withBundle} finds it. */
  static Bundle bundle(String className, List<String> classpath, Map<String, String> settings, Log log)
      throws MojoExecutionException, MojoFailureException {
    return withBundle(className, classpath, settings, log, b -> b);
  }

  /**
   * Runs {@code action} on the bundle of {@code className}, a {@link ManifestSource} on {@code classpath}, with no
   * error (warnings are logged); every error is logged and fails the build. The class is made as the command
   * line's {@code render --set} makes it: with its public constructor taking {@code Map<String, String>}, given
   * {@code settings} (sorted by key, unmodifiable), when it has one, else with its no-argument constructor, which
   * only does for no settings. The project's class loader is closed once the action is done.
   */
  static <T> T withBundle(String className, List<String> classpath, Map<String, String> settings, Log log,
      BundleAction<T> action) throws MojoExecutionException, MojoFailureException {
    Objects.requireNonNull(className, "className == null");
    List<URL> urls = new ArrayList<>();
    try {
      for (String entry : classpath) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new MojoExecutionException("cannot use the class path " + classpath + ": " + e.getMessage(), e);
    }
    ClassLoader thread = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), Sources.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      ManifestSource source = instantiate(className, loader, settings == null ? Map.of() : settings);
      Bundle bundle;
      try {
        bundle = source.manifests();
      } catch (ManifestValidationException e) {
        throw failure(e.violations(), log);
      } catch (RuntimeException e) {
        throw new MojoExecutionException(className + ".manifests() threw " + e, e);
      }
      if (bundle == null) {
        throw new MojoExecutionException(className + ".manifests() returned null");
      }
      List<Violation> violations = bundle.validate();
      List<Violation> errors = violations.stream().filter(Violation::isError).toList();
      if (!errors.isEmpty()) {
        throw failure(errors, log);
      }
      violations.forEach(v -> Problems.log(v, log));
      return action.apply(bundle);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot close the class loader of " + className + ": " + e.getMessage(), e);
    } finally {
      Thread.currentThread().setContextClassLoader(thread);
    }
  }

  /** Writes the bundle into {@code dir} (one file per object and a kustomization.yaml), or to one file in it. */
  static List<Path> write(Bundle bundle, Path dir, String singleFile, boolean redactSecrets)
      throws MojoExecutionException, MojoFailureException {
    RenderOptions options = RenderOptions.defaults()
        .secrets(redactSecrets ? SecretMode.REDACTED : SecretMode.BASE64);
    try {
      if (singleFile != null && !singleFile.isEmpty()) {
        Path file = dir.resolve(singleFile);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Yaml.writeFile(bundle, file, options);
        return List.of(file);
      }
      return Yaml.writeDirectory(bundle, dir, options);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + dir + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("cannot write " + dir + ": " + e.getCause().getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage() + "; nothing written", e);
    }
  }

  private static ManifestSource instantiate(String className, ClassLoader loader, Map<String, String> settings)
      throws MojoExecutionException {
    // Maven hands a map parameter over in no particular order: the source sees its settings sorted
    Map<String, String> sorted = new LinkedHashMap<>(new TreeMap<>(settings));
    try {
      Class<?> type = Class.forName(className, true, loader);
      return ManifestSources.instantiate(type, sorted);
    } catch (InvocationTargetException e) {
      throw new MojoExecutionException("cannot use " + className + " as a ManifestSource: its constructor threw "
          + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new MojoExecutionException("cannot use " + className + " as a ManifestSource: " + e, e);
    }
  }

  private static MojoFailureException failure(List<Violation> errors, Log log) {
    errors.forEach(v -> Problems.log(v, log));
    return new MojoFailureException(Problems.count(errors.size(), "violation") + "; nothing written");
  }
}
