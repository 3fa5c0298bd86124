package io.kubeprint.examples;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.dsl.Color;
import io.kubeprint.dsl.ReleasePlan;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the examples: {@code java -jar examples/target/kubeprint-examples.jar chap09 OUTDIR} writes the
 * chapter's six manifests into OUTDIR, the whole app in each blue-green state into {@code OUTDIR/blue/} and
 * {@code OUTDIR/green/}, and the release's steps into {@code OUTDIR/plan/1-deploy-green/},
 * {@code OUTDIR/plan/2-switch-to-green/} and {@code OUTDIR/plan/3-scale-down-blue/}; it prints each file's
 * path. {@code fleet N OUTFILE} writes the fleet of N apps ({@link Fleet}, 6 N objects) into OUTFILE and
 * prints {@code objects=… ms=… bytes=…}; {@code fleet --variant kinds N OUTFILE} writes the {@code kinds} variant
 * instead ({@link FleetWithKinds}, 10 N objects), {@code --variant base} the default one.
 */
public final class Main {
  /** The fleet variants {@code fleet --variant} takes. */
  static final List<String> VARIANTS = List.of("base", "kinds");

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("chap09")) {
      System.exit(chap09(Path.of(args[1])));
    }
    if (args.length == 3 && args[0].equals("fleet") && args[1].matches("[0-9]{1,9}")) {
      System.exit(fleet(Integer.parseInt(args[1]), Path.of(args[2])));
    }
    if (args.length == 5 && args[0].equals("fleet") && args[1].equals("--variant") && args[3].matches("[0-9]{1,9}")) {
      if (!VARIANTS.contains(args[2])) {
        System.err.println("no fleet variant \"" + args[2] + "\"; known: " + String.join(", ", VARIANTS));
        System.exit(2);
      }
      System.exit(fleet(args[2], Integer.parseInt(args[3]), Path.of(args[4])));
    }
    System.err.println("usage: kubeprint-examples chap09 OUTDIR");
    System.err.println("       kubeprint-examples fleet [--variant base|kinds] N OUTFILE");
    System.exit(2);
  }

  /**
   * Builds, validates and writes the fleet of {@code n} apps ({@link Fleet}) to {@code file} as one
   * multi-document YAML stream (through a temporary file and an atomic move), and prints {@code objects=… ms=… bytes=…}: the objects written, the
   * milliseconds the whole took and the size of the file.
   */
  static int fleet(int n, Path file) {
    return fleet("base", n, file);
  }

  /**
   * As {@link #fleet(int, Path)}, for the fleet variant {@code variant}: {@code base} ({@link Fleet}) or
   * {@code kinds} ({@link FleetWithKinds}).
   *
   * @throws IllegalArgumentException naming the known variants when {@code variant} is none of them
   */
  static int fleet(String variant, int n, Path file) {
    if (!VARIANTS.contains(variant)) {
      throw new IllegalArgumentException("variant must be one of " + String.join(", ", VARIANTS) + " (was \""
          + variant + "\")");
    }
    long start = System.nanoTime();
    long objects;
    Path tmp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        objects = variant.equals("kinds") ? FleetWithKinds.write(n, out) : Fleet.write(n, out);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (ManifestValidationException e) {
      System.err.println(e.getMessage());
      deleteQuietly(tmp);
      return 1;
    } catch (IOException | UncheckedIOException e) {
      System.err.println("cannot write " + file + ": " + e.getMessage());
      deleteQuietly(tmp);
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

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the command already failed with the original error
    }
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
