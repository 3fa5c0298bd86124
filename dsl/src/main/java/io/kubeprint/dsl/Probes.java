package io.kubeprint.dsl;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.ExecAction;
import io.kubeprint.core.pod.GRPCAction;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.TCPSocketAction;

/** Probe factories: each starts a {@link ProbeBuilder} with one action; {@link Kube} delegates here. */
public final class Probes {
  private Probes() {}

  /**
   * An HTTP GET of {@code path} on the container port named {@code portName}: {@code httpGet("/healthz", "http")}.
   * The kubelet looks the name up in the ports of the probed container only; validation reports a name that
   * container does not declare ({@code probe-port-not-declared}).
   */
  public static ProbeBuilder httpGet(String path, String portName) {
    return httpGet(path, IntOrString.of(Checks.notNull(portName, "portName")));
  }

  /** An HTTP GET of {@code path} on port number {@code port} (1..65535). */
  public static ProbeBuilder httpGet(String path, int port) {
    return httpGet(path, IntOrString.of(port));
  }

  private static ProbeBuilder httpGet(String path, IntOrString port) {
    Checks.notNull(path, "path");
    return new ProbeBuilder(Probe.builder().httpGet(HTTPGetAction.builder().path(path).port(port).build()).build());
  }

  /**
   * A TCP connect to the container port named {@code portName}, which the probed container must declare (validation
   * reports it otherwise: {@code probe-port-not-declared}).
   */
  public static ProbeBuilder tcpSocket(String portName) {
    return tcpSocket(IntOrString.of(Checks.notNull(portName, "portName")));
  }

  /** A TCP connect to port number {@code port} (1..65535). */
  public static ProbeBuilder tcpSocket(int port) {
    return tcpSocket(IntOrString.of(port));
  }

  private static ProbeBuilder tcpSocket(IntOrString port) {
    return new ProbeBuilder(Probe.builder().tcpSocket(TCPSocketAction.builder().port(port).build()).build());
  }

  /** A command run in the container, not in a shell; exit status 0 passes: {@code exec("cat", "/tmp/healthy")}. */
  public static ProbeBuilder exec(String... command) {
    Checks.strings(command, "command"); // none is a value: validation reports it at exec.command
    return new ProbeBuilder(Probe.builder().exec(ExecAction.builder().addCommand(command).build()).build());
  }

  /** A gRPC health check on port {@code port} (1..65535), default service. */
  public static ProbeBuilder grpc(int port) {
    return new ProbeBuilder(Probe.builder().grpc(GRPCAction.builder().port(port).build()).build());
  }

  /** A gRPC health check of {@code service} on port {@code port}. */
  public static ProbeBuilder grpc(int port, String service) {
    return new ProbeBuilder(Probe.builder().grpc(GRPCAction.builder().port(port)
        .service(Checks.notNull(service, "service")).build()).build());
  }

  /** A builder from an existing probe, to change its timing. */
  public static ProbeBuilder from(Probe probe) {
    return new ProbeBuilder(probe);
  }
}
