package io.kubeprint.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real manifests, each accepted by a v1.32 API server, read in place: the folder the
 * system property {@code kubeprint.corpus} names (the root pom sets it), else {@code ../../shared/corpus}.
 * Tests over it skip when it is absent.
 */
public final class Corpus {
  /** Stands in for the files when the corpus is absent, so that a parameterized test has one (skipped) case. */
  public static final Path ABSENT = Path.of("corpus-absent");

  private Corpus() {}

  /** The corpus folder itself: {@code k8s-website}, {@code k8s-website-all} and {@code variants} are below it. */
  public static Path root() {
    String prop = System.getProperty("kubeprint.corpus");
    return prop != null ? Path.of(prop) : Path.of("../../shared/corpus");
  }

  /** The {@code k8s-website} folder of the corpus. */
  public static Path dir() {
    return root().resolve("k8s-website");
  }

  public static boolean present() {
    return Files.isDirectory(dir());
  }

  /** Every {@code .yaml} file of the corpus, in path order; empty when absent. */
  public static List<Path> files() {
    if (!present()) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir())) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every {@code .yaml} file of the three folders of the corpus ({@code k8s-website}, {@code k8s-website-all},
   * {@code variants}), each folder in path order; empty when absent.
   */
  public static List<Path> allFiles() {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("k8s-website", "k8s-website-all", "variants")) {
      if (Files.isDirectory(root().resolve(dir))) {
        try (Stream<Path> s = Files.walk(root().resolve(dir))) {
          s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  /** The files, or {@link #ABSENT} alone, for {@code @MethodSource}. */
  public static Stream<Path> filesOrAbsent() {
    List<Path> files = files();
    return files.isEmpty() ? Stream.of(ABSENT) : files.stream();
  }
}
