package io.kubeprint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link FleetBenchmark} in one JMH run and prints objects per second and bytes allocated per object:
 * {@code java -jar benchmarks/target/kubeprint-benchmarks.jar [--apps N[,N...]] [--only NAME[,NAME...]]
 * [--iterations I] [--seconds S] [--variant V] [--tsv FILE]}.
 *
 * <p>By default every benchmark runs on 1,000 apps (6,000 objects) in one fork, 3 warm-up and 5 measured
 * iterations of 2 s each, with JMH's GC profiler; the last column compares each with the fabric8 baseline
 * ({@code fabric8BuildSerialize}) when it ran too. {@code --apps 100,1000,10000 --only validateRender}
 * shows how the cost grows. {@code --variant} names the fleet's workload ({@link FleetBenchmark#variant});
 * {@code --tsv FILE} also writes the summary as tab-separated values for {@code benchmarks/run.sh}.
 */
public final class FleetBenchmarks {
  private static final List<String> ALL = List.of("validate", "render", "validateRender", "buildValidateRender",
      "stream", "fabric8Serialize", "fabric8BuildSerialize");

  private FleetBenchmarks() {}

  public static void main(String[] args) throws RunnerException {
    String[] apps = {"1000"};
    List<String> only = ALL;
    int iterations = 5;
    int seconds = 2;
    String variant = FleetBenchmark.Workload.BASE.id;
    Path tsv = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--apps" -> apps = value.split(",");
        case "--only" -> only = Arrays.asList(value.split(","));
        case "--iterations" -> iterations = Integer.parseInt(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--variant" -> variant = FleetBenchmark.Workload.of(value).id;
        case "--tsv" -> tsv = Path.of(value);
        default -> {
          System.err.println("usage: kubeprint-benchmarks [--apps N[,N...]] [--only NAME[,NAME...]]"
              + " [--iterations I] [--seconds S] [--variant V] [--tsv FILE]; NAME is one of " + String.join(", ", ALL)
              + "; V is one of " + FleetBenchmark.Workload.ids());
          System.exit(2);
        }
      }
      i++;
    }
    Options options = new OptionsBuilder()
        .include(FleetBenchmark.class.getName() + "\\.(" + String.join("|", only) + ")$")
        .param("apps", apps)
        .param("variant", variant)
        .forks(1)
        .warmupIterations(Math.max(1, iterations * 3 / 5))
        .warmupTime(TimeValue.seconds(seconds))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(seconds))
        .addProfiler(GCProfiler.class)
        .jvmArgs("-Xms2g", "-Xmx2g")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println(summary(results));
    if (tsv != null) {
      try {
        Files.writeString(tsv, tsv(results), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * One line per benchmark and size, tab-separated: benchmark, variant, apps, objects, ms per fleet, its 99.9%
   * error, objects per second, bytes allocated per object ({@code -} without the GC profiler).
   */
  static String tsv(Collection<RunResult> results) {
    StringBuilder b = new StringBuilder("benchmark\tvariant\tapps\tobjects\tms\tms_error\tobjects_per_s\tbytes_per_object\n");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      String variant = r.getParams().getParam("variant");
      int apps = Integer.parseInt(r.getParams().getParam("apps"));
      int objects = FleetBenchmark.Workload.of(variant).objectsPerApp * apps;
      double ms = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      b.append(name).append('\t').append(variant).append('\t').append(apps).append('\t').append(objects)
          .append('\t').append(String.format(Locale.ROOT, "%.3f", ms))
          .append('\t').append(Double.isNaN(error) ? "-" : String.format(Locale.ROOT, "%.3f", error))
          .append('\t').append(String.format(Locale.ROOT, "%.0f", objects / (ms / 1000)))
          .append('\t').append(alloc == null ? "-" : String.format(Locale.ROOT, "%.0f", alloc.getScore() / objects))
          .append('\n');
    }
    return b.toString();
  }

  /** One line per benchmark and size: time per fleet, objects per second, bytes per object, and against fabric8. */
  static String summary(Collection<RunResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"benchmark", "apps", "objects", "ms/fleet", "objects/s", "B/object", "vs fabric8"});
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      int apps = Integer.parseInt(r.getParams().getParam("apps"));
      int objects = FleetBenchmark.Workload.of(r.getParams().getParam("variant")).objectsPerApp * apps;
      double ms = r.getPrimaryResult().getScore();
      double perSecond = objects / (ms / 1000);
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      String bytes = alloc == null ? "-" : String.format(Locale.ROOT, "%,.0f", alloc.getScore() / objects);
      String ratio = "-";
      for (RunResult base : results) {
        if (base.getParams().getBenchmark().endsWith(".fabric8BuildSerialize")
            && base.getParams().getParam("apps").equals(r.getParams().getParam("apps"))) {
          ratio = String.format(Locale.ROOT, "%.1fx", base.getPrimaryResult().getScore() / ms);
        }
      }
      rows.add(new String[] {name, String.valueOf(apps), String.valueOf(objects),
          String.format(Locale.ROOT, "%,.1f", ms), String.format(Locale.ROOT, "%,.0f", perSecond), bytes, ratio});
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        String cell = c == 0 ? String.format("%-" + width[c] + "s", row[c]) : String.format("%" + width[c] + "s", row[c]);
        b.append(c == 0 ? "" : "  ").append(cell);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
