package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.pod.Container;
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
 * The entry point of kubeprint's AssertJ assertions: one {@code assertThat} per kind, for a bundle and for a
 * container. Import it statically beside AssertJ's own; overloads pick the most specific type.
 *
 * <pre>{@code
 * import static io.kubeprint.test.KubeAssertions.assertThat;
 *
 * assertThat(app).hasNoViolations();
 * assertThat(webserver).selects(blue).doesNotSelect(green).routesTo(blue, "http-server");
 * assertThat(blue).hasReplicas(3).container("webserver-container").hasEnv("SECRET_ID").fromSecret(apiKey, "id");
 * }</pre>
 *
 * Failures use AssertJ's multi-line layout, name the object as {@code Kind/name}, and never print a Secret
 * value.
 */
public final class KubeAssertions {
  private KubeAssertions() {}

  /** Assertions on a Deployment. */
  public static DeploymentAssert assertThat(Deployment actual) {
    return new DeploymentAssert(actual);
  }

  /** Assertions on a ReplicaSet. */
  public static ReplicaSetAssert assertThat(ReplicaSet actual) {
    return new ReplicaSetAssert(actual);
  }

  /** Assertions on a Pod. */
  public static PodAssert assertThat(Pod actual) {
    return new PodAssert(actual);
  }

  /** Assertions on a PodTemplate. */
  public static PodTemplateAssert assertThat(PodTemplate actual) {
    return new PodTemplateAssert(actual);
  }

  /** Assertions on a Service. */
  public static ServiceAssert assertThat(Service actual) {
    return new ServiceAssert(actual);
  }

  /** Assertions on a ConfigMap. */
  public static ConfigMapAssert assertThat(ConfigMap actual) {
    return new ConfigMapAssert(actual);
  }

  /** Assertions on a Secret; failures never print its values. */
  public static SecretAssert assertThat(Secret actual) {
    return new SecretAssert(actual);
  }

  /** Assertions on an Ingress. */
  public static IngressAssert assertThat(Ingress actual) {
    return new IngressAssert(actual);
  }

  /** Assertions on a NetworkPolicy. */
  public static NetworkPolicyAssert assertThat(NetworkPolicy actual) {
    return new NetworkPolicyAssert(actual);
  }

  /** Assertions on a CronJob. */
  public static CronJobAssert assertThat(CronJob actual) {
    return new CronJobAssert(actual);
  }

  /** Assertions on a ServiceAccount. */
  public static ServiceAccountAssert assertThat(ServiceAccount actual) {
    return new ServiceAccountAssert(actual);
  }

  /** Assertions on a PersistentVolumeClaim. */
  public static ClaimAssert assertThat(PersistentVolumeClaim actual) {
    return new ClaimAssert(actual);
  }

  /** Assertions on a Job. */
  public static JobAssert assertThat(Job actual) {
    return new JobAssert(actual);
  }

  /** Assertions on a StatefulSet. */
  public static StatefulSetAssert assertThat(StatefulSet actual) {
    return new StatefulSetAssert(actual);
  }

  /** Assertions on a DaemonSet. */
  public static DaemonSetAssert assertThat(DaemonSet actual) {
    return new DaemonSetAssert(actual);
  }

  /** Assertions on a HorizontalPodAutoscaler: {@code assertThat(hpa).scales(web).hasReplicasBetween(2, 10)}. */
  public static AutoscalerAssert assertThat(HorizontalPodAutoscaler actual) {
    return new AutoscalerAssert(actual);
  }

  /** Assertions on a PodDisruptionBudget: {@code assertThat(pdb).selects(web).hasMinAvailable(1)}. */
  public static DisruptionBudgetAssert assertThat(PodDisruptionBudget actual) {
    return new DisruptionBudgetAssert(actual);
  }

  /** Assertions on a bundle, and the way to each of its objects. */
  public static BundleAssert assertThat(Bundle actual) {
    return new BundleAssert(actual);
  }

  /** Assertions on a container on its own (failures name it {@code container <name>}). */
  public static ContainerAssert assertThat(Container actual) {
    return new ContainerAssert(actual, "container " + (actual == null ? "null" : actual.name().orElse(Describe.UNSET)));
  }
}
