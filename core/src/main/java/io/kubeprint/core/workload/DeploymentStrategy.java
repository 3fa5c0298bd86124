package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a Deployment replaces pods ({@code strategy}).
 *
 * <p>Fields follow the Kubernetes API ({@code DeploymentStrategy}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface DeploymentStrategy extends WithDeploymentStrategy {

  /** {@code type}: {@code RollingUpdate} (the default) or {@code Recreate}. */
  Optional<String> type();

  /** {@code rollingUpdate}: only with {@code RollingUpdate}. */
  Optional<RollingUpdateDeployment> rollingUpdate();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code DeploymentStrategy} values. */
  final class Builder extends ImmutableDeploymentStrategy.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
