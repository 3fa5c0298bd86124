package io.kubeprint.core.validation;

import io.kubeprint.core.schema.KubernetesSchema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The rule catalogue: every {@link Rule} the validators apply, read from the {@code static final Rule}
 * constants of the validator classes, sorted by id. {@code docs/validation.md} documents each one (a test
 * keeps the two in step).
 */
public final class Rules {
  private static final List<Class<?>> VALIDATORS = List.of(
      MetaValidation.class,
      PodValidation.class,
      WorkloadValidation.class,
      ServiceValidation.class,
      ConfigValidation.class,
      CronJobValidation.class,
      ServiceAccountValidation.class,
      ClaimValidation.class,
      IngressValidation.class,
      NetworkPolicyValidation.class,
      JobValidation.class,
      StatefulSetValidation.class,
      DaemonSetValidation.class,
      HorizontalPodAutoscalerValidation.class,
      PodDisruptionBudgetValidation.class,
      NamespaceValidation.class,
      GenericValidation.class,
      CustomResources.class,
      OtherKindsValidation.class,
      BundleValidation.class,
      BundleReferences.class,
      ProbePorts.class,
      NetworkingReferences.class,
      WorkloadReferences.class,
      ScalingChecks.class,
      KubernetesSchema.class,
      io.kubeprint.core.crd.CrdRules.class);

  private static final List<Rule> ALL = collect();

  private Rules() {}

  /** Every rule, sorted by id. */
  public static List<Rule> all() {
    return ALL;
  }

  private static List<Rule> collect() {
    List<Rule> out = new ArrayList<>();
    for (Class<?> c : VALIDATORS) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == Rule.class) {
          try {
            f.setAccessible(true);
            out.add((Rule) f.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read rule " + c.getSimpleName() + "." + f.getName(), e);
          }
        }
      }
    }
    out.sort(Comparator.comparing(Rule::id));
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).id().equals(out.get(i - 1).id())) {
        throw new IllegalStateException("rule id used twice: " + out.get(i).id());
      }
    }
    return Collections.unmodifiableList(out);
  }
}
