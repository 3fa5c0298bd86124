package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.validation.Syntax;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which ConfigMaps and Secrets restart the pods that use them when their data changes, and how. Kubernetes
 * rolls a Deployment only when its pod template changes; a changed ConfigMap alone leaves running pods on
 * the old values. Mark each object one of two ways, then apply the marks to the bundle:
 *
 * <pre>{@code
 * Bundle rolled = rollOnChange()
 *     .hashSuffix(projectId)          // ConfigMap projectid -> projectid-<hash>, every reference rewritten
 *     .checksumAnnotation(apiKey)     // pod templates reading apikey get checksum/apikey: <sha256>
 *     .applyTo(app);
 * }</pre>
 *
 * <ul>
 *   <li>{@link #hashSuffix(ConfigMap) hashSuffix}: the object is renamed {@code <name>-<hash>} (the first 10
 *       hex characters of its {@link ContentHash}) and labelled {@value #HASHED_FROM_LABEL}{@code =<name>};
 *       every reference to it in the bundle's pods is rewritten. New data, new name, new pod template: the
 *       Deployment rolls, and old ReplicaSets keep the old copy for rollback. Prune old copies with
 *       {@code kubectl delete configmap -l kubeprint.io/hashed-from=<name> --field-selector metadata.name!=<current>}.
 *   <li>{@link #checksumAnnotation(ConfigMap) checksumAnnotation}: the name stays; each pod template that
 *       refers to it gets the annotation {@code checksum/<name>: <sha256>}. New data, new annotation: the
 *       Deployment rolls (the ConfigMap is updated in place, so a rollback gets the current data).
 * </ul>
 *
 * <p>Objects are marked by kind, name and, when the marked value has one, namespace; a reference reaches an
 * object as the bundle checks resolve it (same namespace first, else one where either side has none).
 * References are found wherever the kubelet reads them: {@code env[].valueFrom}, {@code envFrom}, {@code
 * configMap}, {@code secret} and {@code projected} volumes, {@code imagePullSecrets}, in containers and init
 * containers. A bare Pod's references are rewritten but it gets no annotation (a Pod is not rolled; delete
 * and re-create it). Values are immutable; each method returns a new one.
 */
public final class RollOnChange {
  /** The label every hashed copy carries, valued with the object's own name: select the copies of one object by it. */
  public static final String HASHED_FROM_LABEL = "kubeprint.io/hashed-from";

  /** The prefix of the pod template annotation {@code checksum/<name>}. */
  public static final String CHECKSUM_PREFIX = "checksum/";

  private static final RollOnChange NONE = new RollOnChange(List.of());

  private enum Mode {
    HASH_SUFFIX("hashSuffix"),
    CHECKSUM("checksumAnnotation");

    final String method;

    Mode(String method) {
      this.method = method;
    }
  }

  private record Mark(Kind kind, Optional<String> namespace, String name, Mode mode) {
    boolean matches(KubeObject o) {
      return o.kind() == kind && o.name().equals(name)
          && (namespace.isEmpty() || namespace.equals(o.metadata().namespace()));
    }

    String display() {
      return kind.kindName() + "/" + namespace.map(n -> n + "/").orElse("") + name;
    }
  }

  private final List<Mark> marks;

  private RollOnChange(List<Mark> marks) {
    this.marks = marks;
  }

  /** No object marked; {@link Kube#rollOnChange()} delegates here. */
  public static RollOnChange none() {
    return NONE;
  }

  /** Marks {@code configMap} to be renamed {@code <name>-<hash>}, every reference rewritten. */
  public RollOnChange hashSuffix(ConfigMap configMap) {
    return mark(Checks.notNull(configMap, "configMap"), Mode.HASH_SUFFIX);
  }

  /** Marks {@code secret} to be renamed {@code <name>-<hash>}, every reference rewritten. */
  public RollOnChange hashSuffix(Secret secret) {
    return mark(Checks.notNull(secret, "secret"), Mode.HASH_SUFFIX);
  }

  /** Marks {@code configMap} so that each pod template using it gets {@code checksum/<name>: <sha256>}. */
  public RollOnChange checksumAnnotation(ConfigMap configMap) {
    return mark(Checks.notNull(configMap, "configMap"), Mode.CHECKSUM);
  }

  /** Marks {@code secret} so that each pod template using it gets {@code checksum/<name>: <sha256>}. */
  public RollOnChange checksumAnnotation(Secret secret) {
    return mark(Checks.notNull(secret, "secret"), Mode.CHECKSUM);
  }

  private RollOnChange mark(KubeObject o, Mode mode) {
    String name = o.metadata().name().filter(n -> !n.isEmpty())
        .orElseThrow(() -> new IllegalArgumentException(o.kind().kindName() + " must have a name (was unnamed)"));
    if (name.length() > Syntax.LABEL_VALUE_MAX_LENGTH) {
      throw new IllegalArgumentException("name must be at most 63 characters to be a label value or annotation key"
          + " (was " + name.length() + " characters: \"" + name + "\")");
    }
    Mark m = new Mark(o.kind(), o.metadata().namespace(), name, mode);
    List<Mark> all = new ArrayList<>(marks);
    for (Mark x : marks) {
      if (x.kind == m.kind && x.name.equals(m.name) && x.namespace.equals(m.namespace)) {
        if (x.mode == mode) {
          return this;
        }
        throw new IllegalArgumentException(m.display() + " must be marked one way only (was " + x.mode.method
            + ", then " + mode.method + ")");
      }
    }
    all.add(m);
    return new RollOnChange(List.copyOf(all));
  }

  /**
   * {@code bundle} with the marks applied: hashed objects renamed and labelled, references to them
   * rewritten, checksum annotations added; every other object unchanged, the order and externals kept.
   *
   * @throws IllegalArgumentException when a marked object is not in the bundle, or when two marked objects
   *     would give one pod template the same {@code checksum/<name>} annotation (a ConfigMap and a Secret of
   *     one name)
   */
  public Bundle applyTo(Bundle bundle) {
    Checks.notNull(bundle, "bundle");
    List<KubeObject> objects = bundle.objects();
    Map<KubeObject, Mark> marked = new IdentityHashMap<>();
    Map<KubeObject, String> hashes = new IdentityHashMap<>();
    for (Mark m : marks) {
      boolean found = false;
      for (KubeObject o : objects) {
        if (m.matches(o)) {
          found = true;
          marked.put(o, m);
          hashes.put(o, o instanceof ConfigMap cm ? ContentHash.sha256(cm) : ContentHash.sha256((Secret) o));
        }
      }
      if (!found) {
        throw new IllegalArgumentException(m.mode.method + " object must be in the bundle (was " + m.display()
            + ", not found)");
      }
    }
    List<KubeObject> out = new ArrayList<>(objects.size());
    for (KubeObject o : objects) {
      KubeObject x = o;
      Mark own = marked.get(o);
      if (own != null && own.mode == Mode.HASH_SUFFIX) {
        String hashed = hashedName(o, hashes.get(o));
        x = KubeObjects.mapMetadata(x, m -> {
          Map<String, String> labels = new LinkedHashMap<>(m.labels());
          labels.put(HASHED_FROM_LABEL, o.name());
          return m.withName(hashed).withLabels(labels);
        });
      }
      Optional<PodSpec> spec = KubeObjects.podSpec(o);
      if (spec.isPresent()) {
        x = rewrite(x, o, spec.get(), objects, marked, hashes);
      }
      out.add(x);
    }
    return bundle.withObjects(out);
  }

  private static String hashedName(KubeObject o, String sha256) {
    return o.name() + "-" + sha256.substring(0, ContentHash.SUFFIX_LENGTH);
  }

  /** The workload {@code x} (made from {@code original}) with its references rewritten and its checksums added. */
  private static KubeObject rewrite(KubeObject x, KubeObject original, PodSpec spec, List<KubeObject> objects,
      Map<KubeObject, Mark> marked, Map<KubeObject, String> hashes) {
    String ns = original.metadata().namespace().orElse("");
    Map<String, String> checksums = new LinkedHashMap<>();
    Map<String, KubeObject> checksumSource = new LinkedHashMap<>();
    KubeObject out = x;
    for (Kind kind : List.of(Kind.CONFIG_MAP, Kind.SECRET)) {
      for (String name : PodRefs.names(spec, kind)) {
        KubeObject target = find(objects, kind, ns, name);
        Mark m = target == null ? null : marked.get(target);
        if (m == null || m.mode != Mode.CHECKSUM) {
          continue;
        }
        String key = CHECKSUM_PREFIX + name;
        KubeObject other = checksumSource.putIfAbsent(key, target);
        if (other != null && other != target) {
          throw new IllegalArgumentException("annotation " + key + " must come from one object on "
              + original.displayName() + " (was " + other.displayName() + " and " + target.displayName()
              + "); mark one of them hashSuffix instead");
        }
        checksums.put(key, hashes.get(target));
      }
      out = KubeObjects.mapPodSpec(out, s -> PodRefs.rename(s, kind, name -> {
        KubeObject target = find(objects, kind, ns, name);
        Mark m = target == null ? null : marked.get(target);
        return m != null && m.mode == Mode.HASH_SUFFIX ? hashedName(target, hashes.get(target)) : name;
      }));
    }
    if (checksums.isEmpty()) {
      return out;
    }
    return KubeObjects.mapPodTemplate(out, t -> {
      Map<String, String> annotations = new LinkedHashMap<>(t.metadata().annotations());
      annotations.putAll(checksums);
      ObjectMeta meta = t.metadata().withAnnotations(annotations);
      return t.withMetadata(meta);
    });
  }

  /** The object a reference from namespace {@code ns} reaches: same namespace first, else one either side leaves open. */
  private static KubeObject find(List<KubeObject> objects, Kind kind, String ns, String name) {
    KubeObject maybe = null;
    for (KubeObject o : objects) {
      if (o.kind() != kind || !o.name().equals(name)) {
        continue;
      }
      String ons = o.metadata().namespace().orElse("");
      if (ons.equals(ns)) {
        return o;
      }
      if (maybe == null && (ons.isEmpty() || ns.isEmpty())) {
        maybe = o;
      }
    }
    return maybe;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RollOnChange r && r.marks.equals(marks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(marks);
  }

  /** {@code RollOnChange{hashSuffix=[ConfigMap/projectid], checksumAnnotation=[Secret/apikey]}}. */
  @Override
  public String toString() {
    List<String> hashed = new ArrayList<>();
    List<String> checksum = new ArrayList<>();
    for (Mark m : marks) {
      (m.mode == Mode.HASH_SUFFIX ? hashed : checksum).add(m.display());
    }
    return "RollOnChange{hashSuffix=" + hashed + ", checksumAnnotation=" + checksum + "}";
  }
}
