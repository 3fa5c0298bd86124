package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.BundleValidation.hint;
import static io.kubeprint.core.validation.BundleValidation.namespace;

import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks across objects for references into other kinds: a pod's ServiceAccount and
 * claims (typed), and those into the kinds kubeprint does not type: an Ingress's backends, a HorizontalPodAutoscaler's target, a PodDisruptionBudget's pods, an RBAC
 * binding's role and ServiceAccounts. Each runs only when the bundle holds at least one object of the kind
 * referred to, so that nothing fires for input that keeps, say, its ServiceAccounts elsewhere. Namespaces
 * as {@link BundleValidation} describes them.
 */
final class BundleReferences {

  /**
   * A pod's {@code serviceAccountName} (or the deprecated {@code serviceAccount}) names a ServiceAccount of the
   * bundle in its namespace; {@code default}, which the cluster makes in every namespace, always does.
   */
  static final Rule SERVICE_ACCOUNT_NOT_FOUND = Rule.of("service-account-not-found", "kubeprint",
      "a pod's ServiceAccount is in the bundle, when the bundle has ServiceAccounts");

  /**
   * A {@code persistentVolumeClaim.claimName} names a PersistentVolumeClaim of the bundle in the pod's namespace,
   * or a claim a StatefulSet of the bundle makes for its pods ({@code <template>-<set>-<ordinal>}).
   */
  static final Rule CLAIM_NOT_FOUND = Rule.of("claim-not-found", "kubeprint",
      "a claimed volume's PersistentVolumeClaim is in the bundle, when the bundle has PersistentVolumeClaims");

  /**
   * An Ingress backend's {@code service.name} names a Service of the bundle in the Ingress's namespace (checked
   * by {@link NetworkingReferences}).
   */
  static final Rule INGRESS_BACKEND_NOT_FOUND = Rule.of("ingress-backend-not-found", "kubeprint",
      "an Ingress backend's Service is in the bundle, when the bundle has Services");

  /** An Ingress backend's {@code service.port} is a port of that Service, by {@code name} or {@code number}. */
  static final Rule INGRESS_BACKEND_PORT_NOT_FOUND = Rule.of("ingress-backend-port-not-found", "kubeprint",
      "an Ingress backend's port is a port of its Service, by name or number");

  /** A HorizontalPodAutoscaler's {@code scaleTargetRef} names a workload of the bundle in its namespace. */
  static final Rule SCALE_TARGET_NOT_FOUND = Rule.of("scale-target-not-found", "kubeprint",
      "a HorizontalPodAutoscaler's scale target is in the bundle, when the bundle has objects of its kind");

  /** A PodDisruptionBudget's {@code spec.selector} selects the pods of some workload of the bundle in its namespace. */
  static final Rule PDB_SELECTS_NO_PODS = Rule.of("pdb-selects-no-pods", "kubeprint",
      "a PodDisruptionBudget's selector selects the pods of some workload, when the bundle has pods");

  /**
   * A RoleBinding's {@code roleRef} names a Role of its namespace or a ClusterRole, a ClusterRoleBinding's a
   * ClusterRole, of the bundle; the built-in ClusterRoles ({@code cluster-admin}, {@code admin}, {@code edit},
   * {@code view}, {@code system:*}) always resolve.
   */
  static final Rule ROLE_REF_NOT_FOUND = Rule.of("role-ref-not-found", "kubeprint",
      "a binding's Role or ClusterRole is in the bundle or built in, when the bundle has objects of that kind");

  /** A binding's subject of kind ServiceAccount names a ServiceAccount of the bundle in the subject's namespace. */
  static final Rule SUBJECT_NOT_FOUND = Rule.of("subject-not-found", "kubeprint",
      "a binding's ServiceAccount subject is in the bundle, when the bundle has ServiceAccounts");

