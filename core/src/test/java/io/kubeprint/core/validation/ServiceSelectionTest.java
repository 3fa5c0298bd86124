package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.check;
import static io.kubeprint.core.validation.CrossObjectFixtures.container;
import static io.kubeprint.core.validation.CrossObjectFixtures.deployment;
import static io.kubeprint.core.validation.CrossObjectFixtures.meta;
import static io.kubeprint.core.validation.CrossObjectFixtures.port;
import static io.kubeprint.core.validation.CrossObjectFixtures.service;
import static io.kubeprint.core.validation.CrossObjectFixtures.servicePort;
import static io.kubeprint.core.validation.CrossObjectFixtures.spec;
import static io.kubeprint.core.validation.CrossObjectFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A Service selects pods in the bundle, reaches a port they expose, and picks one color. */
class ServiceSelectionTest {
  private static final Map<String, String> WEB = Map.of("app", "web");
  private static final ServicePort HTTP = servicePort(80, IntOrString.of("http"));
  private static final Container NGINX = container("nginx", port(80, "http"));

  private static Service web(ServicePort... ports) {
    return service("web", WEB, ports);
  }

  // ---- selection ----

  static Stream<Object> workloads() {
    PodSpec spec = spec(NGINX);
    Pod pod = Pod.builder().metadata(ObjectMeta.builder().name("p").labels(WEB).build()).spec(spec).build();
    ReplicaSet rs = ReplicaSet.builder().metadata(meta("rs")).spec(ReplicaSetSpec.builder()
        .selector(CrossObjectFixtures.matchLabels(WEB)).template(template(WEB, spec)).build()).build();
    PodTemplate pt = PodTemplate.builder().metadata(meta("pt")).template(template(WEB, spec)).build();
    CronJob cj = CronJob.builder().metadata(meta("cj")).spec(CronJobSpec.builder().schedule("0 * * * *")
        .jobTemplate(JobTemplateSpec.builder().spec(JobSpec.builder()
            .template(template(WEB, spec.withRestartPolicy("Never"))).build()).build()).build()).build();
    return Stream.of(pod, rs, pt, cj, deployment("d", WEB, NGINX));
  }

  @ParameterizedTest
  @MethodSource("workloads")
  void should_accept_a_service_selecting_the_pods_of_any_workload_kind(Object workload) {
    Bundle b = Bundle.of(web(HTTP), (io.kubeprint.core.meta.KubeObject) workload);
    assertThat(check(b)).isEmpty();
  }

  @Test
  void should_accept_a_service_selecting_the_pods_of_a_workload_without_a_typed_value() {
    io.kubeprint.core.meta.GenericObject db = io.kubeprint.core.meta.GenericObject.of("v1", "ReplicationController")
        .metadata(io.kubeprint.core.meta.ObjectMeta.builder().name("db").build())
        .extra(io.kubeprint.core.meta.Fields.of("spec", Map.of("selector", WEB,
            "template", Map.of("metadata", Map.of("labels", WEB),
                "spec", Map.of("containers", java.util.List.of(Map.of("name", "db", "image", "postgres:17"))))))).build();
    assertThat(check(Bundle.of(web(HTTP), db))).isEmpty();
  }

  @Test
  void should_reject_a_service_that_selects_no_pods_at_all() {
    assertThat(check(Bundle.of(web(HTTP)))).containsExactly(
        "Service/web spec.selector: must select the pods of a workload in the bundle (was app=web)"
            + " [service-selects-no-pods]");
  }

  @Test
  void should_reject_a_service_whose_pods_are_in_another_namespace() {
    Service s = service(CrossObjectFixtures.meta("a", "web"), WEB, HTTP);
    Deployment d = deployment(CrossObjectFixtures.meta("b", "web"), WEB, spec(NGINX));
    assertThat(check(Bundle.of(s, d))).containsExactly(
        "Service/web spec.selector: must select the pods of a workload in the bundle (was app=web);"
            + " Deployment/web in namespace \"b\" has these labels [service-selects-no-pods]");
  }

  @Test
  void should_accept_a_service_without_namespace_selecting_pods_in_a_namespace() {
    Deployment d = deployment(CrossObjectFixtures.meta("b", "web"), WEB, spec(NGINX));
    assertThat(check(Bundle.of(web(HTTP), d))).isEmpty();
  }

