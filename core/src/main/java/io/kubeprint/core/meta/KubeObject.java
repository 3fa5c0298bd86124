package io.kubeprint.core.meta;

/**
 * A top-level Kubernetes object: one of the typed kinds (Pod, PodTemplate, ReplicaSet, Deployment,
 * StatefulSet, DaemonSet, Job, Service, ConfigMap, Secret, CronJob, Namespace, ServiceAccount, PersistentVolumeClaim,
 * Ingress, NetworkPolicy, HorizontalPodAutoscaler, PodDisruptionBudget) or a {@link GenericObject} of any other kind.
 */
public interface KubeObject {

  /** The kind, which fixes {@code apiVersion} and {@code kind}. */
  Kind kind();

  /**
   * Calls the method of {@code visitor} for this object's type ({@code visitor.pod(this)} for a Pod, ...): a
   * dispatch over every kind of object that the compiler checks is complete.
   */
  <R> R accept(KubeObjectVisitor<R> visitor);

  /** {@code metadata}. */
  ObjectMeta metadata();

  /** Top-level Kubernetes fields kept verbatim (e.g. {@code status}). */
  Fields extra();

  /** {@code apiVersion}, e.g. {@code apps/v1}. */
  default String apiVersion() {
    return kind().apiVersion();
  }

  /** {@code metadata.name}, or the empty string when unnamed. */
  default String name() {
    return metadata().name().orElse("");
  }

  /** {@code Kind/name}, as messages name objects, e.g. {@code Deployment/web}. */
  default String displayName() {
    return kind().kindName() + "/" + name();
  }
}
