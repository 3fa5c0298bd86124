package io.kubeprint.test;

import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.autoscaling.MetricSpec;
import io.kubeprint.core.autoscaling.MetricTarget;
import io.kubeprint.core.autoscaling.ResourceMetricSource;
import io.kubeprint.core.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link HorizontalPodAutoscaler}: {@code assertThat(bundle).autoscaler("web").scales(web)
 * .hasReplicasBetween(2, 10).targetsCpuUtilization(70)}. Unset {@code minReplicas} counts as 1 and empty
 * {@code metrics} as 80% average CPU utilization, the API server's defaults. Reach it through
 * {@link KubeAssertions#assertThat(HorizontalPodAutoscaler)} or {@link BundleAssert#autoscaler(String)}.
 */
public final class AutoscalerAssert extends AbstractKubeObjectAssert<AutoscalerAssert, HorizontalPodAutoscaler> {

  AutoscalerAssert(HorizontalPodAutoscaler actual) {
    super(actual, AutoscalerAssert.class);
  }

  /**
   * Verifies that {@code spec.scaleTargetRef} names {@code workload}: its kind, name and API group (an autoscaler
   * scales the object its REST mapping finds, whatever the version).
   */
  public AutoscalerAssert scales(KubeObject workload) {
    isNotNull();
    Objects.requireNonNull(workload, "workload == null");
    Optional<CrossVersionObjectReference> ref = actual.spec().scaleTargetRef();
    String group = ref.flatMap(CrossVersionObjectReference::apiVersion)
        .map(v -> v.lastIndexOf('/') < 0 ? "" : v.substring(0, v.lastIndexOf('/'))).orElse("");
    boolean same = ref.isPresent() && ref.get().kind().filter(workload.kind().kindName()::equals).isPresent()
        && ref.get().name().filter(workload.name()::equals).isPresent() && group.equals(workload.kind().group())
        && actual.metadata().namespace().equals(workload.metadata().namespace());
    if (!same) {
      throw failure("to scale " + workload.displayName() + " (" + workload.apiVersion() + ")", "but had scaleTargetRef",
          ref.map(AutoscalerAssert::describe).orElse(Describe.UNSET));
    }
    return myself;
  }

  /** Verifies {@code spec.minReplicas} (1 when unset) and {@code spec.maxReplicas}. */
  public AutoscalerAssert hasReplicasBetween(int min, int max) {
    isNotNull();
    int actualMin = actual.spec().minReplicas().orElse(1);
    Optional<Integer> actualMax = actual.spec().maxReplicas();
    if (actualMin != min || actualMax.filter(m -> m == max).isEmpty()) {
      throw failure("to keep between " + min + " and " + max + " replicas", "but had",
          "minReplicas " + actual.spec().minReplicas().map(String::valueOf).orElse(Describe.UNSET + " (1)")
              + ", maxReplicas " + Describe.optional(actualMax));
    }
    return myself;
  }

  /** Verifies a {@code Resource} metric on CPU at {@code percent} average utilization (the default 80 when there are no metrics). */
  public AutoscalerAssert targetsCpuUtilization(int percent) {
    return targetsUtilization("cpu", percent);
  }

  /** Verifies a {@code Resource} metric on memory at {@code percent} average utilization. */
  public AutoscalerAssert targetsMemoryUtilization(int percent) {
    return targetsUtilization("memory", percent);
  }

  private AutoscalerAssert targetsUtilization(String resource, int percent) {
    isNotNull();
    List<MetricSpec> metrics = actual.spec().metrics();
    boolean found = metrics.isEmpty() ? resource.equals("cpu") && percent == 80
        : metrics.stream().anyMatch(m -> m.type().filter("Resource"::equals).isPresent()
            && m.resource().flatMap(ResourceMetricSource::name).filter(resource::equals).isPresent()
            && m.resource().flatMap(ResourceMetricSource::target).flatMap(MetricTarget::averageUtilization)
                .filter(p -> p == percent).isPresent());
    if (!found) {
      throw failure("to target " + percent + "% average " + resource + " utilization", "but had metrics",
          metrics.isEmpty() ? Describe.UNSET + " (the API server defaults to 80% cpu)" : describe(metrics));
    }
    return myself;
  }

  private static String describe(CrossVersionObjectReference ref) {
    return ref.apiVersion().map(v -> v + " ").orElse("") + ref.kind().orElse(Describe.UNSET) + "/"
        + ref.name().orElse(Describe.UNSET);
  }

  private static String describe(List<MetricSpec> metrics) {
    List<String> out = new ArrayList<>();
    for (MetricSpec m : metrics) {
      String type = m.type().orElse(Describe.UNSET);
      Optional<ResourceMetricSource> r = m.resource();
      if (r.isPresent()) {
        MetricTarget t = r.get().target().orElse(MetricTarget.builder().build());
        out.add(type + " " + r.get().name().orElse(Describe.UNSET) + " "
            + t.averageUtilization().map(p -> p + "%").orElse(t.averageValue().map(Object::toString)
                .orElse(Describe.UNSET)));
      } else {
        out.add(type);
      }
    }
    return Describe.list(out);
  }
}