  @Test
  void should_accept_a_service_whose_pods_have_no_namespace_beside_other_pods_of_its_namespace() {
    Service s = service(CrossObjectFixtures.meta("a", "web"), WEB, HTTP);
    Deployment other = deployment(CrossObjectFixtures.meta("a", "db"), Map.of("app", "db"), spec(NGINX));
    assertThat(check(Bundle.of(s, other, deployment("web", WEB, NGINX)))).isEmpty();
  }

  @Test
  void should_not_judge_a_service_without_selector() {
    assertThat(check(Bundle.of(service("manual", Map.of(), HTTP)))).isEmpty();
  }

  @Test
  void should_not_judge_an_external_name_service() {
    Service s = web(HTTP);
    s = s.withSpec(s.spec().withType("ExternalName").withExternalName("db.example.com"));
    assertThat(check(Bundle.of(s))).isEmpty();
  }

  @Test
  void should_let_a_selector_on_pod_template_hash_match_a_deployments_pods() {
    Service s = service("web", Map.of("app", "web", "pod-template-hash", "5d9f8b7c6"), HTTP);
    assertThat(check(Bundle.of(s, deployment("d", WEB, NGINX)))).isEmpty();
  }

  @Test
  void should_not_let_pod_template_hash_match_a_bare_pod() {
    Service s = service("web", Map.of("app", "web", "pod-template-hash", "5d9f8b7c6"), HTTP);
    Pod pod = Pod.builder().metadata(ObjectMeta.builder().name("p").labels(WEB).build()).spec(spec(NGINX)).build();
    assertThat(check(Bundle.of(s, pod))).containsExactly(
        "Service/web spec.selector: must select the pods of a workload in the bundle"
            + " (was app=web,pod-template-hash=5d9f8b7c6); closest: Pod/p with pod labels app=web"
            + " [service-selects-no-pods]");
  }

  @Test
  void should_let_a_selector_on_job_name_match_a_cronjobs_pods() {
    Service s = service("batch", Map.of("job-name", "report-28312"), HTTP);
    CronJob cj = (CronJob) workloads().toList().get(3);
    assertThat(check(Bundle.of(s, cj))).isEmpty();
  }

  // ---- named target ports ----

  @Test
  void should_accept_a_named_target_port_a_sidecar_declares() {
    Container sidecar = container("proxy", port(15001, "http")).withRestartPolicy("Always");
    Deployment d = deployment(meta("d"), WEB, spec(container("app")).withInitContainers(sidecar));
    assertThat(check(Bundle.of(web(HTTP), d))).isEmpty();
  }

  @Test
  void should_reject_a_named_target_port_only_a_plain_init_container_declares() {
    Deployment d = deployment(meta("d"), WEB, spec(container("app", port(8080, "metrics")))
        .withInitContainers(container("setup", port(80, "http"))));
    assertThat(check(Bundle.of(web(HTTP), d))).containsExactly(
        "Service/web spec.ports[0].targetPort: must name a TCP container port of the pods of Deployment/d"
            + " (was \"http\"); they have: metrics/TCP [target-port-name-missing]");
  }

  @Test
  void should_reject_a_named_target_port_of_another_protocol() {
    Container dns = container("dns", ContainerPort.builder().containerPort(53).name("dns").protocol("UDP").build());
    ServicePort tcp = servicePort(53, IntOrString.of("dns"));
    assertThat(check(Bundle.of(web(tcp), deployment("d", WEB, dns)))).containsExactly(
        "Service/web spec.ports[0].targetPort: must name a TCP container port of the pods of Deployment/d"
            + " (was \"dns\"); they have: dns/UDP [target-port-name-missing]");
  }

  @Test
  void should_accept_a_named_udp_target_port() {
    Container dns = container("dns", ContainerPort.builder().containerPort(53).name("dns").protocol("UDP").build());
    ServicePort udp = servicePort(53, IntOrString.of("dns")).withProtocol("UDP");
    assertThat(check(Bundle.of(web(udp), deployment("d", WEB, dns)))).isEmpty();
  }

  @Test
  void should_say_when_the_selected_pods_name_no_port() {
    assertThat(check(Bundle.of(web(HTTP), deployment("d", WEB, container("app", port(80)))))).containsExactly(
        "Service/web spec.ports[0].targetPort: must name a TCP container port of the pods of Deployment/d"
            + " (was \"http\"); they have no named ports [target-port-name-missing]");
  }

