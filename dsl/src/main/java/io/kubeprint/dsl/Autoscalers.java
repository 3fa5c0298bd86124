package io.kubeprint.dsl;

import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KindTable;
import io.kubeprint.core.meta.KubeObject;
import java.util.Set;

/** HorizontalPodAutoscaler factories; {@link Kube} delegates here. */
public final class Autoscalers {
  /** The built-in kinds with a {@code scale} subresource, by API group and kind name. */
  private static final Set<String> SCALABLE = Set.of("apps Deployment", "apps ReplicaSet", "apps StatefulSet",
      " ReplicationController");

  private Autoscalers() {}

  /**
   * An autoscaler of {@code target}, named and namespaced like it: {@code autoscaler(web).between(2, 10).targetCpu(70)}.
   *
   * @throws IllegalArgumentException when {@code target}'s kind has no {@code scale} subresource (a CronJob, Pod,
   *     ConfigMap...)
   */
  public static AutoscalerBuilder autoscaler(KubeObject target) {
    Checks.notNull(target, "target");
    AutoscalerBuilder b = new AutoscalerBuilder(Checks.notBlank(target.name(), "target.name")).scaling(target);
    target.metadata().namespace().ifPresent(b::namespace);
    return b;
  }

  /** An autoscaler named {@code name}; give its target with {@link AutoscalerBuilder#scaling(KubeObject)}. */
  public static AutoscalerBuilder autoscaler(String name) {
    return new AutoscalerBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static AutoscalerBuilder from(HorizontalPodAutoscaler existing) {
    return new AutoscalerBuilder(existing);
  }

  /** Whether objects of {@code kind} can be scaled: a Deployment, ReplicaSet, StatefulSet, ReplicationController or custom resource. */
  static boolean isScalable(Kind kind) {
    return SCALABLE.contains(kind.group() + " " + kind.kindName()) || KindTable.classify(kind) == KindTable.Treatment.CUSTOM;
  }
}
