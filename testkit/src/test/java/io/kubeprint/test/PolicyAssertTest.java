package io.kubeprint.test;

import static io.kubeprint.test.Fixtures.APP;
import static io.kubeprint.test.KubeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubeprint.core.policy.Level;
import io.kubeprint.core.policy.Policy;
import org.junit.jupiter.api.Test;

/** {@code assertThat(bundle).satisfies(policy)}. */
class PolicyAssertTest {

  @Test
  void should_pass_a_policy_that_finds_nothing_at_level_error() {
    assertThat(APP).satisfies(Policy.baseline());
    assertThat(APP).satisfies(Policy.recommended().with("latest-tag", Level.WARNING)
        .with("no-read-only-root-fs", Level.OFF).with("run-as-non-root", Level.OFF)
        .with("unset-cpu-requirements", Level.OFF).with("unset-memory-requirements", Level.OFF)
        .with("no-anti-affinity", Level.OFF));
  }

  @Test
  void should_list_every_finding_when_the_bundle_fails_the_policy() {
    assertThatThrownBy(() -> assertThat(APP).satisfies(Policy.restricted().with("pss-run-as-non-root", Level.WARNING)))
        .hasMessageStartingWith("\nExpecting bundle of 6 objects:\n  to satisfy Policy{custom, 14 checks, 0 waivers}\n"
            + "but had 9 findings at level error:\n"
            + "  CronJob/batch-job spec.jobTemplate.spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation:"
            + " allowPrivilegeEscalation != false (container \"batch-container\" must set"
            + " securityContext.allowPrivilegeEscalation=false) [pss-allow-privilege-escalation]\n")
        .hasMessageContaining("  warning: Deployment/webserver-blue spec.template.spec.securityContext.runAsNonRoot:"
            + " runAsNonRoot != true (pod or container \"webserver-container\" must set securityContext.runAsNonRoot=true)"
            + " [pss-run-as-non-root]");
  }
}
