package io.kubeprint.test;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceRequirements;
import io.kubeprint.core.pod.VolumeMount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Container}, reached with {@code assertThat(deployment).container("web")} (failures
 * then name it {@code container web of Deployment/x}) or {@link KubeAssertions#assertThat(Container)}:
 * {@code .hasImage("nginx:1.27").exposesPort(80, "http").hasEnv("SECRET_ID").fromSecret(apiKey, "id")}.
 */
public final class ContainerAssert extends AbstractAssert<ContainerAssert, Container> {
  private final String subject;
  private final Bundle bundle;

  ContainerAssert(Container actual, String subject) {
    this(actual, subject, null);
  }

  /** Assertions on a container of an object reached from {@code bundle} (null when not). */
  ContainerAssert(Container actual, String subject, Bundle bundle) {
    super(actual, ContainerAssert.class);
    this.subject = subject;
    this.bundle = bundle;
  }

  private AssertionError failure(String expectation, String but, String found) {
    return Failure.of(info, subject, expectation, but, found);
  }

  /** Verifies {@code image}, exactly as written. */
  public ContainerAssert hasImage(String image) {
    isNotNull();
    Objects.requireNonNull(image, "image == null");
    if (!actual.image().filter(image::equals).isPresent()) {
      throw failure("to have image " + image, "but had", Describe.optional(actual.image()));
    }
    return this;
  }

  /** Verifies that some {@code ports[].containerPort} is {@code port}. */
  public ContainerAssert exposesPort(int port) {
    isNotNull();
    for (ContainerPort p : actual.ports()) {
      if (p.containerPort().filter(x -> x == port).isPresent()) {
        return this;
      }
    }
    throw failure("to expose port " + port, "but had ports", Describe.containerPorts(actual.ports()));
  }

  /** Verifies that some {@code ports[]} entry is port {@code port} named {@code name}: {@code exposesPort(80, "http-server")}. */
  public ContainerAssert exposesPort(int port, String name) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    for (ContainerPort p : actual.ports()) {
      if (p.containerPort().filter(x -> x == port).isPresent() && p.name().filter(name::equals).isPresent()) {
        return this;
      }
    }
    throw failure("to expose port " + name + "=" + port, "but had ports", Describe.containerPorts(actual.ports()));
  }

  /**
   * Verifies that {@code env} has a variable named {@code name}, and returns assertions on it:
   * {@code hasEnv("SECRET_ID").fromSecret(apiKey, "id")}.
   */
  public EnvAssert hasEnv(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    for (EnvVar e : actual.env()) {
      if (e.name().filter(name::equals).isPresent()) {
        EnvAssert next = new EnvAssert(e, "env var " + name + " of " + subject, bundle);
        next.info.description(info.description());
        return next;
      }
    }
    throw failure("to have env var " + name, "but had env vars", Describe.list(envNames()));
  }

  /** Verifies that {@code env} has no variable named {@code name}. */
  public ContainerAssert doesNotHaveEnv(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    if (envNames().contains(name)) {
      throw failure("not to have env var " + name, "but had env vars", Describe.list(envNames()));
    }
    return this;
  }

  private List<String> envNames() {
    List<String> names = new ArrayList<>();
    for (EnvVar e : actual.env()) {
      names.add(e.name().orElse(Describe.UNSET));
    }
    return names;
  }

  /** Verifies {@code command}, exactly and in order. */
  public ContainerAssert hasCommand(String... command) {
    isNotNull();
    return hasList("command", actual.command(), command);
  }

  /** Verifies {@code args}, exactly and in order. */
  public ContainerAssert hasArgs(String... args) {
    isNotNull();
    return hasList("args", actual.args(), args);
  }

  private ContainerAssert hasList(String field, List<String> found, String[] expected) {
    if (!found.equals(Arrays.asList(expected))) {
      throw failure("to have " + field + " " + Describe.list(Arrays.asList(expected)), "but had", Describe.list(found));
    }
    return this;
  }

  /** Verifies {@code resources.requests[resource]}, compared by value: {@code hasRequest("cpu", "100m")} passes for {@code 0.1}. */
  public ContainerAssert hasRequest(String resource, String quantity) {
    isNotNull();
    return hasQuantity("request", ResourceRequirements::requests, resource, quantity);
  }

  /** Verifies {@code resources.limits[resource]}, compared by value: {@code hasLimit("memory", "128Mi")}. */
  public ContainerAssert hasLimit(String resource, String quantity) {
    isNotNull();
    return hasQuantity("limit", ResourceRequirements::limits, resource, quantity);
  }

  private ContainerAssert hasQuantity(String what, Function<ResourceRequirements, Map<String, Quantity>> field,
      String resource, String quantity) {
    Objects.requireNonNull(resource, "resource == null");
    Quantity expected = Quantity.parse(quantity);
    Map<String, Quantity> found = actual.resources().map(field).orElse(Map.of());
    Quantity q = found.get(resource);
    if (q == null || !q.isValid() || q.compareTo(expected) != 0) {
      Map<String, String> shown = new TreeMap<>();
      found.forEach((k, v) -> shown.put(k, v.toString()));
      throw failure("to have " + what + " " + resource + "=" + quantity, "but had " + what + "s", Describe.labels(shown));
    }
    return this;
  }

  /** Verifies that {@code volumeMounts} mounts volume {@code volumeName} at {@code mountPath}. */
  public ContainerAssert mounts(String volumeName, String mountPath) {
    isNotNull();
    Objects.requireNonNull(volumeName, "volumeName == null");
    Objects.requireNonNull(mountPath, "mountPath == null");
    List<String> found = new ArrayList<>();
    for (VolumeMount m : actual.volumeMounts()) {
      if (m.name().filter(volumeName::equals).isPresent() && m.mountPath().filter(mountPath::equals).isPresent()) {
        return this;
      }
      found.add(m.name().orElse(Describe.UNSET) + " at " + m.mountPath().orElse(Describe.UNSET));
    }
    throw failure("to mount volume " + volumeName + " at " + mountPath, "but had mounts", Describe.list(found));
  }

  /** Verifies that {@code readinessProbe} is set. */
  public ContainerAssert hasReadinessProbe() {
    isNotNull();
    if (actual.readinessProbe().isEmpty()) {
      throw failure("to have a readiness probe", "but had", "none");
    }
    return this;
  }

  /** Verifies that {@code livenessProbe} is set. */
  public ContainerAssert hasLivenessProbe() {
    isNotNull();
    if (actual.livenessProbe().isEmpty()) {
      throw failure("to have a liveness probe", "but had", "none");
    }
    return this;
  }
}
