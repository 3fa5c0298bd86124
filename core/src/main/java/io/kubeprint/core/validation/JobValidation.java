package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.batch.Job;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for Jobs: {@code ValidateJob}, {@code validateGeneratedSelector} and {@code ValidateJobSpec}
 * ({@code pkg/apis/batch/validation}), whose {@code validateJobSpec} part is {@link CronJobValidation#jobSpec},
 * shared with a CronJob's job template. Checked as the API server sees a new Job after its create strategy
 * ({@code generateSelector}, {@code pkg/registry/batch/job}): unless {@code manualSelector} is true, the pod
 * template gets the labels {@code job-name}, {@code batch.kubernetes.io/job-name} (the Job's name),
 * {@code controller-uid} and {@code batch.kubernetes.io/controller-uid} (its uid) where it does not set them,
 * and the selector gets {@code batch.kubernetes.io/controller-uid}.
 */
final class JobValidation {

  /** {@code ValidateJobSpec}: with {@code manualSelector: true} the selector is not generated. */
  static final Rule JOB_SELECTOR_REQUIRED = Rule.of("job-selector-required", "ValidateJobSpec",
      "a Job with `manualSelector: true` has a `spec.selector`");
  /** {@code ValidateJobSpec}: the selector, generated or not, matches the pod template's labels. */
  static final Rule JOB_SELECTOR_MISMATCH = Rule.of("job-selector-mismatch", "ValidateJobSpec",
      "a Job's `spec.selector` matches its `spec.template.metadata.labels`");
  /** {@code validateGeneratedSelector}: a selector the API server generates may not be narrowed by hand. */
  static final Rule JOB_SELECTOR_NOT_GENERATED = Rule.of("job-selector-not-generated", "validateGeneratedSelector",
      "without `manualSelector: true`, a Job's `spec.selector` selects only what the generated labels (job name, uid) say");
  /** {@code validateGeneratedSelector} ({@code ValidateHasLabel}): the generated pod labels keep their values. */
  static final Rule JOB_GENERATED_LABELS = Rule.of("job-generated-labels", "validateGeneratedSelector",
      "without `manualSelector: true`, the pod template sets `job-name` labels only to the Job's name and no `controller-uid` labels");
  /** {@code ValidateJob}: the pods of an Indexed Job are named {@code <job>-<index>}, a DNS label. */
  static final Rule JOB_INDEXED_HOSTNAME = Rule.of("job-indexed-hostname", "ValidateJob",
      "the name of an `Indexed` Job, with `-<completions - 1>` appended, is a DNS label (at most 63 characters)");

  static final String JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
  static final String CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";
  static final String LEGACY_JOB_NAME_LABEL = "job-name";
  static final String LEGACY_CONTROLLER_UID_LABEL = "controller-uid";
  /** A uid as the API server generates it, standing for the one the Job will get. */
  private static final String UID = "00000000-0000-0000-0000-000000000000";

  private JobValidation() {}

  /** {@code ValidateJob} on create. */
  static void job(Job job, Violations v) {
    MetaValidation.objectMeta(job.metadata(), FieldPath.of("metadata"), v);
    JobSpec spec = job.spec();
    boolean manual = spec.manualSelector().orElse(false);
    String name = job.name();
    FieldPath specPath = FieldPath.of("spec");
    FieldPath labelsPath = specPath.child("template", "metadata", "labels");
    Optional<LabelSelector> selector = spec.selector();
    PodTemplateSpec template = spec.template();
    if (!manual) {
      Map<String, String> written = template.metadata().labels();
      for (String key : List.of(LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL)) {
        if (written.containsKey(key)) {
          v.add(JOB_GENERATED_LABELS, labelsPath.key(key), "must not be set: the API server sets it to the Job's uid"
              + " (was " + quote(written.get(key)) + ")");
        }
      }
      for (String key : List.of(LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL)) {
        if (written.containsKey(key) && !written.get(key).equals(name)) {
          v.add(JOB_GENERATED_LABELS, labelsPath.key(key), "must be " + quote(name) + ", the Job's name (was "
              + quote(written.get(key)) + ")");
        }
      }
      Map<String, String> labels = new LinkedHashMap<>(written);
      labels.putIfAbsent(LEGACY_JOB_NAME_LABEL, name);
      labels.putIfAbsent(JOB_NAME_LABEL, name);
      labels.putIfAbsent(LEGACY_CONTROLLER_UID_LABEL, UID);
      labels.putIfAbsent(CONTROLLER_UID_LABEL, UID);
      template = template.withMetadata(template.metadata().withLabels(labels));
      LabelSelector given = selector.orElse(LabelSelector.builder().build());
      if (!given.matchLabels().containsKey(CONTROLLER_UID_LABEL)) {
        Map<String, String> matchLabels = new LinkedHashMap<>(given.matchLabels());
        matchLabels.put(CONTROLLER_UID_LABEL, UID);
        given = given.withMatchLabels(matchLabels);
      }
      selector = Optional.of(given);
      if (selector.isPresent() && MetaValidation.isConvertible(selector.get())) {
        Map<String, String> expected = Map.of(LEGACY_JOB_NAME_LABEL, name, JOB_NAME_LABEL, name,
            LEGACY_CONTROLLER_UID_LABEL, UID, CONTROLLER_UID_LABEL, UID);
        if (!MetaValidation.matches(selector.get(), expected)) {
          v.add(JOB_SELECTOR_NOT_GENERATED, specPath.child("selector"), "must select only the labels the API server"
              + " generates (job-name, controller-uid) unless manualSelector is true (was "
              + Selectors.format(spec.selector().get()) + ")");
        }
      }
    }
    JobSpec defaulted = spec.withTemplate(template);
    CronJobValidation.jobSpec(defaulted, specPath, v);
    if (selector.isEmpty()) {
      v.add(JOB_SELECTOR_REQUIRED, specPath.child("selector"), "is required when manualSelector is true");
    } else {
      MetaValidation.labelSelector(selector.get(), specPath.child("selector"), v);
    }
    if (selector.isEmpty() || MetaValidation.isConvertible(selector.get())) {
      Map<String, String> labels = template.metadata().labels();
      if (selector.isEmpty() || !MetaValidation.matches(selector.get(), labels)) {
        v.add(JOB_SELECTOR_MISMATCH, labelsPath, "must be matched by spec.selector (was " + labels + ")");
      }
    }
    boolean indexed = spec.completionMode().filter("Indexed"::equals).isPresent();
    if (indexed && spec.completions().isPresent() && spec.completions().get() > 0) {
      String hostname = name + "-" + (spec.completions().get() - 1);
      if (!Syntax.isDns1123Label(hostname).isEmpty()) {
        v.add(JOB_INDEXED_HOSTNAME, FieldPath.of("metadata", "name"), "must leave room for the pod index: "
            + quote(hostname) + " would not be a valid DNS label (was " + quote(name) + ")");
      }
    }
  }
}
