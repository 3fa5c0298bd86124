package io.kubeprint.core.meta;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A label selector ({@code matchLabels} and {@code matchExpressions}, ANDed).
 *
 * <p>Fields follow the Kubernetes API ({@code LabelSelector}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface LabelSelector extends WithLabelSelector {

  /** {@code matchLabels}: each pair must be a label of the selected object. */
  Map<String, String> matchLabels();

  /** {@code matchExpressions}: set-based requirements. */
  List<LabelSelectorRequirement> matchExpressions();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code LabelSelector} values. */
  final class Builder extends ImmutableLabelSelector.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
