package io.kubeprint.dsl;

import static io.kubeprint.dsl.Kube.container;
import static io.kubeprint.dsl.Kube.cronJob;
import static io.kubeprint.dsl.Kube.labels;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.JobSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CronJobsTest {

  @Test
  void should_set_restart_policy_on_failure_and_leave_the_rest_absent_by_default() {
    CronJob c = cronJob("nightly").schedule("0 3 * * *").container(container("job", "batch:1")).build();

    JobSpec job = c.spec().jobTemplate().spec();
    assertThat(job.template().spec().restartPolicy()).contains("OnFailure");
    assertThat(c.spec().timeZone()).isEmpty();
    assertThat(c.spec().concurrencyPolicy()).isEmpty();
    assertThat(c.spec().suspend()).isEmpty();
    assertThat(c.spec().successfulJobsHistoryLimit()).isEmpty();
    assertThat(job.backoffLimit()).isEmpty();
    assertThat(job.parallelism()).isEmpty();
  }

  @Test
  void should_set_every_cron_job_and_job_field() {
    CronJob c = cronJob("nightly").schedule("0 3 * * 1-5").timeZone("Europe/Berlin").forbidConcurrent()
        .suspend(true).startingDeadline(Duration.ofMinutes(5)).successfulJobsHistoryLimit(1)
        .failedJobsHistoryLimit(2).restartPolicy("Never").backoffLimit(4).activeDeadline(Duration.ofHours(1))
        .ttlAfterFinished(Duration.ofDays(1)).parallelism(2).completions(4)
        .podLabels(labels("app", "nightly")).container(container("job", "batch:1")).build();

    assertThat(c.spec().schedule()).contains("0 3 * * 1-5");
    assertThat(c.spec().timeZone()).contains("Europe/Berlin");
    assertThat(c.spec().concurrencyPolicy()).contains("Forbid");
    assertThat(c.spec().suspend()).contains(true);
    assertThat(c.spec().startingDeadlineSeconds()).contains(300L);
    assertThat(c.spec().successfulJobsHistoryLimit()).contains(1);
    assertThat(c.spec().failedJobsHistoryLimit()).contains(2);
    JobSpec job = c.spec().jobTemplate().spec();
    assertThat(job.backoffLimit()).contains(4);
    assertThat(job.activeDeadlineSeconds()).contains(3600L);
    assertThat(job.ttlSecondsAfterFinished()).contains(86400);
    assertThat(job.parallelism()).contains(2);
    assertThat(job.completions()).contains(4);
    assertThat(job.template().spec().restartPolicy()).contains("Never");
    assertThat(job.template().metadata().labels()).containsExactly(Map.entry("app", "nightly"));
  }

  @Test
  void should_set_the_concurrency_policy_by_enum_and_shortcut() {
    assertThat(cronJob("a").replaceConcurrent().build().spec().concurrencyPolicy()).contains("Replace");
    assertThat(cronJob("b").allowConcurrent().build().spec().concurrencyPolicy()).contains("Allow");
    assertThat(cronJob("c").concurrencyPolicy(ConcurrencyPolicy.FORBID).build().spec().concurrencyPolicy())
        .contains("Forbid");
  }

  @Test
  void should_copy_a_cron_job_and_change_only_its_schedule() {
    CronJob c = cronJob("nightly").schedule("0 3 * * *").backoffLimit(2).jobSpecExtra("suspend", false)
        .container(container("job", "batch:1")).build();

    CronJob copy = cronJob(c).schedule("0 4 * * *").build();

    assertThat(copy).isEqualTo(c.withSpec(c.spec().withSchedule("0 4 * * *")));
  }
}
