package io.kubeprint.core.validation;

import io.kubeprint.core.batch.CronJob;

/** Rules for CronJobs ({@code pkg/apis/batch/validation}: {@code ValidateCronJobCreate}). */
final class CronJobValidation {
  private CronJobValidation() {}

  static void cronJob(CronJob c, Violations v) {
    MetaValidation.objectMeta(c.metadata(), FieldPath.of("metadata"), v);
    PodValidation.podSpec(c.spec().jobTemplate().spec().template().spec(),
        FieldPath.of("spec", "jobTemplate", "spec", "template", "spec"), v);
  }
}
