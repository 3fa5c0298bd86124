package io.kubeprint.core.validation;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.TCPSocketAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * kubeprint's check that a probe or a lifecycle hook on a named port can reach it: the API server accepts any
 * well-formed port name ({@code ValidatePortNumOrName}), but the kubelet resolves the name against the ports of
 * <em>the same container</em> only ({@code probe.ResolveContainerPort} and its {@code findPortByName} for
 * {@code httpGet} and {@code tcpSocket} probes, and for {@code httpGet} lifecycle hooks, whose request it builds
 * the same way), so a name that container does not declare fails the probe forever: the pod never becomes ready,
 * or is restarted over and over. A {@code tcpSocket} lifecycle hook is not judged: the kubelet does not run one
 * at all. A {@code grpc} port is a number.
 *
 * <p>Reported like the checks across objects (an error in a bundle built in code, a warning for files), with
 * the rule stated once here.
 */
final class ProbePorts {

  /**
   * A named {@code httpGet} or {@code tcpSocket} port of a liveness, readiness or startup probe, or a named
   * {@code httpGet} port of a {@code postStart}/{@code preStop} hook, is the name of a port of the same
   * container (a container or a sidecar), as the kubelet resolves it ({@code findPortByName}).
   */
  static final Rule PROBE_PORT_NOT_DECLARED = Rule.of("probe-port-not-declared", "kubeprint",
      "a probe's or lifecycle hook's named port names a port of its own container");

  private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");

  private ProbePorts() {}

  /** Reports every probe and hook of {@code pods}' containers and sidecars whose named port its container lacks. */
  static void check(PodTemplates.Pods pods, Violations v) {
    containers(pods.spec().containers(), pods.specPath().child("containers"), false, v);
    containers(pods.spec().initContainers(), pods.specPath().child("initContainers"), true, v);
  }

  private static void containers(List<Container> containers, FieldPath at, boolean init, Violations v) {
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      // An init container that is not a sidecar may have no probe and no hook: the API server refuses those.
      if (init && !c.restartPolicy().filter("Always"::equals).isPresent()) {
        continue;
      }
      FieldPath cp = at.index(i);
      probe(c, c.livenessProbe(), cp.child(PROBES.get(0)), v);
      probe(c, c.readinessProbe(), cp.child(PROBES.get(1)), v);
      probe(c, c.startupProbe(), cp.child(PROBES.get(2)), v);
      hooks(c, cp.child("lifecycle"), v);
    }
  }

  private static void probe(Container c, Optional<Probe> probe, FieldPath path, Violations v) {
    if (probe.isEmpty()) {
      return;
    }
    probe.get().httpGet().flatMap(HTTPGetAction::port)
        .ifPresent(port -> port(c, port, path.child("httpGet", "port"), v));
    probe.get().tcpSocket().flatMap(TCPSocketAction::port)
        .ifPresent(port -> port(c, port, path.child("tcpSocket", "port"), v));
  }

  private static void hooks(Container c, FieldPath path, Violations v) {
    Map<String, Object> lifecycle = Untyped.map(c.extra(), "lifecycle");
    if (lifecycle == null) {
      return;
    }
    for (String hook : List.of("postStart", "preStop")) {
      Map<String, Object> http = Untyped.map(Untyped.map(lifecycle, hook), "httpGet");
      if (http != null && http.get("port") instanceof String name) {
        port(c, IntOrString.of(name), path.child(hook, "httpGet", "port"), v);
      }
    }
  }

  private static void port(Container c, IntOrString port, FieldPath path, Violations v) {
    if (port.isInt()) {
      return;
    }
    String name = port.strValue();
    if (!Syntax.isValidPortName(name).isEmpty()) {
      return; // the API server refuses it already (port-name-syntax)
    }
    List<String> names = new ArrayList<>();
    for (ContainerPort p : c.ports()) {
      p.name().ifPresent(names::add);
    }
    if (names.contains(name)) {
      return;
    }
    String container = c.name().map(n -> "container \"" + n + "\"").orElse("its container");
    Optional<String> hint = Suggestions.closest(name, names, true);
    v.add(PROBE_PORT_NOT_DECLARED, path, "must name a port of " + container + " (was \"" + name + "\"); it has "
        + (names.isEmpty() ? "no named port" : "ports " + String.join(", ", names))
        + hint.map(h -> "; did you mean \"" + h + "\"?").orElse(""));
  }
}
