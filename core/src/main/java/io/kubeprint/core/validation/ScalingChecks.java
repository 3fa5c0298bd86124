package io.kubeprint.core.validation;

import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KindTable;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks across objects for autoscalers and disruption budgets (typed {@code autoscaling/v2}
 * HorizontalPodAutoscalers, {@code policy/v1} PodDisruptionBudgets): a target that exists and can be scaled, a
 * scaled workload that leaves {@code replicas} to the autoscaler, a budget that selects pods and can let one go.
 * The target and selector lookups are {@link BundleReferences}'; namespaces as {@link BundleValidation} describes
 * them.
 */
final class ScalingChecks {

  /**
   * A HorizontalPodAutoscaler's {@code scaleTargetRef} names a kind with a {@code scale} subresource: Deployment,
   * ReplicaSet, StatefulSet, ReplicationController, or a custom resource (whose definition may declare one). A
   * CronJob, Job, Pod, DaemonSet or any other built-in kind cannot be scaled: the autoscaler only reports
   * {@code FailedGetScale} (kube-linter's {@code dangling-hpa} looks for the same mistake).
   */
  static final Rule SCALE_TARGET_NOT_SCALABLE = Rule.of("scale-target-not-scalable", "kubeprint",
      "a HorizontalPodAutoscaler's scale target is a Deployment, ReplicaSet, StatefulSet, ReplicationController or custom resource");

  /**
   * A workload that a HorizontalPodAutoscaler of the bundle scales sets no {@code spec.replicas}: each apply would
   * reset the count the autoscaler chose (a warning).
   */
  static final Rule AUTOSCALED_REPLICAS = Rule.of("autoscaled-replicas", "kubeprint",
      "a workload that a HorizontalPodAutoscaler scales leaves `spec.replicas` unset (a warning)");

  /**
   * A PodDisruptionBudget can let at least one pod go: not {@code maxUnavailable} 0 (or 0%), not
   * {@code minAvailable} 100%, and not a {@code minAvailable} number at least as large as the pods it selects
   * (their {@code replicas}, 1 when absent, or their autoscaler's {@code maxReplicas}). Such a budget blocks every
   * node drain (a warning).
   */
  static final Rule PDB_BLOCKS_DISRUPTION = Rule.of("pdb-blocks-disruption", "kubeprint",
      "a PodDisruptionBudget allows at least one disruption: maxUnavailable above 0, minAvailable below the pods it selects (a warning)");

  /** The built-in kinds with a {@code scale} subresource, by API group and kind name. */
  private static final Set<String> SCALABLE = Set.of("apps Deployment", "apps ReplicaSet", "apps StatefulSet",
      " ReplicationController", "extensions Deployment", "extensions ReplicaSet");
  private static final Set<String> SCALABLE_KINDS = Set.of("Deployment", "ReplicaSet", "StatefulSet",
      "ReplicationController");

  private ScalingChecks() {}

  /** Checks every autoscaler and budget of the bundle, adding to {@code out}. */
  static void check(List<KubeObject> objects, BundleValidation.Index index, List<Violation> out) {
    if (!index.scales) {
      return; // no autoscaler and no budget: nothing to check, and no need to read every object twice
    }
    Map<KubeObject, HorizontalPodAutoscaler> scaledBy = new IdentityHashMap<>();
    for (KubeObject o : objects) {
      if (o instanceof HorizontalPodAutoscaler h) {
        Violations v = new Violations(o);
        autoscaler(h, index, scaledBy, v);
        out.addAll(v.list());
      }
    }
    for (Map.Entry<KubeObject, HorizontalPodAutoscaler> e : scaledBy.entrySet()) {
      // 0 replicas turns the autoscaler off on purpose (a blue-green release's idle colour): no fight
      replicas(e.getKey()).filter(n -> n != 0).ifPresent(n -> {
        Violations v = new Violations(e.getKey());
        v.add(AUTOSCALED_REPLICAS, FieldPath.of("spec", "replicas"), "should be unset: "
            + e.getValue().displayName() + " scales this workload and each apply would reset it (was " + n + ")",
            Severity.WARNING);
        out.addAll(v.list());
      });
    }
    for (KubeObject o : objects) {
      if (o instanceof PodDisruptionBudget p) {
        Violations v = new Violations(o);
        disruptionBudget(p, index, scaledBy, v);
        out.addAll(v.list());
      }
    }
  }

  private static void autoscaler(HorizontalPodAutoscaler h, BundleValidation.Index index,
      Map<KubeObject, HorizontalPodAutoscaler> scaledBy, Violations v) {
    Optional<CrossVersionObjectReference> ref = h.spec().scaleTargetRef();
    String kind = ref.flatMap(CrossVersionObjectReference::kind).orElse("");
    String name = ref.flatMap(CrossVersionObjectReference::name).orElse("");
    if (kind.isEmpty() || name.isEmpty()) {
      return;
    }
    String apiVersion = ref.flatMap(CrossVersionObjectReference::apiVersion).orElse(null);
    notScalable(apiVersion, kind, v);
    String ns = BundleValidation.namespace(h);
    BundleReferences.scaleTarget(kind, name, apiVersion, ns, index, v);
    String group = group(apiVersion);
    for (Kind k : index.kinds(group, kind)) {
      index.find(k, ns, name).ifPresent(target -> scaledBy.putIfAbsent(target, h));
    }
  }

