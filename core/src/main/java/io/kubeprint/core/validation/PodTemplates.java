package io.kubeprint.core.validation;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pods an object runs or describes, seen the same way for every kind: a Pod's own metadata and spec,
 * the pod template of a PodTemplate, ReplicaSet, Deployment, Job, StatefulSet or DaemonSet, and the Job
 * template's pod template of a CronJob, each with the field path of its spec. The ReplicationController,
 * which kubeprint does not type, has its pod template untyped ({@link #untyped}).
 */
final class PodTemplates {
  static final Kind REPLICATION_CONTROLLER = Kind.of("v1", "ReplicationController");

  /** Labels the Deployment controller adds to every pod it creates (value unknown until then). */
  private static final Set<String> DEPLOYMENT_POD_LABELS = Set.of("pod-template-hash");

  /** Labels the Job controller adds to every pod of a Job (pkg/controller/job: job-name, controller-uid). */
  private static final Set<String> JOB_POD_LABELS = Set.of("job-name", "controller-uid",
      "batch.kubernetes.io/job-name", "batch.kubernetes.io/controller-uid",
      "batch.kubernetes.io/job-completion-index");

  /** Labels the StatefulSet controller adds to every pod it creates (pkg/controller/statefulset). */
  private static final Set<String> STATEFUL_SET_POD_LABELS = Set.of("controller-revision-hash",
      "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index");

  /** Labels the DaemonSet controller adds to every pod it creates (pkg/controller/daemon). */
  private static final Set<String> DAEMON_SET_POD_LABELS = Set.of("controller-revision-hash", "pod-template-generation");

  /** The paths of the pod specs, made once: {@link #of} runs for every object of every validation. */
  private static final FieldPath SPEC = FieldPath.of("spec");
  private static final FieldPath TEMPLATE_SPEC = FieldPath.of("template", "spec");
  private static final FieldPath SPEC_TEMPLATE_SPEC = FieldPath.of("spec", "template", "spec");
  private static final FieldPath JOB_TEMPLATE_SPEC = FieldPath.of("spec", "jobTemplate", "spec", "template", "spec");

  private PodTemplates() {}

  /** What a label selector sees of the pods of an object, typed or not. */
  interface Labelled {
    /** The object in the bundle. */
    KubeObject owner();

    /** The pods' labels as written. */
    Map<String, String> labels();

    /** Label keys a controller adds to the pods with values known only in the cluster. */
    Set<String> controllerLabels();

    /** {@code metadata.namespace} of the owner, or empty when absent. */
    default String namespace() {
      return owner().metadata().namespace().orElse("");
    }
  }

  /**
   * The pods of one object.
   *
   * @param owner the object in the bundle
   * @param labels the pods' labels as written
   * @param controllerLabels label keys a controller adds to the pods with values known only in the cluster
   * @param spec the pods' spec
   * @param specPath the field path of {@code spec} in {@code owner}
   * @param metadata the pods' metadata: the Pod's own, or the template's
   */
  record Pods(KubeObject owner, Map<String, String> labels, Set<String> controllerLabels, PodSpec spec,
      FieldPath specPath, ObjectMeta metadata) implements Labelled {

    /**
     * The container ports a Service can reach, as the endpoints controller looks them up
     * ({@code FindPort}, pkg/api/v1/pod): those of the containers, then those of the sidecars (init
     * containers with {@code restartPolicy: Always}).
     */
    List<ContainerPort> servedPorts() {
      List<ContainerPort> out = new ArrayList<>();
      for (Container c : spec.containers()) {
        out.addAll(c.ports());
      }
      for (Container c : spec.initContainers()) {
        if (c.restartPolicy().filter("Always"::equals).isPresent()) {
          out.addAll(c.ports());
        }
      }
      return out;
    }

    /** Whether the owner is controlled by another object ({@code metadata.ownerReferences} is not empty). */
    boolean isOwned() {
      return isOwned(owner.metadata());
    }

    private static boolean isOwned(ObjectMeta meta) {
      Object refs = meta.extra().get("ownerReferences");
      return refs instanceof List<?> l && !l.isEmpty();
    }
  }

  /** The pods of {@code o}, or empty for the kinds that run none (Service, ConfigMap, Secret). */
  static Optional<Pods> of(KubeObject o) {
    if (o instanceof Pod p) {
      return Optional.of(new Pods(o, p.metadata().labels(), Set.of(), p.spec(), SPEC, p.metadata()));
    }
    if (o instanceof PodTemplate t) {
      return Optional.of(template(o, t.template(), Set.of(), TEMPLATE_SPEC));
    }
    if (o instanceof ReplicaSet r) {
      return Optional.of(template(o, r.spec().template(), Set.of(), SPEC_TEMPLATE_SPEC));
    }
    if (o instanceof Deployment d) {
      return Optional.of(template(o, d.spec().template(), DEPLOYMENT_POD_LABELS, SPEC_TEMPLATE_SPEC));
    }
    if (o instanceof CronJob c) {
      return Optional.of(template(o, c.spec().jobTemplate().spec().template(), JOB_POD_LABELS,
          JOB_TEMPLATE_SPEC));
    }
    if (o instanceof Job j) {
      return Optional.of(template(o, j.spec().template(), JOB_POD_LABELS, SPEC_TEMPLATE_SPEC));
    }
    if (o instanceof StatefulSet s) {
      return Optional.of(template(o, s.spec().template(), STATEFUL_SET_POD_LABELS, SPEC_TEMPLATE_SPEC));
    }
    if (o instanceof DaemonSet d) {
      return Optional.of(template(o, d.spec().template(), DAEMON_SET_POD_LABELS, SPEC_TEMPLATE_SPEC));
    }
    return Optional.empty();
  }

  private static Pods template(KubeObject owner, PodTemplateSpec t, Set<String> controllerLabels, FieldPath specPath) {
    return new Pods(owner, t.metadata().labels(), controllerLabels, t.spec(), specPath, t.metadata());
  }

  /**
   * The pods of a workload kubeprint does not type, whose pod template is kept verbatim: its labels (those
   * that are strings) and its spec as a JSON object.
   *
   * @param specPath the field path of {@code spec} in {@code owner}: {@code spec.template.spec}
   * @param metadata the template's {@code metadata} as a JSON object (empty when absent)
   */
  record UntypedPods(GenericObject owner, Map<String, String> labels, Set<String> controllerLabels,
      Map<String, Object> spec, FieldPath specPath, Map<String, Object> metadata) implements Labelled {}

  /**
   * The pods of a ReplicationController ({@code v1}), from {@code spec.template}; empty for other objects and
   * for a template that is no JSON object.
   */
  static Optional<UntypedPods> untyped(KubeObject o) {
    if (!(o instanceof GenericObject g) || !g.kind().equals(REPLICATION_CONTROLLER)) {
      return Optional.empty();
    }
    Set<String> controllerLabels = Set.of();
    Map<String, Object> template = Untyped.map(Untyped.map(g.extra(), "spec"), "template");
    Map<String, Object> spec = Untyped.map(template, "spec");
    if (spec == null) {
      return Optional.empty();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Object> metadata = Untyped.map(template, "metadata");
    Map<String, Object> written = Untyped.map(metadata, "labels");
    if (written != null) {
      written.forEach((k, v) -> {
        if (v instanceof String s) {
          labels.put(k, s);
        }
      });
    }
    return Optional.of(new UntypedPods(g, labels, controllerLabels, spec, FieldPath.of("spec", "template", "spec"),
        metadata == null ? Map.of() : metadata));
  }

  /** The pods of {@code o}, typed or not, as a label selector sees them; empty for the kinds that run none. */
  static Optional<Labelled> labelled(KubeObject o) {
    Optional<Pods> typed = of(o);
    return typed.isPresent() ? Optional.of(typed.get()) : untyped(o).map(p -> p);
  }
}
