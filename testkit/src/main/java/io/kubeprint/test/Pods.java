package io.kubeprint.test;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** The pods an object runs: their labels and spec, for the kinds that have pods. */
final class Pods {
  private Pods() {}

  /**
   * The object, checked to be one that runs pods (Pod, PodTemplate, ReplicaSet, Deployment, CronJob, Job,
   * StatefulSet, DaemonSet).
   */
  static KubeObject require(KubeObject workload, String parameter) {
    Objects.requireNonNull(workload, parameter + " == null");
    if (!workload.kind().hasPods()) {
      throw new IllegalArgumentException(parameter + " must be a Pod, PodTemplate, ReplicaSet, Deployment,"
          + " CronJob, Job, StatefulSet or DaemonSet (was "
          + workload.displayName() + ")");
    }
    return workload;
  }

  /** The labels its pods carry: a Pod's own, else its pod template's. */
  static Map<String, String> labels(KubeObject o) {
    if (o instanceof Pod p) {
      return p.metadata().labels();
    }
    return template(o).metadata().labels();
  }

  /** The spec of its pods. */
  static PodSpec spec(KubeObject o) {
    if (o instanceof Pod p) {
      return p.spec();
    }
    return template(o).spec();
  }

  private static PodTemplateSpec template(KubeObject o) {
    if (o instanceof Deployment d) {
      return d.spec().template();
    }
    if (o instanceof ReplicaSet rs) {
      return rs.spec().template();
    }
    if (o instanceof PodTemplate t) {
      return t.template();
    }
    if (o instanceof CronJob c) {
      return c.spec().jobTemplate().spec().template();
    }
    if (o instanceof Job j) {
      return j.spec().template();
    }
    if (o instanceof StatefulSet s) {
      return s.spec().template();
    }
    if (o instanceof DaemonSet d) {
      return d.spec().template();
    }
    throw new IllegalArgumentException("not a kind with pods: " + o.displayName());
  }

  /**
   * The ports a Service can target by name: those of the containers, then those of sidecars (init
   * containers with {@code restartPolicy: Always}), as {@code FindPort} in {@code pkg/api/v1/pod} searches.
   */
  static List<ContainerPort> targetablePorts(PodSpec spec) {
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

  /**
   * The pod port a Service port sends traffic to, as {@code FindPort} resolves it: a numeric
   * {@code targetPort} (or, when absent, {@code port}) as is; a name through the container port of that
   * name and the same protocol. Empty when a name matches no port.
   */
  static OptionalInt resolve(ServicePort port, PodSpec spec) {
    if (port.targetPort().isEmpty()) {
      return port.port().map(OptionalInt::of).orElse(OptionalInt.empty());
    }
    if (port.targetPort().get().isInt()) {
      return OptionalInt.of(port.targetPort().get().intValue());
    }
    String name = port.targetPort().get().strValue();
    String protocol = port.protocol().orElse("TCP");
    for (ContainerPort p : targetablePorts(spec)) {
      if (p.name().filter(name::equals).isPresent() && p.protocol().orElse("TCP").equals(protocol)
          && p.containerPort().isPresent()) {
        return OptionalInt.of(p.containerPort().get());
      }
    }
    return OptionalInt.empty();
  }

  /** The targetable container port named {@code name}. */
  static Optional<ContainerPort> portNamed(PodSpec spec, String name) {
    for (ContainerPort p : targetablePorts(spec)) {
      if (p.name().filter(name::equals).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
