package io.kubeprint.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be read into the model: not YAML or JSON, not one of the kinds kubeprint reads, a field
 * Kubernetes does not know, or a value of the wrong type. It lists every problem of the input
 * ({@link #problems()}), one line each ({@code source (document N): path: problem}, the document counting
 * from 1); {@link #source()}, {@link #document()}, {@link #path()} and {@link #problem()} are the first one's.
 * The message never contains a Secret value.
 */
public final class ManifestReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ReadProblem> problems;

  /** One problem that is not about the shape of a document (a file that cannot be read, for one). */
  public ManifestReadException(String source, int document, String path, String problem) {
    this(List.of(new ReadProblem(source, document, "", path == null ? "" : path, problem, true)));
  }

  /** Every problem of a read; at least one. */
  public ManifestReadException(List<ReadProblem> problems) {
    super(problems.stream().map(ReadProblem::message).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems is empty");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order of the input. */
  public List<ReadProblem> problems() {
    return problems;
  }

  /** The file or other source read. */
  public String source() {
    return problems.get(0).source();
  }

  /** The document within the source, from 1; 0 when the whole source is at fault. */
  public int document() {
    return problems.get(0).document();
  }

  /** The field path at fault, e.g. {@code spec.replicas}; empty when not about one field. */
  public String path() {
    return problems.get(0).path();
  }

  /** What is wrong, without source or path. */
  public String problem() {
    return problems.get(0).problem();
  }
}
