package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.pod;
import static io.kubeprint.dsl.Violated.errors;
import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cpu;
import static io.kubeprint.dsl.Kube.memory;
import static io.kubeprint.dsl.Kube.exec;
import static io.kubeprint.dsl.Kube.fieldRef;
import static io.kubeprint.dsl.Kube.grpc;
import static io.kubeprint.dsl.Kube.httpGet;
import static io.kubeprint.dsl.Kube.persistentVolumeClaim;
import static io.kubeprint.dsl.Kube.port;
import static io.kubeprint.dsl.Kube.quantity;
import static io.kubeprint.dsl.Kube.resourceFieldRef;
import static io.kubeprint.dsl.Kube.tcpSocket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.ExecAction;
import io.kubeprint.core.pod.GRPCAction;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceFieldSelector;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.TCPSocketAction;
import io.kubeprint.core.pod.VolumeMount;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainersTest {

  @Test
  void should_add_ports_with_number_name_and_protocol() {
    Container c = container("dns", "coredns:1.11").port(9153).port(53, "dns", "UDP").port(8080, "http")
        .port(port(8443, "https")).build();

    assertThat(c.ports()).containsExactly(
        ContainerPort.builder().containerPort(9153).build(),
        ContainerPort.builder().containerPort(53).name("dns").protocol("UDP").build(),
        ContainerPort.builder().containerPort(8080).name("http").build(),
        ContainerPort.builder().containerPort(8443).name("https").build());
  }

  @Test
  void should_replace_an_env_variable_of_the_same_name_in_place() {
    Container c = container("web", "nginx").env("A", "1").env("B", fieldRef("status.podIP")).env("A", "2").build();

    assertThat(c.env()).containsExactly(
        EnvVar.builder().name("A").value("2").build(),
        EnvVar.builder().name("B").valueFrom(io.kubeprint.core.pod.EnvVarSource.builder()
            .fieldRef(ObjectFieldSelector.builder().fieldPath("status.podIP").build()).build()).build());
  }

  @Test
  void should_make_resource_field_refs_with_and_without_divisor() {
    assertThat(resourceFieldRef("limits.cpu").resourceFieldRef())
        .contains(ResourceFieldSelector.builder().resource("limits.cpu").build());
    assertThat(resourceFieldRef("web", "limits.memory", "1Mi").resourceFieldRef())
        .contains(ResourceFieldSelector.builder().containerName("web").resource("limits.memory")
            .divisor(Quantity.parse("1Mi")).build());
  }

  @Test
  void should_set_requests_and_limits_as_parsed_quantities() {
    Container c = container("web", "nginx").requests(cpu("100m"), memory("128Mi")).limits(cpu("1"), memory("256Mi"))
        .request("ephemeral-storage", "1Gi").limit("nvidia.com/gpu", quantity("1")).build();

    var r = c.resources().orElseThrow();
    assertThat(r.requests()).containsExactly(Map.entry("cpu", Quantity.parse("100m")),
        Map.entry("memory", Quantity.parse("128Mi")), Map.entry("ephemeral-storage", Quantity.parse("1Gi")));
    assertThat(r.limits()).containsExactly(Map.entry("cpu", Quantity.parse("1")),
        Map.entry("memory", Quantity.parse("256Mi")), Map.entry("nvidia.com/gpu", Quantity.parse("1")));
  }

  @Test
  void should_reject_a_malformed_cpu_in_its_factory_and_report_other_quantities_at_validation() {
    assertThatThrownBy(() -> container("web", "nginx").requests(cpu("1 core"), memory("128Mi")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cpu must be a quantity such as 500m, 1.5 or 128Mi (was \"1 core\")");
    var p = pod("p").container(container("web", "nginx").limit("memory", "12 8Mi")).build();
    assertThat(errors(p)).singleElement().asString()
        .startsWith("Pod/p spec.containers[0].resources.limits[memory]: ").endsWith("[resource-quantity]");
  }


  @Test
  void should_refuse_a_memory_amount_as_cpu_and_a_cpu_amount_as_memory() {
    // requests(memory("512Mi"), cpu("250m")) does not compile; a swapped text is refused at the call
    assertThatThrownBy(() -> cpu("512Mi")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cpu must be cores or millicores such as 250m, 0.5 or 2 (was \"512Mi\"); a byte suffix means"
            + " memory: did you mean memory(\"512Mi\")?");
    assertThatThrownBy(() -> memory("250m")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("memory must be bytes such as 512Mi, 1Gi or 128M (was \"250m\"); the suffix m means thousandths,"
            + " a CPU amount: did you mean cpu(\"250m\")?");
  }

  @Test
  void should_build_cpu_and_memory_amounts_from_numbers_as_written() {
    assertThat(Cpu.millis(250)).isEqualTo(cpu("250m")).hasToString("250m");
    assertThat(Cpu.cores(2).quantity()).isEqualTo(Quantity.parse("2"));
    assertThat(Memory.mebibytes(512)).isEqualTo(memory("512Mi"));
    assertThat(Memory.gibibytes(1)).hasToString("1Gi");
    Container c = container("web", "nginx").request(cpu("250m")).limit(memory("1Gi")).build();
    assertThat(c.resources().orElseThrow().requests()).containsExactly(Map.entry("cpu", Quantity.parse("250m")));
    assertThat(c.resources().orElseThrow().limits()).containsExactly(Map.entry("memory", Quantity.parse("1Gi")));
    assertThatThrownBy(() -> Cpu.millis(-1)).hasMessage("millicores must be >= 0 (was -1)");
  }

  @Test
  void should_build_the_four_probe_kinds_with_timing() {
    Container c = container("web", "nginx")
        .livenessProbe(httpGet("/healthz", "http").initialDelay(Duration.ofSeconds(5))
            .period(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(2)).failureThreshold(3))
        .readinessProbe(tcpSocket(8080).successThreshold(1))
        .startupProbe(exec("cat", "/tmp/ready").terminationGracePeriod(Duration.ofSeconds(30)))
        .build();

    assertThat(c.livenessProbe()).contains(Probe.builder()
        .httpGet(HTTPGetAction.builder().path("/healthz").port(IntOrString.of("http")).build())
        .initialDelaySeconds(5).periodSeconds(10).timeoutSeconds(2).failureThreshold(3).build());
    assertThat(c.readinessProbe()).contains(Probe.builder()
        .tcpSocket(TCPSocketAction.builder().port(IntOrString.of(8080)).build()).successThreshold(1).build());
    assertThat(c.startupProbe()).contains(Probe.builder()
        .exec(ExecAction.builder().addCommand("cat", "/tmp/ready").build()).terminationGracePeriodSeconds(30L).build());
    assertThat(grpc(9090, "health").build()).isEqualTo(Probe.builder()
        .grpc(GRPCAction.builder().port(9090).service("health").build()).build());
  }

  @Test
  void should_report_an_exec_probe_without_a_command_at_validation() {
    var p = pod("p").container(container("web", "nginx").livenessProbe(exec())).build();

    assertThat(errors(p)).containsExactly(
        "Pod/p spec.containers[0].livenessProbe.exec.command: is required [probe-action]");
  }


  @Test
  void should_mount_volumes_by_name_or_value_read_write_or_read_only() {
    var data = persistentVolumeClaim("data", "data-claim");
    Container c = container("db", "postgres:17").mount("config", "/etc/app").mount(data, "/var/lib/data", true)
        .build();

    assertThat(c.volumeMounts()).containsExactly(
        VolumeMount.builder().name("config").mountPath("/etc/app").build(),
        VolumeMount.builder().name("data").mountPath("/var/lib/data").readOnly(true).build());
  }

  @Test
  void should_set_the_remaining_container_fields_and_extra() {
    SecurityContext nonRoot = SecurityContext.builder().runAsNonRoot(true).build();
    Container c = container("web", "nginx").command("nginx").args("-g", "daemon off;").workingDir("/srv")
        .imagePullPolicy("IfNotPresent").securityContext(nonRoot).extra("stdin", true).build();

    assertThat(c.command()).containsExactly("nginx");
    assertThat(c.args()).containsExactly("-g", "daemon off;");
    assertThat(c.workingDir()).contains("/srv");
    assertThat(c.imagePullPolicy()).contains("IfNotPresent");
    assertThat(c.securityContext()).contains(nonRoot);
    assertThat(c.extra().asMap()).containsExactly(Map.entry("stdin", true));
  }

  @Test
  void should_copy_a_container_and_change_only_its_image() {
    Container blue = container("web", "app:blue").port(80, "http").env("MODE", "prod").build();

    Container green = container(blue).image("app:green").build();

    assertThat(green).isEqualTo(blue.withImage("app:green"));
  }
}
