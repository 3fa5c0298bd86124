package io.kubeprint.dsl;

import io.kubeprint.core.batch.Job;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.time.Duration;

/**
 * Builds a {@link Job}: {@code job("migrate").container(container("migrate", "gcr.io/p/migrate:1.0"))
 * .backoffLimit(2).ttlAfterFinished(Duration.ofHours(1)).build()}.
 *
 * <p>The pod's {@code restartPolicy} is set to {@code OnFailure} from the start, since a Job's pods may not use
 * the API server's {@code Always}; it shows in the value and the YAML. {@code spec.selector} stays absent: the
 * API server generates it from the Job's uid, and labels the pods {@code job-name: <name>} (a Service or a
 * PodDisruptionBudget can select that). Other fields stay absent (API server defaults: 1 completion,
 * parallelism 1, backoff limit 6, kept forever).
 */
public final class JobBuilder extends TemplatedWorkloadBuilder<JobBuilder, Job> {
  private JobSpec spec;

  JobBuilder(String name) {
    super(Job.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodTemplateSpec.builder().spec(PodSpec.builder().restartPolicy("OnFailure").build()).build());
    this.spec = JobSpec.builder().build();
  }

  JobBuilder(Job existing) {
    super(Job.class, Checks.notNull(existing, "job").metadata(), existing.extra(), existing.spec().template());
    this.spec = existing.spec();
  }

  @Override
  JobBuilder self() {
    return this;
  }

  /** Sets the pods' {@code restartPolicy}: {@code OnFailure} (this builder's default) or {@code Never}. */
  public JobBuilder restartPolicy(String restartPolicy) {
    setRestartPolicy(restartPolicy);
    return this;
  }

  /** Sets {@code spec.backoffLimit} (>= 0), retries before the Job fails; the API server defaults it to 6. */
  public JobBuilder backoffLimit(int backoffLimit) {
    spec = spec.withBackoffLimit(backoffLimit);
    return this;
  }

  /** Sets {@code spec.activeDeadlineSeconds} (whole seconds, above 0), a limit on the Job's run time; absent by default. */
  public JobBuilder activeDeadline(Duration deadline) {
    spec = spec.withActiveDeadlineSeconds(Checks.longSeconds(deadline, "activeDeadline"));
    return this;
  }

  /** Sets {@code spec.ttlSecondsAfterFinished} (whole seconds): delete the finished Job after this long; absent keeps it. */
  public JobBuilder ttlAfterFinished(Duration ttl) {
    spec = spec.withTtlSecondsAfterFinished(Checks.intSeconds(ttl, "ttlAfterFinished"));
    return this;
  }

  /** Sets {@code spec.parallelism} (>= 0), the pods run at once; the API server defaults it to 1. */
  public JobBuilder parallelism(int parallelism) {
    spec = spec.withParallelism(parallelism);
    return this;
  }

  /** Sets {@code spec.completions} (>= 0); absent means one successful pod completes the Job. */
  public JobBuilder completions(int completions) {
    spec = spec.withCompletions(completions);
    return this;
  }

  /**
   * Sets {@code spec.completionMode: Indexed} and {@code spec.completions}: each pod gets an index from 0 to
   * {@code completions - 1} ({@code JOB_COMPLETION_INDEX}), and the Job completes when each index has succeeded.
   */
  public JobBuilder indexed(int completions) {
    spec = JobSpecs.indexed(spec, completions);
    return this;
  }

  /**
   * Sets {@code spec.manualSelector: true} and {@code spec.selector} to exactly these labels, instead of the one the
   * API server generates; the pod labels must include them. Rarely needed: the generated selector never overlaps
   * another Job's.
   */
  public JobBuilder manualSelector(Labels matchLabels) {
    Checks.notNull(matchLabels, "matchLabels");
    if (matchLabels.isEmpty()) {
      throw new IllegalArgumentException("matchLabels must not be empty for a manual selector");
    }
    spec = spec.withManualSelector(true).withSelector(LabelSelector.builder().matchLabels(matchLabels.asMap()).build());
    return this;
  }

  /**
   * Sets {@code spec.completionMode}: {@code .completionMode(CompletionMode.INDEXED)} (which needs
   * {@code completions}, see {@link #indexed(int)}); the API server defaults it to {@code NonIndexed}.
   */
  public JobBuilder completionMode(CompletionMode mode) {
    spec = JobSpecs.completionMode(spec, mode);
    return this;
  }

  /**
   * Adds rules to {@code spec.podFailurePolicy.rules}, checked in order against each failed pod:
   * {@code .podFailurePolicy(onExitCodes(FAIL_JOB, 42).inContainer("main"), onPodCondition(IGNORE,
   * "DisruptionTarget"))}. The pods' {@code restartPolicy} must be {@code Never} for a policy (the validator says so).
   */
  public JobBuilder podFailurePolicy(PodFailureRule... rules) {
    spec = JobSpecs.podFailurePolicy(spec, rules);
    return this;
  }

  /** Sets {@code spec.suspend}: a suspended Job creates no pods until resumed; defaults to false. */
  public JobBuilder suspend(boolean suspend) {
    return specExtra("suspend", suspend);
  }

  /** Sets a Job {@code spec} field kubeprint does not type (e.g. {@code podReplacementPolicy}), kept in {@code JobSpec.extra()}. */
  public JobBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), JobSpec.class, field, value));
    return this;
  }

  @Override
  public Job build() {
    return Job.builder().metadata(metadata).spec(spec.withTemplate(template())).extra(extra).build();
  }
}
