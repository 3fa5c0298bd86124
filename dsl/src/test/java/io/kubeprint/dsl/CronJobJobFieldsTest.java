package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.JobSpec;
import org.junit.jupiter.api.Test;

/** A CronJob's builder sets the Job fields of {@link JobBuilder} on {@code spec.jobTemplate.spec}. */
class CronJobJobFieldsTest {

  @Test
  void should_set_completion_mode_and_pod_failure_policy_on_the_job_template() {
    // GIVEN an indexed nightly run that fails on exit code 42 and ignores disruptions
    CronJob c = cronJob("nightly").schedule("0 3 * * *").restartPolicy("Never")
        .container(container("main", "batch:1"))
        .indexed(4)
        .podFailurePolicy(PodFailureRule.onExitCodes(PodFailureAction.FAIL_JOB, 42).inContainer("main"),
            PodFailureRule.onPodCondition(PodFailureAction.IGNORE, "DisruptionTarget"))
        .build();
    // WHEN reading the Job template THEN the fields are there, as a Job's builder writes them
    JobSpec job = c.spec().jobTemplate().spec();
    assertThat(job.completionMode()).contains("Indexed");
    assertThat(job.completions()).contains(4);
    JobSpec same = Kube.job("nightly").restartPolicy("Never").container(container("main", "batch:1")).indexed(4)
        .podFailurePolicy(PodFailureRule.onExitCodes(PodFailureAction.FAIL_JOB, 42).inContainer("main"),
            PodFailureRule.onPodCondition(PodFailureAction.IGNORE, "DisruptionTarget"))
        .build().spec();
    assertThat(job.podFailurePolicy()).isEqualTo(same.podFailurePolicy());
    assertThat(job.podFailurePolicy().orElseThrow().rules()).hasSize(2);
    assertThat(Violated.errors(c)).isEmpty();
  }

  @Test
  void should_set_the_completion_mode_alone() {
    CronJob c = cronJob("nightly").schedule("0 3 * * *").container(container("main", "batch:1"))
        .completionMode(CompletionMode.NON_INDEXED).build();

    assertThat(c.spec().jobTemplate().spec().completionMode()).contains("NonIndexed");
  }

  @Test
  void should_report_a_wrong_pod_failure_policy_at_the_job_template_paths() {
    // GIVEN the mistakes of a new user: Indexed without completions, FailIndex without backoffLimitPerIndex,
    // exit code 0 with In, and the builder's OnFailure restart policy
    CronJob bad = cronJob("badcron").schedule("0 3 * * *").container(container("main", "t:1"))
        .completionMode(CompletionMode.INDEXED)
        .podFailurePolicy(PodFailureRule.onExitCodes(PodFailureAction.FAIL_INDEX, 0)).build();
    // WHEN validating THEN each is reported under spec.jobTemplate.spec, all at once
    assertThat(Violated.errors(bad)).containsExactly(
        "CronJob/badcron spec.jobTemplate.spec.completions: is required when completionMode is \"Indexed\" [indexed-job]",
        "CronJob/badcron spec.jobTemplate.spec.podFailurePolicy.rules[0].action: requires backoffLimitPerIndex to be"
            + " set (was \"FailIndex\") [pod-failure-policy]",
        "CronJob/badcron spec.jobTemplate.spec.podFailurePolicy.rules[0].onExitCodes.values[0]: must not be 0 for the"
            + " In operator (was 0) [pod-failure-policy]",
        "CronJob/badcron spec.jobTemplate.spec.template.spec.restartPolicy: must be \"Never\" when podFailurePolicy is"
            + " specified (was \"OnFailure\") [pod-failure-policy-restart-never]");
  }
}
