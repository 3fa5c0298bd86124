package io.kubeprint.core.validation;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.CronSchedule;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.batch.PodFailurePolicy;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for CronJobs: {@code ValidateCronJobCreate}, {@code validateCronJobSpec}, {@code validateScheduleFormat},
 * {@code validateTimeZone}, {@code ValidateJobTemplateSpec} and {@code validateJobSpec}
 * ({@code pkg/apis/batch/validation}), after {@code SetDefaults_CronJob} ({@code concurrencyPolicy: Allow}) and
 * {@code SetDefaults_PodSpec}, which gives a job template without {@code restartPolicy} the value {@code Always}
 * that a Job may not use. Job fields kubeprint does not type ({@code backoffLimitPerIndex},
 * {@code maxFailedIndexes}, {@code podReplacementPolicy}, {@code successPolicy}) are read from
 * {@code spec.extra()}.
 */
final class CronJobValidation {

  /** The controller appends an 11-character suffix to name each Job, whose name is limited to 63. */
  static final Rule NAME_LENGTH = Rule.of("cronjob-name-length", "ValidateCronJobCreate",
      "a CronJob's `metadata.name` is at most 52 characters, leaving room for the Job suffix");
  /** {@code spec.schedule} is required. */
  static final Rule SCHEDULE_REQUIRED = Rule.of("schedule-required", "validateCronJobSpec",
      "a CronJob has a `spec.schedule`");
  /** {@code cron.ParseStandard} must accept the schedule. */
  static final Rule SCHEDULE_SYNTAX = Rule.of("schedule-syntax", "validateScheduleFormat",
      "`spec.schedule` is five cron fields (minute hour day-of-month month day-of-week) or a descriptor such as `@hourly`");
  /** A zone inside the schedule is refused on create; {@code spec.timeZone} says it. */
  static final Rule SCHEDULE_TIME_ZONE = Rule.of("schedule-time-zone", "validateScheduleFormat",
      "`spec.schedule` holds no `TZ=` or `CRON_TZ=`; `spec.timeZone` names the zone");
  /** {@code validateTimeZone}: an IANA zone the API server knows. */
  static final Rule TIME_ZONE = Rule.of("time-zone", "validateTimeZone",
      "`spec.timeZone` is an explicit IANA time zone such as `Europe/Paris`");
  /** {@code ValidateNonnegativeField} on {@code startingDeadlineSeconds}. */
  static final Rule STARTING_DEADLINE_NONNEGATIVE = Rule.of("starting-deadline-nonnegative", "validateCronJobSpec",
      "`spec.startingDeadlineSeconds` is 0 or more");
  /** {@code validateConcurrencyPolicy}. */
  static final Rule CONCURRENCY_POLICY = Rule.of("concurrency-policy", "validateConcurrencyPolicy",
      "`spec.concurrencyPolicy` is `Allow` (the default), `Forbid` or `Replace`");
  /** {@code ValidateNonnegativeField} on the two history limits. */
  static final Rule HISTORY_LIMIT_NONNEGATIVE = Rule.of("history-limit-nonnegative", "validateCronJobSpec",
      "`spec.successfulJobsHistoryLimit` and `spec.failedJobsHistoryLimit` are 0 or more");
  /** The Job's selector is generated: a template may not set one. */
  static final Rule JOB_TEMPLATE_SELECTOR = Rule.of("job-template-selector", "ValidateJobTemplateSpec",
      "a job template sets no `selector` and no `manualSelector: true`; the selector is generated");
  /** {@code ValidateNonnegativeField} on parallelism, completions, activeDeadlineSeconds, backoffLimit, ttlSecondsAfterFinished. */
  static final Rule JOB_FIELD_NONNEGATIVE = Rule.of("job-field-nonnegative", "validateJobSpec",
      "`parallelism`, `completions`, `activeDeadlineSeconds`, `backoffLimit`, `backoffLimitPerIndex`, `maxFailedIndexes` and `ttlSecondsAfterFinished` of a Job are 0 or more");
  /** {@code completionMode}. */
  static final Rule COMPLETION_MODE = Rule.of("completion-mode", "validateJobSpec",
      "`completionMode` is `NonIndexed` (the default) or `Indexed`");
  /** Indexed Jobs: completions required, bounded parallelism and failed indexes. */
  static final Rule INDEXED_JOB = Rule.of("indexed-job", "validateJobSpec",
      "an `Indexed` Job has `completions`, `parallelism` at most 100000 and `maxFailedIndexes` at most `completions` and 100000");
  /** Per-index limits and success policies belong to Indexed Jobs. */
  static final Rule PER_INDEX_FIELDS = Rule.of("per-index-fields", "validateJobSpec",
      "`backoffLimitPerIndex`, `maxFailedIndexes` and `successPolicy` are set only on `Indexed` Jobs; `maxFailedIndexes` needs `backoffLimitPerIndex`");
  /** {@code validateJobSpec}: a Job with a {@code podFailurePolicy} restarts {@code Never}. */
  static final Rule POD_FAILURE_POLICY_RESTART = Rule.of("pod-failure-policy-restart-never", "validateJobSpec",
      "a job template with a `podFailurePolicy` has `restartPolicy: Never`");
  /** {@code validatePodFailurePolicy} and its rules. */
  static final Rule POD_FAILURE_POLICY = Rule.of("pod-failure-policy", "validatePodFailurePolicy",
      "`podFailurePolicy` has at most 20 rules, each with a known `action` and exactly one of valid `onExitCodes` or `onPodConditions`");
  /** {@code validatePodReplacementPolicy}. */
  static final Rule POD_REPLACEMENT_POLICY = Rule.of("pod-replacement-policy", "validatePodReplacementPolicy",
      "`podReplacementPolicy` is `TerminatingOrFailed` or `Failed`, and `Failed` with a `podFailurePolicy`");

