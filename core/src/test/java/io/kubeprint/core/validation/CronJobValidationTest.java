package io.kubeprint.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.batch.PodFailurePolicy;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CronJobValidationTest {

  static final String T = "spec.jobTemplate.spec.";

  static PodSpec podSpec(String restartPolicy) {
    PodSpec.Builder b = PodSpec.builder()
        .addContainer(Container.builder().name("batch-container").image("busybox:1.36").build());
    if (restartPolicy != null) {
      b.restartPolicy(restartPolicy);
    }
    return b.build();
  }

  static JobSpec jobSpec() {
    return JobSpec.builder().template(PodTemplateSpec.builder().spec(podSpec("OnFailure")).build()).build();
  }

  static CronJob cronJob() {
    return CronJob.builder()
        .metadata(ObjectMeta.builder().name("batch-job").build())
        .spec(CronJobSpec.builder().schedule("*/1 * * * *")
            .jobTemplate(JobTemplateSpec.builder().spec(jobSpec()).build()).build())
        .build();
  }

  static CronJob cron(UnaryOperator<CronJobSpec.Builder> edit) {
    return cronJob().withSpec(edit.apply(CronJobSpec.builder().from(cronJob().spec())).build());
  }

  static CronJob job(UnaryOperator<JobSpec.Builder> edit) {
    JobSpec spec = edit.apply(JobSpec.builder().from(jobSpec())).build();
    return cron(s -> s.jobTemplate(JobTemplateSpec.builder().spec(spec).build()));
  }

  static CronJob restart(String policy) {
    return job(j -> j.template(PodTemplateSpec.builder().spec(podSpec(policy)).build()));
  }

  static Fields extra(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return Fields.of(m);
  }

  static PodFailurePolicy policy(Fields... rules) {
    return PodFailurePolicy.builder().addRules(rules).build();
  }

  static Fields exitCodes(String action, String operator, Object... values) {
    return extra("action", action, "onExitCodes", Map.of("operator", operator, "values", List.of(values)));
  }

  /** A Never-restarting job with one pod failure policy. */
  static CronJob withPolicy(PodFailurePolicy p) {
    return job(j -> j.template(PodTemplateSpec.builder().spec(podSpec("Never")).build()).podFailurePolicy(p));
  }

  static Arguments bad(String what, CronJob c, String... expected) {
    return Arguments.of(named(what, c), List.of(expected));
  }

  static Stream<Arguments> invalid() {
    List<Fields> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(exitCodes("Ignore", "In", 1));
    }
    return Stream.of(
        bad("name of 53 characters", cronJob().withMetadata(ObjectMeta.builder().name("a".repeat(53)).build()),
            "metadata.name [cronjob-name-length]"),
        bad("no schedule", cron(s -> s.schedule(Optional.empty())), "spec.schedule [schedule-required]"),
        bad("empty schedule", cron(s -> s.schedule("")), "spec.schedule [schedule-required]"),
        bad("minute 61", cron(s -> s.schedule("61 * * * *")), "spec.schedule [schedule-syntax]"),
        bad("four fields", cron(s -> s.schedule("* * * *")), "spec.schedule [schedule-syntax]"),
        bad("day of week 7", cron(s -> s.schedule("0 0 * * 7")), "spec.schedule [schedule-syntax]"),
        bad("unknown descriptor", cron(s -> s.schedule("@fortnightly")), "spec.schedule [schedule-syntax]"),
        bad("TZ in schedule", cron(s -> s.schedule("TZ=UTC 0 * * * *")), "spec.schedule [schedule-time-zone]"),
        bad("CRON_TZ in schedule", cron(s -> s.schedule("CRON_TZ=Europe/Paris 0 3 * * *")),
            "spec.schedule [schedule-time-zone]"),
        bad("unknown time zone", cron(s -> s.timeZone("Mars/Olympus_Mons")), "spec.timeZone [time-zone]"),
        bad("empty time zone", cron(s -> s.timeZone("")), "spec.timeZone [time-zone]"),
        bad("Local time zone", cron(s -> s.timeZone("Local")), "spec.timeZone [time-zone]"),
        bad("startingDeadlineSeconds -1", cron(s -> s.startingDeadlineSeconds(-1L)),
            "spec.startingDeadlineSeconds [starting-deadline-nonnegative]"),
        bad("concurrencyPolicy Sometimes", cron(s -> s.concurrencyPolicy("Sometimes")),
            "spec.concurrencyPolicy [concurrency-policy]"),
        bad("concurrencyPolicy forbid in lower case", cron(s -> s.concurrencyPolicy("forbid")),
            "spec.concurrencyPolicy [concurrency-policy]"),
        bad("history limits -1", cron(s -> s.successfulJobsHistoryLimit(-1).failedJobsHistoryLimit(-1)),
            "spec.failedJobsHistoryLimit [history-limit-nonnegative]",
            "spec.successfulJobsHistoryLimit [history-limit-nonnegative]"),
        bad("job template with a selector", job(j -> j.selector(io.kubeprint.core.meta.LabelSelector.builder()
                .matchLabels(java.util.Map.of("app", "batch")).build())),
            T + "selector [job-template-selector]"),
        bad("job template with manualSelector", job(j -> j.manualSelector(true)),
            T + "manualSelector [job-template-selector]"),
        bad("parallelism -1", job(j -> j.parallelism(-1)), T + "parallelism [job-field-nonnegative]"),
        bad("completions -1", job(j -> j.completions(-1)), T + "completions [job-field-nonnegative]"),
        bad("activeDeadlineSeconds -1", job(j -> j.activeDeadlineSeconds(-1L)),
            T + "activeDeadlineSeconds [job-field-nonnegative]"),
        bad("backoffLimit -1", job(j -> j.backoffLimit(-1)), T + "backoffLimit [job-field-nonnegative]"),
        bad("ttlSecondsAfterFinished -1", job(j -> j.ttlSecondsAfterFinished(-1)),
            T + "ttlSecondsAfterFinished [job-field-nonnegative]"),
        bad("backoffLimitPerIndex -1", job(j -> j.completionMode("Indexed").completions(3)
                .extra(extra("backoffLimitPerIndex", -1))),
            T + "backoffLimitPerIndex [job-field-nonnegative]"),
        bad("completionMode Random", job(j -> j.completionMode("Random")), T + "completionMode [completion-mode]"),
        bad("Indexed without completions", job(j -> j.completionMode("Indexed")), T + "completions [indexed-job]"),
        bad("Indexed with parallelism 100001", job(j -> j.completionMode("Indexed").completions(5)
                .parallelism(100_001)),
            T + "parallelism [indexed-job]"),
        bad("maxFailedIndexes above completions", job(j -> j.completionMode("Indexed").completions(3)
                .extra(extra("backoffLimitPerIndex", 1, "maxFailedIndexes", 4))),
            T + "maxFailedIndexes [indexed-job]"),
        bad("many completions per index without maxFailedIndexes", job(j -> j.completionMode("Indexed")
                .completions(100_001).extra(extra("backoffLimitPerIndex", 1))),
            T + "maxFailedIndexes [indexed-job]"),
        bad("maxFailedIndexes without backoffLimitPerIndex", job(j -> j.completionMode("Indexed").completions(3)
                .extra(extra("maxFailedIndexes", 1))),
            T + "backoffLimitPerIndex [per-index-fields]"),
        bad("backoffLimitPerIndex on NonIndexed", job(j -> j.extra(extra("backoffLimitPerIndex", 1))),
            T + "backoffLimitPerIndex [per-index-fields]"),
        bad("successPolicy on NonIndexed", job(j -> j.completionMode("NonIndexed").extra(extra("successPolicy",
                Map.of("rules", List.of(Map.of("succeededCount", 1)))))),
            T + "successPolicy [per-index-fields]"),
        bad("restartPolicy absent", restart(null), T + "template.spec.restartPolicy [restart-policy-not-allowed]"),
        bad("restartPolicy Always", restart("Always"), T + "template.spec.restartPolicy [restart-policy-not-allowed]"),
        bad("restartPolicy Sometimes", restart("Sometimes"), T + "template.spec.restartPolicy [restart-policy-not-allowed]",
            T + "template.spec.restartPolicy [restart-policy-unsupported]"),
        bad("podFailurePolicy with OnFailure", job(j -> j.podFailurePolicy(policy(exitCodes("FailJob", "In", 42)))),
            T + "template.spec.restartPolicy [pod-failure-policy-restart-never]"),
        bad("pod failure action Retry", withPolicy(policy(exitCodes("Retry", "In", 42))),
            T + "podFailurePolicy.rules[0].action [pod-failure-policy]"),
        bad("pod failure action missing", withPolicy(policy(extra("onExitCodes", Map.of("operator", "In",
                "values", List.of(42))))),
            T + "podFailurePolicy.rules[0].action [pod-failure-policy]"),
        bad("FailIndex without backoffLimitPerIndex", withPolicy(policy(exitCodes("FailIndex", "In", 42)))
            , T + "podFailurePolicy.rules[0].action [pod-failure-policy]"),
        bad("pod failure rule with neither", withPolicy(policy(extra("action", "Ignore"))),
            T + "podFailurePolicy.rules[0] [pod-failure-policy]"),
        bad("pod failure rule with both", withPolicy(policy(extra("action", "Ignore",
                "onExitCodes", Map.of("operator", "In", "values", List.of(1)),
                "onPodConditions", List.of(Map.of("type", "DisruptionTarget", "status", "True"))))),
            T + "podFailurePolicy.rules[0] [pod-failure-policy]"),
        bad("exit code operator Equals", withPolicy(policy(exitCodes("FailJob", "Equals", 1))),
            T + "podFailurePolicy.rules[0].onExitCodes.operator [pod-failure-policy]"),
        bad("exit codes without values", withPolicy(policy(exitCodes("FailJob", "In"))),
            T + "podFailurePolicy.rules[0].onExitCodes.values [pod-failure-policy]"),
        bad("exit code 0 with In", withPolicy(policy(exitCodes("FailJob", "In", 0, 1))),
            T + "podFailurePolicy.rules[0].onExitCodes.values[0] [pod-failure-policy]"),
        bad("exit code twice", withPolicy(policy(exitCodes("FailJob", "NotIn", 1, 1))),
            T + "podFailurePolicy.rules[0].onExitCodes.values[1] [pod-failure-policy]"),
        bad("exit codes out of order", withPolicy(policy(exitCodes("FailJob", "NotIn", 3, 1))),
            T + "podFailurePolicy.rules[0].onExitCodes.values [pod-failure-policy]"),
        bad("exit codes of an unknown container", withPolicy(policy(extra("action", "FailJob",
                "onExitCodes", Map.of("containerName", "sidecar", "operator", "In", "values", List.of(1))))),
            T + "podFailurePolicy.rules[0].onExitCodes.containerName [pod-failure-policy]"),
        bad("pod condition status Maybe", withPolicy(policy(extra("action", "Ignore",
                "onPodConditions", List.of(Map.of("type", "DisruptionTarget", "status", "Maybe"))))),
            T + "podFailurePolicy.rules[0].onPodConditions[0].status [pod-failure-policy]"),
        bad("pod condition type with a space", withPolicy(policy(extra("action", "Ignore",
                "onPodConditions", List.of(Map.of("type", "Disruption Target", "status", "True"))))),
            T + "podFailurePolicy.rules[0].onPodConditions[0].type [pod-failure-policy]"),
        bad("21 pod failure rules", withPolicy(PodFailurePolicy.builder().rules(many).build()),
            T + "podFailurePolicy.rules [pod-failure-policy]"),
        bad("podReplacementPolicy Never", job(j -> j.extra(extra("podReplacementPolicy", "Never"))),
            T + "podReplacementPolicy [pod-replacement-policy]"),
        bad("podReplacementPolicy TerminatingOrFailed with a pod failure policy",
            job(j -> j.template(PodTemplateSpec.builder().spec(podSpec("Never")).build())
                .podFailurePolicy(policy(exitCodes("FailJob", "In", 42)))
                .extra(extra("podReplacementPolicy", "TerminatingOrFailed"))),
            T + "podReplacementPolicy [pod-replacement-policy]"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void should_report_the_upstream_path_and_rule(CronJob c, List<String> expected) {
    assertThat(Found.all(c)).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of(named("baseline", cronJob())),
        Arguments.of(named("name of 52 characters", cronJob().withMetadata(ObjectMeta.builder()
            .name("a".repeat(52)).build()))),
        Arguments.of(named("@hourly", cron(s -> s.schedule("@hourly")))),
        Arguments.of(named("@every 1h30m", cron(s -> s.schedule("@every 1h30m")))),
        Arguments.of(named("names and ranges", cron(s -> s.schedule("*/15 9-17 * JAN-DEC MON-FRI")))),
        Arguments.of(named("time zone", cron(s -> s.schedule("0 3 * * 1-5").timeZone("Europe/Paris")))),
        Arguments.of(named("time zone UTC", cron(s -> s.timeZone("UTC")))),
        Arguments.of(named("Forbid and zero limits", cron(s -> s.concurrencyPolicy("Forbid").startingDeadlineSeconds(0L)
            .successfulJobsHistoryLimit(0).failedJobsHistoryLimit(0)))),
        Arguments.of(named("Replace", cron(s -> s.concurrencyPolicy("Replace")))),
        Arguments.of(named("restartPolicy Never", restart("Never"))),
        Arguments.of(named("zero counts", job(j -> j.parallelism(0).completions(0).backoffLimit(0)
            .activeDeadlineSeconds(0L).ttlSecondsAfterFinished(0)))),
        Arguments.of(named("manualSelector false", job(j -> j.manualSelector(false)))),
        Arguments.of(named("Indexed with completions", job(j -> j.completionMode("Indexed").completions(5)
            .parallelism(100_000)))),
        Arguments.of(named("Indexed per index limits", job(j -> j.completionMode("Indexed").completions(5)
            .extra(extra("backoffLimitPerIndex", 1, "maxFailedIndexes", 5))))),
        Arguments.of(named("pod failure policy with Never", withPolicy(policy(
            exitCodes("FailJob", "In", 1, 42),
            exitCodes("Count", "NotIn", 0, 1),
            extra("action", "Ignore", "onPodConditions", List.of(Map.of("type", "DisruptionTarget",
                "status", "True"))),
            extra("action", "FailJob", "onExitCodes", Map.of("containerName", "batch-container",
                "operator", "In", "values", List.of(3))))))),
        Arguments.of(named("podReplacementPolicy Failed with a pod failure policy", job(j -> j
            .template(PodTemplateSpec.builder().spec(podSpec("Never")).build())
            .podFailurePolicy(policy(exitCodes("FailJob", "In", 42)))
            .extra(extra("podReplacementPolicy", "Failed"))))));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void should_accept_what_the_api_server_accepts(CronJob c) {
    assertThat(Validator.validate(c)).isEmpty();
  }

  @Test
  void should_explain_the_name_limit() {
    assertThat(Found.lines(CronJobValidation.class, cronJob().withMetadata(ObjectMeta.builder()
        .name("a".repeat(60)).build()))).containsExactly("CronJob/" + "a".repeat(60) + " metadata.name: must be no"
        + " more than 52 characters (was 60 characters) [cronjob-name-length]");
  }

  @Test
  void should_explain_a_schedule_with_the_parser_message() {
    assertThat(Found.lines(CronJobValidation.class, cron(s -> s.schedule("61 * * * *")))).containsExactly(
        "CronJob/batch-job spec.schedule: end of range (61) above maximum (59): 61 (was \"61 * * * *\")"
            + " [schedule-syntax]");
    assertThat(Found.lines(CronJobValidation.class, cron(s -> s.schedule("TZ=UTC 0 * * * *")))).containsExactly(
        "CronJob/batch-job spec.schedule: cannot use TZ or CRON_TZ in schedule, use timeZone field instead"
            + " (was \"TZ=UTC 0 * * * *\") [schedule-time-zone]");
  }

  @Test
  void should_refuse_a_job_template_without_restart_policy() {
    assertThat(Validator.validate(restart(null))).extracting(Violation::toString).containsExactly(
        "CronJob/batch-job spec.jobTemplate.spec.template.spec.restartPolicy: must be one of \"OnFailure\","
            + " \"Never\" here (was unset, which defaults to \"Always\") [restart-policy-not-allowed]");
  }

  @Test
  void should_explain_a_pod_failure_policy_with_on_failure() {
    assertThat(Found.lines(CronJobValidation.class, job(j -> j.podFailurePolicy(policy(exitCodes("FailJob", "In",
        42)))))).containsExactly("CronJob/batch-job spec.jobTemplate.spec.template.spec.restartPolicy: must be"
        + " \"Never\" when podFailurePolicy is specified (was \"OnFailure\") [pod-failure-policy-restart-never]");
  }
}
