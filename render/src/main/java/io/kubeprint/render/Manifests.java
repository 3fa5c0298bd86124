package io.kubeprint.render;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.internal.Reading;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads manifests (YAML or JSON, one or many documents) into the model.
 *
 * <p>Reading follows {@code kubectl}: YAML 1.1 scalars as go-yaml reads them (an unquoted {@code on} is a
 * boolean, so it is refused where Kubernetes wants a string), fields checked against the Kubernetes
 * schema (an unknown field is an error), values checked for their JSON type. Fields kubeprint does not
 * type are kept in each value's {@code extra()}, so reading and rendering lose nothing. A top-level
 * {@code status} is dropped. A {@code v1 List} contributes its items. Problems throw {@link ManifestReadException} naming source, document and
 * field path; the API server's value rules are checked by validation, not here.
 *
 * <pre>{@code
 * Bundle app = Manifests.read(Path.of("k8s/"));
 * }</pre>
 */
public final class Manifests {
  private Manifests() {}

  /** The objects in YAML or JSON text; {@code source} names it in errors. */
  public static Bundle parse(String text, String source) {
    return Reading.read(new StringReader(text), source).bundleOrThrow();
  }

  /** The objects in a stream of YAML or JSON. */
  public static Bundle read(Reader in, String source) {
    return Reading.read(in, source).bundleOrThrow();
  }

  /**
   * The objects in these files and directories; a directory contributes its {@code .yaml}, {@code .yml} and
   * {@code .json} files, recursively, in path order.
   */
  public static Bundle read(Path... paths) {
    return readWithProblems(paths).bundleOrThrow();
  }

  /**
   * The objects in these files and directories, as {@link #read(Path...)} finds them, and every problem met
   * instead of an exception: a document of the wrong shape is left out and reading goes on. A path that does
   * not exist still throws {@link ManifestReadException}.
   */
  public static ReadResult readWithProblems(Path... paths) {
    List<KubeObject> objects = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    for (Path f : files(paths)) {
      ReadResult r = Reading.read(f, false);
      objects.addAll(r.objects());
      problems.addAll(r.problems());
    }
    return new ReadResult(objects, problems);
  }

  /** The manifest files named by {@code paths}: files as given, directories walked for YAML and JSON files. */
  public static List<Path> files(Path... paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(Manifests::isManifestFile).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (Files.exists(p)) {
        out.add(p);
      } else {
        throw new ManifestReadException(p.toString(), 0, "", "no such file or directory");
      }
    }
    return out;
  }

  private static boolean isManifestFile(Path p) {
    String n = p.getFileName().toString();
    return (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) && !n.equals("kustomization.yaml");
  }
}
