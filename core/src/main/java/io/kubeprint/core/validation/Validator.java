package io.kubeprint.core.validation;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The entry point of validation: the API server's rules for one object ({@link #validate(KubeObject)}) and,
 * for a {@link Bundle}, those plus the checks across objects.
 */
public final class Validator {
  private Validator() {}

  /** Every violation of the API server's rules (Kubernetes 1.32) in {@code object}, sorted; empty when valid. */
  public static List<Violation> validate(KubeObject object) {
    Violations v = new Violations(object);
    validateInto(object, v);
    List<Violation> out = new ArrayList<>(v.list());
    Collections.sort(out);
    return out;
  }

  /**
   * Every violation in a bundle, sorted: each object's, then the checks across objects as errors (a bundle
   * built in code must be complete, or declare what lives elsewhere).
   */
  public static List<Violation> validate(Bundle bundle) {
    return validate(bundle, Severity.ERROR);
  }

  /**
   * Every violation in a bundle, sorted, with the checks across objects reported at {@code crossObject}
   * severity ({@link Severity#WARNING} for manifests read from files, which are applied piecemeal).
   */
  public static List<Violation> validate(Bundle bundle, Severity crossObject) {
    List<Violation> out = new ArrayList<>();
    for (KubeObject o : bundle.objects()) {
      Violations v = new Violations(o);
      validateInto(o, v);
      out.addAll(v.list());
    }
    for (Violation x : BundleValidation.validate(bundle)) {
      out.add(x.withSeverity(crossObject));
    }
    Collections.sort(out);
    return out;
  }

  /**
   * What {@code kubectl apply} (client-side, the default) adds to the API server's rules: it stores the object
   * as JSON in the {@code kubectl.kubernetes.io/last-applied-configuration} annotation, which counts against
   * the 256 KiB limit on annotations. {@code appliedJsonBytes} is the size of that JSON. Empty when it fits.
   *
   * <p>Example: a ConfigMap holding 300 KB of data is valid, yet {@code kubectl apply} cannot create it.
   */
  public static List<Violation> validateForKubectlApply(KubeObject object, long appliedJsonBytes) {
    Violations v = new Violations(object.displayName());
    MetaValidation.lastAppliedAnnotation(object.metadata(), appliedJsonBytes, FieldPath.of("metadata", "annotations"), v);
    return v.list();
  }

  private static void validateInto(KubeObject object, Violations v) {
    switch (object.kind()) {
      case POD -> WorkloadValidation.pod((Pod) object, v);
      case POD_TEMPLATE -> WorkloadValidation.podTemplate((PodTemplate) object, v);
      case REPLICA_SET -> WorkloadValidation.replicaSet((ReplicaSet) object, v);
      case DEPLOYMENT -> WorkloadValidation.deployment((Deployment) object, v);
      case SERVICE -> ServiceValidation.service((Service) object, v);
      case CONFIG_MAP -> ConfigValidation.configMap((ConfigMap) object, v);
      case SECRET -> ConfigValidation.secret((Secret) object, v);
      case CRON_JOB -> CronJobValidation.cronJob((CronJob) object, v);
      case NAMESPACE -> NamespaceValidation.namespace((Namespace) object, v);
    }
    SchemaChecks.object(object, v);
  }
}
