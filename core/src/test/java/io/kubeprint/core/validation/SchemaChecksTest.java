package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.CrossObjectFixtures.BATCH_JOB;
import static io.kubeprint.core.validation.CrossObjectFixtures.BLUE;
import static io.kubeprint.core.validation.CrossObjectFixtures.WEBSERVER;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Affinity;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.schema.KubernetesSchema;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.Pod;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The untyped fields of model values built in code are checked against the Kubernetes 1.32 schema. */
class SchemaChecksTest {
  private static final Fields TYPO = Fields.of("colour", "blue");

  /** The schema violations of {@code o}, as printed. */
  private static List<String> schema(KubeObject o) {
    return Validator.validate(o).stream()
        .filter(x -> x.ruleId().equals("unknown-field") || x.ruleId().equals("field-type"))
        .map(Violation::toString).toList();
  }

  private static Pod pod(PodSpec spec) {
    return PodFixtures.pod().withSpec(spec);
  }

  private static Container container() {
    return PodFixtures.pod().spec().containers().get(0);
  }

  @Test
  void should_refuse_a_misspelt_container_field_given_through_extra() {
    // GIVEN a container whose lifecycle is misspelt, through the escape hatch
    Container c = Container.builder().from(container()).extra(Fields.of("lifecyle", Map.of())).build();
    // WHEN validating THEN it is refused as the reader refuses it in a file
    assertThat(schema(PodFixtures.container(x -> c).apply(PodFixtures.pod()))).containsExactly(
        "Pod/web spec.containers[0].lifecyle: unknown field \"spec.containers[0].lifecyle\": Kubernetes has no such"
            + " field [unknown-field]");
  }

  @Test
  void should_check_inside_an_untyped_field_down_to_its_json_types() {
    Container c = Container.builder().from(container())
        .extra(Fields.of("lifecycle", Map.of("preStop", Map.of("sleep", Map.of("seconds", "5", "unit", "s")))))
        .build();
    assertThat(schema(PodFixtures.container(x -> c).apply(PodFixtures.pod()))).containsExactlyInAnyOrder(
        "Pod/web spec.containers[0].lifecycle.preStop.sleep.seconds: must be an integer (was string \"5\")"
            + " [field-type]",
        "Pod/web spec.containers[0].lifecycle.preStop.sleep.unit: unknown field"
            + " \"spec.containers[0].lifecycle.preStop.sleep.unit\": Kubernetes has no such field [unknown-field]");
  }

  @Test
  void should_accept_untyped_fields_kubernetes_1_32_has() {
    Container c = Container.builder().from(container())
        .extra(Fields.of("lifecycle", Map.of("preStop", Map.of("sleep", Map.of("seconds", 5L))))).build();
    PodSpec spec = PodSpec.builder().from(PodFixtures.pod().spec()).containers(List.of(c))
        .extra(Fields.of("hostUsers", false)).build();
    assertThat(schema(pod(spec))).isEmpty();
  }

  @Test
  void should_check_object_meta_pod_spec_and_the_object_itself() {
    Pod p = Pod.builder().from(PodFixtures.pod())
        .metadata(ObjectMeta.builder().from(PodFixtures.pod().metadata()).extra(Fields.of("lables", Map.of())).build())
        .spec(PodSpec.builder().from(PodFixtures.pod().spec()).extra(Fields.of("hostnameOverride", "x")).build())
        .extra(TYPO).build();
    assertThat(schema(p)).containsExactly(
        "Pod/web colour: unknown field \"colour\": Kubernetes has no such field [unknown-field]",
        "Pod/web metadata.lables: unknown field \"metadata.lables\": Kubernetes has no such field [unknown-field]",
        "Pod/web spec.hostnameOverride: unknown field \"spec.hostnameOverride\": Kubernetes has no such field"
            + " [unknown-field]");
  }

  @Test
  void should_check_a_deployment_spec_and_its_pod_template() {
    DeploymentSpec s = BLUE.spec();
    PodTemplateSpec t = s.template();
    Container c = Container.builder().from(t.spec().containers().get(0)).extra(TYPO).build();
    Deployment d = BLUE.withSpec(DeploymentSpec.builder().from(s).extra(Fields.of("replica", 2L))
        .template(t.withSpec(PodSpec.builder().from(t.spec()).containers(List.of(c)).build())).build());
    assertThat(schema(d)).containsExactly(
        "Deployment/webserver-blue spec.replica: unknown field \"spec.replica\": Kubernetes has no such field"
            + " [unknown-field]",
        "Deployment/webserver-blue spec.template.spec.containers[0].colour: unknown field"
            + " \"spec.template.spec.containers[0].colour\": Kubernetes has no such field [unknown-field]");
  }

