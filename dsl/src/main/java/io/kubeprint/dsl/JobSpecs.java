package io.kubeprint.dsl;

import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.PodFailurePolicy;
import io.kubeprint.core.meta.Fields;
import java.util.ArrayList;
import java.util.List;

/**
 * The Job spec fields that {@link JobBuilder} sets on a Job's {@code spec} and {@link CronJobBuilder} on its
 * {@code spec.jobTemplate.spec}, written in one place for both.
 */
final class JobSpecs {
  private JobSpecs() {}

  /** {@code spec} with {@code completionMode} set to {@code mode}. */
  static JobSpec completionMode(JobSpec spec, CompletionMode mode) {
    return spec.withCompletionMode(Checks.notNull(mode, "mode").value());
  }

  /** {@code spec} with {@code completionMode: Indexed} and {@code completions}. */
  static JobSpec indexed(JobSpec spec, int completions) {
    return spec.withCompletionMode(CompletionMode.INDEXED.value()).withCompletions(completions);
  }

  /** {@code spec} with {@code rules} appended to {@code podFailurePolicy.rules}, in order. */
  static JobSpec podFailurePolicy(JobSpec spec, PodFailureRule... rules) {
    Checks.notNull(rules, "rules");
    PodFailurePolicy policy = spec.podFailurePolicy().orElseGet(() -> PodFailurePolicy.builder().build());
    List<Fields> all = new ArrayList<>(policy.rules());
    for (int i = 0; i < rules.length; i++) {
      all.add(Fields.of(Checks.notNull(rules[i], "rules[" + i + "]").toMap()));
    }
    return spec.withPodFailurePolicy(policy.withRules(all));
  }
}
