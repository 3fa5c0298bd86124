package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodTemplateSpec;
import org.immutables.value.Value;

/**
 * A PodTemplate ({@code v1}): a stored pod template.
 *
 * <p>Fields follow the Kubernetes API ({@code PodTemplate}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodTemplate extends WithPodTemplate, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code template}. */
  @Value.Default
  default PodTemplateSpec template() {
    return PodTemplateSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#POD_TEMPLATE}. */
  @Override
  default Kind kind() {
    return Kind.POD_TEMPLATE;
  }

  /** Calls {@link KubeObjectVisitor#podTemplate}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.podTemplate(this);
  }

  /** A builder of {@code PodTemplate} values. */
  final class Builder extends ImmutablePodTemplate.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
