package io.kubeprint.dsl;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.time.Duration;

/**
 * Builds a {@link CronJob}: {@code cronJob("batch-job").schedule("*&#47;1 * * * *")
 * .container(container("batch", "gcr.io/p/batch:1.0")).build()}.
 *
 * <p>The pod methods (containers, volumes, pod labels) shape {@code spec.jobTemplate.spec.template}. The
 * pod's {@code restartPolicy} is set to {@code OnFailure} from the start, since a Job's pods may not use the
 * API server's {@code Always}; it shows in the value and the YAML. Other fields stay absent (API server
 * defaults: concurrency {@code Allow}, 3 successful and 1 failed Jobs kept, backoff limit 6).
 */
public final class CronJobBuilder extends TemplatedWorkloadBuilder<CronJobBuilder, CronJob> {
  private CronJobSpec spec;
  private JobTemplateSpec jobTemplate;
  private JobSpec jobSpec;

  CronJobBuilder(String name) {
    super(CronJob.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodTemplateSpec.builder().spec(PodSpec.builder().restartPolicy("OnFailure").build()).build());
    this.spec = CronJobSpec.builder().build();
    this.jobTemplate = JobTemplateSpec.builder().build();
    this.jobSpec = JobSpec.builder().build();
  }

  CronJobBuilder(CronJob existing) {
    super(CronJob.class, Checks.notNull(existing, "cronJob").metadata(), existing.extra(),
        existing.spec().jobTemplate().spec().template());
    this.spec = existing.spec();
    this.jobTemplate = existing.spec().jobTemplate();
    this.jobSpec = existing.spec().jobTemplate().spec();
  }

  @Override
  CronJobBuilder self() {
    return this;
  }

  /** Sets {@code spec.schedule}, a cron expression such as {@code 0 3 * * 1-5}; required. */
  public CronJobBuilder schedule(String cron) {
    spec = spec.withSchedule(Checks.notNull(cron, "cron"));
    return this;
  }

  /** Sets {@code spec.timeZone}, an IANA zone such as {@code Europe/Berlin}; absent means the controller's zone. */
  public CronJobBuilder timeZone(String timeZone) {
    spec = spec.withTimeZone(Checks.notNull(timeZone, "timeZone"));
    return this;
  }

  /** Sets {@code spec.concurrencyPolicy}; the API server defaults it to {@code Allow}. */
  public CronJobBuilder concurrencyPolicy(ConcurrencyPolicy policy) {
    spec = spec.withConcurrencyPolicy(Checks.notNull(policy, "policy").value());
    return this;
  }

  /** {@code spec.concurrencyPolicy: Forbid}: skip a run while the last still runs. */
  public CronJobBuilder forbidConcurrent() {
    return concurrencyPolicy(ConcurrencyPolicy.FORBID);
  }

  /** {@code spec.concurrencyPolicy: Replace}: a due run replaces the one still running. */
  public CronJobBuilder replaceConcurrent() {
    return concurrencyPolicy(ConcurrencyPolicy.REPLACE);
  }

  /** {@code spec.concurrencyPolicy: Allow}: runs may overlap (also the default when unset). */
  public CronJobBuilder allowConcurrent() {
    return concurrencyPolicy(ConcurrencyPolicy.ALLOW);
  }

  /** Sets {@code spec.suspend}; defaults to false. */
  public CronJobBuilder suspend(boolean suspend) {
    spec = spec.withSuspend(suspend);
    return this;
  }

  /** Sets {@code spec.startingDeadlineSeconds} (whole seconds): how late a missed run may still start; absent means no deadline. */
  public CronJobBuilder startingDeadline(Duration deadline) {
    spec = spec.withStartingDeadlineSeconds(Checks.longSeconds(deadline, "startingDeadline"));
    return this;
  }

  /** Sets {@code spec.successfulJobsHistoryLimit} (>= 0); the API server defaults it to 3. */
  public CronJobBuilder successfulJobsHistoryLimit(int limit) {
    spec = spec.withSuccessfulJobsHistoryLimit(limit);
    return this;
  }

  /** Sets {@code spec.failedJobsHistoryLimit} (>= 0); the API server defaults it to 1. */
  public CronJobBuilder failedJobsHistoryLimit(int limit) {
    spec = spec.withFailedJobsHistoryLimit(limit);
    return this;
  }

