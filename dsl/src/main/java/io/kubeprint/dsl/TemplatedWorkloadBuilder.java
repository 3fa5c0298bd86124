package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pod template part of the builders of kinds that stamp pods from a template (Deployment, ReplicaSet,
 * PodTemplate, CronJob, Job, StatefulSet, DaemonSet): the template's labels and annotations, on top of the pod spec of
 * {@link WorkloadBuilder}.
 */
public abstract sealed class TemplatedWorkloadBuilder<B extends TemplatedWorkloadBuilder<B, T>, T extends KubeObject>
    extends WorkloadBuilder<B, T> permits DeploymentBuilder, ReplicaSetBuilder, PodTemplateBuilder, CronJobBuilder,
    JobBuilder, StatefulSetBuilder, DaemonSetBuilder {

  ObjectMeta podMetadata;
  Fields templateExtra;

  TemplatedWorkloadBuilder(Class<T> type, ObjectMeta metadata, Fields extra, PodTemplateSpec template) {
    super(type, metadata, extra, template.spec());
    this.podMetadata = template.metadata();
    this.templateExtra = template.extra();
  }

  /**
   * Replaces the pod template's labels ({@code template.metadata.labels}); no labels by default. For a
   * Deployment or ReplicaSet the selector follows them unless one is set explicitly:
   * {@code .podLabels(labels("app", "web").and("color", "blue"))}.
   */
  public B podLabels(Labels labels) {
    Checks.notNull(labels, "labels");
    podMetadata = podMetadata.withLabels(labels.asMap());
    return self();
  }

  /** Adds (or replaces) one pod template label; see {@link #podLabels(Labels)}. */
  public B podLabel(String key, String value) {
    return podLabels(podLabels().and(key, value));
  }

  /** Adds (or replaces) one pod template annotation ({@code template.metadata.annotations}). */
  public B podAnnotation(String key, String value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    Map<String, String> m = new LinkedHashMap<>(podMetadata.annotations());
    m.put(key, value);
    podMetadata = podMetadata.withAnnotations(m);
    return self();
  }

  /** The pod template's labels so far. */
  Labels podLabels() {
    return Labels.of(podMetadata.labels());
  }

  @Override
  Labels labelsOfPods() {
    return podLabels();
  }

  PodTemplateSpec template() {
    return PodTemplateSpec.builder().metadata(podMetadata).spec(podSpec).extra(templateExtra).build();
  }
}
