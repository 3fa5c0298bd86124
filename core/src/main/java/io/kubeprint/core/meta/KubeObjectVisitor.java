package io.kubeprint.core.meta;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;

/**
 * One method per type of {@link KubeObject}, called by {@link KubeObject#accept}: the typed kinds, and
 * {@link GenericObject} for every other kind. Code that treats each kind in its own way (validation, mapping,
 * import) implements it, so that a new typed kind is a compile error wherever it is not handled yet.
 *
 * @param <R> what each method returns
 */
public interface KubeObjectVisitor<R> {
  R pod(Pod o);

  R podTemplate(PodTemplate o);

  R replicaSet(ReplicaSet o);

  R deployment(Deployment o);

  R service(Service o);

  R configMap(ConfigMap o);

  R secret(Secret o);

  R cronJob(CronJob o);

  R job(Job o);

  R statefulSet(StatefulSet o);

  R daemonSet(DaemonSet o);

  R horizontalPodAutoscaler(HorizontalPodAutoscaler o);

  R podDisruptionBudget(PodDisruptionBudget o);

  R namespace(Namespace o);

  R serviceAccount(ServiceAccount o);

  R persistentVolumeClaim(PersistentVolumeClaim o);

  R ingress(Ingress o);

  R networkPolicy(NetworkPolicy o);

  /** An object of any kind without a typed value. */
  R generic(GenericObject o);
}
