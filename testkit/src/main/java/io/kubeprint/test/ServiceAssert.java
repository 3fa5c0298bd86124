package io.kubeprint.test;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Assertions on a {@link Service}: {@code assertThat(webserver).selects(blue).doesNotSelect(green)
 * .routesTo(blue, "http-server")}.
 *
 * <p>Selection follows Kubernetes: the Service selects the pods carrying every pair of {@code spec.selector}
 * (none when the selector is empty), in its own namespace. Routing follows the endpoints controller
 * ({@code FindPort} in {@code pkg/api/v1/pod}): a port's {@code targetPort} name resolves to the container port
 * of that name and protocol (containers first, then sidecars), a number is taken as is, and an unset
 * {@code targetPort} means {@code port}. Reach it through {@link KubeAssertions#assertThat(Service)} or
 * {@link BundleAssert#service(String)}.
 */
public final class ServiceAssert extends AbstractKubeObjectAssert<ServiceAssert, Service> {

  ServiceAssert(Service actual) {
    super(actual, ServiceAssert.class);
  }

  /** Verifies {@code spec.type}; unset counts as {@code ClusterIP}, the API server's default. */
  public ServiceAssert hasType(String type) {
    isNotNull();
    Objects.requireNonNull(type, "type == null");
    Optional<String> set = actual.spec().type();
    if (!type.equals(set.orElse("ClusterIP"))) {
      throw failure("to have type " + type, "but had",
          set.orElse(Describe.UNSET + " (the API server defaults it to ClusterIP)"));
    }
    return myself;
  }

  /** Verifies that the Service listens on {@code port} (some {@code spec.ports[].port}). */
  public ServiceAssert exposesPort(int port) {
    isNotNull();
    if (find(port).isEmpty()) {
      throw failure("to expose port " + port, "but had ports", Describe.servicePorts(actual.spec().ports()));
    }
    return myself;
  }

  /** Verifies that the selector selects the pods of {@code workload}: {@code assertThat(webserver).selects(blue)}. */
  public ServiceAssert selects(KubeObject workload) {
    isNotNull();
    workload = inBundle(Pods.require(workload, "workload"));
    requireSelects(workload, "to select the pods of " + workload.displayName() + ", labelled "
        + Describe.labels(Pods.labels(workload)));
    return myself;
  }

  /** Verifies that the selector does not select the pods of {@code workload}: {@code assertThat(webserver).doesNotSelect(green)}. */
  public ServiceAssert doesNotSelect(KubeObject workload) {
    isNotNull();
    workload = inBundle(Pods.require(workload, "workload"));
    if (selectsPods(workload)) {
      throw failure("not to select the pods of " + workload.displayName() + ", labelled "
          + Describe.labels(Pods.labels(workload)), "but had selector", Describe.labels(actual.spec().selector()));
    }
    return myself;
  }

  /**
   * Verifies that traffic reaches the container port named {@code containerPortName} of {@code workload}'s
   * pods: the Service selects them and one of its ports resolves to that container port.
   * {@code assertThat(webserver).routesTo(blue, "http-server")}.
   */
  public ServiceAssert routesTo(KubeObject workload, String containerPortName) {
    return routes(null, workload, containerPortName);
  }

  /**
   * Verifies that traffic reaches port {@code containerPort} of {@code workload}'s pods: the Service selects
   * them and one of its ports resolves to that number.
   */
  public ServiceAssert routesTo(KubeObject workload, int containerPort) {
    isNotNull();
    workload = inBundle(Pods.require(workload, "workload"));
    String expectation = "to route to port " + containerPort + " of " + workload.displayName();
    requireSelects(workload, expectation + ", whose pods are labelled " + Describe.labels(Pods.labels(workload)));
    PodSpec pods = Pods.spec(workload);
    for (ServicePort p : actual.spec().ports()) {
      OptionalInt target = Pods.resolve(p, pods);
      if (target.isPresent() && target.getAsInt() == containerPort) {
        return myself;
      }
    }
    throw failure(expectation, "but had ports", Describe.servicePorts(actual.spec().ports())
        + " for container ports " + Describe.containerPorts(Pods.targetablePorts(pods)));
  }

  /**
   * Verifies that Service port {@code port} sends traffic to the container port named
   * {@code containerPortName} of {@code workload}'s pods: "port 80 goes to the green pods' http-server",
   * {@code routesPort(80, green, "http-server")}.
   */
  public ServiceAssert routesPort(int port, KubeObject workload, String containerPortName) {
    return routes(port, workload, containerPortName);
  }

  private ServiceAssert routes(Integer port, KubeObject workload, String containerPortName) {
    isNotNull();
    workload = inBundle(Pods.require(workload, "workload"));
    Objects.requireNonNull(containerPortName, "containerPortName == null");
    String expectation = (port == null ? "to route" : "to route port " + port) + " to container port "
        + containerPortName + " of " + workload.displayName();
    requireSelects(workload, expectation + ", whose pods are labelled " + Describe.labels(Pods.labels(workload)));
    PodSpec pods = Pods.spec(workload);
    Optional<ContainerPort> named = Pods.portNamed(pods, containerPortName);
    if (named.isEmpty()) {
      throw failure(expectation, "but its pods had container ports", Describe.containerPorts(Pods.targetablePorts(pods)));
    }
    ContainerPort target = named.get();
    for (ServicePort p : actual.spec().ports()) {
      if (port != null && !p.port().filter(port::equals).isPresent()) {
        continue;
      }
      OptionalInt resolved = Pods.resolve(p, pods);
      boolean sameProtocol = p.protocol().orElse("TCP").equals(target.protocol().orElse("TCP"));
      if (sameProtocol && resolved.isPresent() && target.containerPort().isPresent()
          && resolved.getAsInt() == target.containerPort().get()) {
        return myself;
      }
    }
    throw failure(expectation, "but had ports", Describe.servicePorts(actual.spec().ports())
        + " for container ports " + Describe.containerPorts(Pods.targetablePorts(pods)));
  }

  private void requireSelects(KubeObject workload, String expectation) {
    Optional<String> ns = actual.metadata().namespace();
    Optional<String> theirs = workload.metadata().namespace();
    if (!ns.equals(theirs)) {
      throw failure(expectation + " in namespace " + Describe.optional(theirs), "but was in namespace",
          Describe.optional(ns));
    }
    if (!Selectors.serviceSelects(actual.spec().selector(), Pods.labels(workload))) {
      Map<String, String> selector = actual.spec().selector();
      throw failure(expectation, "but had selector",
          selector.isEmpty() ? "<none> (a Service without a selector selects no pods)" : Describe.labels(selector));
    }
  }

  private boolean selectsPods(KubeObject workload) {
    return actual.metadata().namespace().equals(workload.metadata().namespace())
        && Selectors.serviceSelects(actual.spec().selector(), Pods.labels(workload));
  }

  private Optional<ServicePort> find(int port) {
    for (ServicePort p : actual.spec().ports()) {
      if (p.port().filter(x -> x == port).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
