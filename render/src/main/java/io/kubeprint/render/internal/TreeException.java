package io.kubeprint.render.internal;

/** A problem at one field path of one document, raised while reading a tree; the reader adds the source. */
public final class TreeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final int document;

  TreeException(String path, String problem) {
    this(path, problem, 0);
  }

  TreeException(String path, String problem, int document) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
    this.document = document;
  }

  /** The same problem, placed in document {@code index} (from 1) of its stream. */
  TreeException inDocument(int index) {
    return new TreeException(path, problem, index);
  }

  /** The same problem under {@code prefix}, for a document nested in another (an item of a {@code List}). */
  TreeException under(String prefix) {
    return new TreeException(path.isEmpty() ? prefix : prefix + "." + path, problem, document);
  }

  /** The document (from 1) the problem is in, when known; else 0. */
  public int document() {
    return document;
  }

  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }
}
