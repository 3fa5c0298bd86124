package io.kubeprint.core.validation;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KindTable;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
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
    customResource(object, CustomResources.NONE, v);
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
    return validate(bundle, crossObject, List.of());
  }

  /**
   * Every violation in a bundle, sorted, as {@link #validate(Bundle, Severity)} finds them, with custom resources
   * checked against the CustomResourceDefinitions of the bundle and {@code moreDefinitions} (those of a
   * {@code --crds} folder, say, which are not themselves validated or rendered).
   */
  public static List<Violation> validate(Bundle bundle, Severity crossObject, List<? extends KubeObject> moreDefinitions) {
    List<KubeObject> definitions = new ArrayList<>(moreDefinitions);
    definitions.addAll(bundle.objects());
    CustomResources crds = CustomResources.of(definitions);
    List<Violation> out = new ArrayList<>(crds.problems());
    for (KubeObject o : bundle.objects()) {
      Violations v = new Violations(o);
      validateInto(o, v);
      customResource(o, crds, v);
      v.addTo(out);
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

  /** A custom resource is checked against its CustomResourceDefinition, or gets a notice that its body was not. */
  private static void customResource(KubeObject object, CustomResources crds, Violations v) {
    if (object instanceof GenericObject g && KindTable.classify(g.kind()) == KindTable.Treatment.CUSTOM) {
      if (!crds.check(g, v)) {
        GenericValidation.notChecked(g, v);
      }
    }
  }

  private static void validateInto(KubeObject object, Violations v) {
    object.accept(new KubeObjectVisitor<Void>() {
      @Override
      public Void pod(Pod o) {
        WorkloadValidation.pod(o, v);
        return null;
      }

      @Override
      public Void podTemplate(PodTemplate o) {
        WorkloadValidation.podTemplate(o, v);
        return null;
      }

      @Override
      public Void replicaSet(ReplicaSet o) {
        WorkloadValidation.replicaSet(o, v);
        return null;
      }

      @Override
      public Void deployment(Deployment o) {
        WorkloadValidation.deployment(o, v);
        return null;
      }

      @Override
      public Void service(Service o) {
        ServiceValidation.service(o, v);
        return null;
      }

      @Override
      public Void configMap(ConfigMap o) {
        ConfigValidation.configMap(o, v);
        return null;
      }

      @Override
      public Void secret(Secret o) {
        ConfigValidation.secret(o, v);
        return null;
      }

      @Override
      public Void cronJob(CronJob o) {
        CronJobValidation.cronJob(o, v);
        return null;
      }

      @Override
      public Void namespace(Namespace o) {
        NamespaceValidation.namespace(o, v);
        return null;
      }

      @Override
      public Void generic(GenericObject o) {
        GenericValidation.object(o, v);
        return null;
      }
    });
    SchemaChecks.object(object, v);
  }
}
