package io.kubeprint.examples;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Runs the examples: {@code java -jar examples/target/kubeprint-examples.jar chap09 OUTDIR} writes the
 * chapter's six manifests into OUTDIR and prints each file's path.
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

  /** Validates the chapter's app and writes its six files into {@code dir}, all or nothing. */
  static int chap09(Path dir) {
    Map<KubeObject, String> names = new IdentityHashMap<>();
    Chap09.files().forEach((file, object) -> names.put(object, file));
    Bundle app = new Chap09().manifests();
    try {
      for (Path p : Yaml.writeFiles(app, dir, names::get, RenderOptions.defaults())) {
        System.out.println(p);
      }
      return 0;
    } catch (ManifestValidationException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }
}
