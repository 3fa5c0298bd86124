package io.kubeprint.core.validation;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.KeyToPath;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * kubeprint's checks across the objects of a bundle, which no API server makes: references resolve,
 * Services reach pods, workloads do not fight over pods, nothing is declared twice.
 *
 * <p><b>Namespaces.</b> Two objects are in the same namespace when their {@code metadata.namespace} are
 * equal, an absent namespace counting as one more name (the namespace the bundle is applied to). Looking
 * for an object that a reference or a Service selector needs, kubeprint takes the matching ones in the same
 * namespace and, when none matches, those where either side has no namespace (it may be applied into the
 * other's): a missing object is reported only when none could be it. Checks that fire on a match
 * (overlapping workload selectors) use the same namespace only.
 *
 * <p>These are errors for a bundle built in code; {@link Validator#validate(Bundle, Severity)} turns them
 * into warnings for manifests read from files. Rules are declared here, their upstream is {@code kubeprint};
 * those of references into the kinds kubeprint does not type (ServiceAccounts, claims, Ingress backends, ...)
 * in {@link BundleReferences}.
 */
final class BundleValidation {

  /** No two objects of one kind share namespace and name: the second would overwrite the first. */
  static final Rule DUPLICATE_OBJECT = Rule.of("duplicate-object", "kubeprint",
      "no two objects share kind, namespace and name");

  /**
   * A Service with a selector selects the pods of at least one workload of the bundle (Pod, PodTemplate,
   * ReplicaSet, Deployment, CronJob) in its namespace. Skipped for {@code ExternalName} Services and empty
   * selectors (endpoints managed by hand). Label keys that controllers add to pods ({@code pod-template-hash},
   * {@code job-name}, ...) match any value.
   */
  static final Rule SERVICE_SELECTS_NO_PODS = Rule.of("service-selects-no-pods", "kubeprint",
      "a Service's selector selects the pods of some workload in the bundle");

  /**
   * A named {@code targetPort} is the name of a container port, with the Service port's protocol, in every
   * pod template the Service selects — as the endpoints controller resolves it ({@code FindPort}: the
   * containers, then the sidecar init containers).
   */
  static final Rule TARGET_PORT_NAME_MISSING = Rule.of("target-port-name-missing", "kubeprint",
      "a named targetPort names a container port of every selected pod template");

  /**
   * A numeric {@code targetPort} (or the port it defaults to) is a {@code containerPort}, with the Service
   * port's protocol, of every selected pod template that declares ports. A pod template declaring no port
   * at all is not judged: container ports are informational and its processes may still listen there.
   */
  static final Rule TARGET_PORT_NOT_EXPOSED = Rule.of("target-port-not-exposed", "kubeprint",
      "a numeric targetPort is a declared container port of every selected pod template that declares ports");

  /**
   * A Service does not select the pods of two workloads whose {@code color} labels differ: in a blue-green
   * release the Service's selector picks one color, or it sends traffic to both releases at once.
   */
  static final Rule SERVICE_SELECTS_BOTH_COLORS = Rule.of("service-selects-both-colors", "kubeprint",
      "a Service selects pods of one color only");

  /**
   * Every ConfigMap a pod reads ({@code configMapKeyRef}, {@code envFrom[].configMapRef}, {@code configMap}
   * and projected {@code configMap} volumes) is in the bundle or declared external, unless {@code optional}.
   */
  static final Rule CONFIG_MAP_NOT_FOUND = Rule.of("config-map-not-found", "kubeprint",
      "a referenced ConfigMap is in the bundle or declared external");

  /**
   * Every ConfigMap key a pod reads exists: {@code configMapKeyRef.key} in {@code data} (the kubelet reads
   * nothing else into a variable), volume {@code items[].key} in {@code data} or {@code binaryData}; unless
   * {@code optional}.
   */
  static final Rule CONFIG_MAP_KEY_NOT_FOUND = Rule.of("config-map-key-not-found", "kubeprint",
      "a referenced ConfigMap key exists");

  /**
   * Every Secret a pod reads ({@code secretKeyRef}, {@code envFrom[].secretRef}, {@code secret} and
   * projected {@code secret} volumes) is in the bundle or declared external, unless {@code optional}.
   */
  static final Rule SECRET_NOT_FOUND = Rule.of("secret-not-found", "kubeprint",
      "a referenced Secret is in the bundle or declared external");

  /** Every Secret key a pod reads ({@code secretKeyRef.key}, volume {@code items[].key}) exists, unless {@code optional}. */
  static final Rule SECRET_KEY_NOT_FOUND = Rule.of("secret-key-not-found", "kubeprint",
      "a referenced Secret key exists");

  /** Every {@code imagePullSecrets[].name} is a Secret in the bundle or declared external. */
  static final Rule IMAGE_PULL_SECRET_NOT_FOUND = Rule.of("image-pull-secret-not-found", "kubeprint",
      "an image pull Secret is in the bundle or declared external");

  /**
   * No two Deployments, ReplicaSets, StatefulSets or DaemonSets of one namespace have selectors that some label set satisfies both:
   * each controller would count the other's pods as its own. Exact for {@code matchLabels} and
   * {@code matchExpressions}; objects with {@code ownerReferences} (a Deployment's own ReplicaSets) are
   * left out.
   */
  static final Rule SELECTOR_OVERLAP = Rule.of("selector-overlap", "kubeprint",
      "no two workloads of a namespace have overlapping selectors");

  private static final String COLOR = "color";

  private BundleValidation() {}

  static List<Violation> validate(Bundle bundle) {
    return validate(Index.of(bundle));
  }

  /**
   * The objects the references of {@code bundle} name that are neither in it nor declared external, in the order
   * met: what {@link Bundle#withExternal(Kind, String)} would declare to make those references resolve.
   */
  static List<Bundle.External> missing(Bundle bundle) {
    Index index = Index.of(bundle);
    validate(index);
    return List.copyOf(index.missing);
  }

  /** The findings of the checks across objects, with every object of the bundle in {@code index}. */
  static List<Violation> validate(Index index) {
    Bundle bundle = index.bundle;
    List<Violation> out = new ArrayList<>();
    duplicates(bundle, index, out);
    List<KubeObject> objects = bundle.objects();
    for (int at = 0; at < objects.size(); at++) {
      KubeObject o = objects.get(at);
      Violations v = new Violations(o);
      if (o instanceof Service s) {
        service(s, index, v);
      }
      PodTemplates.Pods pods = index.podsOf(at);
      if (pods != null) {
        references(pods, index, v);
        BundleReferences.pods(pods, index, v);
        ProbePorts.check(pods, v);
      } else if (o instanceof GenericObject g) {
        BundleReferences.object(g, index, v);
      } else if (o instanceof Ingress i) {
        NetworkingReferences.ingress(i, index, v);
      } else if (o instanceof NetworkPolicy np) {
        NetworkingReferences.networkPolicy(np, index, v);
      }
      WorkloadReferences.object(o, index, v);
      v.addTo(out);
    }
    overlaps(index, out);
    ScalingChecks.check(bundle.objects(), index, out);
    return out;
  }

  // ---- duplicates ----

  /** Objects of one kind and name are compared by namespace, the rest (almost every object) cost a look-up. */
  private static void duplicates(Bundle bundle, Index index, List<Violation> out) {
    if (!index.repeatsName) {
      return;
    }
    Set<String> seen = null;
    for (KubeObject o : bundle.objects()) {
      if (index.named(o.kind(), o.name()).size() < 2) {
        continue;
      }
      if (seen == null) {
        seen = new HashSet<>();
      }
      String key = o.kind() + "/" + o.metadata().namespace().orElse("") + "/" + o.name();
      if (!seen.add(key)) {
        Violations v = new Violations(o.displayName());
        v.add(DUPLICATE_OBJECT, FieldPath.of("metadata", "name"),
            "must be unique per kind and namespace in a bundle (was \"" + o.name() + "\" again)");
        v.addTo(out);
      }
    }
  }

  // ---- Services ----

  private static void service(Service s, Index index, Violations v) {
    if (s.spec().type().filter("ExternalName"::equals).isPresent() || s.spec().selector().isEmpty()) {
      return;
    }
    Map<String, String> selector = s.spec().selector();
    String namespace = namespace(s);
    List<PodTemplates.Pods> selected = index.selected(selector, namespace);
    FieldPath selectorPath = FieldPath.of("spec", "selector");
    if (selected.isEmpty() && index.selectsUntypedPods(selector, namespace)) {
      // The pods of a StatefulSet, DaemonSet, Job or ReplicationController: their ports are not typed here.
      return;
    }
    if (selected.isEmpty()) {
      v.add(SERVICE_SELECTS_NO_PODS, selectorPath, "must select the pods of a workload in the bundle (was "
          + Selectors.format(selector) + ")" + nearestPods(selector, namespace, index));
      return;
    }
    colors(selected, selectorPath, v);
    List<ServicePort> ports = s.spec().ports();
    for (int i = 0; i < ports.size(); i++) {
      targetPort(ports.get(i), FieldPath.of("spec", "ports").index(i).child("targetPort"), selected, v);
    }
  }

  /** A hint for a Service selector that selects nothing: pods elsewhere that match, or the closest pods. */
  private static String nearestPods(Map<String, String> selector, String namespace, Index index) {
    return nearestPods(index.podsByLabel, index.candidates(selector), p -> Selectors.selects(selector, p),
        selector, namespace);
  }

  /**
   * A hint for a selector that selects nothing in {@code namespace}: the first of {@code candidates} it selects
   * (in another namespace then), or the pods near {@code namespace} sharing the most of its {@code pairs}.
   */
  static <P extends PodTemplates.Labelled> String nearestPods(PodsByLabel<P> pods, List<P> candidates,
      Predicate<P> selects, Map<String, String> pairs, String namespace) {
    for (P p : candidates) {
      if (selects.test(p)) {
        return "; " + p.owner().displayName() + " in namespace \"" + p.namespace() + "\" has these labels";
      }
    }
    P best = null;
    int most = 0;
    for (P p : pods.near(namespace)) {
      int n = Selectors.shared(pairs, p.labels());
      if (n > most) {
        most = n;
        best = p;
      }
    }
    return best == null ? "" : "; closest: " + best.owner().displayName() + " with pod labels "
        + Selectors.format(best.labels());
  }

  private static void colors(List<PodTemplates.Pods> selected, FieldPath at, Violations v) {
    Map<String, String> colorOf = new LinkedHashMap<>();
    Set<String> colors = new LinkedHashSet<>();
    for (PodTemplates.Pods p : selected) {
      String c = p.labels().get(COLOR);
      if (c != null) {
        colorOf.put(p.owner().displayName(), c);
        colors.add(c);
      }
    }
    if (colors.size() < 2) {
      return;
    }
    List<String> was = new ArrayList<>();
    colorOf.forEach((owner, c) -> was.add(owner + " " + COLOR + "=" + c));
    List<String> fixes = new ArrayList<>();
    for (String c : colors) {
      fixes.add(COLOR + "=" + c);
    }
    v.add(SERVICE_SELECTS_BOTH_COLORS, at, "must select pods of one color only (was " + String.join(", ", was)
        + "); add " + String.join(" or ", fixes) + " to the selector");
  }

  private static void targetPort(ServicePort sp, FieldPath at, List<PodTemplates.Pods> selected, Violations v) {
    if (sp.port().isEmpty()) {
      return;
    }
    boolean defaulted = sp.targetPort().isEmpty();
    IntOrString target = sp.targetPort().orElse(IntOrString.of(sp.port().get()));
    String protocol = sp.protocol().orElse("TCP");
    for (PodTemplates.Pods p : selected) {
      List<ContainerPort> served = p.servedPorts();
      String pods = "the pods of " + p.owner().displayName();
      if (!target.isInt()) {
        String name = target.strValue();
        if (served.stream().noneMatch(cp -> cp.name().filter(name::equals).isPresent() && protocol(cp).equals(protocol))) {
          Set<String> names = new LinkedHashSet<>();
          for (ContainerPort cp : served) {
            cp.name().ifPresent(n -> names.add(n + "/" + protocol(cp)));
          }
          v.add(TARGET_PORT_NAME_MISSING, at, "must name a " + protocol + " container port of " + pods
              + " (was \"" + name + "\"); " + (names.isEmpty() ? "they have no named ports"
                  : "they have: " + String.join(", ", names)));
        }
      } else if (!served.isEmpty()) {
        int number = target.intValue();
        if (served.stream().noneMatch(cp -> cp.containerPort().filter(n -> n == number).isPresent()
            && protocol(cp).equals(protocol))) {
          Set<String> exposed = new LinkedHashSet<>();
          for (ContainerPort cp : served) {
            cp.containerPort().ifPresent(n -> exposed.add(n + "/" + protocol(cp)));
          }
          v.add(TARGET_PORT_NOT_EXPOSED, at, "must be a " + protocol + " container port of " + pods + " (was "
              + number + (defaulted ? ", defaulted from port" : "") + "); they expose: " + String.join(", ", exposed));
        }
      }
    }
  }

  private static String protocol(ContainerPort cp) {
    return cp.protocol().orElse("TCP");
  }

  // ---- references ----

  private static void references(PodTemplates.Pods p, Index index, Violations v) {
    PodSpec spec = p.spec();
    String ns = p.namespace();
    containers(spec.initContainers(), p.specPath().child("initContainers"), ns, index, v);
    containers(spec.containers(), p.specPath().child("containers"), ns, index, v);
    for (int i = 0; i < spec.volumes().size(); i++) {
      volume(spec.volumes().get(i), p.specPath().child("volumes").index(i), ns, index, v);
    }
    for (int i = 0; i < spec.imagePullSecrets().size(); i++) {
      LocalObjectReference ref = spec.imagePullSecrets().get(i);
      Optional<String> name = ref.name().filter(n -> !n.isEmpty());
      if (name.isPresent() && index.find(Kind.SECRET, ns, name.get()).isEmpty()
          && !index.isExternal(Kind.SECRET, ns, name.get())) {
        index.missing(Kind.SECRET, ns, name.get());
        v.add(IMAGE_PULL_SECRET_NOT_FOUND, p.specPath().child("imagePullSecrets").index(i).child("name"),
            notFound(Kind.SECRET, ns, name.get(), index));
      }
    }
  }

  private static void containers(List<Container> containers, FieldPath at, String ns, Index index, Violations v) {
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      FieldPath cp = at.index(i);
      for (int j = 0; j < c.env().size(); j++) {
        EnvVar e = c.env().get(j);
        if (e.valueFrom().isEmpty()) {
          continue;
        }
        FieldPath from = cp.child("env").index(j).child("valueFrom");
        Optional<ConfigMapKeySelector> cm = e.valueFrom().get().configMapKeyRef();
        if (cm.isPresent()) {
          ConfigMapKeySelector r = cm.get();
          keyRef(Kind.CONFIG_MAP, r.name(), r.key(), r.optional(), from.child("configMapKeyRef"), ns, index, v);
        }
        Optional<SecretKeySelector> sk = e.valueFrom().get().secretKeyRef();
        if (sk.isPresent()) {
          SecretKeySelector r = sk.get();
          keyRef(Kind.SECRET, r.name(), r.key(), r.optional(), from.child("secretKeyRef"), ns, index, v);
        }
      }
      for (int j = 0; j < c.envFrom().size(); j++) {
        EnvFromSource e = c.envFrom().get(j);
        FieldPath ep = cp.child("envFrom").index(j);
        e.configMapRef().ifPresent(r -> object(Kind.CONFIG_MAP, r.name(), r.optional(),
            ep.child("configMapRef", "name"), ns, index, v));
        e.secretRef().ifPresent(r -> object(Kind.SECRET, r.name(), r.optional(),
            ep.child("secretRef", "name"), ns, index, v));
      }
    }
  }

  private static void volume(Volume vol, FieldPath at, String ns, Index index, Violations v) {
    if (vol.configMap().isPresent()) {
      ConfigMapVolumeSource s = vol.configMap().get();
      List<Optional<String>> keys = s.items().stream().map(KeyToPath::key).toList();
      projection(Kind.CONFIG_MAP, s.name(), keys, s.optional(), at.child("configMap"), "name", ns, index, v);
    }
    if (vol.secret().isPresent()) {
      SecretVolumeSource s = vol.secret().get();
      List<Optional<String>> keys = s.items().stream().map(KeyToPath::key).toList();
      projection(Kind.SECRET, s.secretName(), keys, s.optional(), at.child("secret"), "secretName", ns, index, v);
    }
    if (vol.extra().get("projected") instanceof Map<?, ?> projected
        && projected.get("sources") instanceof List<?> sources) {
      FieldPath sp = at.child("projected", "sources");
      for (int i = 0; i < sources.size(); i++) {
        if (!(sources.get(i) instanceof Map<?, ?> source)) {
          continue;
        }
        if (source.get("configMap") instanceof Map<?, ?> m) {
          projection(Kind.CONFIG_MAP, text(m.get("name")), untypedKeys(m.get("items")), flag(m.get("optional")),
              sp.index(i).child("configMap"), "name", ns, index, v);
        }
        if (source.get("secret") instanceof Map<?, ?> m) {
          projection(Kind.SECRET, text(m.get("name")), untypedKeys(m.get("items")), flag(m.get("optional")),
              sp.index(i).child("secret"), "name", ns, index, v);
        }
      }
    }
  }

  private static Optional<String> text(Object o) {
    return o instanceof String s ? Optional.of(s) : Optional.empty();
  }

  private static Optional<Boolean> flag(Object o) {
    return o instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  private static List<Optional<String>> untypedKeys(Object items) {
    List<Optional<String>> out = new ArrayList<>();
    if (items instanceof List<?> l) {
      for (Object item : l) {
        out.add(item instanceof Map<?, ?> m ? text(m.get("key")) : Optional.empty());
      }
    }
    return out;
  }

  /** A {@code configMapKeyRef} or {@code secretKeyRef}: the object, then its key. */
  private static void keyRef(Kind kind, Optional<String> name, Optional<String> key, Optional<Boolean> optional,
      FieldPath at, String ns, Index index, Violations v) {
    Optional<KubeObject> target = object(kind, name, optional, at.child("name"), ns, index, v);
    if (target.isEmpty() || key.isEmpty()) {
      return;
    }
    Set<String> present = kind == Kind.CONFIG_MAP ? ((ConfigMap) target.get()).data().keySet()
        : ((Secret) target.get()).data().keySet();
    if (present.contains(key.get())) {
      return;
    }
    Set<String> keys = new TreeSet<>(present);
    String message = "must be a key of " + target.get().displayName() + " (was \"" + key.get() + "\"); ";
    if (target.get() instanceof ConfigMap cm && cm.binaryData().containsKey(key.get())) {
      message += "it is a binaryData key, which the kubelet does not read into variables";
    } else {
      message += keys.isEmpty() ? "it has no keys" : "it has: " + String.join(", ", keys);
    }
    v.add(kind == Kind.CONFIG_MAP ? CONFIG_MAP_KEY_NOT_FOUND : SECRET_KEY_NOT_FOUND, at.child("key"), message);
  }

  /** A {@code configMap}, {@code secret} or projected volume source: the object, then its items' keys. */
  private static void projection(Kind kind, Optional<String> name, List<Optional<String>> items,
      Optional<Boolean> optional, FieldPath at, String nameField, String ns, Index index, Violations v) {
    Optional<KubeObject> target = object(kind, name, optional, at.child(nameField), ns, index, v);
    if (target.isEmpty()) {
      return;
    }
    Set<String> keys = new TreeSet<>();
    if (target.get() instanceof ConfigMap cm) {
      keys.addAll(cm.data().keySet());
      keys.addAll(cm.binaryData().keySet());
    } else {
      keys.addAll(((Secret) target.get()).data().keySet());
    }
    for (int i = 0; i < items.size(); i++) {
      Optional<String> key = items.get(i);
      if (key.isPresent() && !keys.contains(key.get())) {
        v.add(kind == Kind.CONFIG_MAP ? CONFIG_MAP_KEY_NOT_FOUND : SECRET_KEY_NOT_FOUND,
            at.child("items").index(i).child("key"), "must be a key of " + target.get().displayName() + " (was \""
                + key.get() + "\"); " + (keys.isEmpty() ? "it has no keys" : "it has: " + String.join(", ", keys)));
      }
    }
  }

  /**
   * Resolves a reference to a ConfigMap or Secret, reporting it when it is missing: the object found in the
   * bundle, or empty when it is missing, external, optional or unnamed (nothing more to check then).
   */
  private static Optional<KubeObject> object(Kind kind, Optional<String> name, Optional<Boolean> optional,
      FieldPath at, String ns, Index index, Violations v) {
    if (name.isEmpty() || name.get().isEmpty() || optional.orElse(false)) {
      return Optional.empty();
    }
    Optional<KubeObject> found = index.find(kind, ns, name.get());
    if (found.isEmpty() && !index.isExternal(kind, ns, name.get())) {
      index.missing(kind, ns, name.get());
      v.add(kind == Kind.CONFIG_MAP ? CONFIG_MAP_NOT_FOUND : SECRET_NOT_FOUND, at, notFound(kind, ns, name.get(), index));
    }
    return found;
  }

  private static String notFound(Kind kind, String ns, String name, Index index) {
    return "must name a " + kind.kindName() + " in the bundle or declared external (was \"" + name + "\")"
        + hint(kind, ns, name, index, List.of());
  }

  /**
   * What may help with a name that names no object of {@code kind} a reference from {@code ns} reaches: the
   * closest name among those objects and {@code alsoValid} ({@code "; did you mean \"web\"?"}), else the
   * namespace of an object of that name elsewhere, else nothing.
   */
  static String hint(Kind kind, String ns, String name, Index index, List<String> alsoValid) {
    List<String> names = new ArrayList<>();
    for (KubeObject o : index.near(kind, ns)) {
      names.add(o.name());
    }
    names.addAll(alsoValid);
    Optional<String> closest = Suggestions.closest(name, names, false);
    if (closest.isPresent()) {
      return "; did you mean \"" + closest.get() + "\"?";
    }
    List<KubeObject> elsewhere = index.named(kind, name);
    if (!elsewhere.isEmpty()) {
      KubeObject o = elsewhere.get(0);
      return "; " + o.displayName() + " is in namespace \"" + namespace(o) + "\"";
    }
    return "";
  }

  /** Whether objects of these namespaces may end up in one: the same, or either absent (see the class comment). */
  static boolean mayShareNamespace(String a, String b) {
    return a.equals(b) || a.isEmpty() || b.isEmpty();
  }


  // ---- workload selectors ----

  private static void overlaps(Index index, List<Violation> out) {
    List<KubeObject> workloads = index.overlaps.workloads;
    List<LabelSelector> selectors = index.overlaps.selectors;
    List<List<Integer>> earlier = index.overlaps.earlier();
    for (int j = 0; j < workloads.size(); j++) {
      List<Integer> candidates = earlier.get(j);
      if (candidates.isEmpty()) {
        continue;
      }
      Violations v = new Violations(workloads.get(j));
      for (int i : candidates) {
        Optional<Map<String, String>> both = Selectors.overlap(selectors.get(i), selectors.get(j));
        if (both.isPresent()) {
          v.add(SELECTOR_OVERLAP, FieldPath.of("spec", "selector"), "must not overlap the selector of "
              + workloads.get(i).displayName() + " (was " + Selectors.format(selectors.get(j)) + "); "
              + (both.get().isEmpty() ? "a pod without labels" : "a pod labelled " + Selectors.format(both.get()))
              + " would match both");
        }
      }
      v.addTo(out);
    }
  }

  /**
   * For each workload {@code j}, the earlier workloads {@code i < j} of its namespace whose selectors may
   * overlap its own, in increasing order: every pair that overlaps is among them (see {@link OverlapCandidates}).
   */
  static List<List<Integer>> overlapCandidates(List<KubeObject> workloads, List<LabelSelector> selectors) {
    OverlapCandidates c = new OverlapCandidates();
    for (int j = 0; j < workloads.size(); j++) {
      c.add(workloads.get(j), selectors.get(j));
    }
    return c.earlier();
  }

  /**
   * The workloads of a bundle whose selectors may overlap, grouped as they come: for each workload {@code j}, the
   * earlier workloads {@code i < j} of its namespace whose selectors may overlap its own. Two selectors whose
   * {@code matchLabels} give a key they share different values cannot overlap, so the workloads of a namespace are
   * grouped by the keys of their {@code matchLabels}, and each group keeps its members by the values they give the
   * keys it shares with each group (all keys shared with itself). A workload is looked up in every group of its
   * namespace and added to its own: linear for workloads labelled alike, such as a fleet of apps; quadratic only
   * when every selector has its own set of keys. Made in the pass of each object's own rules, it reads each selector
   * while it is in cache.
   */
  static final class OverlapCandidates {
    final List<KubeObject> workloads = new ArrayList<>();
    final List<LabelSelector> selectors = new ArrayList<>();
    /** Under each workload, the earlier ones it may overlap; {@code null} until one is found (most find none). */
    private final List<List<Integer>> earlier = new ArrayList<>();
    /** The groups of each namespace by their keys, in the order made (a group's {@link Group#at}). */
    private final Map<String, Map<Set<String>, Group>> groups = new HashMap<>();

    /** Workloads whose {@code matchLabels} have the same keys. */
    private static final class Group {
      final Set<String> keys;
      /** Its place among the groups of its namespace. */
      final int at;
      /** For each group of the namespace, by its place: the keys the two share, sorted. */
      final List<List<String>> shared = new ArrayList<>();
      /**
       * For each group of the namespace, by its place: this group's members by the values they give the keys the
       * two share, one workload (an Integer) or the list of those giving the same values.
       */
      final List<Map<Object, Object>> byValues = new ArrayList<>();
      final List<Integer> members = new ArrayList<>();

      Group(Set<String> keys, int at) {
        this.keys = keys;
        this.at = at;
      }
    }

    /** Adds workload {@code w} with its (non-empty) selector {@code s}, after those added before. */
    void add(KubeObject w, LabelSelector s) {
      int j = workloads.size();
      workloads.add(w);
      selectors.add(s);
      earlier.add(null);
      Map<Set<String>, Group> ofNamespace = groups.computeIfAbsent(namespace(w), k -> new LinkedHashMap<>());
      Group mine = ofNamespace.get(s.matchLabels().keySet());
      if (mine == null) {
        mine = newGroup(s.matchLabels().keySet(), ofNamespace);
      }
      // Looked up in every group (its own included) on the keys the two share, then added to its own group's maps.
      Object[] values = new Object[ofNamespace.size()];
      for (Group g : ofNamespace.values()) {
        values[g.at] = values(s, mine.shared.get(g.at));
        Object found = g.byValues.get(mine.at).get(values[g.at]);
        if (found instanceof Integer i) {
          add(j, i);
        } else if (found != null) {
          @SuppressWarnings("unchecked")
          List<Integer> several = (List<Integer>) found;
          for (int i : several) {
            add(j, i);
          }
        }
      }
      for (Group g : ofNamespace.values()) {
        put(mine.byValues.get(g.at), values[g.at], j);
      }
      mine.members.add(j);
    }

    /** A group of {@code keys}, joined to every group of its namespace made before, its members indexed for it. */
    private Group newGroup(Set<String> keys, Map<Set<String>, Group> ofNamespace) {
      Group mine = new Group(Set.copyOf(keys), ofNamespace.size());
      for (Group g : ofNamespace.values()) {
        Set<String> both = new TreeSet<>(g.keys);
        both.retainAll(keys);
        List<String> shared = List.copyOf(both);
        Map<Object, Object> theirs = new HashMap<>();
        for (int i : g.members) {
          put(theirs, values(selectors.get(i), shared), i);
        }
        g.shared.add(shared);
        g.byValues.add(theirs);
        mine.shared.add(shared);
        mine.byValues.add(new HashMap<>());
      }
      mine.shared.add(List.copyOf(new TreeSet<>(keys)));
      mine.byValues.add(new HashMap<>());
      ofNamespace.put(mine.keys, mine);
      return mine;
    }

    private static void put(Map<Object, Object> byValues, Object values, int i) {
      Object before = byValues.putIfAbsent(values, i);
      if (before instanceof Integer first) {
        List<Integer> several = new ArrayList<>(2);
        several.add(first);
        several.add(i);
        byValues.put(values, several);
      } else if (before != null) {
        @SuppressWarnings("unchecked")
        List<Integer> several = (List<Integer>) before;
        several.add(i);
      }
    }

    private void add(int j, int i) {
      List<Integer> l = earlier.get(j);
      if (l == null) {
        l = new ArrayList<>(2);
        earlier.set(j, l);
      }
      l.add(i);
    }

    /** Under each workload, the earlier ones whose selectors may overlap its own, in increasing order. */
    List<List<Integer>> earlier() {
      List<List<Integer>> out = new ArrayList<>(earlier.size());
      for (List<Integer> l : earlier) {
        if (l == null) {
          out.add(List.of());
        } else {
          l.sort(null);
          out.add(l);
        }
      }
      return out;
    }
  }

  /** The values {@code s} gives {@code keys}, as a map key: the value itself for one key, "" for none, else a list. */
  private static Object values(LabelSelector s, List<String> keys) {
    Map<String, String> labels = s.matchLabels();
    switch (keys.size()) {
      case 0:
        return "";
      case 1:
        return labels.get(keys.get(0));
      case 2:
        return List.of(labels.get(keys.get(0)), labels.get(keys.get(1)));
      default:
        String[] out = new String[keys.size()];
        for (int k = 0; k < out.length; k++) {
          out[k] = labels.get(keys.get(k));
        }
        return List.of(out);
    }
  }

  static String namespace(KubeObject o) {
    return o.metadata().namespace().orElse("");
  }

  /** The bundle's objects as the checks look them up, indexed so that each look-up reads only what may match. */
  static final class Index {
    final Bundle bundle;
    final List<PodTemplates.Pods> pods;
    final List<Bundle.External> externals;
    /** What references looked for and found neither in the bundle nor declared external, in the order met. */
    final Set<Bundle.External> missing = new LinkedHashSet<>();
    private final List<KubeObject> objects;
    /** The pods of each object of {@link #objects}, at the same position, or {@code null}: made once, shared. */
    private final PodTemplates.Pods[] podsOf;
    /** The typed pods by label. */
    final PodsByLabel<PodTemplates.Pods> podsByLabel = new PodsByLabel<>();
    /** Every object's pods, typed or not, by label; made when first asked for. */
    private PodsByLabel<PodTemplates.Labelled> allPods;
    /**
     * Objects by kind and name: the object, or a list of them in bundle order when several share the name. Flat,
     * since almost every name is one object's.
     */
    private final Map<Kind, Map<String, Object>> byName = new HashMap<>();
    /** Objects by kind, in bundle order. */
    private final Map<Kind, List<KubeObject>> byKind = new HashMap<>();
    /** The kinds of the bundle by API group and kind name ({@code apps Deployment}), whatever their version. */
    private final Map<String, List<Kind>> kindsByGroup = new HashMap<>();
    /** StatefulSets by {@code <claim template>-<set>}, the name of their pods' claims without the ordinal. */
    private final Map<String, List<KubeObject>> claimTemplates = new HashMap<>();
    /** The workloads whose selectors are to be compared, not controlled by another object, grouped as they come. */
    final OverlapCandidates overlaps = new OverlapCandidates();
    /** Whether two objects share kind and name (in any namespace): without, there is no duplicate to look for. */
    boolean repeatsName;
    /** Whether the bundle holds a typed HorizontalPodAutoscaler or PodDisruptionBudget, for {@link ScalingChecks}. */
    boolean scales;

    /** The index of every object of {@code bundle}. */
    static Index of(Bundle bundle) {
      Index index = new Index(bundle);
      List<KubeObject> objects = bundle.objects();
      for (int i = 0; i < objects.size(); i++) {
        index.add(i, objects.get(i));
      }
      return index;
    }

    /**
     * An index of no object yet, for {@link #add} to be given each object of {@code bundle} in turn: as
     * {@link Validator} does while each object is in cache from its own rules.
     */
    Index(Bundle bundle) {
      this.bundle = bundle;
      this.externals = bundle.externals();
      this.objects = bundle.objects();
      this.pods = podsByLabel.pods;
      this.podsOf = new PodTemplates.Pods[objects.size()];
    }

    /** Indexes {@code o}, the bundle's {@code i}th object; objects come in bundle order. */
    void add(int i, KubeObject o) {
      Kind kind = o.kind();
      List<KubeObject> ofKind = byKind.get(kind);
      Map<String, Object> names;
      if (ofKind == null) {
        ofKind = new ArrayList<>();
        byKind.put(kind, ofKind);
        names = new HashMap<>();
        byName.put(kind, names);
        kindsByGroup.computeIfAbsent(kind.group() + " " + kind.kindName(), k -> new ArrayList<>(1)).add(kind);
      } else {
        names = byName.get(kind);
      }
      ofKind.add(o);
      String name = o.name();
      Object before = names.putIfAbsent(name, o);
      if (before != null) {
        repeatsName = true;
        if (before instanceof KubeObject first) {
          List<KubeObject> several = new ArrayList<>(2);
          several.add(first);
          several.add(o);
          names.put(name, several);
        } else {
          @SuppressWarnings("unchecked")
          List<KubeObject> several = (List<KubeObject>) before;
          several.add(o);
        }
      }
      scales |= o instanceof HorizontalPodAutoscaler || o instanceof PodDisruptionBudget;
      PodTemplates.Pods p = PodTemplates.of(o).orElse(null);
      if (p != null) {
        podsOf[i] = p;
        podsByLabel.add(p);
        Optional<LabelSelector> s = o instanceof Deployment d ? d.spec().selector()
            : o instanceof ReplicaSet r ? r.spec().selector()
            : o instanceof StatefulSet st ? st.spec().selector()
            : o instanceof DaemonSet ds ? ds.spec().selector() : Optional.empty();
        if (s.isPresent() && !Selectors.isEmpty(s.get()) && !p.isOwned()) {
          overlaps.add(o, s.get());
        }
      }
      if (o instanceof StatefulSet set) {
        for (Fields t : set.spec().volumeClaimTemplates()) {
          String claim = Untyped.string(Untyped.map(t.get("metadata")), "name");
          if (claim != null && !claim.isEmpty()) {
            claimTemplates.computeIfAbsent(claim + "-" + o.name(), k -> new ArrayList<>(1)).add(o);
          }
        }
      }
    }

    /** The pods of the bundle's {@code i}th object (as {@link PodTemplates#of}), or {@code null} when it runs none. */
    PodTemplates.Pods podsOf(int i) {
      return podsOf[i];
    }

    /**
     * The pods that may match a (non-empty) Service selector, in bundle order: those holding the pair of the
     * selector that the fewest pods hold, or getting its key from their controller. A superset of the pods
     * {@link Selectors#selects} accepts, for it to filter.
     */
    List<PodTemplates.Pods> candidates(Map<String, String> selector) {
      return podsByLabel.candidates(selector);
    }

    /** The pods of every object of the bundle, typed or not (StatefulSets, Jobs, ...), by label. */
    PodsByLabel<PodTemplates.Labelled> allPods() {
      if (allPods == null) {
        allPods = new PodsByLabel<>();
        for (KubeObject o : objects) {
          PodTemplates.labelled(o).ifPresent(allPods::add);
        }
      }
      return allPods;
    }

    /**
     * The pods a Service selector in namespace {@code ns} selects: those of that namespace, or when none
     * matches, those that may be applied into it (either side without namespace).
     */
    List<PodTemplates.Pods> selected(Map<String, String> selector, String ns) {
      List<PodTemplates.Pods> same = new ArrayList<>();
      List<PodTemplates.Pods> maybe = new ArrayList<>();
      for (PodTemplates.Pods p : candidates(selector)) {
        if (!Selectors.selects(selector, p)) {
          continue;
        }
        if (p.namespace().equals(ns)) {
          same.add(p);
        } else if (p.namespace().isEmpty() || ns.isEmpty()) {
          maybe.add(p);
        }
      }
      return same.isEmpty() ? maybe : same;
    }

    /**
     * Whether a Service selector selects the pods of a workload without a typed value (StatefulSet, DaemonSet,
     * Job, ReplicationController) in namespace {@code ns}, or one either side of which has no namespace.
     */
    boolean selectsUntypedPods(Map<String, String> selector, String ns) {
      for (PodTemplates.Labelled p : allPods().candidates(selector)) {
        if (!(p instanceof PodTemplates.Pods) && Selectors.selects(selector, p)
            && (p.namespace().equals(ns) || p.namespace().isEmpty() || ns.isEmpty())) {
          return true;
        }
      }
      return false;
    }

    /** Whether the bundle holds an object of this kind. */
    boolean has(Kind kind) {
      return byKind.containsKey(kind);
    }

    /** The kinds of the bundle's objects with this API group and kind name, in any version. */
    List<Kind> kinds(String group, String kindName) {
      return kindsByGroup.getOrDefault(group + " " + kindName, List.of());
    }

    /**
     * Whether a StatefulSet of the bundle that may be in namespace {@code ns} makes a claim of this name for one
     * of its pods: {@code <claim template>-<set>-<ordinal>}.
     */
    boolean isStatefulSetClaim(String ns, String claim) {
      int dash = claim.lastIndexOf('-');
      if (dash < 0 || dash == claim.length() - 1) {
        return false;
      }
      for (int i = dash + 1; i < claim.length(); i++) {
        if (claim.charAt(i) < '0' || claim.charAt(i) > '9') {
          return false;
        }
      }
      for (KubeObject set : claimTemplates.getOrDefault(claim.substring(0, dash), List.of())) {
        if (mayShareNamespace(namespace(set), ns)) {
          return true;
        }
      }
      return false;
    }

    /** The objects of {@code kind} in namespace {@code ns}, or when there are none, those that may be. */
    List<KubeObject> near(Kind kind, String ns) {
      List<KubeObject> same = new ArrayList<>();
      List<KubeObject> maybe = new ArrayList<>();
      for (KubeObject o : byKind.getOrDefault(kind, List.of())) {
        if (namespace(o).equals(ns)) {
          same.add(o);
        } else if (namespace(o).isEmpty() || ns.isEmpty()) {
          maybe.add(o);
        }
      }
      return same.isEmpty() ? maybe : same;
    }

    /** The objects of this kind and name, in any namespace, in bundle order. */
    @SuppressWarnings("unchecked")
    List<KubeObject> named(Kind kind, String name) {
      Map<String, Object> names = byName.get(kind);
      Object found = names == null ? null : names.get(name);
      return found == null ? List.of() : found instanceof KubeObject o ? List.of(o) : (List<KubeObject>) found;
    }

    /** The object of this kind and name a reference from namespace {@code ns} reaches: same namespace first. */
    Optional<KubeObject> find(Kind kind, String ns, String name) {
      Map<String, Object> names = byName.get(kind);
      Object found = names == null ? null : names.get(name);
      if (found instanceof KubeObject o) {
        return mayShareNamespace(namespace(o), ns) ? Optional.of(o) : Optional.empty();
      }
      KubeObject maybe = null;
      for (KubeObject o : named(kind, name)) {
        if (namespace(o).equals(ns)) {
          return Optional.of(o);
        }
        if (maybe == null && (namespace(o).isEmpty() || ns.isEmpty())) {
          maybe = o;
        }
      }
      return Optional.ofNullable(maybe);
    }

    /** Records that a reference from namespace {@code ns} ("" for none) to {@code kind} {@code name} found nothing. */
    void missing(Kind kind, String ns, String name) {
      missing.add(new Bundle.External(kind, ns.isEmpty() ? Optional.empty() : Optional.of(ns), name));
    }

    boolean isExternal(Kind kind, String ns, String name) {
      for (Bundle.External e : externals) {
        if (e.kind().equals(kind) && e.name().equals(name)
            && (e.namespace().isEmpty() || ns.isEmpty() || e.namespace().get().equals(ns))) {
          return true;
        }
      }
      return false;
    }
  }

  /** Pods by their labels, for a selector to read only the pods that may match it. */
  static final class PodsByLabel<P extends PodTemplates.Labelled> {
    final List<P> pods = new ArrayList<>();
    /** Each pod's position in {@link #pods}, to keep merged look-ups in bundle order; made when first needed. */
    private Map<P, Integer> order;
    /** Pods by label key, then value. */
    private final Map<String, Map<String, List<P>>> byLabel = new HashMap<>();
    /** Pods by the keys of labels a controller adds to them, which match any selector value. */
    private final Map<String, List<P>> byControllerLabel = new HashMap<>();

    void add(P p) {
      pods.add(p);
      order = null;
      p.labels().forEach((k, v) -> byLabel.computeIfAbsent(k, x -> new HashMap<>())
          .computeIfAbsent(v, x -> new ArrayList<>()).add(p));
      for (String k : p.controllerLabels()) {
        byControllerLabel.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
      }
    }

    /**
     * The pods that may match an equality selector, in bundle order: those holding the pair that the fewest
     * pods hold, or getting its key from their controller; every pod for an empty selector.
     */
    List<P> candidates(Map<String, String> selector) {
      Choice choice = new Choice();
      for (Map.Entry<String, String> e : selector.entrySet()) {
        choice.offer(e.getKey(), List.of(e.getValue()));
      }
      return choice.key == null ? pods : pods(choice.key, choice.values);
    }

    /**
     * The pods that may match a label selector, in bundle order: as for an equality selector, choosing among its
     * {@code matchLabels} pairs and {@code In} requirements; every pod when it has neither.
     */
    List<P> candidates(LabelSelector selector) {
      Choice choice = new Choice();
      selector.matchLabels().forEach((k, v) -> choice.offer(k, List.of(v)));
      for (LabelSelectorRequirement r : selector.matchExpressions()) {
        if (r.key().isPresent() && r.operator().filter("In"::equals).isPresent()) {
          choice.offer(r.key().get(), r.values());
        }
      }
      return choice.key == null ? pods : pods(choice.key, choice.values);
    }

    /** The pods in namespace {@code ns}, or when there are none, those that may be applied into it. */
    List<P> near(String ns) {
      List<P> same = new ArrayList<>();
      List<P> maybe = new ArrayList<>();
      for (P p : pods) {
        if (p.namespace().equals(ns)) {
          same.add(p);
        } else if (p.namespace().isEmpty() || ns.isEmpty()) {
          maybe.add(p);
        }
      }
      return same.isEmpty() ? maybe : same;
    }

    /** How many pods hold {@code key} with one of {@code values}, or get {@code key} from their controller. */
    private int count(String key, List<String> values) {
      Map<String, List<P>> byValue = byLabel.getOrDefault(key, Map.of());
      int n = byControllerLabel.getOrDefault(key, List.of()).size();
      for (String v : values) {
        n += byValue.getOrDefault(v, List.of()).size();
      }
      return n;
    }

    /** The pods {@link #count} counts, in bundle order. */
    private List<P> pods(String key, List<String> values) {
      Map<String, List<P>> byValue = byLabel.getOrDefault(key, Map.of());
      List<P> controlled = byControllerLabel.getOrDefault(key, List.of());
      if (values.size() == 1 && controlled.isEmpty()) {
        return byValue.getOrDefault(values.get(0), List.of());
      }
      List<P> merged = new ArrayList<>();
      Set<P> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (String v : values) {
        for (P p : byValue.getOrDefault(v, List.of())) {
          if (seen.add(p)) {
            merged.add(p);
          }
        }
      }
      for (P p : controlled) {
        if (seen.add(p)) {
          merged.add(p);
        }
      }
      if (order == null) {
        Map<P, Integer> at = new IdentityHashMap<>(pods.size() * 2);
        for (int i = 0; i < pods.size(); i++) {
          at.put(pods.get(i), i);
        }
        order = at;
      }
      Map<P, Integer> at = order;
      merged.sort(Comparator.comparing(at::get));
      return merged;
    }

    /** The requirement that the fewest pods may meet, among those offered (the first of equals). */
    private final class Choice {
      String key;
      List<String> values;
      int size = Integer.MAX_VALUE;

      void offer(String k, List<String> vs) {
        int n = count(k, vs);
        if (n < size) {
          key = k;
          values = vs;
          size = n;
        }
      }
    }
  }
}
