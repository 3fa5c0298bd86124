package io.kubeprint.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.ManifestSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with {@code javax.tools} against the test classpath (which holds the DSL), every
 * lint warning an error, and loads them.
 */
final class Javac {
  private Javac() {}

  /** Writes the sources below {@code dir}, compiles them into {@code dir/classes} and returns a loader of them. */
  static ClassLoader compile(Path dir, List<JavaSource> sources) {
    try {
      Path src = dir.resolve("src");
      Path classes = dir.resolve("classes");
      Files.createDirectories(classes);
      List<Path> files = new ArrayList<>();
      for (JavaSource s : sources) {
        Path f = src.resolve(s.path());
        Files.createDirectories(f.getParent());
        Files.writeString(f, s.text(), StandardCharsets.UTF_8);
        files.add(f);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
            "-proc:none", "-encoding", "UTF-8", "-Xlint:all,-path,-processing", "-Werror");
        boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
        String report = diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(d -> d.getSource() == null ? d.getMessage(Locale.ROOT)
                : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
        assertThat(report).as("javac diagnostics").isEmpty();
        assertThat(ok).as("javac succeeded").isTrue();
      }
      return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Javac.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundle of the compiled {@code source}'s {@code manifests()}. */
  static Bundle manifests(ClassLoader loader, JavaSource source) {
    try {
      Class<?> type = Class.forName(source.qualifiedName(), true, loader);
      return ((ManifestSource) type.getConstructor().newInstance()).manifests();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