  private static final int MAX_NAME_LENGTH = 52;
  private static final int MAX_PARALLELISM_INDEXED = 100_000;
  private static final int MAX_FAILED_INDEXES = 100_000;
  private static final int COMPLETIONS_SOFT_LIMIT = 100_000;
  private static final int PARALLELISM_LIMIT_HIGH_COMPLETIONS = 10_000;
  private static final int MAX_FAILED_INDEXES_HIGH_COMPLETIONS = 10_000;
  private static final int MAX_POD_FAILURE_POLICY_RULES = 20;
  private static final int MAX_EXIT_CODE_VALUES = 255;
  private static final int MAX_POD_CONDITION_PATTERNS = 20;
  private static final String INDEXED = "Indexed";
  private static final String NON_INDEXED = "NonIndexed";

  private CronJobValidation() {}

  /** {@code ValidateCronJobCreate}. */
  static void cronJob(CronJob c, Violations v) {
    MetaValidation.objectMeta(c.metadata(), FieldPath.of("metadata"), v);
    int length = c.name().getBytes(StandardCharsets.UTF_8).length;
    if (length > MAX_NAME_LENGTH) {
      v.add(NAME_LENGTH, FieldPath.of("metadata", "name"), "must be no more than " + MAX_NAME_LENGTH
          + " characters (was " + length + " characters)");
    }
    cronJobSpec(c.spec(), FieldPath.of("spec"), v);
  }

