package io.kubeprint.maven;

import io.kubeprint.core.validation.Violation;
import io.kubeprint.render.ReadProblem;
import org.apache.maven.plugin.logging.Log;

/** How the goals log what they find: one line each, at the level its severity calls for. */
final class Problems {
  private Problems() {}

  /**
   * Logs a violation as the command line prints it, {@code Kind/name path: message [rule-id]}: errors as errors,
   * warnings as warnings (without the {@code warning: } that Maven's {@code [WARNING]} already says), notices as
   * info, still prefixed {@code notice: }.
   */
  static void log(Violation v, Log log) {
    switch (v.severity()) {
      case ERROR -> log.error(v.toString());
      case WARNING -> log.warn(v.toString().substring("warning: ".length()));
      case NOTICE -> log.info(v.toString());
    }
  }

  /** Logs a problem met reading a manifest, an error. */
  static void log(ReadProblem p, Log log) {
    log.error(p.toString());
  }

  /** {@code 1 error}, {@code 2 errors}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
