package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import java.util.List;
import org.immutables.value.Value;

/**
 * A command probe ({@code exec}).
 *
 * <p>Fields follow the Kubernetes API ({@code ExecAction}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ExecAction extends WithExecAction {

  /** {@code command}: the command line, not run in a shell. */
  List<String> command();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code ExecAction} values. */
  final class Builder extends ImmutableExecAction.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
