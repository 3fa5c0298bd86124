package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container resource ({@code resourceFieldRef}), e.g. {@code limits.cpu}.
 *
 * <p>Fields follow the Kubernetes API ({@code ResourceFieldSelector}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ResourceFieldSelector extends WithResourceFieldSelector {

  /** {@code containerName}: required for volumes, optional for env vars. */
  Optional<String> containerName();

  /** {@code resource}: e.g. {@code limits.memory}. */
  Optional<String> resource();

  /** {@code divisor}: the output format; defaults to 1. */
  Optional<Quantity> divisor();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ResourceFieldSelector} values. */
  final class Builder extends ImmutableResourceFieldSelector.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