  static final Kind SERVICE_ACCOUNT = Kind.SERVICE_ACCOUNT;
  static final Kind PERSISTENT_VOLUME_CLAIM = Kind.PERSISTENT_VOLUME_CLAIM;
  static final Kind ROLE = Kind.of("rbac.authorization.k8s.io/v1", "Role");
  static final Kind CLUSTER_ROLE = Kind.of("rbac.authorization.k8s.io/v1", "ClusterRole");
  static final Kind ROLE_BINDING = Kind.of("rbac.authorization.k8s.io/v1", "RoleBinding");
  static final Kind CLUSTER_ROLE_BINDING = Kind.of("rbac.authorization.k8s.io/v1", "ClusterRoleBinding");
  private static final String AUTOSCALING = "autoscaling";
  private static final String HPA = "HorizontalPodAutoscaler";

  /** The ServiceAccount the cluster makes in every namespace. */
  private static final String DEFAULT_SERVICE_ACCOUNT = "default";
  /** The user-facing ClusterRoles every cluster has (besides the {@code system:} ones). */
  private static final List<String> BUILT_IN_CLUSTER_ROLES = List.of("cluster-admin", "admin", "edit", "view");

  private BundleReferences() {}

  /** The references of a typed object's pods. */
  static void pods(PodTemplates.Pods p, BundleValidation.Index index, Violations v) {
    PodSpec spec = p.spec();
    runsAs(spec.serviceAccountName().orElse(null), Untyped.string(spec.extra(), "serviceAccount"), p.specPath(),
        p.namespace(), index, v);
    List<Volume> volumes = spec.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      Optional<String> claim = volumes.get(i).persistentVolumeClaim().flatMap(c -> c.claimName());
      if (claim.isPresent()) {
        claim(claim.get(), p.specPath().child("volumes").index(i).child("persistentVolumeClaim", "claimName"),
            p.namespace(), index, v);
      }
    }
  }

  /** The references of an object kubeprint does not type: its pods, backends, target, selector or role. */
  static void object(GenericObject o, BundleValidation.Index index, Violations v) {
    Optional<PodTemplates.UntypedPods> pods = PodTemplates.untyped(o);
    if (pods.isPresent()) {
      untypedPods(pods.get(), index, v);
      return;
    }
    Kind kind = o.kind();
    Map<String, Object> spec = Untyped.map(o.extra(), "spec");
    if (kind.group().equals(AUTOSCALING) && kind.kindName().equals(HPA)) {
      Map<String, Object> ref = Untyped.map(spec, "scaleTargetRef");
      String kindName = Untyped.string(ref, "kind");
      if (kindName != null && !kindName.isEmpty()) {
        ScalingChecks.notScalable(Untyped.string(ref, "apiVersion"), kindName, v);
      }
      scaleTarget(kindName, Untyped.string(ref, "name"), Untyped.string(ref, "apiVersion"), namespace(o), index, v);
    } else if (kind.equals(ROLE_BINDING) || kind.equals(CLUSTER_ROLE_BINDING)) {
      binding(o, index, v);
    }
  }

  // ---- pods ----

  private static void untypedPods(PodTemplates.UntypedPods p, BundleValidation.Index index, Violations v) {
    Map<String, Object> spec = p.spec();
    runsAs(Untyped.string(spec, "serviceAccountName"), Untyped.string(spec, "serviceAccount"), p.specPath(),
        p.namespace(), index, v);
    List<Object> volumes = Untyped.list(spec, "volumes");
    for (int i = 0; volumes != null && i < volumes.size(); i++) {
      String claim = Untyped.string(Untyped.map(volumes.get(i), "persistentVolumeClaim"), "claimName");
      if (claim != null) {
        claim(claim, p.specPath().child("volumes").index(i).child("persistentVolumeClaim", "claimName"),
            p.namespace(), index, v);
      }
    }
  }

  /**
   * The ServiceAccount of a pod spec at {@code specPath}: {@code serviceAccountName}, else the deprecated
   * {@code serviceAccount} it stands for (the API server copies one to the other), checked where it is written.
   */
  private static void runsAs(String named, String deprecated, FieldPath specPath, String ns,
      BundleValidation.Index index, Violations v) {
    if (named != null && !named.isEmpty()) {
      serviceAccount(named, specPath.child("serviceAccountName"), ns, index, v);
    } else {
      serviceAccount(deprecated, specPath.child("serviceAccount"), ns, index, v);
    }
  }

  private static void serviceAccount(String name, FieldPath at, String ns, BundleValidation.Index index,
      Violations v) {
    if (name == null || name.isEmpty() || name.equals(DEFAULT_SERVICE_ACCOUNT) || !index.has(SERVICE_ACCOUNT)) {
      return;
    }
    if (index.find(SERVICE_ACCOUNT, ns, name).isEmpty() && !index.isExternal(SERVICE_ACCOUNT, ns, name)) {
      index.missing(SERVICE_ACCOUNT, ns, name);
      v.add(SERVICE_ACCOUNT_NOT_FOUND, at, notFound(SERVICE_ACCOUNT, ns, name, index));
    }
  }

  private static void claim(String name, FieldPath at, String ns, BundleValidation.Index index, Violations v) {
    if (name.isEmpty() || !index.has(PERSISTENT_VOLUME_CLAIM)) {
      return;
    }
    if (index.find(PERSISTENT_VOLUME_CLAIM, ns, name).isEmpty() && !index.isStatefulSetClaim(ns, name)
        && !index.isExternal(PERSISTENT_VOLUME_CLAIM, ns, name)) {
      index.missing(PERSISTENT_VOLUME_CLAIM, ns, name);
      v.add(CLAIM_NOT_FOUND, at, notFound(PERSISTENT_VOLUME_CLAIM, ns, name, index));
    }
  }

  // ---- HorizontalPodAutoscaler ----

  /**
   * {@code scaleTargetRef}: the target's kind is looked up by API group and kind name, as the autoscaler's REST
   * mapping does, an absent {@code apiVersion} meaning the core group.
   */
  static void scaleTarget(String kindName, String name, String apiVersion, String ns, BundleValidation.Index index,
      Violations v) {
    if (kindName == null || name == null || name.isEmpty()) {
      return;
    }
    String group = apiVersion == null || apiVersion.lastIndexOf('/') < 0 ? ""
        : apiVersion.substring(0, apiVersion.lastIndexOf('/'));
    List<Kind> kinds = index.kinds(group, kindName);
    if (kinds.isEmpty()) {
      return;
    }
    for (Kind k : kinds) {
      if (index.find(k, ns, name).isPresent() || index.isExternal(k, ns, name)) {
        return;
      }
    }
    index.missing(kinds.get(0), ns, name);
    v.add(SCALE_TARGET_NOT_FOUND, FieldPath.of("spec", "scaleTargetRef", "name"), notFound(kinds.get(0), ns, name,
        index));
  }

  // ---- PodDisruptionBudget ----

  /**
   * {@link #PDB_SELECTS_NO_PODS} for {@code selector} in namespace {@code ns}; returns the pods it selects (those of
   * its namespace, or when none, those that may be applied into it), empty when it was not judged.
   */
  static List<PodTemplates.Labelled> disruptionBudget(LabelSelector selector, String ns,
      BundleValidation.Index index, Violations v) {
    if (!MetaValidation.isConvertible(selector)) {
      return List.of();
    }
    BundleValidation.PodsByLabel<PodTemplates.Labelled> pods = index.allPods();
    if (pods.pods.isEmpty()) {
      return List.of();
    }
    List<PodTemplates.Labelled> candidates = pods.candidates(selector);
    List<PodTemplates.Labelled> same = new ArrayList<>();
    List<PodTemplates.Labelled> maybe = new ArrayList<>();
    for (PodTemplates.Labelled p : candidates) {
      if (BundleValidation.mayShareNamespace(p.namespace(), ns) && Selectors.selects(selector, p.labels(),
          p.controllerLabels())) {
        (p.namespace().equals(ns) ? same : maybe).add(p);
      }
    }
    if (!same.isEmpty() || !maybe.isEmpty()) {
      return same.isEmpty() ? maybe : same;
    }
    String was = Selectors.format(selector);
    v.add(PDB_SELECTS_NO_PODS, FieldPath.of("spec", "selector"), "must select the pods of a workload in the bundle"
        + " (was " + (was.isEmpty() ? "{}" : was) + ")" + BundleValidation.nearestPods(pods, candidates,
            p -> Selectors.selects(selector, p.labels(), p.controllerLabels()), selector.matchLabels(), ns));
    return List.of();
  }

  // ---- RBAC ----

  private static void binding(GenericObject o, BundleValidation.Index index, Violations v) {
    String ns = namespace(o);
    Map<String, Object> ref = Untyped.map(o.extra(), "roleRef");
    String kind = Untyped.string(ref, "kind");
    String name = Untyped.string(ref, "name");
    FieldPath at = FieldPath.of("roleRef", "name");
    if (name != null && !name.isEmpty()) {
      if ("ClusterRole".equals(kind) && index.has(CLUSTER_ROLE) && !isBuiltIn(name)
          && index.named(CLUSTER_ROLE, name).isEmpty() && !index.isExternal(CLUSTER_ROLE, "", name)) {
        // ClusterRoles have no namespace: every one of the bundle is a candidate.
        index.missing(CLUSTER_ROLE, "", name);
        v.add(ROLE_REF_NOT_FOUND, at, "must name a ClusterRole in the bundle or a built-in one (was \"" + name
            + "\")" + hint(CLUSTER_ROLE, "", name, index, BUILT_IN_CLUSTER_ROLES));
      } else if ("Role".equals(kind) && o.kind().equals(ROLE_BINDING) && index.has(ROLE)
          && index.find(ROLE, ns, name).isEmpty() && !index.isExternal(ROLE, ns, name)) {
        index.missing(ROLE, ns, name);
        v.add(ROLE_REF_NOT_FOUND, at, notFound(ROLE, ns, name, index));
      }
    }
    List<Object> subjects = Untyped.list(o.extra(), "subjects");
    for (int i = 0; subjects != null && i < subjects.size(); i++) {
      Object s = subjects.get(i);
      String subject = Untyped.string(s, "name");
      if (!"ServiceAccount".equals(Untyped.string(s, "kind")) || subject == null || subject.isEmpty()
          || subject.equals(DEFAULT_SERVICE_ACCOUNT) || !index.has(SERVICE_ACCOUNT)) {
        continue;
      }
      String subjectNs = Untyped.string(s, "namespace");
      String in = subjectNs == null || subjectNs.isEmpty() ? ns : subjectNs;
      if (index.find(SERVICE_ACCOUNT, in, subject).isEmpty() && !index.isExternal(SERVICE_ACCOUNT, in, subject)) {
        index.missing(SERVICE_ACCOUNT, in, subject);
        v.add(SUBJECT_NOT_FOUND, FieldPath.of("subjects").index(i).child("name"),
            notFound(SERVICE_ACCOUNT, in, subject, index));
      }
    }
  }

  private static boolean isBuiltIn(String clusterRole) {
    return BUILT_IN_CLUSTER_ROLES.contains(clusterRole) || clusterRole.startsWith("system:");
  }

  /** {@code must name a <Kind> in the bundle (was "<name>")} and what may help. */
  private static String notFound(Kind kind, String ns, String name, BundleValidation.Index index) {
    return "must name a " + kind.kindName() + " in the bundle (was \"" + name + "\")" + hint(kind, ns, name, index,
        List.of());
  }
}
