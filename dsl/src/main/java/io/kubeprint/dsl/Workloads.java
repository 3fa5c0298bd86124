package io.kubeprint.dsl;

import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;

/**
 * Factories of the workload builders, new or copied from an existing value; {@link Kube} delegates here.
 * A copy keeps every field; a selector that was the default (exactly the pod labels) keeps following the
 * pod labels, so {@code Workloads.from(blue).name("web-green").podLabels(greenLabels)} selects green pods
 * (an absent selector is derived from the pod labels too).
 */
public final class Workloads {
  private Workloads() {}

  /** A Deployment builder: {@code deployment("web")}. */
  public static DeploymentBuilder deployment(String name) {
    return new DeploymentBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static DeploymentBuilder from(Deployment existing) {
    return new DeploymentBuilder(existing);
  }

  /** A ReplicaSet builder. */
  public static ReplicaSetBuilder replicaSet(String name) {
    return new ReplicaSetBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static ReplicaSetBuilder from(ReplicaSet existing) {
    return new ReplicaSetBuilder(existing);
  }

  /** A Pod builder. */
  public static PodBuilder pod(String name) {
    return new PodBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static PodBuilder from(Pod existing) {
    return new PodBuilder(existing);
  }

  /** A PodTemplate builder. */
  public static PodTemplateBuilder podTemplate(String name) {
    return new PodTemplateBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static PodTemplateBuilder from(PodTemplate existing) {
    return new PodTemplateBuilder(existing);
  }
}
