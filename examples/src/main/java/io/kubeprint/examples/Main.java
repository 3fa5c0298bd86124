package io.kubeprint.examples;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.dsl.Color;
import io.kubeprint.dsl.ReleasePlan;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the examples: {@code java -jar examples/target/kubeprint-examples.jar chap09 OUTDIR} writes the
 * chapter's six manifests into OUTDIR, the whole app in each blue-green state into {@code OUTDIR/blue/} and
 * {@code OUTDIR/green/}, and the release's steps into {@code OUTDIR/plan/1-deploy-green/},
 * {@code OUTDIR/plan/2-switch-to-green/} and {@code OUTDIR/plan/3-scale-down-blue/}; it prints each file's
 * path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("chap09")) {
      System.exit(chap09(Path.of(args[1])));
    }
    System.err.println("usage: kubeprint-examples chap09 OUTDIR");
    System.exit(2);
  }

  /**
   * Validates the chapter's app in every state and writes it into {@code dir}: nothing is written unless
   * every state is valid.
   */
  static int chap09(Path dir) {
    Map<Path, Bundle> writes = new LinkedHashMap<>();
    writes.put(dir, new Chap09().manifests());
    writes.put(dir.resolve("blue"), Chap09.app(Color.BLUE));
    writes.put(dir.resolve("green"), Chap09.app(Color.GREEN));
    for (ReleasePlan.Step step : Chap09.release().steps()) {
      writes.put(dir.resolve("plan").resolve(step.name()), step.bundle());
    }
    try {
      for (Bundle b : writes.values()) {
        b.requireValid();
      }
      for (Map.Entry<Path, Bundle> w : writes.entrySet()) {
        for (Path p : Yaml.writeFiles(w.getValue(), w.getKey(), Chap09::fileName, RenderOptions.defaults())) {
          System.out.println(p);
        }
      }
      return 0;
    } catch (ManifestValidationException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }
}
