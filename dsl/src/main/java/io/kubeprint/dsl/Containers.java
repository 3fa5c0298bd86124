package io.kubeprint.dsl;

import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.Quantity;

/** Container factories and the small values containers use; {@link Kube} delegates here. */
public final class Containers {
  private Containers() {}

  /** A container builder: {@code container("web", "nginx:1.27")}; a blank name or image is reported by validation. */
  public static ContainerBuilder container(String name, String image) {
    return new ContainerBuilder(name, image);
  }

  /** A builder holding every field of {@code existing}, to derive a changed copy. */
  public static ContainerBuilder from(Container existing) {
    return new ContainerBuilder(existing);
  }

  /** An unnamed container port (1..65535). */
  public static ContainerPort port(int containerPort) {
    return ContainerPort.builder().containerPort(containerPort).build();
  }

  /** A named container port: {@code port(8080, "http")}. */
  public static ContainerPort port(int containerPort, String name) {
    return ContainerPort.builder().containerPort(containerPort)
        .name(Checks.notNull(name, "name")).build();
  }

  /** A named container port with a protocol ({@code TCP}, {@code UDP}, {@code SCTP}): {@code port(53, "dns", "UDP")}. */
  public static ContainerPort port(int containerPort, String name, String protocol) {
    return ContainerPort.builder().containerPort(containerPort)
        .name(Checks.notNull(name, "name")).protocol(Checks.notNull(protocol, "protocol")).build();
  }

  /** A resource quantity, checked at the call: {@code quantity("128Mi")}. */
  public static Quantity quantity(String text) {
    return Checks.quantity(text, "quantity");
  }
}
