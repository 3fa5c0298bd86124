package io.kubeprint.dsl;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.HashSet;
import java.util.Set;

/** StatefulSet and DaemonSet factories, and the headless Service of a StatefulSet; {@link Kube} delegates here. */
public final class StatefulSets {
  private StatefulSets() {}

  /** A StatefulSet builder; its {@code serviceName} starts as {@code name}. */
  public static StatefulSetBuilder statefulSet(String name) {
    return new StatefulSetBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static StatefulSetBuilder from(StatefulSet existing) {
    return new StatefulSetBuilder(existing);
  }

  /** A DaemonSet builder. */
  public static DaemonSetBuilder daemonSet(String name) {
    return new DaemonSetBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static DaemonSetBuilder from(DaemonSet existing) {
    return new DaemonSetBuilder(existing);
  }

  /**
   * The headless Service of {@code set}: named its {@code spec.serviceName}, {@code clusterIP: None}, selecting its
   * pods ({@link ServiceBuilder#selecting(StatefulSet)}), with one port per named container port of its
   * containers ({@code name}, {@code port} and {@code targetPort} the container port's; its protocol when not TCP),
   * in container order. E.g. {@code headlessService(db).build()}.
   *
   * @throws IllegalArgumentException when {@code set} has no {@code serviceName}, or its pods have no labels
   */
  public static ServiceBuilder headlessService(StatefulSet set) {
    Checks.notNull(set, "set");
    String name = set.spec().serviceName().filter(n -> !n.isBlank()).orElseThrow(() -> new IllegalArgumentException(
        "set must have a spec.serviceName for its headless Service (was " + set.displayName() + " with none)"));
    ServiceBuilder service = new ServiceBuilder(name).headless().selecting(set);
    set.metadata().namespace().ifPresent(service::namespace);
    Set<String> seen = new HashSet<>();
    for (Container c : set.spec().template().spec().containers()) {
      for (ContainerPort p : c.ports()) {
        if (p.name().isPresent() && p.containerPort().isPresent() && seen.add(p.name().get())) {
          ServicePort.Builder port = ServicePort.builder().name(p.name().get()).port(p.containerPort().get())
              .targetPort(IntOrString.of(p.name().get()));
          p.protocol().filter(x -> !x.equals("TCP")).ifPresent(port::protocol);
          service.port(port.build());
        }
      }
    }
    return service;
  }
}