  /** Sets the Job pods' {@code restartPolicy}: {@code OnFailure} (this builder's default) or {@code Never}. */
  public CronJobBuilder restartPolicy(String restartPolicy) {
    setRestartPolicy(restartPolicy);
    return this;
  }

  /** Sets {@code jobTemplate.spec.backoffLimit} (>= 0), retries before a Job fails; the API server defaults it to 6. */
  public CronJobBuilder backoffLimit(int backoffLimit) {
    jobSpec = jobSpec.withBackoffLimit(backoffLimit);
    return this;
  }

  /** Sets {@code jobTemplate.spec.activeDeadlineSeconds} (whole seconds), a limit on each Job's run time; absent by default. */
  public CronJobBuilder activeDeadline(Duration deadline) {
    jobSpec = jobSpec.withActiveDeadlineSeconds(Checks.longSeconds(deadline, "activeDeadline"));
    return this;
  }

  /** Sets {@code jobTemplate.spec.ttlSecondsAfterFinished} (whole seconds): delete finished Jobs after this long; absent keeps them. */
  public CronJobBuilder ttlAfterFinished(Duration ttl) {
    jobSpec = jobSpec.withTtlSecondsAfterFinished(Checks.intSeconds(ttl, "ttlAfterFinished"));
    return this;
  }

  /** Sets {@code jobTemplate.spec.parallelism} (>= 0); the API server defaults it to 1. */
  public CronJobBuilder parallelism(int parallelism) {
    jobSpec = jobSpec.withParallelism(parallelism);
    return this;
  }

  /** Sets {@code jobTemplate.spec.completions} (>= 0); absent means one successful pod completes the Job. */
  public CronJobBuilder completions(int completions) {
    jobSpec = jobSpec.withCompletions(completions);
    return this;
  }

  /**
   * Sets {@code jobTemplate.spec.completionMode: Indexed} and {@code jobTemplate.spec.completions}: each pod of a
   * Job gets an index from 0 to {@code completions - 1}, as {@link JobBuilder#indexed(int)}.
   */
  public CronJobBuilder indexed(int completions) {
    jobSpec = JobSpecs.indexed(jobSpec, completions);
    return this;
  }

  /**
   * Sets {@code jobTemplate.spec.completionMode}: {@code .completionMode(CompletionMode.INDEXED)} (which needs
   * {@code completions}); the API server defaults it to {@code NonIndexed}. As {@link JobBuilder#completionMode}.
   */
  public CronJobBuilder completionMode(CompletionMode mode) {
    jobSpec = JobSpecs.completionMode(jobSpec, mode);
    return this;
  }

  /**
   * Adds rules to {@code jobTemplate.spec.podFailurePolicy.rules}, checked in order against each failed pod of a
   * Job: {@code .restartPolicy("Never").podFailurePolicy(onExitCodes(FAIL_JOB, 42), onPodCondition(IGNORE,
   * "DisruptionTarget"))}. The pods' {@code restartPolicy} must be {@code Never} for a policy; validation reports
   * a wrong rule at {@code spec.jobTemplate.spec.podFailurePolicy.rules[i]...}. As {@link JobBuilder#podFailurePolicy}.
   */
  public CronJobBuilder podFailurePolicy(PodFailureRule... rules) {
    jobSpec = JobSpecs.podFailurePolicy(jobSpec, rules);
    return this;
  }

  /** Sets a CronJob {@code spec} field kubeprint does not type, kept verbatim in {@code CronJobSpec.extra()}. */
  public CronJobBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), CronJobSpec.class, field, value));
    return this;
  }

  /** Sets a Job {@code spec} field kubeprint does not type (e.g. {@code suspend}), kept in {@code JobSpec.extra()}. */
  public CronJobBuilder jobSpecExtra(String field, Object value) {
    jobSpec = jobSpec.withExtra(Checks.extra(jobSpec.extra(), JobSpec.class, field, value));
    return this;
  }

  @Override
  public CronJob build() {
    return CronJob.builder()
        .metadata(metadata)
        .spec(spec.withJobTemplate(jobTemplate.withSpec(jobSpec.withTemplate(template()))))
        .extra(extra)
        .build();
  }
}
