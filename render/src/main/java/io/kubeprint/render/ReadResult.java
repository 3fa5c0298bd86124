package io.kubeprint.render;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import java.util.List;

/**
 * What reading manifests gave: the objects of the documents that could be read, in order, and a problem for
 * each document that could not ({@link ReadProblem}), in order. {@link Manifests#readWithProblems(java.nio.file.Path...)}
 * returns one; {@link Manifests#read(java.nio.file.Path...)} throws {@link ManifestReadException} when it holds a
 * problem.
 *
 * @param objects the objects read
 * @param problems the problems met, empty when every document was read
 */
public record ReadResult(List<KubeObject> objects, List<ReadProblem> problems) {

  public ReadResult {
    objects = List.copyOf(objects);
    problems = List.copyOf(problems);
  }

  /** Whether some text was not YAML or JSON or could not be read (as opposed to documents of the wrong shape). */
  public boolean hasUnreadable() {
    return problems.stream().anyMatch(ReadProblem::unreadable);
  }

  /** The objects as a bundle, or {@link ManifestReadException} listing every problem when there is one. */
  public Bundle bundleOrThrow() {
    if (!problems.isEmpty()) {
      throw new ManifestReadException(problems);
    }
    return Bundle.of(objects);
  }
}
