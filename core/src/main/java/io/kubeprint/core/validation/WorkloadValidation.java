package io.kubeprint.core.validation;

import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;

/** Rules for Pods, PodTemplates, ReplicaSets and Deployments. */
final class WorkloadValidation {
  private WorkloadValidation() {}

  static void pod(Pod pod, Violations v) {
    MetaValidation.objectMeta(pod.metadata(), FieldPath.of("metadata"), v);
    PodValidation.podSpec(pod.spec(), FieldPath.of("spec"), v);
  }

  static void podTemplate(PodTemplate t, Violations v) {
    MetaValidation.objectMeta(t.metadata(), FieldPath.of("metadata"), v);
    PodValidation.podSpec(t.template().spec(), FieldPath.of("template", "spec"), v);
  }

  static void replicaSet(ReplicaSet rs, Violations v) {
    MetaValidation.objectMeta(rs.metadata(), FieldPath.of("metadata"), v);
    PodValidation.podSpec(rs.spec().template().spec(), FieldPath.of("spec", "template", "spec"), v);
  }

  static void deployment(Deployment d, Violations v) {
    MetaValidation.objectMeta(d.metadata(), FieldPath.of("metadata"), v);
    PodValidation.podSpec(d.spec().template().spec(), FieldPath.of("spec", "template", "spec"), v);
  }
}
