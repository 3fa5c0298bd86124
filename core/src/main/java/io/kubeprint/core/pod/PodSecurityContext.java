package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Pod-level security settings ({@code spec.securityContext}).
 *
 * <p>Fields follow the Kubernetes API ({@code PodSecurityContext}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface PodSecurityContext extends WithPodSecurityContext {

  /** {@code runAsUser}. */
  Optional<Long> runAsUser();

  /** {@code runAsGroup}. */
  Optional<Long> runAsGroup();

  /** {@code runAsNonRoot}. */
  Optional<Boolean> runAsNonRoot();

  /** {@code fsGroup}: the group that owns mounted volumes. */
  Optional<Long> fsGroup();

  /** {@code supplementalGroups}. */
  List<Long> supplementalGroups();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code PodSecurityContext} values. */
  final class Builder extends ImmutablePodSecurityContext.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
