package io.kubeprint.core.batch;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import org.immutables.value.Value;

/**
 * The Job a CronJob creates ({@code jobTemplate}).
 *
 * <p>Fields follow the Kubernetes API ({@code JobTemplateSpec}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface JobTemplateSpec extends WithJobTemplateSpec {

  /** {@code metadata}. */
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code spec}. */
  @Value.Default
  default JobSpec spec() {
    return JobSpec.builder().build();
  }

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code JobTemplateSpec} values. */
  final class Builder extends ImmutableJobTemplateSpec.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
