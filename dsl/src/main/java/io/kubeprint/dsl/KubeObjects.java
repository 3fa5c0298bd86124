package io.kubeprint.dsl;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicyPeer;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
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
    } else if (o instanceof Job x) {
      return x.withMetadata(m);
    } else if (o instanceof StatefulSet x) {
      return x.withMetadata(m);
    } else if (o instanceof DaemonSet x) {
      return x.withMetadata(m);
    } else if (o instanceof Service x) {
      return x.withMetadata(m);
    } else if (o instanceof ConfigMap x) {
      return x.withMetadata(m);
    } else if (o instanceof Secret x) {
      return x.withMetadata(m);
    } else if (o instanceof Namespace x) {
      return x.withMetadata(m);
    } else if (o instanceof ServiceAccount x) {
      return x.withMetadata(m);
    } else if (o instanceof PersistentVolumeClaim x) {
      return x.withMetadata(m);
    } else if (o instanceof Ingress x) {
      return x.withMetadata(m);
    } else if (o instanceof NetworkPolicy x) {
      return x.withMetadata(m);
    } else if (o instanceof HorizontalPodAutoscaler x) {
      return x.withMetadata(m);
    } else if (o instanceof PodDisruptionBudget x) {
      return x.withMetadata(m);
    }
    throw new IllegalArgumentException("object must be of a kind kubeprint models (was " + o.getClass().getName() + ")");
  }

  /**
   * The pod template of a Deployment, ReplicaSet, PodTemplate, CronJob (its Job's), Job, StatefulSet or DaemonSet;
   * empty for other kinds.
   */
  static Optional<PodTemplateSpec> podTemplate(KubeObject o) {
    if (o instanceof Deployment d) {
      return Optional.of(d.spec().template());
    } else if (o instanceof ReplicaSet r) {
      return Optional.of(r.spec().template());
    } else if (o instanceof PodTemplate t) {
      return Optional.of(t.template());
    } else if (o instanceof CronJob c) {
      return Optional.of(c.spec().jobTemplate().spec().template());
    } else if (o instanceof Job j) {
      return Optional.of(j.spec().template());
    } else if (o instanceof StatefulSet s) {
      return Optional.of(s.spec().template());
    } else if (o instanceof DaemonSet d) {
      return Optional.of(d.spec().template());
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
    } else if (o instanceof Job j) {
      return j.withSpec(j.spec().withTemplate(edit.apply(j.spec().template())));
    } else if (o instanceof StatefulSet s) {
      return s.withSpec(s.spec().withTemplate(edit.apply(s.spec().template())));
    } else if (o instanceof DaemonSet d) {
      return d.withSpec(d.spec().withTemplate(edit.apply(d.spec().template())));
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
   * {@code spec.selector}, a Deployment's, ReplicaSet's, StatefulSet's, DaemonSet's, Job's or PodDisruptionBudget's
   * {@code spec.selector} ({@code matchLabels} and
   * {@code matchExpressions}).
   */
  static Map<String, String> selectorKeys(KubeObject o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Service s) {
      s.spec().selector().keySet().forEach(k -> out.put(k, "spec.selector"));
    }
    Optional<LabelSelector> selector = o instanceof Deployment d ? d.spec().selector()
        : o instanceof ReplicaSet r ? r.spec().selector()
        : o instanceof StatefulSet st ? st.spec().selector()
        : o instanceof DaemonSet ds ? ds.spec().selector()
        : o instanceof Job j ? j.spec().selector()
        : o instanceof PodDisruptionBudget p ? p.spec().selector() : Optional.empty();
    selector.ifPresent(sel -> {
      sel.matchLabels().keySet().forEach(k -> out.put(k, "spec.selector.matchLabels"));
      for (LabelSelectorRequirement r : sel.matchExpressions()) {
        r.key().ifPresent(k -> out.put(k, "spec.selector.matchExpressions"));
      }
    });
    if (o instanceof NetworkPolicy np) {
      // A policy's pod selectors widen too; namespace selectors test namespace labels, which are not stamped.
      np.spec().podSelector().ifPresent(sel -> selectorKeys(sel, "spec.podSelector", out));
      for (var rule : np.spec().ingress()) {
        for (NetworkPolicyPeer p : rule.from()) {
          p.podSelector().ifPresent(sel -> selectorKeys(sel, "spec.ingress[].from[].podSelector", out));
        }
      }
      for (var rule : np.spec().egress()) {
        for (NetworkPolicyPeer p : rule.to()) {
          p.podSelector().ifPresent(sel -> selectorKeys(sel, "spec.egress[].to[].podSelector", out));
        }
      }
    }
    return out;
  }

  private static void selectorKeys(LabelSelector sel, String field, Map<String, String> out) {
    sel.matchLabels().keySet().forEach(k -> out.put(k, field));
    for (LabelSelectorRequirement r : sel.matchExpressions()) {
      r.key().ifPresent(k -> out.put(k, field));
    }
  }
}
