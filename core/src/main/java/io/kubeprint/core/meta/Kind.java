package io.kubeprint.core.meta;

/**
 * The kinds kubeprint models, each with its {@code apiVersion} and {@code kind} strings, declared in the
 * order Helm installs kinds (Namespaces first, then Secrets and ConfigMaps before the Services and workloads that use them);
 * kinds Helm does not order come last. Renderers write objects in this order.
 */
public enum Kind {
  NAMESPACE("v1", "Namespace"),
  SECRET("v1", "Secret"),
  CONFIG_MAP("v1", "ConfigMap"),
  SERVICE("v1", "Service"),
  POD("v1", "Pod"),
  REPLICA_SET("apps/v1", "ReplicaSet"),
  DEPLOYMENT("apps/v1", "Deployment"),
  CRON_JOB("batch/v1", "CronJob"),
  POD_TEMPLATE("v1", "PodTemplate");

  private final String apiVersion;
  private final String kindName;

  Kind(String apiVersion, String kindName) {
    this.apiVersion = apiVersion;
    this.kindName = kindName;
  }

  /** The {@code apiVersion} string, e.g. {@code apps/v1}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** The {@code kind} string, e.g. {@code Deployment}. */
  public String kindName() {
    return kindName;
  }

  /** The kind with this {@code apiVersion} and {@code kind}, or {@code null}. */
  public static Kind of(String apiVersion, String kind) {
    for (Kind k : values()) {
      if (k.apiVersion.equals(apiVersion) && k.kindName.equals(kind)) {
        return k;
      }
    }
    return null;
  }

  /** Whether this kind runs pods from a pod template (ReplicaSet, Deployment, CronJob, PodTemplate) or is a Pod. */
  public boolean hasPods() {
    return this == POD || this == REPLICA_SET || this == DEPLOYMENT || this == CRON_JOB || this == POD_TEMPLATE;
  }
}
