package io.kubeprint.render;

/**
 * Input that cannot be read into the model: not YAML or JSON, not one of the eight kinds, a field
 * Kubernetes does not know, or a value of the wrong type. The message names the source, the document
 * (counting from 1) and the field path. It never contains a Secret value.
 */
public final class ManifestReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int document;
  private final String path;
  private final String problem;

  public ManifestReadException(String source, int document, String path, String problem) {
    super(source + (document > 0 ? " (document " + document + ")" : "") + ": "
        + (path == null || path.isEmpty() ? "" : path + ": ") + problem);
    this.source = source;
    this.document = document;
    this.path = path == null ? "" : path;
    this.problem = problem;
  }

  /** The file or other source read. */
  public String source() {
    return source;
  }

  /** The document within the source, from 1; 0 when the whole source is at fault. */
  public int document() {
    return document;
  }

  /** The field path at fault, e.g. {@code spec.replicas}; empty when not about one field. */
  public String path() {
    return path;
  }

  /** What is wrong, without source or path. */
  public String problem() {
    return problem;
  }
}
