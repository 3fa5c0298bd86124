package io.kubeprint.benchmarks;

import com.sun.management.ThreadMXBean;
import io.kubeprint.core.Bundle;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The per-thread loop docs/performance.md quotes when it profiles: one benchmark of {@link FleetBenchmark} on a held
 * fleet, run in a loop on this thread, with the CPU time and the bytes this thread allocated per object (which load
 * on the machine disturbs less than wall time), three rounds after a warm-up each. For a profiler or a JVM flag to
 * look at one operation without JMH's forks:
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp benchmarks/target/kubeprint-benchmarks.jar io.kubeprint.benchmarks.HeldLoop \
 *     validateRender 10000 6 [base|kinds]
 * }</pre>
 *
 * <p>Arguments: {@code validate}, {@code render} or {@code validateRender} (as in {@link FleetBenchmark}), the number
 * of apps, the operations per round, and the fleet variant ({@code base} unless given).
 */
public final class HeldLoop {
  private HeldLoop() {}

  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: HeldLoop validate|render|validateRender APPS OPERATIONS [base|kinds]");
      System.exit(2);
    }
    String what = args[0];
    int apps;
    int operations;
    FleetBenchmark.Workload workload;
    Bundle bundle;
    try {
      apps = Integer.parseInt(args[1]);
      operations = Integer.parseInt(args[2]);
      workload = FleetBenchmark.Workload.of(args.length == 4 ? args[3] : "base");
      bundle = workload.bundle(apps);
      run(what, bundle); // an unknown benchmark fails here, before any round
    } catch (IllegalArgumentException e) { // a number that is not one, an unknown variant or benchmark
      System.err.println("HeldLoop: " + e.getMessage());
      System.exit(2);
      return;
    }
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    double objects = (double) apps * workload.objectsPerApp;
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < Math.max(1, operations / 2); i++) {
        sink += run(what, bundle);
      }
      long cpu = mx.getThreadCpuTime(thread);
      long allocated = mx.getThreadAllocatedBytes(thread);
      for (int i = 0; i < operations; i++) {
        sink += run(what, bundle);
      }
      double us = (mx.getThreadCpuTime(thread) - cpu) / 1000.0 / operations / objects;
      double bytes = (mx.getThreadAllocatedBytes(thread) - allocated) / (double) operations / objects;
      System.out.printf(Locale.ROOT, "%s apps=%d variant=%s cpu=%.3f us/object alloc=%.0f B/object (%.0f objects/s)%n",
          what, apps, workload.id, us, bytes, 1e6 / us);
    }
    if (sink == Long.MIN_VALUE) {
      System.out.println(); // keeps the results used
    }
  }

  private static long run(String what, Bundle bundle) {
    switch (what) {
      case "validate":
        return bundle.validate().size();
      case "render": {
        Sink out = new Sink();
        Yaml.write(bundle, out, RenderOptions.defaults().validate(false));
        return out.bytes();
      }
      case "validateRender": {
        Sink out = new Sink();
        Yaml.write(bundle, out, RenderOptions.defaults());
        return out.bytes();
      }
      default:
        throw new IllegalArgumentException("no benchmark \"" + what + "\"; known: validate, render, validateRender");
    }
  }
}
