package io.kubeprint.examples;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Runs the examples: {@code java -jar examples/target/kubeprint-examples.jar chap09 OUTDIR} writes the
 * chapter's six manifests into OUTDIR and prints each file's path; {@code fleet N OUTFILE} writes the
 * fleet of N apps ({@link Fleet}, 6 N objects) into OUTFILE and prints {@code objects=… ms=… bytes=…}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("chap09")) {
      System.exit(chap09(Path.of(args[1])));
    }
    if (args.length == 3 && args[0].equals("fleet") && args[1].matches("[0-9]{1,9}")) {
      System.exit(fleet(Integer.parseInt(args[1]), Path.of(args[2])));
    }
    System.err.println("usage: kubeprint-examples chap09 OUTDIR");
    System.err.println("       kubeprint-examples fleet N OUTFILE");
    System.exit(2);
  }

  /**
   * Builds, validates and writes the fleet of {@code n} apps ({@link Fleet}) to {@code file} as one
   * multi-document YAML stream, and prints {@code objects=… ms=… bytes=…}: the objects written, the
   * milliseconds the whole took and the size of the file.
   */
  static int fleet(int n, Path file) {
    long start = System.nanoTime();
    long objects;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16)) {
      objects = Fleet.write(n, w);
    } catch (ManifestValidationException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      System.err.println("cannot write " + file + ": " + e.getMessage());
      return 2;
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    try {
      System.out.println("objects=" + objects + " ms=" + ms + " bytes=" + Files.size(file));
    } catch (IOException e) {
      System.err.println("cannot read the size of " + file + ": " + e.getMessage());
      return 2;
    }
    return 0;
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
