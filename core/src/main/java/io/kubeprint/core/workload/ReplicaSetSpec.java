package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a ReplicaSet.
 *
 * <p>Fields follow the Kubernetes API ({@code ReplicaSetSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ReplicaSetSpec extends WithReplicaSetSpec {

  /** {@code replicas}: the API server defaults it to 1. */
  Optional<Integer> replicas();

  /** {@code minReadySeconds}: defaults to 0. */
  Optional<Integer> minReadySeconds();

  /** {@code selector}: required; must match the template's labels. */
  Optional<LabelSelector> selector();

  /** {@code template}. */
  @Value.Default
  default PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ReplicaSetSpec} values. */
  final class Builder extends ImmutableReplicaSetSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