  /** {@code validateCronJobSpec} on create. */
  private static void cronJobSpec(CronJobSpec spec, FieldPath path, Violations v) {
    String schedule = spec.schedule().orElse("");
    FieldPath schedulePath = path.child("schedule");
    if (schedule.isEmpty()) {
      v.add(SCHEDULE_REQUIRED, schedulePath, "is required");
    } else {
      for (String msg : CronSchedule.problems(schedule)) {
        Rule rule = msg.startsWith("cannot use TZ") ? SCHEDULE_TIME_ZONE : SCHEDULE_SYNTAX;
        v.add(rule, schedulePath, msg + " (was \"" + schedule + "\")");
      }
    }
    WorkloadValidation.nonnegative(STARTING_DEADLINE_NONNEGATIVE, spec.startingDeadlineSeconds(),
        path.child("startingDeadlineSeconds"), v);
    if (spec.timeZone().isPresent()) {
      String zone = spec.timeZone().get();
      for (String msg : CronSchedule.timeZoneProblems(zone)) {
        v.add(TIME_ZONE, path.child("timeZone"), msg + " (was \"" + zone + "\")");
      }
    }
    String policy = spec.concurrencyPolicy().filter(p -> !p.isEmpty()).orElse("Allow");
    if (!policy.equals("Allow") && !policy.equals("Forbid") && !policy.equals("Replace")) {
      v.add(CONCURRENCY_POLICY, path.child("concurrencyPolicy"),
          "must be \"Allow\", \"Forbid\" or \"Replace\" (was \"" + policy + "\")");
    }
    jobTemplateSpec(spec.jobTemplate(), path.child("jobTemplate"), v);
    WorkloadValidation.nonnegative(HISTORY_LIMIT_NONNEGATIVE, spec.successfulJobsHistoryLimit(),
        path.child("successfulJobsHistoryLimit"), v);
    WorkloadValidation.nonnegative(HISTORY_LIMIT_NONNEGATIVE, spec.failedJobsHistoryLimit(),
        path.child("failedJobsHistoryLimit"), v);
  }

  /** {@code ValidateJobTemplateSpec}: the job spec, whose selector is always generated. */
  private static void jobTemplateSpec(JobTemplateSpec template, FieldPath path, Violations v) {
    FieldPath specPath = path.child("spec");
    JobSpec spec = template.spec();
    jobSpec(spec, specPath, v);
    if (spec.selector().isPresent()) {
      v.add(JOB_TEMPLATE_SELECTOR, specPath.child("selector"),
          "must not be set in a job template; the selector will be auto-generated");
    }
    if (spec.manualSelector().orElse(false)) {
      v.add(JOB_TEMPLATE_SELECTOR, specPath.child("manualSelector"),
          "must be false or absent in a job template (was true)");
    }
  }

