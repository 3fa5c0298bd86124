package io.kubeprint.core.networking;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An IP block peer of a NetworkPolicy ({@code ipBlock}).
 *
 * <p>Fields follow the Kubernetes API ({@code IPBlock}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface IPBlock extends WithIPBlock {

  /** {@code cidr}: an IPv4 or IPv6 CIDR such as {@code 10.0.0.0/16}; required. */
  Optional<String> cidr();

  /** {@code except}: CIDRs inside {@code cidr} that are left out. */
  List<String> except();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code IPBlock} values. */
  final class Builder extends ImmutableIPBlock.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
