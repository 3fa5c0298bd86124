package io.kubeprint.core;

import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Objects meant to be applied together (an application), of any kind — the typed kinds and
 * {@link io.kubeprint.core.meta.GenericObject}s — validated together: each object by the API
 * server's rules, and the bundle by checks across objects (references resolve, Services select pods,
 * no duplicates). Immutable; objects keep the order given, and renderers decide the output order.
 *
 * <p><b>External objects.</b>
 * A bundle built in code must be complete: every ConfigMap and Secret its pods read ({@code env},
 * {@code envFrom}, {@code configMap}, {@code secret} and {@code projected} volumes, {@code imagePullSecrets})
 * must be in it, unless the reference is {@code optional: true}. Objects that live elsewhere (created by
 * hand, by another bundle, by an operator) are declared, by kind and name, and are then taken on trust:
 * <pre>{@code
 * Bundle app = Bundle.of(web, service)
 *     .withExternal(Kind.SECRET, "registry-credentials")      // in whatever namespace refers to it
 *     .withExternal(Kind.CONFIG_MAP, "shared", "feature-flags"); // only in namespace "shared"
 * }</pre>
 * Externals are not rendered.
 *
 * <p>References into other kinds (a pod's ServiceAccount and claims, an Ingress's Services, an autoscaler's
 * target, a PodDisruptionBudget's pods, an RBAC binding's role and ServiceAccounts) are checked only when the
 * bundle holds at least one object of the kind referred to; an object of such a kind that lives elsewhere is
 * declared the same way, e.g. {@code withExternal(Kind.SERVICE_ACCOUNT, "ci-runner")}. See
 * {@code docs/validation.md}.
 *
 * <p><b>Adopting gradually.</b> The findings of the checks across objects are errors by default;
 * {@link #withCrossObjectChecks(CrossObjectChecks)} makes them warnings (reported, not refused) or turns them off,
 * e.g. for code imported from a folder of manifests that was never one application.
 */
public final class Bundle {
  private final List<KubeObject> objects;
  private final List<External> externals;
  private final CrossObjectChecks crossObjectChecks;

  private Bundle(List<KubeObject> objects, List<External> externals, CrossObjectChecks crossObjectChecks) {
    this.objects = objects;
    this.externals = externals;
    this.crossObjectChecks = crossObjectChecks;
  }

  /**
   * An object the bundle refers to that lives outside it (a ConfigMap, a Secret, a ServiceAccount, ...): its kind, its
   * namespace (empty: any namespace, i.e. the namespace of whichever object refers to it) and its name.
   * Declare one with {@link Bundle#withExternal(Kind, String)}.
   */
  public record External(Kind kind, Optional<String> namespace, String name) {
    public External {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(namespace, "namespace == null");
      Objects.requireNonNull(name, "name == null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("name must not be empty");
      }
      if (namespace.filter(String::isEmpty).isPresent()) {
        throw new IllegalArgumentException("namespace must not be empty; leave it out to mean any namespace");
      }
    }

    /** {@code Kind/name}, or {@code Kind/namespace/name} when the namespace is given. */
    @Override
    public String toString() {
      return kind.kindName() + "/" + namespace.map(n -> n + "/").orElse("") + name;
    }
  }

  /** A bundle of these objects. */
  public static Bundle of(KubeObject... objects) {
    return of(Arrays.asList(objects));
  }

  /** A bundle of these objects. */
  public static Bundle of(Collection<? extends KubeObject> objects) {
    Objects.requireNonNull(objects, "objects == null");
    List<KubeObject> copy = new ArrayList<>(objects.size());
    int i = 0;
    for (KubeObject o : objects) {
      if (o == null) {
        throw new NullPointerException("objects[" + i + "] == null");
      }
      copy.add(o);
      i++;
    }
    return new Bundle(Collections.unmodifiableList(copy), List.of(), CrossObjectChecks.ERROR);
  }

  /** This bundle followed by {@code more}; the same externals and settings. */
  public Bundle plus(KubeObject... more) {
    List<KubeObject> all = new ArrayList<>(objects);
    all.addAll(Arrays.asList(more));
    return withObjects(all);
  }

  /** This bundle followed by the objects of {@code other}; the externals of both, this bundle's settings. */
  public Bundle plus(Bundle other) {
    List<KubeObject> all = new ArrayList<>(objects);
    all.addAll(other.objects);
    return withObjects(all).withExternals(other.externals);
  }

  /**
   * A bundle of {@code objects} in their order, with this bundle's externals and {@link #crossObjectChecks()}: what
   * a transformation of the objects (namespacing, renames) returns.
   */
  public Bundle withObjects(Collection<? extends KubeObject> objects) {
    Bundle b = of(objects);
    return new Bundle(b.objects, externals, crossObjectChecks);
  }

  /**
   * This bundle with the findings of the checks across objects reported as {@code checks} says: errors (the
   * default), warnings (listed, never refusing the bundle) or not at all. Example:
   * {@code bundle.withCrossObjectChecks(CrossObjectChecks.WARNING)}.
   */
  public Bundle withCrossObjectChecks(CrossObjectChecks checks) {
    Objects.requireNonNull(checks, "checks == null");
    return checks == crossObjectChecks ? this : new Bundle(objects, externals, checks);
  }

  /** How the findings of the checks across objects are reported; {@link CrossObjectChecks#ERROR} by default. */
  public CrossObjectChecks crossObjectChecks() {
    return crossObjectChecks;
  }

  /**
   * This bundle, declaring that an object of {@code kind} named {@code name} exists outside it, in the
   * namespace of whichever object refers to it. References to it then pass the checks across objects
   * unchecked (its keys or ports are unknown here). Example: {@code bundle.withExternal(Kind.SECRET, "regcred")}.
   */
  public Bundle withExternal(Kind kind, String name) {
    return withExternals(List.of(new External(kind, Optional.empty(), name)));
  }

  /**
   * This bundle, declaring that an object of {@code kind} named {@code name} exists outside it in
   * {@code namespace}; references from objects in other namespaces still need their own.
   * Example: {@code bundle.withExternal(Kind.CONFIG_MAP, "shared", "feature-flags")}.
   */
  public Bundle withExternal(Kind kind, String namespace, String name) {
    Objects.requireNonNull(namespace, "namespace == null");
    return withExternals(List.of(new External(kind, Optional.of(namespace), name)));
  }

  private Bundle withExternals(List<External> more) {
    List<External> all = new ArrayList<>(externals);
    for (External e : more) {
      if (!all.contains(e)) {
        all.add(e);
      }
    }
    return all.size() == externals.size() ? this
        : new Bundle(objects, Collections.unmodifiableList(all), crossObjectChecks);
  }

  /** The objects declared to live outside the bundle, in the order declared; empty by default. */
  public List<External> externals() {
    return externals;
  }

  /** The objects, in the order given. */
  public List<KubeObject> objects() {
    return objects;
  }

  public int size() {
    return objects.size();
  }

  /** The objects of one kind, in the order given, typed. */
  public <T extends KubeObject> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (KubeObject o : objects) {
      if (type.isInstance(o)) {
        out.add(type.cast(o));
      }
    }
    return out;
  }

  /** The first object of this kind and name (in any namespace). */
  public Optional<KubeObject> find(Kind kind, String name) {
    for (KubeObject o : objects) {
      if (o.kind() == kind && o.name().equals(name)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The object of type {@code type} named {@code name} in any namespace: the one with that {@code metadata.name},
   * else the one renamed from it by roll-on-change (its {@value #HASHED_FROM_LABEL} label is {@code name}, as
   * {@code ConfigMap/api-settings-5adf1bf2be} is for {@code api-settings}). Example:
   * {@code Deployment api = bundle.get(Deployment.class, "api")}.
   *
   * @throws java.util.NoSuchElementException when there is none, listing the objects of that type the bundle has
   * @throws IllegalArgumentException when several namespaces have one; use {@link #get(Class, String, String)}
   */
  public <T extends KubeObject> T get(Class<T> type, String name) {
    return lookup(type, null, name);
  }

  /**
   * The object of type {@code type} named {@code name} (or renamed from it, as {@link #get(Class, String)} says) in
   * {@code namespace}: {@code bundle.get(Deployment.class, "shop", "api")}.
   *
   * @throws java.util.NoSuchElementException when there is none, listing the objects of that type the bundle has
   */
  public <T extends KubeObject> T get(Class<T> type, String namespace, String name) {
    Objects.requireNonNull(namespace, "namespace == null");
    return lookup(type, namespace, name);
  }

  private <T extends KubeObject> T lookup(Class<T> type, String namespace, String name) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(name, "name == null");
    List<T> ofType = all(type);
    List<T> found = new ArrayList<>();
    for (T o : ofType) {
      if (o.name().equals(name) && (namespace == null || o.metadata().namespace().orElse("").equals(namespace))) {
        found.add(o);
      }
    }
    if (found.isEmpty()) {
      for (T o : ofType) {
        if (name.equals(o.metadata().labels().get(HASHED_FROM_LABEL))
            && (namespace == null || o.metadata().namespace().orElse("").equals(namespace))) {
          found.add(o);
        }
      }
    }
    String wanted = type.getSimpleName() + "/" + (namespace == null || namespace.isEmpty() ? "" : namespace + "/")
        + name;
    if (found.isEmpty()) {
      List<String> names = new ArrayList<>();
      ofType.forEach(o -> names.add(qualifiedName(o)));
      throw new java.util.NoSuchElementException("bundle must hold " + wanted + " (was not there); it holds "
          + (names.isEmpty() ? "no " + type.getSimpleName() : String.join(", ", names)));
    }
    if (found.size() > 1) {
      List<String> names = new ArrayList<>();
      found.forEach(o -> names.add(qualifiedName(o)));
      throw new IllegalArgumentException(wanted + " must name one object (was " + String.join(", ", names)
          + "); name the namespace: get(" + type.getSimpleName() + ".class, namespace, \"" + name + "\")");
    }
    return found.get(0);
  }

  /**
   * The label a roll-on-change rename puts on the renamed copy, valued with the object's own name: the bundle's
   * look-ups and the test kit find {@code ConfigMap/api-settings-5adf1bf2be} by {@code api-settings} through it.
   */
  public static final String HASHED_FROM_LABEL = "kubeprint.io/hashed-from";

  /** The name {@code o} was given before a roll-on-change rename: its {@value #HASHED_FROM_LABEL} label, else its name. */
  public static String baseName(KubeObject o) {
    String from = o.metadata().labels().get(HASHED_FROM_LABEL);
    return from != null && !from.isEmpty() ? from : o.name();
  }

  /** {@code Kind/name}, or {@code Kind/namespace/name} for an object with a namespace, as diffs name objects. */
  public static String qualifiedName(KubeObject o) {
    return o.kind().kindName() + "/" + o.metadata().namespace().filter(n -> !n.isEmpty()).map(n -> n + "/").orElse("")
        + o.name();
  }

  /**
   * Every violation: each object's, then the checks across objects (as {@link #crossObjectChecks()} says); sorted.
   * Empty when valid, but for notices
   * ({@link io.kubeprint.core.validation.Severity#NOTICE}) that say what could not be checked, such as the body of
   * a custom resource whose CustomResourceDefinition is not in the bundle.
   */
  public List<Violation> validate() {
    return Validator.validate(this);
  }

  /** Throws {@link ManifestValidationException} listing every error when the bundle is invalid; else returns it. */
  public Bundle requireValid() {
    ManifestValidationException.throwIfErrors(validate());
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bundle b && b.objects.equals(objects) && b.externals.equals(externals)
        && b.crossObjectChecks == crossObjectChecks;
  }

  @Override
  public int hashCode() {
    return (objects.hashCode() * 31 + externals.hashCode()) * 31 + crossObjectChecks.hashCode();
  }

  /**
   * {@code Bundle[objects]}, followed by {@code externals[...]} when some are declared and
   * {@code crossObjectChecks=WARNING} when not the default.
   */
  @Override
  public String toString() {
    return "Bundle" + objects + (externals.isEmpty() ? "" : " externals" + externals)
        + (crossObjectChecks == CrossObjectChecks.ERROR ? "" : " crossObjectChecks=" + crossObjectChecks);
  }
}