  /** {@code validateJobSpec}, shared by a CronJob's job template and a Job ({@link JobValidation}). */
  static void jobSpec(JobSpec spec, FieldPath path, Violations v) {
    Fields extra = spec.extra();
    WorkloadValidation.nonnegative(JOB_FIELD_NONNEGATIVE, spec.parallelism(), path.child("parallelism"), v);
    WorkloadValidation.nonnegative(JOB_FIELD_NONNEGATIVE, spec.completions(), path.child("completions"), v);
    WorkloadValidation.nonnegative(JOB_FIELD_NONNEGATIVE, spec.activeDeadlineSeconds(),
        path.child("activeDeadlineSeconds"), v);
    WorkloadValidation.nonnegative(JOB_FIELD_NONNEGATIVE, spec.backoffLimit(), path.child("backoffLimit"), v);
    WorkloadValidation.nonnegative(JOB_FIELD_NONNEGATIVE, spec.ttlSecondsAfterFinished(),
        path.child("ttlSecondsAfterFinished"), v);
    Optional<Long> backoffPerIndex = number(extra, "backoffLimitPerIndex");
    Optional<Long> maxFailedIndexes = number(extra, "maxFailedIndexes");
    WorkloadValidation.nonnegative(JOB_FIELD_NONNEGATIVE, backoffPerIndex, path.child("backoffLimitPerIndex"), v);
    if (maxFailedIndexes.isPresent()) {
      WorkloadValidation.nonnegative(JOB_FIELD_NONNEGATIVE, maxFailedIndexes, path.child("maxFailedIndexes"), v);
      if (backoffPerIndex.isEmpty()) {
        v.add(PER_INDEX_FIELDS, path.child("backoffLimitPerIndex"), "is required when maxFailedIndexes is specified");
      }
    }

    Optional<String> mode = spec.completionMode();
    if (mode.isPresent()) {
      if (!mode.get().equals(NON_INDEXED) && !mode.get().equals(INDEXED)) {
        v.add(COMPLETION_MODE, path.child("completionMode"),
            "must be \"NonIndexed\" or \"Indexed\" (was \"" + mode.get() + "\")");
      }
      if (mode.get().equals(INDEXED)) {
        indexed(spec, backoffPerIndex, maxFailedIndexes, path, v);
      }
    }
    boolean indexed = mode.orElse(NON_INDEXED).equals(INDEXED);
    if (mode.isEmpty() || mode.get().equals(NON_INDEXED)) {
      if (backoffPerIndex.isPresent()) {
        v.add(PER_INDEX_FIELDS, path.child("backoffLimitPerIndex"),
            "requires completionMode \"Indexed\" (was " + backoffPerIndex.get() + ")");
      }
      if (maxFailedIndexes.isPresent()) {
        v.add(PER_INDEX_FIELDS, path.child("maxFailedIndexes"),
            "requires completionMode \"Indexed\" (was " + maxFailedIndexes.get() + ")");
      }
    }

    PodSpec podSpec = spec.template().spec();
    spec.podFailurePolicy().ifPresent(p -> podFailurePolicy(p, podSpec, backoffPerIndex.isPresent(),
        path.child("podFailurePolicy"), v));
    if (extra.get("successPolicy") != null && !indexed) {
      v.add(PER_INDEX_FIELDS, path.child("successPolicy"), "requires completionMode \"Indexed\"");
    }
    podReplacementPolicy(extra.get("podReplacementPolicy"), spec.podFailurePolicy().isPresent(),
        path.child("podReplacementPolicy"), v);

    FieldPath templatePath = path.child("template");
    WorkloadValidation.podTemplateSpec(spec.template(), templatePath, v);
    // A template without restartPolicy is defaulted to Always (SetDefaults_PodSpec), which a Job refuses.
    PodValidation.templateRestartPolicy(podSpec, templatePath.child("spec"), Set.of("OnFailure", "Never"), v);
    String restart = podSpec.restartPolicy().orElse("");
    if (spec.podFailurePolicy().isPresent() && restart.equals("OnFailure")) {
      v.add(POD_FAILURE_POLICY_RESTART, templatePath.child("spec", "restartPolicy"),
          "must be \"Never\" when podFailurePolicy is specified (was \"OnFailure\")");
    }
  }

  /** The {@code Indexed} branch of {@code validateJobSpec}. */
  private static void indexed(JobSpec spec, Optional<Long> backoffPerIndex, Optional<Long> maxFailedIndexes,
      FieldPath path, Violations v) {
    if (spec.completions().isEmpty()) {
      v.add(INDEXED_JOB, path.child("completions"), "is required when completionMode is \"Indexed\"");
    }
    long parallelism = spec.parallelism().orElse(1);
    if (spec.parallelism().isPresent() && parallelism > MAX_PARALLELISM_INDEXED) {
      v.add(INDEXED_JOB, path.child("parallelism"), "must be less than or equal to " + MAX_PARALLELISM_INDEXED
          + " when completionMode is \"Indexed\" (was " + parallelism + ")");
    }
    if (maxFailedIndexes.isPresent()) {
      long max = maxFailedIndexes.get();
      if (spec.completions().isPresent() && max > spec.completions().get()) {
        v.add(INDEXED_JOB, path.child("maxFailedIndexes"), "must be less than or equal to completions (was " + max
            + "; completions is " + spec.completions().get() + ")");
      }
      if (max > MAX_FAILED_INDEXES) {
        v.add(INDEXED_JOB, path.child("maxFailedIndexes"),
            "must be less than or equal to " + MAX_FAILED_INDEXES + " (was " + max + ")");
      }
    }
    if (spec.completions().isPresent() && spec.completions().get() > COMPLETIONS_SOFT_LIMIT
        && backoffPerIndex.isPresent()) {
      String when = " when completions are above " + COMPLETIONS_SOFT_LIMIT + " and used with backoffLimitPerIndex";
      if (maxFailedIndexes.isEmpty()) {
        v.add(INDEXED_JOB, path.child("maxFailedIndexes"), "is required" + when);
      }
      if (spec.parallelism().isPresent() && parallelism > PARALLELISM_LIMIT_HIGH_COMPLETIONS) {
        v.add(INDEXED_JOB, path.child("parallelism"), "must be less than or equal to "
            + PARALLELISM_LIMIT_HIGH_COMPLETIONS + when + " (was " + parallelism + ")");
      }
      if (maxFailedIndexes.isPresent() && maxFailedIndexes.get() > MAX_FAILED_INDEXES_HIGH_COMPLETIONS) {
        v.add(INDEXED_JOB, path.child("maxFailedIndexes"), "must be less than or equal to "
            + MAX_FAILED_INDEXES_HIGH_COMPLETIONS + when + " (was " + maxFailedIndexes.get() + ")");
      }
    }
  }

