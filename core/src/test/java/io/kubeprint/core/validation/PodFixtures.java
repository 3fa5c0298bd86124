package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EmptyDirVolumeSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceRequirements;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import io.kubeprint.core.workload.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A valid baseline Pod for the pod validation tests, ways to break one field of it, and the table row type:
 * a case names the behaviour, changes the baseline, and lists the violations expected as
 * {@code path [rule-id]} (optionally with the full line for the main cases).
 */
final class PodFixtures {
  private PodFixtures() {}

  /** A valid Pod: one container with a named port, an env var, a mount, a readiness probe and resources. */
  static Pod pod() {
    return Pod.builder()
        .metadata(ObjectMeta.builder().name("web").putLabel("app", "web").build())
        .spec(PodSpec.builder()
            .addContainer(Container.builder()
                .name("web")
                .image("nginx:1.27")
                .addPort(ContainerPort.builder().name("http").containerPort(80).build())
                .addEnv(EnvVar.builder().name("MODE").value("prod").build())
                .addVolumeMount(VolumeMount.builder().name("data").mountPath("/data").build())
                .readinessProbe(Probe.builder()
                    .httpGet(HTTPGetAction.builder().path("/").port(IntOrString.of("http")).build())
                    .build())
                .resources(ResourceRequirements.builder()
                    .putRequest("cpu", Quantity.parse("100m"))
                    .putLimit("cpu", Quantity.parse("1"))
                    .build())
                .build())
            .addVolume(Volume.builder().name("data").emptyDir(EmptyDirVolumeSource.builder().build()).build())
            .build())
        .build();
  }

  /** Changes the pod spec. */
  static UnaryOperator<Pod> spec(UnaryOperator<PodSpec> f) {
    return p -> p.withSpec(f.apply(p.spec()));
  }

  /** Changes the first container. */
  static UnaryOperator<Pod> container(UnaryOperator<Container> f) {
    return spec(s -> {
      List<Container> cs = new ArrayList<>(s.containers());
      cs.set(0, f.apply(cs.get(0)));
      return s.withContainers(cs);
    });
  }

  /** Adds a container after the baseline's. */
  static UnaryOperator<Pod> addContainer(Container c) {
    return spec(s -> PodSpec.builder().from(s).addContainer(c).build());
  }

  /** Adds an init container. */
  static UnaryOperator<Pod> addInit(Container c) {
    return spec(s -> PodSpec.builder().from(s).addInitContainer(c).build());
  }

  /** Replaces the volumes. */
  static UnaryOperator<Pod> volumes(Volume... volumes) {
    return spec(s -> s.withVolumes(volumes));
  }

  /** A minimal valid container. */
  static Container.Builder c(String name) {
    return Container.builder().name(name).image("busybox:1.36");
  }

  /** Fields with the given name/value pairs. */
  static Fields fields(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return Fields.of(m);
  }

  /** A JSON object for nested untyped values. */
  static Map<String, Object> obj(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** Every violation of a Pod, as a Pod is checked ({@link PodValidation#pod}). */
  static List<Violation> validatePod(Pod pod) {
    Violations v = new Violations(pod.displayName());
    PodValidation.pod(pod, v);
    return v.list();
  }

  /** One table row. */
  record Case(String name, UnaryOperator<Pod> change, List<String> expected, String line) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A case expecting exactly these {@code path [rule-id]} violations. */
  static Case bad(String name, UnaryOperator<Pod> change, String... expected) {
    return new Case(name, change, List.of(expected), null);
  }

  /** A case expecting exactly one violation, printed as {@code line}. */
  static Case line(String name, UnaryOperator<Pod> change, String line) {
    String path = line.substring(line.indexOf(' ') + 1, line.indexOf(": "));
    String rule = line.substring(line.lastIndexOf('['));
    return new Case(name, change, List.of(path + " " + rule), line);
  }

  /** Asserts what a case expects of the violations found. */
  static void check(Case c, List<Violation> violations) {
    assertThat(violations).extracting(x -> x.path() + " [" + x.ruleId() + "]")
        .as(c.name()).containsExactlyInAnyOrderElementsOf(c.expected());
    if (c.line() != null) {
      assertThat(violations.get(0)).hasToString(c.line());
    }
  }
}
