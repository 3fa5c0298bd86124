package io.kubeprint.core.meta;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One set-based selector requirement: {@code key}, {@code operator} ({@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}) and {@code values}.
 *
 * <p>Fields follow the Kubernetes API ({@code LabelSelectorRequirement}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface LabelSelectorRequirement extends WithLabelSelectorRequirement {

  /** {@code key}: the label key the requirement applies to. */
  Optional<String> key();

  /** {@code operator}: {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}. */
  Optional<String> operator();

  /** {@code values}: non-empty for {@code In}/{@code NotIn}, empty for {@code Exists}/{@code DoesNotExist}. */
  List<String> values();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code LabelSelectorRequirement} values. */
  final class Builder extends ImmutableLabelSelectorRequirement.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
