package io.kubeprint.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.examples.Fleet;
import io.kubeprint.examples.FleetWithKinds;
import io.kubeprint.render.RenderOptions;
import io.kubeprint.render.Yaml;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The fleet of {@code apps} apps ({@link Fleet}, six objects each, or another {@link Workload}) through kubeprint
 * and through fabric8.
 * One operation is the whole fleet; {@link FleetBenchmarks} turns the time per operation into objects per
 * second and the allocation per operation into bytes per object. Output goes to a counting {@link Sink} as
 * UTF-8, one multi-document stream, so encoding is measured but no disk.
 *
 * <ul>
 *   <li>{@code validate}: every rule of every object and the checks across objects, on objects built before;
 *   <li>{@code render}: the YAML of objects built before, without validating;
 *   <li>{@code validateRender}: both, as {@code Yaml.write(bundle, out)} does by default;
 *   <li>{@code buildValidateRender}: building the objects with the DSL too;
 *   <li>{@code stream}: what {@code fleet N OUTFILE} runs: {@link Fleet#write} (or the variant's), app by app
 *       validation and streamed rendering in bounded memory;
 *   <li>{@code fabric8Serialize}: fabric8's {@code Serialization.asYaml} of fabric8 objects built before, one
 *       document each, as fabric8 users write a multi-document file;
 *   <li>{@code fabric8BuildSerialize}: the baseline: building them with fabric8's builders too.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FleetBenchmark {

  /** The number of apps; the fleet has {@link Workload#objectsPerApp} times as many objects. */
  @Param("1000")
  public int apps;

  /**
   * The workload of each app, by {@link Workload#id}: {@code base} is {@link Fleet}'s six objects, {@code kinds}
   * {@link FleetWithKinds}' ten. A variant is one {@link Workload} constant, built by kubeprint and by fabric8 alike,
   * and one more value for {@code --variant}; every benchmark below reads the fleet through {@link Workload}.
   */
  @Param("base")
  public String variant;

  /** The workloads a fleet can be made of. */
  public enum Workload {
    /** {@link Fleet}: ConfigMap, Secret, two Deployments, Service and CronJob per app. */
    BASE("base", 6, Fleet::bundle, Fabric8Fleet::build, Fleet::write),
    /**
     * {@link FleetWithKinds}: the base app plus a ServiceAccount, a HorizontalPodAutoscaler, a PodDisruptionBudget
     * and an Ingress.
     */
    KINDS("kinds", FleetWithKinds.OBJECTS_PER_APP, FleetWithKinds::bundle, Fabric8Fleet::buildWithKinds,
        FleetWithKinds::write);

    /** The name {@code --variant} and the JMH parameter take. */
    final String id;
    /** How many objects each app has. */
    final int objectsPerApp;
    private final IntFunction<Bundle> bundle;
    private final IntFunction<List<HasMetadata>> fabric8;
    private final Streamer write;

    Workload(String id, int objectsPerApp, IntFunction<Bundle> bundle, IntFunction<List<HasMetadata>> fabric8,
        Streamer write) {
      this.id = id;
      this.objectsPerApp = objectsPerApp;
      this.bundle = bundle;
      this.fabric8 = fabric8;
      this.write = write;
    }

    /** A fleet's streaming writer, as {@link Fleet#write}. */
    @FunctionalInterface
    interface Streamer {
      long write(int apps, OutputStream out);
    }

    /** The workload named {@code id}; an {@link IllegalArgumentException} naming the known ones otherwise. */
    static Workload of(String id) {
      for (Workload w : values()) {
        if (w.id.equals(id)) {
          return w;
        }
      }
      throw new IllegalArgumentException("no fleet variant \"" + id + "\"; known: " + ids());
    }

    static String ids() {
      List<String> ids = new java.util.ArrayList<>();
      for (Workload w : values()) {
        ids.add(w.id);
      }
      return String.join(", ", ids);
    }

    /** The fleet of {@code apps} apps as one bundle, built with kubeprint's DSL. */
    Bundle bundle(int apps) {
      return bundle.apply(apps);
    }

    /** The same objects built with fabric8's builders, in apply order. */
    List<HasMetadata> fabric8(int apps) {
      return fabric8.apply(apps);
    }

    /** What {@code fleet N OUTFILE} runs: the fleet validated app by app and streamed to {@code out}. */
    long write(int apps, OutputStream out) {
      return write.write(apps, out);
    }
  }

  /** The fleet built with the DSL before measuring, for the benchmarks that leave building out. */
  @State(Scope.Benchmark)
  public static class Built {
    Bundle bundle;

    @Setup(Level.Trial)
    public void setUp(FleetBenchmark b) {
      bundle = Workload.of(b.variant).bundle(b.apps);
      if (!bundle.validate().isEmpty()) {
        throw new IllegalStateException("the fleet must be valid: " + bundle.validate().get(0));
      }
    }
  }

  /** The fleet built with fabric8's builders before measuring. */
  @State(Scope.Benchmark)
  public static class Fabric8Built {
    List<HasMetadata> objects;

    @Setup(Level.Trial)
    public void setUp(FleetBenchmark b) {
      objects = Workload.of(b.variant).fabric8(b.apps);
    }
  }

  @Benchmark
  public List<Violation> validate(Built built) {
    return built.bundle.validate();
  }

  @Benchmark
  public long render(Built built) {
    Sink out = new Sink();
    Yaml.write(built.bundle, out, RenderOptions.defaults().validate(false));
    return out.bytes();
  }

  @Benchmark
  public long validateRender(Built built) {
    Sink out = new Sink();
    Yaml.write(built.bundle, out, RenderOptions.defaults());
    return out.bytes();
  }

  @Benchmark
  public long buildValidateRender() {
    Sink out = new Sink();
    Yaml.write(Workload.of(variant).bundle(apps), out, RenderOptions.defaults());
    return out.bytes();
  }

  @Benchmark
  public long stream() {
    Sink out = new Sink();
    Workload.of(variant).write(apps, out);
    return out.bytes();
  }

  @Benchmark
  public long fabric8Serialize(Fabric8Built built) {
    return fabric8Write(built.objects);
  }

  @Benchmark
  public long fabric8BuildSerialize() {
    return fabric8Write(Workload.of(variant).fabric8(apps));
  }

  /** fabric8's YAML of each object, one after the other: each {@code asYaml} document starts with {@code ---}. */
  static long fabric8Write(List<HasMetadata> objects) {
    Sink out = new Sink();
    Writer w = utf8(out);
    try {
      for (HasMetadata o : objects) {
        w.write(Serialization.asYaml(o));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    flush(w);
    return out.bytes();
  }

  private static Writer utf8(Sink out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void flush(Writer w) {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
