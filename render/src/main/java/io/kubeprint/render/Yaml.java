package io.kubeprint.render;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KindTable;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.render.internal.ApplyOrder;
import io.kubeprint.render.internal.AtomicFiles;
import io.kubeprint.render.internal.Documents;
import io.kubeprint.render.internal.Emitter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders objects and bundles as YAML manifests: validated first, byte-for-byte deterministic.
 *
 * <p>Each object is written as the tree its fabric8 model object serializes to (built straight from the
 * model for speed; a test holds the two paths equal), with keys in a fixed order
 * ({@code apiVersion}, {@code kind}, {@code metadata}, then the rest sorted, and every map's keys sorted),
 * lists in the order given, no empty or null fields, Secret values base64-encoded in {@code data}. A bundle
 * renders as a multi-document stream in apply order: kinds in Helm's install order (Namespaces, Secrets, ConfigMaps,
 * Services, Pods, ReplicaSets, Deployments, CronJobs, then PodTemplates), then by namespace and name.
 * Output is UTF-8 with LF line ends whatever the platform.
 *
 * <pre>{@code
 * String yaml = Yaml.render(bundle);               // validated, multi-document
 * Yaml.writeDirectory(bundle, Path.of("k8s"));     // one file per object + kustomization.yaml
 * }</pre>
 */
public final class Yaml {
  /** Orders objects for applying: kind (Helm install order), namespace, name. */
  public static final Comparator<KubeObject> APPLY_ORDER = Comparator.comparing(KubeObject::kind)
      .thenComparing(o -> o.metadata().namespace().orElse(""))
      .thenComparing(KubeObject::name);

  private static final Pattern RENDERED_FILE =
      Pattern.compile("([0-9]{2})-([a-z0-9]+)-.+\\.yaml");

  private Yaml() {}

  /** One object as a YAML document, validated. */
  public static String render(KubeObject object) {
    return render(object, RenderOptions.defaults());
  }

