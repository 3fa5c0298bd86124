package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Container-level security settings ({@code securityContext}).
 *
 * <p>Fields follow the Kubernetes API ({@code SecurityContext}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface SecurityContext extends WithSecurityContext {

  /** {@code runAsUser}: the UID to run as. */
  Optional<Long> runAsUser();

  /** {@code runAsGroup}: the GID to run as. */
  Optional<Long> runAsGroup();

  /** {@code runAsNonRoot}: refuse to start as UID 0. */
  Optional<Boolean> runAsNonRoot();

  /** {@code readOnlyRootFilesystem}. */
  Optional<Boolean> readOnlyRootFilesystem();

  /** {@code allowPrivilegeEscalation}. */
  Optional<Boolean> allowPrivilegeEscalation();

  /** {@code privileged}. */
  Optional<Boolean> privileged();

  /** {@code capabilities}: POSIX capabilities to add and drop. */
  Optional<Capabilities> capabilities();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code SecurityContext} values. */
  final class Builder extends ImmutableSecurityContext.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
