package io.kubeprint.core.workload;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rolling-update bounds ({@code strategy.rollingUpdate}).
 *
 * <p>Fields follow the Kubernetes API ({@code RollingUpdateDeployment}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface RollingUpdateDeployment extends WithRollingUpdateDeployment {

  /** {@code maxUnavailable}: a number or percent; the API server defaults it to 25%. */
  Optional<IntOrString> maxUnavailable();

  /** {@code maxSurge}: a number or percent; the API server defaults it to 25%. */
  Optional<IntOrString> maxSurge();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code RollingUpdateDeployment} values. */
  final class Builder extends ImmutableRollingUpdateDeployment.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