  /** One object as a YAML document. */
  public static String render(KubeObject object, RenderOptions options) {
    if (options.validate()) {
      ManifestValidationException.throwIfErrors(options.problems(object));
    }
    StringWriter w = new StringWriter();
    try {
      Emitter.writeDocument(object, options.secrets(), w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** A bundle as a multi-document YAML stream in apply order, validated. */
  public static String render(Bundle bundle) {
    return render(bundle, RenderOptions.defaults());
  }

  /** A bundle as a multi-document YAML stream in apply order. */
  public static String render(Bundle bundle, RenderOptions options) {
    StringWriter w = new StringWriter();
    write(bundle, w, options);
    return w.toString();
  }

  /**
   * Writes a bundle to {@code out} (left open), validated, in apply order, documents separated by {@code ---}. Each
   * object is written as validation reads it and its text kept until validation has passed (the text of a bundle
   * is some 40% of the memory its objects hold): nothing reaches {@code out} for an invalid bundle. For streams too
   * large to hold, see {@link #writer(Writer, RenderOptions)}.
   */
  public static void write(Bundle bundle, Writer out) {
    write(bundle, out, RenderOptions.defaults());
  }

  /**
   * Writes a bundle to {@code out} (left open), in apply order, documents separated by {@code ---}, as
   * {@link #write(Bundle, Writer)} does: nothing reaches {@code out} when {@code options} validate and the bundle is
   * refused.
   */
  public static void write(Bundle bundle, Writer out, RenderOptions options) {
    write(bundle, Emitter.open(out), options);
  }

  private static void write(Bundle bundle, Emitter to, RenderOptions options) {
    // Each object is written as validation reads it, while it is in cache, and its text kept; the documents go out
    // in apply order once validation has passed, so nothing is written for an invalid bundle.
    Documents documents = new Documents(bundle.size(), options.secrets());
    if (options.validate()) {
      ManifestValidationException.throwIfErrors(options.problems(bundle, documents::add));
    } else {
      List<KubeObject> objects = bundle.objects();
      for (int at = 0; at < objects.size(); at++) {
        documents.add(objects.get(at), at);
      }
    }
    try (Emitter emitter = to) {
      documents.writeTo(emitter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer of objects one at a time to {@code out} (left open), for streams too large to hold as a
   * bundle; the caller keeps the order and validates related objects together. See {@link YamlWriter}.
   */
  public static YamlWriter writer(Writer out, RenderOptions options) {
    return new YamlWriter(Emitter.open(out), options);
  }

  /**
   * A writer of objects one at a time to {@code out} (left open) as UTF-8, as {@link #writer(Writer, RenderOptions)}
   * writes them; the text goes out in blocks of some kilobytes, so {@code out} needs no buffer of its own, and
   * {@link YamlWriter#close()} hands on the last one.
   */
  public static YamlWriter writer(OutputStream out, RenderOptions options) {
    return new YamlWriter(Emitter.open(out), options);
  }

  /** Writes a bundle to {@code out} (left open) as UTF-8, as {@link #write(Bundle, Writer, RenderOptions)} does. */
  public static void write(Bundle bundle, OutputStream out, RenderOptions options) {
    write(bundle, Emitter.open(out), options);
  }

  /** Writes a bundle to {@code out} (left open) as UTF-8, validated, as {@link #write(Bundle, Writer)} does. */
  public static void write(Bundle bundle, OutputStream out) {
    write(bundle, out, RenderOptions.defaults());
  }

  /**
   * Writes a bundle to one file atomically (a temporary file, then a move); nothing is written if it is invalid. The
   * file gets the mode a plain write gives it: an existing file keeps its mode, a new one gets 0666 less the umask.
   */
  public static void writeFile(Bundle bundle, Path file, RenderOptions options) {
    if (options.validate()) {
      ManifestValidationException.throwIfErrors(options.problems(bundle));
    }
    RenderOptions checked = options.validate(false);
    try {
      AtomicFiles.write(file, w -> write(bundle, w, checked));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a bundle to one file atomically, validated. */
  public static void writeFile(Bundle bundle, Path file) {
    writeFile(bundle, file, RenderOptions.defaults());
  }

  /**
   * Writes one file per object into {@code dir}, named for apply order ({@code 10-configmap-projectid.yaml};
   * objects with a namespace get it after the kind: {@code 32-deployment-prod.web.yaml}), and a
   * {@code kustomization.yaml} listing them. The bundle is validated and every file rendered to a
   * temporary file before any is moved into place, so a failing render writes nothing; files of earlier
   * renders whose objects are gone are removed. Files keep their mode, new ones get 0666 less the umask, as with a
   * plain write. Returns the object files written, in apply order.
   *
   * @throws io.kubeprint.core.validation.ManifestValidationException when validating and the bundle is invalid
   * @throws IllegalArgumentException when two objects would be written to one file, or a name or namespace
   *     holds a path separator; nothing is written then either
   */
  public static List<Path> writeDirectory(Bundle bundle, Path dir, RenderOptions options) {
    List<Path> files = writeFiles(bundle, dir, Yaml::fileName, options, true);
    try {
      removeStale(dir, files, bundle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Writes each object of the bundle to its own file in {@code dir}, named by {@code naming}, all or nothing:
   * the bundle is validated and every file rendered to a temporary file before any is moved into place.
   * Returns the files written, in apply order.
   */
  public static List<Path> writeFiles(Bundle bundle, Path dir, Function<KubeObject, String> naming,
      RenderOptions options) {
    return writeFiles(bundle, dir, naming, options, false);
  }

  private static List<Path> writeFiles(Bundle bundle, Path dir, Function<KubeObject, String> naming,
      RenderOptions options, boolean kustomization) {
    if (options.validate()) {
      ManifestValidationException.throwIfErrors(options.problems(bundle));
    }
    List<KubeObject> objects = ordered(bundle);
    List<Path> targets = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (KubeObject o : objects) {
      String name = naming.apply(o);
      if (name.contains("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("a name or namespace must not contain a path separator to be written"
            + " to a file (was " + o.displayName() + o.metadata().namespace().map(n -> " in " + n).orElse("") + ")");
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException("two objects would both be written to " + name + " (" + o.displayName() + ")");
      }
      targets.add(dir.resolve(name));
    }
    List<Path> files = List.copyOf(targets);
    List<Path> prepared = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < objects.size(); i++) {
        KubeObject o = objects.get(i);
        prepared.add(AtomicFiles.prepare(targets.get(i),
            w -> Emitter.writeDocument(o, options.secrets(), w)));
      }
      if (kustomization) {
        Path k = dir.resolve("kustomization.yaml");
        prepared.add(AtomicFiles.prepare(k, w -> {
          w.write("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
          for (Path f : files) {
            w.write("- " + f.getFileName() + "\n");
          }
        }));
        targets.add(k);
      }
      for (int i = 0; i < prepared.size(); i++) {
        AtomicFiles.commit(prepared.get(i), targets.get(i));
      }
      prepared.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Path p : prepared) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: the render already failed with the original error
        }
      }
    }
    return files;
  }

  /** Writes one file per object into {@code dir}, validated; see {@link #writeDirectory(Bundle, Path, RenderOptions)}. */
  public static List<Path> writeDirectory(Bundle bundle, Path dir) {
    return writeDirectory(bundle, dir, RenderOptions.defaults());
  }

  /** The file name {@link #writeDirectory} gives an object, e.g. {@code 32-deployment-webserver-blue.yaml}. */
  public static String fileName(KubeObject o) {
    String kind = o.kind().kindName().toLowerCase(Locale.ROOT);
    String ns = o.metadata().namespace().map(n -> n + ".").orElse("");
    return prefix(o.kind()) + "-" + kind + "-" + ns + o.name() + ".yaml";
  }

  /** The objects of a bundle in apply order. */
  public static List<KubeObject> ordered(Bundle bundle) {
    // APPLY_ORDER on keys read once per object rather than once per comparison; the sort is stable as List.sort is.
    List<KubeObject> objects = bundle.objects();
    ApplyOrder keys = new ApplyOrder(objects.size());
    for (int at = 0; at < objects.size(); at++) {
      keys.set(at, objects.get(at));
    }
    List<KubeObject> out = new ArrayList<>(objects.size());
    for (int at : keys.positions()) {
      out.add(objects.get(at));
    }
    return out;
  }

  /**
   * File name prefixes, so that {@code kubectl apply -f DIR}, which applies files in name order, applies them in
   * {@link #APPLY_ORDER} (Helm's install order): what an object needs is applied first. Kinds Helm does not
   * order (PodTemplate, custom resources, ...) get {@code 50}; kinds of one prefix sort by kind name.
   */
  private static final Map<String, String> PREFIXES = Map.ofEntries(
      Map.entry("Namespace", "00"), Map.entry("PriorityClass", "01"), Map.entry("NetworkPolicy", "02"),
      Map.entry("ResourceQuota", "03"), Map.entry("LimitRange", "04"), Map.entry("PodSecurityPolicy", "05"),
      Map.entry("PodDisruptionBudget", "06"), Map.entry("ServiceAccount", "07"), Map.entry("Secret", "10"),
      Map.entry("ConfigMap", "11"), Map.entry("StorageClass", "12"), Map.entry("PersistentVolume", "13"),
      Map.entry("PersistentVolumeClaim", "14"), Map.entry("CustomResourceDefinition", "15"),
      Map.entry("ClusterRole", "16"), Map.entry("ClusterRoleBinding", "17"), Map.entry("Role", "18"),
      Map.entry("RoleBinding", "19"), Map.entry("Service", "20"), Map.entry("DaemonSet", "21"),
      Map.entry("Pod", "30"), Map.entry("ReplicationController", "30"), Map.entry("ReplicaSet", "31"),
      Map.entry("Deployment", "32"), Map.entry("HorizontalPodAutoscaler", "33"), Map.entry("StatefulSet", "34"),
      Map.entry("Job", "35"), Map.entry("CronJob", "40"), Map.entry("IngressClass", "41"), Map.entry("Ingress", "42"),
      Map.entry("APIService", "43"), Map.entry("MutatingWebhookConfiguration", "44"),
      Map.entry("ValidatingWebhookConfiguration", "45"));

  private static String prefix(Kind k) {
    return PREFIXES.getOrDefault(k.kindName(), "50");
  }

  /**
   * Deletes the files of an earlier {@link #writeDirectory} that this one did not write: names of the shape it
   * writes ({@code NN-kind-name.yaml}) whose prefix is the one it gives that kind, for the kinds of the Kubernetes
   * 1.32 table and of this bundle. Other files are left alone.
   */
  private static void removeStale(Path dir, List<Path> keep, Bundle bundle) throws IOException {
    Set<Path> names = new HashSet<>();
    for (Path k : keep) {
      names.add(k.getFileName());
    }
    Map<String, String> ours = new HashMap<>();
    for (KindTable.Entry e : KindTable.entries()) {
      ours.put(e.kind().kindName().toLowerCase(Locale.ROOT), prefix(e.kind()));
    }
    for (KubeObject o : bundle.objects()) {
      ours.put(o.kind().kindName().toLowerCase(Locale.ROOT), prefix(o.kind()));
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Matcher m = RENDERED_FILE.matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals(ours.get(m.group(2))) && !names.contains(p.getFileName())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }


}
