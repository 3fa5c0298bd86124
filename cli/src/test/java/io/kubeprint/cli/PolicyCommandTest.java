package io.kubeprint.cli;

import static io.kubeprint.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubeprint validate --policy baseline|restricted|recommended|FILE}, in every output format. */
class PolicyCommandTest {
  private static final String ROOT_POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - image: nginx:1.27
          name: web
      """;

  @TempDir
  Path dir;

  Path file(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void should_fail_a_root_pod_at_restricted_naming_each_check_as_the_admission_does() throws IOException {
    Path f = file("pod.yaml", ROOT_POD);
    MainTest.Run r = run("validate", "--policy", "restricted", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.outLines()).contains(
        f + ": Pod/web spec.containers[0].securityContext.allowPrivilegeEscalation: allowPrivilegeEscalation != false"
            + " (container \"web\" must set securityContext.allowPrivilegeEscalation=false) [pss-allow-privilege-escalation]",
        f + ": Pod/web spec.securityContext.runAsNonRoot: runAsNonRoot != true (pod or container \"web\" must set"
            + " securityContext.runAsNonRoot=true) [pss-run-as-non-root]", "1 object, 4 errors");
  }

  @Test
  void should_pass_a_root_pod_at_baseline() throws IOException {
    Path f = file("pod.yaml", ROOT_POD);
    MainTest.Run r = run("validate", "--policy", "baseline", f.toString());
    assertThat(r.code()).as(r.out()).isZero();
  }

  @Test
  void should_read_levels_and_waivers_from_a_project_file() throws IOException {
    Path policy = file("kubeprint.yaml", """
        policy:
          profile: [restricted, recommended]
          checks:
            pss-run-as-non-root: warning
            no-read-only-root-fs: off
          waivers:
          - check: pss-allow-privilege-escalation
            object: Pod/web
            reason: measured in staging
        """);
    Path f = file("pod.yaml", ROOT_POD);
    MainTest.Run r = run("validate", "--policy", policy.toString(), f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("warning: Pod/web spec.securityContext.runAsNonRoot: runAsNonRoot != true")
        .contains("[unset-cpu-requirements]").doesNotContain("[pss-allow-privilege-escalation]")
        .doesNotContain("[no-read-only-root-fs]");
  }

  @Test
  void should_refuse_a_project_file_with_mistakes_listing_each() throws IOException {
    Path policy = file("kubeprint.yaml", """
        policy:
          profile: strict
          checks:
            latest-tags: error
            latest-tag: loud
        """);
    MainTest.Run r = run("validate", "--policy", policy.toString(), file("pod.yaml", ROOT_POD).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(
        "error: --policy: " + policy + ": policy.profile: profile must be baseline, restricted, recommended or none"
            + " (was \"strict\")",
        policy + ": policy.checks.latest-tags: no such check (checks: " + String.join(", ",
            io.kubeprint.core.policy.Check.ids()) + ")",
        policy + ": policy.checks.latest-tag: level must be off, warning or error (was \"loud\")");
  }

  @Test
  void should_report_findings_in_every_output_format() throws IOException {
    Path f = file("pod.yaml", ROOT_POD);
    assertThat(run("validate", "--policy", "restricted", "--output", "json", f.toString()).out())
        .contains("\"rule\": \"pss-run-as-non-root\"");
    assertThat(run("validate", "--policy", "restricted", "--output", "junit", f.toString()).out())
        .contains("type=\"pss-run-as-non-root\"");
    assertThat(run("validate", "--policy", "restricted", "--output", "github", f.toString()).out())
        .contains("title=pss-run-as-non-root::");
    assertThat(run("validate", "--policy", "restricted", "--output", "sarif", f.toString()).out())
        .contains("{\"id\": \"pss-run-as-non-root\", \"shortDescription\": {\"text\": \"runAsNonRoot=true on the pod or"
            + " every container\"}, \"properties\": {\"upstream\": \"runAsNonRoot: runAsNonRoot_1_0\"}}");
  }
}
