package io.kubeprint.render;

import java.util.Objects;

/**
 * One problem met reading a manifest stream: where ({@link #source()}, {@link #document()}, {@link #object()},
 * {@link #path()}) and what ({@link #problem()}). It never contains a Secret value.
 *
 * <p>Most problems are about the shape of one document that is YAML (or JSON) all right: a field Kubernetes
 * does not know, a value of the wrong type, a kind kubeprint does not read. The document is left out and the
 * rest of the stream is read on. A problem is {@link #unreadable()} when the text itself is not YAML or JSON,
 * or the file cannot be read: nothing after it in the stream is read.
 *
 * @param source the file or other source read
 * @param document the document within the source, from 1; 0 when the whole source is at fault
 * @param object the object the document declares, as {@code Kind/name} ({@code Kind/} without a name); empty
 *     when the document declares no kind
 * @param path the field path at fault, e.g. {@code spec.replicas}; empty when not about one field
 * @param problem what is wrong, without source or path
 * @param unreadable whether the text is not YAML or JSON (or cannot be read) rather than of the wrong shape
 */
public record ReadProblem(String source, int document, String object, String path, String problem,
    boolean unreadable) {

  public ReadProblem {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(object, "object == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(problem, "problem == null");
  }

  /**
   * {@code source (document N): path: problem}, as {@link ManifestReadException} reports it; the object is left
   * out.
   */
  public String message() {
    return source + (document > 0 ? " (document " + document + ")" : "") + ": " + (path.isEmpty() ? "" : path + ": ")
        + problem;
  }

  /**
   * The line the command line prints: {@code source (document N): Kind/name path: problem}, the object and the
   * path left out when empty.
   */
  @Override
  public String toString() {
    String where = object.isEmpty() ? path : path.isEmpty() ? object : object + " " + path;
    return source + (document > 0 ? " (document " + document + ")" : "") + ": " + (where.isEmpty() ? "" : where + ": ")
        + problem;
  }
}