  @Test
  void should_check_a_named_target_port_in_every_selected_workload() {
    Deployment good = deployment("good", Map.of("app", "web", "track", "stable"), NGINX);
    Deployment bad = deployment("bad", Map.of("app", "web", "track", "canary"), container("nginx", port(80, "web")));
    assertThat(check(Bundle.of(web(HTTP), good, bad))).containsExactly(
        "Service/web spec.ports[0].targetPort: must name a TCP container port of the pods of Deployment/bad"
            + " (was \"http\"); they have: web/TCP [target-port-name-missing]");
  }

  @Test
  void should_report_the_index_of_the_service_port_at_fault() {
    Service s = web(HTTP, servicePort(443, IntOrString.of("https")).withName("https"));
    assertThat(check(Bundle.of(s, deployment("d", WEB, NGINX)))).containsExactly(
        "Service/web spec.ports[1].targetPort: must name a TCP container port of the pods of Deployment/d"
            + " (was \"https\"); they have: http/TCP [target-port-name-missing]");
  }

  // ---- numeric target ports ----

  @Test
  void should_accept_a_numeric_target_port_the_pods_expose() {
    assertThat(check(Bundle.of(web(servicePort(8080, IntOrString.of(80))), deployment("d", WEB, NGINX)))).isEmpty();
  }

  @Test
  void should_reject_a_numeric_target_port_the_pods_do_not_expose() {
    Deployment d = deployment("d", WEB, container("nginx", port(80), port(443)));
    assertThat(check(Bundle.of(web(servicePort(80, IntOrString.of(8080))), d))).containsExactly(
        "Service/web spec.ports[0].targetPort: must be a TCP container port of the pods of Deployment/d"
            + " (was 8080); they expose: 80/TCP, 443/TCP [target-port-not-exposed]");
  }

  @Test
  void should_check_the_target_port_defaulted_from_the_port() {
    Service s = web(ServicePort.builder().port(8080).build());
    assertThat(check(Bundle.of(s, deployment("d", WEB, NGINX)))).containsExactly(
        "Service/web spec.ports[0].targetPort: must be a TCP container port of the pods of Deployment/d"
            + " (was 8080, defaulted from port); they expose: 80/TCP [target-port-not-exposed]");
  }

  @Test
  void should_accept_a_numeric_target_port_when_the_pods_declare_no_ports() {
    Service s = web(ServicePort.builder().port(8080).build());
    assertThat(check(Bundle.of(s, deployment("d", WEB, container("app"))))).isEmpty();
  }

  @Test
  void should_reject_a_numeric_target_port_exposed_with_another_protocol() {
    Container dns = container("dns", ContainerPort.builder().containerPort(53).protocol("UDP").build());
    assertThat(check(Bundle.of(web(ServicePort.builder().port(53).build()), deployment("d", WEB, dns))))
        .containsExactly("Service/web spec.ports[0].targetPort: must be a TCP container port of the pods of"
            + " Deployment/d (was 53, defaulted from port); they expose: 53/UDP [target-port-not-exposed]");
  }

  // ---- colors ----

  @Test
  void should_accept_a_service_selecting_two_workloads_of_one_color() {
    Deployment a = deployment("a", Map.of("app", "web", "color", "blue", "tier", "fe"), NGINX);
    Deployment b = deployment("b", Map.of("app", "web", "color", "blue", "tier", "be"), NGINX);
    assertThat(check(Bundle.of(web(HTTP), a, b))).isEmpty();
  }

  @Test
  void should_accept_a_service_selecting_a_colored_and_an_uncolored_workload() {
    Deployment a = deployment("a", Map.of("app", "web", "color", "blue", "tier", "fe"), NGINX);
    Deployment b = deployment("b", Map.of("app", "web", "tier", "be"), NGINX);
    assertThat(check(Bundle.of(web(HTTP), a, b))).isEmpty();
  }

  @Test
  void should_name_every_color_a_service_selects() {
    Deployment a = deployment("a", Map.of("app", "web", "color", "blue"), NGINX);
    Deployment b = deployment("b", Map.of("app", "web", "color", "green"), NGINX);
    Pod c = Pod.builder().metadata(ObjectMeta.builder().name("c").labels(Map.of("app", "web", "color", "red")).build())
        .spec(spec(NGINX)).build();
    assertThat(check(Bundle.of(web(HTTP), a, b, c))).containsExactly(
        "Service/web spec.selector: must select pods of one color only (was Deployment/a color=blue,"
            + " Deployment/b color=green, Pod/c color=red); add color=blue or color=green or color=red to the selector"
            + " [service-selects-both-colors]");
  }
}
