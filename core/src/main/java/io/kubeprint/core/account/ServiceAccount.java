package io.kubeprint.core.account;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.LocalObjectReference;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ServiceAccount ({@code v1}): an identity for the processes of pods, with the registry credentials its pods pull
 * images with.
 *
 * <p>Fields follow the Kubernetes API ({@code ServiceAccount}) name for name; fields kubeprint does not
 * type (the deprecated {@code secrets}) are kept verbatim in {@link #extra()}. Build one with {@link #builder()};
 * copy with the {@code with*} methods or {@code builder().from(value)}.
 */
@Value.Immutable
public interface ServiceAccount extends WithServiceAccount, KubeObject {

  /** {@code metadata}: the name is a DNS subdomain. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /**
   * {@code automountServiceAccountToken}: whether pods running as this account get an API token mounted; absent
   * means they do (unless the pod says otherwise).
   */
  Optional<Boolean> automountServiceAccountToken();

  /** {@code imagePullSecrets}: Secrets of the namespace that every pod running as this account pulls images with. */
  List<LocalObjectReference> imagePullSecrets();

  /** Kubernetes fields of this object that kubeprint keeps verbatim without typing them; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#SERVICE_ACCOUNT}. */
  @Override
  default Kind kind() {
    return Kind.SERVICE_ACCOUNT;
  }

  /** Calls {@link KubeObjectVisitor#serviceAccount}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.serviceAccount(this);
  }

  /** A builder of {@code ServiceAccount} values. */
  final class Builder extends ImmutableServiceAccount.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
