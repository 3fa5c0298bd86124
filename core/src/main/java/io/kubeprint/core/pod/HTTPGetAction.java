package io.kubeprint.core.pod;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An HTTP GET probe ({@code httpGet}).
 *
 * <p>Fields follow the Kubernetes API ({@code HTTPGetAction}) name for name; fields kubeprint does not
 * type are kept verbatim in {@link #extra()}. Build one with {@link #builder()}; copy with the {@code with*}
 * methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface HTTPGetAction extends WithHTTPGetAction {

  /** {@code path}: the request path. */
  Optional<String> path();

  /** {@code port}: a number or a container port name; required. */
  Optional<IntOrString> port();

  /** {@code host}: defaults to the pod IP. */
  Optional<String> host();

  /** {@code scheme}: {@code HTTP} or {@code HTTPS}; the API server defaults it to {@code HTTP}. */
  Optional<String> scheme();

  /** {@code httpHeaders}: extra request headers. */
  List<HTTPHeader> httpHeaders();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  default Fields extra() {
    return Fields.none();
  }

  /** A builder of {@code HTTPGetAction} values. */
  final class Builder extends ImmutableHTTPGetAction.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
