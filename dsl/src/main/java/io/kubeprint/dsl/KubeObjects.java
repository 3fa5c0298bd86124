package io.kubeprint.dsl;

import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.policy.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Edits of any kind's object seen the same way: its metadata, its pod template, its pod spec, its
 * selector. The bundle-wide edits ({@link BundleSettings}, {@link RollOnChange}) are written once with these.
 */
final class KubeObjects {
  private KubeObjects() {}

  /** {@code o} with {@code metadata} edited. */
  static KubeObject mapMetadata(KubeObject o, UnaryOperator<ObjectMeta> edit) {
    ObjectMeta m = edit.apply(o.metadata());
    if (o instanceof Pod x) {
      return x.withMetadata(m);
    } else if (o instanceof PodTemplate x) {
      return x.withMetadata(m);
    } else if (o instanceof ReplicaSet x) {
      return x.withMetadata(m);
    } else if (o instanceof Deployment x) {
      return x.withMetadata(m);
    } else if (o instanceof CronJob x) {
      return x.withMetadata(m);
    } else if (o instanceof Service x) {
      return x.withMetadata(m);
    } else if (o instanceof ConfigMap x) {
      return x.withMetadata(m);
    } else if (o instanceof Secret x) {
      return x.withMetadata(m);
    } else if (o instanceof Namespace x) {
      return x.withMetadata(m);
    } else if (o instanceof HorizontalPodAutoscaler x) {
      return x.withMetadata(m);
    } else if (o instanceof PodDisruptionBudget x) {
      return x.withMetadata(m);
    }
    throw new IllegalArgumentException("object must be of a kind kubeprint models (was " + o.getClass().getName() + ")");
  }

  /** The pod template of a Deployment, ReplicaSet, PodTemplate or CronJob (its Job's); empty for other kinds. */
  static Optional<PodTemplateSpec> podTemplate(KubeObject o) {
    if (o instanceof Deployment d) {
      return Optional.of(d.spec().template());
    } else if (o instanceof ReplicaSet r) {
      return Optional.of(r.spec().template());
    } else if (o instanceof PodTemplate t) {
      return Optional.of(t.template());
    } else if (o instanceof CronJob c) {
      return Optional.of(c.spec().jobTemplate().spec().template());
    }
    return Optional.empty();
  }

  /** {@code o} with its pod template edited; {@code o} itself when it has none. */
  static KubeObject mapPodTemplate(KubeObject o, UnaryOperator<PodTemplateSpec> edit) {
    if (o instanceof Deployment d) {
      return d.withSpec(d.spec().withTemplate(edit.apply(d.spec().template())));
    } else if (o instanceof ReplicaSet r) {
      return r.withSpec(r.spec().withTemplate(edit.apply(r.spec().template())));
    } else if (o instanceof PodTemplate t) {
      return t.withTemplate(edit.apply(t.template()));
    } else if (o instanceof CronJob c) {
      var job = c.spec().jobTemplate();
      return c.withSpec(c.spec().withJobTemplate(job.withSpec(job.spec().withTemplate(edit.apply(job.spec().template())))));
    }
    return o;
  }

  /** The pod spec of a Pod or of a pod template; empty for kinds that run no pods. */
  static Optional<PodSpec> podSpec(KubeObject o) {
    if (o instanceof Pod p) {
      return Optional.of(p.spec());
    }
    return podTemplate(o).map(PodTemplateSpec::spec);
  }

  /** {@code o} with its pod spec (a Pod's, or its pod template's) edited; {@code o} itself when it runs no pods. */
  static KubeObject mapPodSpec(KubeObject o, UnaryOperator<PodSpec> edit) {
    if (o instanceof Pod p) {
      return p.withSpec(edit.apply(p.spec()));
    }
    return mapPodTemplate(o, t -> t.withSpec(edit.apply(t.spec())));
  }

  /**
   * The label keys a selector of {@code o} tests, each with the field it is in: a Service's
   * {@code spec.selector}, a Deployment's, ReplicaSet's or PodDisruptionBudget's {@code spec.selector} ({@code matchLabels} and
   * {@code matchExpressions}).
   */
  static Map<String, String> selectorKeys(KubeObject o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Service s) {
      s.spec().selector().keySet().forEach(k -> out.put(k, "spec.selector"));
    }
    Optional<LabelSelector> selector = o instanceof Deployment d ? d.spec().selector()
        : o instanceof ReplicaSet r ? r.spec().selector()
        : o instanceof PodDisruptionBudget p ? p.spec().selector() : Optional.empty();
    selector.ifPresent(sel -> {
      sel.matchLabels().keySet().forEach(k -> out.put(k, "spec.selector.matchLabels"));
      for (LabelSelectorRequirement r : sel.matchExpressions()) {
        r.key().ifPresent(k -> out.put(k, "spec.selector.matchExpressions"));
      }
    });
    return out;
  }
}
