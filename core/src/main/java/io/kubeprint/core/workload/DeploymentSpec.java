package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a Deployment.
 *
 * <p>Fields follow the Kubernetes API ({@code DeploymentSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface DeploymentSpec extends WithDeploymentSpec {

  /** {@code replicas}: the API server defaults it to 1. */
  Optional<Integer> replicas();

  /** {@code selector}: required; must match the template's labels; immutable after creation. */
  Optional<LabelSelector> selector();

  /** {@code template}. */
  @Value.Default
  default PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** {@code strategy}: the API server defaults it to {@code RollingUpdate} with 25% surge and 25% unavailable. */
  Optional<DeploymentStrategy> strategy();

  /** {@code minReadySeconds}: defaults to 0. */
  Optional<Integer> minReadySeconds();

  /** {@code revisionHistoryLimit}: old ReplicaSets kept for rollback; the API server defaults it to 10. */
  Optional<Integer> revisionHistoryLimit();

  /** {@code progressDeadlineSeconds}: the API server defaults it to 600. */
  Optional<Integer> progressDeadlineSeconds();

  /** {@code paused}: defaults to false. */
  Optional<Boolean> paused();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code DeploymentSpec} values. */
  final class Builder extends ImmutableDeploymentSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
