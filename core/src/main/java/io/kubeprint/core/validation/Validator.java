package io.kubeprint.core.validation;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KindTable;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

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
   * Every violation in a bundle, sorted: each object's, then the checks across objects as the bundle's
   * {@link Bundle#crossObjectChecks()} says (errors by default: a bundle built in code must be complete, or
   * declare what lives elsewhere).
   */
  public static List<Violation> validate(Bundle bundle) {
    return validate(bundle, bundle.crossObjectChecks());
  }

  /**
   * Every violation in a bundle, sorted, with the checks across objects reported as errors, as warnings, or
   * not run, as {@code crossObject} says (whatever the bundle's own {@link Bundle#crossObjectChecks()}).
   */
  public static List<Violation> validate(Bundle bundle, CrossObjectChecks crossObject) {
    Objects.requireNonNull(crossObject, "crossObject == null");
    return validate(bundle, crossObject.severity(), List.of());
  }

  /**
   * Every violation in a bundle, sorted, as {@link #validate(Bundle, CrossObjectChecks)} finds them, calling
   * {@code each} for every object, in bundle order, once its own rules are checked (see
   * {@link #validate(Bundle, Severity, List, EachObject)}).
   */
  public static List<Violation> validate(Bundle bundle, CrossObjectChecks crossObject, EachObject each) {
    Objects.requireNonNull(crossObject, "crossObject == null");
    return validate(bundle, crossObject.severity(), List.of(), each);
  }

  /**
   * The findings of the checks across objects alone, as errors, sorted: what {@link #validate(Bundle)} adds to
   * the objects' own violations.
   */
  public static List<Violation> crossObject(Bundle bundle) {
    List<Violation> out = new ArrayList<>(BundleValidation.validate(bundle));
    Collections.sort(out);
    return out;
  }

  /**
   * The objects the references of {@code bundle}'s pods, Ingresses, autoscalers and bindings name that are neither
   * in the bundle nor declared external, each once, in the order met: declaring them with
   * {@link Bundle#withExternal(io.kubeprint.core.meta.Kind, String, String)} (or without a namespace when the
   * referring object has none) makes those references resolve. A reference marked {@code optional}, and one into a
   * kind the bundle holds no object of (a ServiceAccount, say, when it has none), looks for nothing.
   */
  public static List<Bundle.External> missingReferences(Bundle bundle) {
    return BundleValidation.missing(bundle);
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
   * {@code --crds} folder, say, which are not themselves validated or rendered). A {@code null}
   * {@code crossObject} leaves the checks across objects out.
   */
  public static List<Violation> validate(Bundle bundle, Severity crossObject, List<? extends KubeObject> moreDefinitions) {
    return validate(bundle, crossObject, moreDefinitions, (o, at) -> { });
  }

  /**
   * What sees each object of a bundle during {@link #validate(Bundle, Severity, List, EachObject)}, right after the
   * object's own rules have read it: work on the object done here finds it in the processor's cache, where a pass
   * of its own over a large bundle would read it from memory again.
   */
  @FunctionalInterface
  public interface EachObject {
    /** Called once for {@code object}, the bundle's object at position {@code at}, in bundle order. */
    void validated(KubeObject object, int at);
  }

  /**
   * Every violation in a bundle, sorted, as {@link #validate(Bundle, Severity, List)} finds them, calling
   * {@code each} for every object, in bundle order, once its own rules are checked (the checks across objects come
   * after the last). The violations do not depend on what {@code each} does. Rendering a bundle uses it to write the
   * objects a batch at a time, while validation has just read them, keeping the text until validation has passed.
   */
  public static List<Violation> validate(Bundle bundle, Severity crossObject, List<? extends KubeObject> moreDefinitions,
      EachObject each) {
    Objects.requireNonNull(each, "each == null");
    List<KubeObject> objects = bundle.objects();
    // One pass: each object's own rules, its place in the index the checks across objects read, and the caller's
    // work, while the object is in cache. Custom resources wait for every definition of the bundle.
    BundleValidation.Index index = crossObject == null ? null : new BundleValidation.Index(bundle);
    List<KubeObject> definitions = new ArrayList<>(moreDefinitions);
    List<GenericObject> customs = null;
    List<Violation> out = new ArrayList<>();
    for (int at = 0; at < objects.size(); at++) {
      KubeObject o = objects.get(at);
      Violations v = new Violations(o);
      validateInto(o, v);
      if (o instanceof GenericObject g) {
        if (g.kind().equals(CustomResources.CRD)) {
          definitions.add(g);
        } else if (KindTable.classify(g.kind()) == KindTable.Treatment.CUSTOM) {
          if (customs == null) {
            customs = new ArrayList<>();
          }
          customs.add(g);
        }
      }
      v.addTo(out);
      if (index != null) {
        index.add(at, o);
      }
      each.validated(o, at);
    }
    CustomResources crds = CustomResources.of(definitions);
    out.addAll(crds.problems());
    if (customs != null) {
      for (GenericObject g : customs) {
        Violations v = new Violations(g);
        customResource(g, crds, v);
        v.addTo(out);
      }
    }
    if (index != null) {
      for (Violation x : BundleValidation.validate(index)) {
        // A check that is only ever a warning stays one; the others take the severity asked for.
        out.add(x.isError() ? x.withSeverity(crossObject) : x);
      }
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
      public Void job(Job o) {
        JobValidation.job(o, v);
        return null;
      }

      @Override
      public Void statefulSet(StatefulSet o) {
        StatefulSetValidation.statefulSet(o, v);
        return null;
      }

      @Override
      public Void daemonSet(DaemonSet o) {
        DaemonSetValidation.daemonSet(o, v);
        return null;
      }

      @Override
      public Void horizontalPodAutoscaler(HorizontalPodAutoscaler o) {
        HorizontalPodAutoscalerValidation.horizontalPodAutoscaler(o, v);
        return null;
      }

      @Override
      public Void podDisruptionBudget(PodDisruptionBudget o) {
        PodDisruptionBudgetValidation.podDisruptionBudget(o, v);
        return null;
      }

      @Override
      public Void namespace(Namespace o) {
        NamespaceValidation.namespace(o, v);
        return null;
      }

      @Override
      public Void serviceAccount(ServiceAccount o) {
        ServiceAccountValidation.serviceAccount(o, v);
        return null;
      }

      @Override
      public Void persistentVolumeClaim(PersistentVolumeClaim o) {
        ClaimValidation.claim(o, v);
        return null;
      }

      @Override
      public Void ingress(Ingress o) {
        IngressValidation.ingress(o, v);
        return null;
      }

      @Override
      public Void networkPolicy(NetworkPolicy o) {
        NetworkPolicyValidation.networkPolicy(o, v);
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
