package io.kubeprint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process for tests of other packages: its exit code and what it printed. */
public final class Cli {
  private Cli() {}

  /** What one run printed, and its exit code. */
  public record Result(int code, String out, String err) {}

  /** Runs {@code kubeprint args...} in process. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Result(code, out.toString(), err.toString());
  }
}
