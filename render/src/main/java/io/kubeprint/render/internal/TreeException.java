package io.kubeprint.render.internal;

/** A problem at one field path of one document, raised while reading a tree; the reader adds the source. */
public final class TreeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  TreeException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }
}
