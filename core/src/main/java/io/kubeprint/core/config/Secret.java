package io.kubeprint.core.config;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.ObjectMeta;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Secret ({@code v1}): sensitive values as bytes, rendered base64-encoded in {@code data}.
 *
 * <p>Values are held as {@link Bytes}; {@code stringData} read from YAML is folded into {@link #data()}.
 * Its {@code toString()} never shows a value: {@code data} prints as {@code ****}.
 */
@Value.Immutable
public interface Secret extends WithSecret, KubeObject {

  /** The default {@code type}. */
  String OPAQUE = "Opaque";
  /** {@code kubernetes.io/tls}: keys {@code tls.crt} and {@code tls.key}. */
  String TLS = "kubernetes.io/tls";
  /** {@code kubernetes.io/dockerconfigjson}: key {@code .dockerconfigjson}. */
  String DOCKER_CONFIG_JSON = "kubernetes.io/dockerconfigjson";
  /** {@code kubernetes.io/basic-auth}: keys {@code username} and/or {@code password}. */
  String BASIC_AUTH = "kubernetes.io/basic-auth";
  /** {@code kubernetes.io/ssh-auth}: key {@code ssh-privatekey}. */
  String SSH_AUTH = "kubernetes.io/ssh-auth";

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code type}: {@code Opaque} when absent (the API server's default). */
  Optional<String> type();

  /** {@code data}: the values by key, as bytes; rendered base64-encoded. */
  @Value.Redacted
  Map<String, Bytes> data();

  /** {@code immutable}: when true the data can never change; absent means false. */
  Optional<Boolean> immutable();

  /** Top-level Kubernetes fields kept verbatim; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#SECRET}. */
  @Override
  default Kind kind() {
    return Kind.SECRET;
  }

  /** Calls {@link KubeObjectVisitor#secret}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.secret(this);
  }

  /** A builder of {@code Secret} values. */
  final class Builder extends ImmutableSecret.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
