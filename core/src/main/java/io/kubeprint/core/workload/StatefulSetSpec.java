package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.PodTemplateSpec;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The specification of a StatefulSet.
 *
 * <p>Fields follow the Kubernetes API ({@code StatefulSetSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface StatefulSetSpec extends WithStatefulSetSpec {

  /** {@code replicas}: the API server defaults it to 1. */
  Optional<Integer> replicas();

  /** {@code selector}: required; must match the template's labels; immutable after creation. */
  Optional<LabelSelector> selector();

  /** {@code template}: its restartPolicy must be {@code Always} (the default). */
  @Value.Default
  default PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /**
   * {@code volumeClaimTemplates}: PersistentVolumeClaims, one per pod and template, kept as Kubernetes fields
   * ({@code metadata}, {@code spec}); immutable after creation.
   */
  List<Fields> volumeClaimTemplates();

  /** {@code serviceName}: the headless Service that gives the pods their DNS names; immutable after creation. */
  Optional<String> serviceName();

  /** {@code podManagementPolicy}: {@code OrderedReady} (the default) or {@code Parallel}; immutable after creation. */
  Optional<String> podManagementPolicy();

  /** {@code updateStrategy}: the API server defaults it to {@code RollingUpdate} with partition 0. */
  Optional<StatefulSetUpdateStrategy> updateStrategy();

  /** {@code revisionHistoryLimit}: the API server defaults it to 10. */
  Optional<Integer> revisionHistoryLimit();

  /** {@code minReadySeconds}: defaults to 0. */
  Optional<Integer> minReadySeconds();

  /** {@code persistentVolumeClaimRetentionPolicy}: the API server defaults both of its fields to {@code Retain}. */
  Optional<StatefulSetPersistentVolumeClaimRetentionPolicy> persistentVolumeClaimRetentionPolicy();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code StatefulSetSpec} values. */
  final class Builder extends ImmutableStatefulSetSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
