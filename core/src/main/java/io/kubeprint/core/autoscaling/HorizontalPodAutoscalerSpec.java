package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a HorizontalPodAutoscaler.
 *
 * <p>Fields follow the Kubernetes API ({@code HorizontalPodAutoscalerSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HorizontalPodAutoscalerSpec extends WithHorizontalPodAutoscalerSpec {

  /** {@code scaleTargetRef}: the workload to scale (kind, name, apiVersion); required. */
  Optional<CrossVersionObjectReference> scaleTargetRef();

  /** {@code minReplicas}: the lower bound; the API server defaults it to 1. */
  Optional<Integer> minReplicas();

  /** {@code maxReplicas}: the upper bound; required, at least {@code minReplicas}. */
  Optional<Integer> maxReplicas();

  /** {@code metrics}: the targets; none means the API server's default, 80% average CPU utilization. */
  List<MetricSpec> metrics();

  /** {@code behavior}: scale-up and scale-down rules; absent means the controller's defaults. */
  Optional<HorizontalPodAutoscalerBehavior> behavior();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code HorizontalPodAutoscalerSpec} values. */
  final class Builder extends ImmutableHorizontalPodAutoscalerSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