  /** {@code validatePodFailurePolicy} on the rules, kept as Kubernetes fields. */
  private static void podFailurePolicy(PodFailurePolicy policy, PodSpec podSpec, boolean backoffPerIndex,
      FieldPath path, Violations v) {
    FieldPath rulesPath = path.child("rules");
    List<Fields> rules = policy.rules();
    if (rules.size() > MAX_POD_FAILURE_POLICY_RULES) {
      v.add(POD_FAILURE_POLICY, rulesPath, "must have at most " + MAX_POD_FAILURE_POLICY_RULES + " items (was "
          + rules.size() + ")");
    }
    Set<String> containerNames = new HashSet<>();
    for (Container c : podSpec.containers()) {
      containerNames.add(c.name().orElse(""));
    }
    for (Container c : podSpec.initContainers()) {
      containerNames.add(c.name().orElse(""));
    }
    for (int i = 0; i < rules.size(); i++) {
      Fields rule = rules.get(i);
      FieldPath rulePath = rulesPath.index(i);
      String action = rule.get("action") instanceof String s ? s : "";
      FieldPath actionPath = rulePath.child("action");
      if (action.isEmpty()) {
        v.add(POD_FAILURE_POLICY, actionPath, "is required: \"Count\", \"FailIndex\", \"FailJob\" or \"Ignore\"");
      } else if (action.equals("FailIndex")) {
        if (!backoffPerIndex) {
          v.add(POD_FAILURE_POLICY, actionPath, "requires backoffLimitPerIndex to be set (was \"FailIndex\")");
        }
      } else if (!List.of("Count", "FailJob", "Ignore").contains(action)) {
        v.add(POD_FAILURE_POLICY, actionPath,
            "must be \"Count\", \"FailIndex\", \"FailJob\" or \"Ignore\" (was \"" + action + "\")");
      }
      Object exitCodes = rule.get("onExitCodes");
      List<?> conditions = WorkloadValidation.listOf(rule, "onPodConditions");
      if (exitCodes instanceof Map<?, ?> m) {
        onExitCodes(m, containerNames, rulePath.child("onExitCodes"), v);
      }
      if (!conditions.isEmpty()) {
        onPodConditions(conditions, rulePath.child("onPodConditions"), v);
      }
      if (exitCodes != null && !conditions.isEmpty()) {
        v.add(POD_FAILURE_POLICY, rulePath, "must specify either onExitCodes or onPodConditions, not both");
      }
      if (exitCodes == null && conditions.isEmpty()) {
        v.add(POD_FAILURE_POLICY, rulePath, "must specify one of onExitCodes and onPodConditions");
      }
    }
  }

