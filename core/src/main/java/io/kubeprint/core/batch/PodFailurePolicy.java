package io.kubeprint.core.batch;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import org.immutables.value.Value;

/**
 * How pod failures count against a Job ({@code podFailurePolicy}); its rules are kept verbatim as Kubernetes fields.
 *
 * <p>Fields follow the Kubernetes API ({@code PodFailurePolicy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodFailurePolicy extends WithPodFailurePolicy {

  /** {@code rules}. */
  List<Fields> rules();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodFailurePolicy} values. */
  final class Builder extends ImmutablePodFailurePolicy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
