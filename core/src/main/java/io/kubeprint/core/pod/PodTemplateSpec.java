package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * A pod template ({@code template}): the metadata and spec of the pods a controller creates.
 *
 * <p>Fields follow the Kubernetes API ({@code PodTemplateSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodTemplateSpec extends WithPodTemplateSpec {

  /** {@code metadata}: the pods' labels and annotations; defaults to empty. */
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}: the pods' specification; defaults to empty. */
  @Value.Default
  default PodSpec spec() {
    return PodSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodTemplateSpec} values. */
  final class Builder extends ImmutablePodTemplateSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