  /** {@code validatePodFailurePolicyRuleOnExitCodes}. */
  private static void onExitCodes(Map<?, ?> req, Set<String> containerNames, FieldPath path, Violations v) {
    String operator = req.get("operator") instanceof String s ? s : "";
    if (operator.isEmpty()) {
      v.add(POD_FAILURE_POLICY, path.child("operator"), "is required: \"In\" or \"NotIn\"");
    } else if (!operator.equals("In") && !operator.equals("NotIn")) {
      v.add(POD_FAILURE_POLICY, path.child("operator"), "must be \"In\" or \"NotIn\" (was \"" + operator + "\")");
    }
    if (req.get("containerName") instanceof String name && !containerNames.contains(name)) {
      v.add(POD_FAILURE_POLICY, path.child("containerName"),
          "must be one of the container or initContainer names in the pod template (was \"" + name + "\")");
    }
    FieldPath valuesPath = path.child("values");
    List<Long> values = new ArrayList<>();
    if (req.get("values") instanceof List<?> list) {
      for (Object o : list) {
        values.add(o instanceof Number n ? n.longValue() : 0L);
      }
    }
    if (values.isEmpty()) {
      v.add(POD_FAILURE_POLICY, valuesPath, "must have at least one value (was [])");
    } else if (values.size() > MAX_EXIT_CODE_VALUES) {
      v.add(POD_FAILURE_POLICY, valuesPath, "must have at most " + MAX_EXIT_CODE_VALUES + " items (was "
          + values.size() + ")");
    }
    boolean ordered = true;
    Set<Long> unique = new HashSet<>();
    for (int j = 0; j < values.size(); j++) {
      long value = values.get(j);
      if (operator.equals("In") && value == 0) {
        v.add(POD_FAILURE_POLICY, valuesPath.index(j), "must not be 0 for the In operator (was 0)");
      }
      if (!unique.add(value)) {
        v.add(POD_FAILURE_POLICY, valuesPath.index(j), "must be unique (was " + value + " again)");
      }
      if (j > 0 && values.get(j - 1) > value) {
        ordered = false;
      }
    }
    if (!ordered) {
      v.add(POD_FAILURE_POLICY, valuesPath, "must be ordered (was " + values + ")");
    }
  }

  /** {@code validatePodFailurePolicyRuleOnPodConditions}. */
  private static void onPodConditions(List<?> patterns, FieldPath path, Violations v) {
    if (patterns.size() > MAX_POD_CONDITION_PATTERNS) {
      v.add(POD_FAILURE_POLICY, path, "must have at most " + MAX_POD_CONDITION_PATTERNS + " items (was "
          + patterns.size() + ")");
    }
    for (int j = 0; j < patterns.size(); j++) {
      FieldPath at = path.index(j);
      Map<?, ?> pattern = patterns.get(j) instanceof Map<?, ?> m ? m : Map.of();
      String type = pattern.get("type") instanceof String s ? s : "";
      for (String msg : Syntax.isQualifiedName(type)) {
        v.add(POD_FAILURE_POLICY, at.child("type"), msg + " (was \"" + type + "\")");
      }
      // SetDefaults_Job gives a pattern without status the status True.
      String status = pattern.get("status") instanceof String s && !s.isEmpty() ? s : "True";
      if (!List.of("False", "True", "Unknown").contains(status)) {
        v.add(POD_FAILURE_POLICY, at.child("status"),
            "must be \"False\", \"True\" or \"Unknown\" (was \"" + status + "\")");
      }
    }
  }

  /** {@code validatePodReplacementPolicy}. */
  private static void podReplacementPolicy(Object value, boolean podFailurePolicy, FieldPath path, Violations v) {
    if (value == null) {
      return;
    }
    String policy = value.toString();
    if (podFailurePolicy) {
      if (!policy.equals("Failed")) {
        v.add(POD_REPLACEMENT_POLICY, path,
            "must be \"Failed\" when podFailurePolicy is specified (was \"" + policy + "\")");
      }
    } else if (!policy.equals("Failed") && !policy.equals("TerminatingOrFailed")) {
      v.add(POD_REPLACEMENT_POLICY, path, "must be \"Failed\" or \"TerminatingOrFailed\" (was \"" + policy + "\")");
    }
  }

  /** A whole number kept in {@code extra()}; absent, null or not a number is empty. */
  private static Optional<Long> number(Fields extra, String name) {
    return extra.get(name) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
  }
}
