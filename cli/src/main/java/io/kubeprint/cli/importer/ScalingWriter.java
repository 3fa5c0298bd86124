package io.kubeprint.cli.importer;

import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscalerBehavior;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscalerSpec;
import io.kubeprint.core.autoscaling.MetricSpec;
import io.kubeprint.core.autoscaling.MetricTarget;
import io.kubeprint.core.autoscaling.ResourceMetricSource;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.disruption.PodDisruptionBudgetSpec;
import io.kubeprint.cli.importer.Code.Chain;
import io.kubeprint.cli.importer.Code.Expr;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The DSL code of a HorizontalPodAutoscaler ({@code autoscaler("web").scaleTargetRef(..).between(..).targetCpu(..)})
 * and of a PodDisruptionBudget ({@code disruptionBudget("web").selector(labels(..)).minAvailable(..)}): a DSL method
 * where its call-site checks pass for the value at hand and its effect is exactly the field's value, a core literal
 * passed to a DSL method ({@code .metric(MetricSpec.builder()...build())}), or a {@link Fixups} wither otherwise.
 */
final class ScalingWriter {
  private static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}%");

  /** {@code DslWriter.objectExtra}: the object's top-level untyped fields. */
  interface ObjectExtra {
    void write(Chain c, KubeObject o, Class<?> type, Fixups f);
  }

  private final Literals lit;
  private final ObjectExtra objectExtra;
  private final Function<Map<String, String>, Expr> labels;

  ScalingWriter(Literals lit, ObjectExtra objectExtra, Function<Map<String, String>, Expr> labels) {
    this.lit = lit;
    this.objectExtra = objectExtra;
    this.labels = labels;
  }

  Chain autoscaler(HorizontalPodAutoscaler h, Chain c, Fixups f) {
    HorizontalPodAutoscalerSpec s = h.spec();
    s.scaleTargetRef().ifPresent(ref -> {
      String apiVersion = ref.apiVersion().orElse("");
      String kind = ref.kind().orElse("");
      String name = ref.name().orElse("");
      if (!apiVersion.isBlank() && !kind.isBlank() && !name.isBlank() && ref.extra().isEmpty()) {
        c.then("scaleTargetRef", Code.string(apiVersion), Code.string(kind), Code.string(name));
      } else {
        c.then("scaleTargetRef", lit.of(ref, CrossVersionObjectReference.class));
      }
    });
    Optional<Integer> min = s.minReplicas();
    Optional<Integer> max = s.maxReplicas();
    if (min.isPresent() && max.isPresent() && min.get() >= 1 && max.get() >= min.get()) {
      c.then("between", Code.atom(min.get().toString()), Code.atom(max.get().toString()));
    } else {
      replicas(c, "minReplicas", min, f);
      replicas(c, "maxReplicas", max, f);
    }
    for (MetricSpec m : s.metrics()) {
      metric(c, m);
    }
    s.behavior().ifPresent(b -> c.then("behavior", lit.of(b, HorizontalPodAutoscalerBehavior.class)));
    extra(c, "specExtra", HorizontalPodAutoscalerSpec.class, s.extra(), f);
    objectExtra.write(c, h, HorizontalPodAutoscaler.class, f);
    return c;
  }

  private static void replicas(Chain c, String method, Optional<Integer> n, Fixups f) {
    n.ifPresent(x -> {
      if (x >= 1) {
        c.then(method, Code.atom(x.toString()));
      } else {
        f.put(List.of("spec", method), Code.atom(x.toString()));
      }
    });
  }

  /** {@code .targetCpu(70)} or {@code .targetMemory(80)} when that is the metric exactly, else {@code .metric(..)}. */
  private void metric(Chain c, MetricSpec m) {
    for (String resource : List.of("cpu", "memory")) {
      Optional<Integer> percent = m.resource().flatMap(ResourceMetricSource::target)
          .flatMap(MetricTarget::averageUtilization).filter(p -> p >= 1);
      if (percent.isPresent() && m.equals(utilization(resource, percent.get()))) {
        c.then(resource.equals("cpu") ? "targetCpu" : "targetMemory", Code.atom(percent.get().toString()));
        return;
      }
    }
    c.then("metric", lit.of(m, MetricSpec.class));
  }

  private static MetricSpec utilization(String resource, int percent) {
    return MetricSpec.builder().type("Resource").resource(ResourceMetricSource.builder().name(resource)
        .target(MetricTarget.builder().type("Utilization").averageUtilization(percent).build()).build()).build();
  }

  Chain disruptionBudget(PodDisruptionBudget p, Chain c, Fixups f) {
    PodDisruptionBudgetSpec s = p.spec();
    s.selector().ifPresent(sel -> {
      boolean plain = sel.matchExpressions().isEmpty() && sel.extra().isEmpty() && !sel.matchLabels().isEmpty()
          && sel.matchLabels().keySet().stream().noneMatch(String::isBlank);
      c.then("selector", plain ? labels.apply(sel.matchLabels()) : lit.of(sel, LabelSelector.class));
    });
    boolean min = s.minAvailable().map(v -> bound(c, "minAvailable", v)).orElse(false);
    s.minAvailable().filter(v -> !min).ifPresent(v -> f.put(List.of("spec", "minAvailable"), lit.of(v, IntOrString.class)));
    boolean max = s.minAvailable().isEmpty() && s.maxUnavailable().map(v -> bound(c, "maxUnavailable", v)).orElse(false);
    s.maxUnavailable().filter(v -> !max)
        .ifPresent(v -> f.put(List.of("spec", "maxUnavailable"), lit.of(v, IntOrString.class)));
    s.unhealthyPodEvictionPolicy().ifPresent(policy -> {
      switch (policy) {
        case "AlwaysAllow" -> c.then("alwaysAllowUnhealthyEviction");
        case "IfHealthyBudget" -> c.then("unhealthyPodEvictionPolicy", Code.string(policy));
        default -> f.put(List.of("spec", "unhealthyPodEvictionPolicy"), Code.string(policy));
      }
    });
    extra(c, "specExtra", PodDisruptionBudgetSpec.class, s.extra(), f);
    objectExtra.write(c, p, PodDisruptionBudget.class, f);
    return c;
  }

  /** {@code .method(n)} or {@code .method("n%")} when the DSL accepts the value; false when it would refuse it. */
  private static boolean bound(Chain c, String method, IntOrString v) {
    if (v.isInt() && v.intValue() >= 0) {
      c.then(method, Code.atom(Integer.toString(v.intValue())));
      return true;
    }
    if (!v.isInt() && PERCENT.matcher(v.strValue()).matches()
        && Integer.parseInt(v.strValue().substring(0, v.strValue().length() - 1)) <= 100) {
      c.then(method, Code.string(v.strValue()));
      return true;
    }
    return false;
  }

  /** {@code .specExtra(k, v)} for each untyped spec field when the DSL accepts every one, else a fixup. */
  private void extra(Chain c, String method, Class<?> type, Fields extra, Fixups f) {
    if (extra.isEmpty()) {
      return;
    }
    if (extra.asMap().keySet().stream().allMatch(k -> DslWriter.acceptsExtra(type, k))) {
      extra.asMap().forEach((k, v) -> c.then(method, Code.string(k), lit.json(v)));
    } else {
      f.put(List.of("spec", "extra"), lit.fields(extra));
    }
  }
}