  @Test
  void should_check_a_service_spec_and_its_ports() {
    ServiceSpec s = WEBSERVER.spec();
    var svc = WEBSERVER.withSpec(ServiceSpec.builder().from(s).extra(Fields.of("clusterIp", "None"))
        .ports(List.of(s.ports().get(0).withExtra(Fields.of("appProtocol", 5L)))).build());
    assertThat(schema(svc)).containsExactly(
        "Service/webserver spec.clusterIp: unknown field \"spec.clusterIp\": Kubernetes has no such field"
            + " [unknown-field]",
        "Service/webserver spec.ports[0].appProtocol: must be a string (was number 5) [field-type]");
  }

  @Test
  void should_check_a_cron_job_down_to_its_job_and_pod() {
    CronJob c = BATCH_JOB;
    JobSpec job = c.spec().jobTemplate().spec();
    CronJob bad = c.withSpec(c.spec().withExtra(Fields.of("suspend", "yes")).withJobTemplate(c.spec().jobTemplate()
        .withSpec(job.withExtra(Fields.of("backoffLimit", 3_000_000_000L))
            .withTemplate(job.template().withSpec(job.template().spec().withExtra(TYPO))))));
    assertThat(schema(bad)).containsExactly(
        "CronJob/batch-job spec.jobTemplate.spec.backoffLimit: must be a 32-bit integer (was 3000000000) [field-type]",
        "CronJob/batch-job spec.jobTemplate.spec.template.spec.colour: unknown field"
            + " \"spec.jobTemplate.spec.template.spec.colour\": Kubernetes has no such field [unknown-field]",
        "CronJob/batch-job spec.suspend: must be a boolean (was string \"yes\") [field-type]");
  }

  @Test
  void should_check_the_untyped_affinity_terms() {
    PodSpec spec = PodSpec.builder().from(PodFixtures.pod().spec()).affinity(Affinity.builder()
        .nodeAffinity(Fields.of("requiredDuringScheduling", Map.of())).build()).build();
    assertThat(schema(pod(spec))).containsExactly("Pod/web spec.affinity.nodeAffinity.requiredDuringScheduling:"
        + " unknown field \"spec.affinity.nodeAffinity.requiredDuringScheduling\": Kubernetes has no such field"
        + " [unknown-field]");
  }

  @Test
  void should_check_a_secret_without_showing_it() {
    Secret s = Secret.builder().from(CrossObjectFixtures.API_KEY).extra(Fields.of("stringData",
        Map.of("token", 12345L))).build();
    assertThat(schema(s)).containsExactly("Secret/apikey stringData[token]: must be a string (value redacted)"
        + " [field-type]");
  }

  @Test
  void should_name_a_schema_type_for_every_model_value_with_untyped_fields() throws IOException {
    // GIVEN every model interface of core that keeps untyped fields (extra())
    Path classes = Path.of("target", "classes", "io", "kubeprint", "core");
    String checks = Files.readString(Path.of("src", "main", "java", "io", "kubeprint", "core", "validation",
        "SchemaChecks.java"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
        String name = classes.relativize(f).toString().replace(".class", "").replace(f.getFileSystem().getSeparator(),
            ".");
        Class<?> c = Class.forName("io.kubeprint.core." + name);
        // GenericObject is checked by the type its kind names (the kind table), not by a type of its own
        if (!c.isInterface() || c.getSimpleName().startsWith("Immutable") || c == KubeObject.class
            || c == io.kubeprint.core.meta.GenericObject.class) {
          continue;
        }
        Method extra = extraOf(c);
        if (extra == null) {
          continue;
        }
        // THEN its schema type exists, and the schema checks visit it
        seen.add(c.getSimpleName());
        // autoscaling/v2 is the only version kubeprint types that is not a v1
        String type = (c.getPackageName().endsWith(".autoscaling") ? "V2" : "V1") + c.getSimpleName();
        if (!KubernetesSchema.get().hasType(type) || !checks.contains("\"" + type + "\"")) {
          missing.add(c.getName());
        }
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    assertThat(seen).hasSizeGreaterThan(50).contains("Container", "PodSpec", "ObjectMeta", "ServiceSpec",
        "DeploymentSpec", "JobSpec", "Secret");
    assertThat(missing).isEmpty();
  }

  private static Method extraOf(Class<?> c) {
    try {
      Method m = c.getMethod("extra");
      return m.getReturnType() == Fields.class ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
