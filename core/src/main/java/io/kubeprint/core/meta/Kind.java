package io.kubeprint.core.meta;

import java.util.Objects;
import java.util.Optional;

/**
 * An object's type, as its {@code apiVersion} and {@code kind} name it: {@code apps/v1 Deployment},
 * {@code networking.k8s.io/v1 Ingress}, {@code stable.example.com/v1 CronTab}. Any pair is a kind; what
 * kubeprint knows of the built-in ones (scope, whether a 1.32 API server serves them, what replaced a
 * removed API version) is in {@link KindTable}.
 *
 * <p>The kinds kubeprint models as typed values have constants ({@link #POD}, {@link #DEPLOYMENT}, ...).
 * Kinds compare in apply order: Helm's install order of kind names (Namespaces first, then the policies,
 * ServiceAccounts, Secrets and ConfigMaps, storage, RBAC, Services before the workloads that use them,
 * Ingresses and webhooks last), then kinds Helm does not order, by kind name; among equal kind names, by
 * {@code apiVersion}. Renderers write objects in this order. Equal when both strings are equal.
 */
public final class Kind implements Comparable<Kind> {
  public static final Kind NAMESPACE = new Kind("v1", "Namespace");
  public static final Kind SECRET = new Kind("v1", "Secret");
  public static final Kind CONFIG_MAP = new Kind("v1", "ConfigMap");
  public static final Kind SERVICE = new Kind("v1", "Service");
  public static final Kind POD = new Kind("v1", "Pod");
  public static final Kind REPLICA_SET = new Kind("apps/v1", "ReplicaSet");
  public static final Kind DEPLOYMENT = new Kind("apps/v1", "Deployment");
  public static final Kind CRON_JOB = new Kind("batch/v1", "CronJob");
  public static final Kind JOB = new Kind("batch/v1", "Job");
  public static final Kind STATEFUL_SET = new Kind("apps/v1", "StatefulSet");
  public static final Kind DAEMON_SET = new Kind("apps/v1", "DaemonSet");
  public static final Kind POD_TEMPLATE = new Kind("v1", "PodTemplate");
  public static final Kind SERVICE_ACCOUNT = new Kind("v1", "ServiceAccount");
  public static final Kind PERSISTENT_VOLUME_CLAIM = new Kind("v1", "PersistentVolumeClaim");
  public static final Kind INGRESS = new Kind("networking.k8s.io/v1", "Ingress");
  public static final Kind NETWORK_POLICY = new Kind("networking.k8s.io/v1", "NetworkPolicy");
  /** {@code autoscaling/v2 HorizontalPodAutoscaler}; an {@code autoscaling/v1} one stays a {@link GenericObject}. */
  public static final Kind HORIZONTAL_POD_AUTOSCALER = new Kind("autoscaling/v2", "HorizontalPodAutoscaler");
  public static final Kind POD_DISRUPTION_BUDGET = new Kind("policy/v1", "PodDisruptionBudget");

  private static final Kind[] TYPED = {
      NAMESPACE, SECRET, CONFIG_MAP, SERVICE, POD, REPLICA_SET, DEPLOYMENT, CRON_JOB, POD_TEMPLATE,
      JOB, STATEFUL_SET, DAEMON_SET, SERVICE_ACCOUNT, PERSISTENT_VOLUME_CLAIM, INGRESS, NETWORK_POLICY,
      HORIZONTAL_POD_AUTOSCALER, POD_DISRUPTION_BUDGET};

  private final String apiVersion;
  private final String kindName;
  private final String group;
  private final String version;
  /** Position in apply order: Helm's index, or past every Helm kind. */
  private final int rank;

  private Kind(String apiVersion, String kindName) {
    this.apiVersion = apiVersion;
    this.kindName = kindName;
    int slash = apiVersion.lastIndexOf('/');
    this.group = slash < 0 ? "" : apiVersion.substring(0, slash);
    this.version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    this.rank = InstallOrder.rank(kindName);
  }

  /**
   * The kind with this {@code apiVersion} and {@code kind}: one of the constants for the typed kinds,
   * else a new value. Example: {@code Kind.of("networking.k8s.io/v1", "Ingress")}.
   *
   * @throws IllegalArgumentException when either is empty
   */
  public static Kind of(String apiVersion, String kind) {
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    Objects.requireNonNull(kind, "kind == null");
    for (Kind k : TYPED) {
      if (k.kindName.equals(kind) && k.apiVersion.equals(apiVersion)) {
        return k;
      }
    }
    if (apiVersion.isEmpty()) {
      throw new IllegalArgumentException("apiVersion must not be empty (kind " + kind + ")");
    }
    if (kind.isEmpty()) {
      throw new IllegalArgumentException("kind must not be empty (apiVersion " + apiVersion + ")");
    }
    return new Kind(apiVersion, kind);
  }

  /** The {@code apiVersion} string, e.g. {@code apps/v1}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** The {@code kind} string, e.g. {@code Deployment}. */
  public String kindName() {
    return kindName;
  }

  /** The API group, e.g. {@code apps}; empty for the core group ({@code v1}). */
  public String group() {
    return group;
  }

  /** The version within the group, e.g. {@code v1}, {@code v2beta2}. */
  public String version() {
    return version;
  }

  /** Whether kubeprint models this kind as a typed value (Pod, Deployment, Service, ...). */
  public boolean isTyped() {
    for (Kind k : TYPED) {
      if (k == this) {
        return true;
      }
    }
    return false;
  }

  /** What the Kubernetes 1.32 API knows of this kind and version, when it is a built-in one. */
  public Optional<KindTable.Entry> builtIn() {
    return KindTable.get(this);
  }

  /**
   * Whether objects of this kind live in a namespace: from {@link KindTable} for built-in kinds; custom
   * resources are taken as namespaced (most are) unless their CustomResourceDefinition says otherwise.
   */
  public boolean namespaced() {
    return KindTable.get(this).map(KindTable.Entry::namespaced)
        .orElseGet(() -> KindTable.scopeByGroupAndKind(group, kindName).orElse(true));
  }

  /**
   * Whether this kind runs pods from a pod template (ReplicaSet, Deployment, CronJob, PodTemplate, Job,
   * StatefulSet, DaemonSet) or is a Pod.
   */
  public boolean hasPods() {
    return this == POD || this == REPLICA_SET || this == DEPLOYMENT || this == CRON_JOB || this == POD_TEMPLATE
        || this == JOB || this == STATEFUL_SET || this == DAEMON_SET;
  }

  /** Apply order: Helm's install order of kind names, then other kinds by name, then {@code apiVersion}. */
  @Override
  public int compareTo(Kind o) {
    if (this == o) {
      return 0;
    }
    int c = Integer.compare(rank, o.rank);
    if (c == 0) {
      c = kindName.compareTo(o.kindName);
    }
    return c != 0 ? c : apiVersion.compareTo(o.apiVersion);
  }

  /** The position of this kind in Helm's install order, or a number past all of them for kinds Helm does not order. */
  public int applyRank() {
    return rank;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Kind k && k.kindName.equals(kindName) && k.apiVersion.equals(apiVersion);
  }

  @Override
  public int hashCode() {
    return apiVersion.hashCode() * 31 + kindName.hashCode();
  }

  /** {@code apiVersion kind}, e.g. {@code apps/v1 Deployment}. */
  @Override
  public String toString() {
    return apiVersion + " " + kindName;
  }
}