  /** {@link #SCALE_TARGET_NOT_SCALABLE} for any autoscaler, typed or not. */
  static void notScalable(String apiVersion, String kind, Violations v) {
    String group = group(apiVersion);
    if (SCALABLE.contains(group + " " + kind)) {
      return;
    }
    // Without an apiVersion the group is unknown here: only a kind that no group can scale is reported.
    boolean builtIn = apiVersion != null && !apiVersion.isEmpty()
        ? KindTable.classify(Kind.of(apiVersion, kind)) != KindTable.Treatment.CUSTOM
        : !SCALABLE_KINDS.contains(kind) && !KindTable.servedVersions(kind).isEmpty();
    if (builtIn) {
      v.add(SCALE_TARGET_NOT_SCALABLE, FieldPath.of("spec", "scaleTargetRef", "kind"), "must be a kind with a scale"
          + " subresource: Deployment, ReplicaSet, StatefulSet, ReplicationController or a custom resource (was "
          + (apiVersion == null ? "" : apiVersion + " ") + kind + ")");
    }
  }

  private static String group(String apiVersion) {
    return apiVersion == null || apiVersion.lastIndexOf('/') < 0 ? "" : apiVersion.substring(0, apiVersion.lastIndexOf('/'));
  }

  /** The {@code spec.replicas} a workload sets, when it sets one. */
  private static Optional<Long> replicas(KubeObject o) {
    if (o instanceof Deployment d) {
      return d.spec().replicas().map(Integer::longValue);
    }
    if (o instanceof ReplicaSet r) {
      return r.spec().replicas().map(Integer::longValue);
    }
    if (o instanceof StatefulSet s) {
      return s.spec().replicas().map(Integer::longValue);
    }
    if (o instanceof GenericObject g) {
      return Optional.ofNullable(Untyped.integer(Untyped.map(g.extra(), "spec"), "replicas"));
    }
    return Optional.empty();
  }

  private static void disruptionBudget(PodDisruptionBudget p, BundleValidation.Index index,
      Map<KubeObject, HorizontalPodAutoscaler> scaledBy, Violations v) {
    String ns = BundleValidation.namespace(p);
    Optional<LabelSelector> selector = p.spec().selector();
    if (selector.isEmpty()) {
      if (!index.allPods().pods.isEmpty()) {
        v.add(BundleReferences.PDB_SELECTS_NO_PODS, FieldPath.of("spec", "selector"),
            "must be set: a PodDisruptionBudget without a selector selects no pods");
      }
      return;
    }
    List<PodTemplates.Labelled> selected = BundleReferences.disruptionBudget(selector.get(), ns, index, v);
    blocks(p, selected, scaledBy, v);
  }

  /** {@link #PDB_BLOCKS_DISRUPTION}. */
  private static void blocks(PodDisruptionBudget p, List<PodTemplates.Labelled> selected,
      Map<KubeObject, HorizontalPodAutoscaler> scaledBy, Violations v) {
    Optional<IntOrString> maxUnavailable = p.spec().maxUnavailable();
    Optional<IntOrString> minAvailable = p.spec().minAvailable();
    if (maxUnavailable.isPresent() && minAvailable.isEmpty()) {
      IntOrString m = maxUnavailable.get();
      if (m.isInt() ? m.intValue() == 0 : m.strValue().equals("0%")) {
        v.add(PDB_BLOCKS_DISRUPTION, FieldPath.of("spec", "maxUnavailable"), "should be above 0: no pod may ever be"
            + " evicted, so every node drain blocks (was " + m + ")", Severity.WARNING);
      }
      return;
    }
    if (minAvailable.isEmpty() || maxUnavailable.isPresent()) {
      return;
    }
    IntOrString m = minAvailable.get();
    if (!m.isInt()) {
      if (m.strValue().equals("100%")) {
        v.add(PDB_BLOCKS_DISRUPTION, FieldPath.of("spec", "minAvailable"), "should be below 100%: no pod may ever be"
            + " evicted, so every node drain blocks (was \"100%\")", Severity.WARNING);
      }
      return;
    }
    if (selected.isEmpty()) {
      return;
    }
    long total = 0;
    List<String> counted = new ArrayList<>();
    for (PodTemplates.Labelled l : selected) {
      KubeObject owner = l.owner();
      long n;
      HorizontalPodAutoscaler hpa = scaledBy.get(owner);
      if (hpa != null) {
        n = hpa.spec().maxReplicas().orElse(0);
        counted.add(owner.displayName() + " up to " + n + " (" + hpa.displayName() + ")");
      } else if (owner instanceof Pod) {
        n = 1;
        counted.add(owner.displayName() + " 1");
      } else if (owner instanceof Deployment || owner instanceof ReplicaSet
          || owner instanceof StatefulSet) {
        n = replicas(owner).orElse(1L);
        counted.add(owner.displayName() + " " + n);
      } else {
        return; // a Job, CronJob, DaemonSet...: how many pods it runs is not known here
      }
      total += n;
    }
    if (m.intValue() >= total) {
      v.add(PDB_BLOCKS_DISRUPTION, FieldPath.of("spec", "minAvailable"), "should be below the " + total
          + (total == 1 ? " pod" : " pods") + " it selects: no pod may ever be evicted, so every node drain blocks (was " + m.intValue() + "; "
          + String.join(", ", counted) + ")", Severity.WARNING);
    }
  }
}
