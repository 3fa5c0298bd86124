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
 * A ConfigMap ({@code v1}): non-secret settings as keys, fed to containers as environment variables or
 * files.
 *
 * <p>Fields follow the Kubernetes API name for name; fields kubeprint does not type are kept verbatim in
 * {@link #extra()}.
 */
@Value.Immutable
public interface ConfigMap extends WithConfigMap, KubeObject {

  /** {@code metadata}. */
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /** {@code data}: UTF-8 values by key. */
  Map<String, String> data();

  /** {@code binaryData}: byte values by key (base64 in YAML); a key may not also be in {@link #data()}. */
  Map<String, Bytes> binaryData();

  /** {@code immutable}: when true the data can never change; absent means false. */
  Optional<Boolean> immutable();

  /** Top-level Kubernetes fields kept verbatim; defaults to none. */
  @Value.Default
  @Override
  default Fields extra() {
    return Fields.none();
  }

  /** Always {@link Kind#CONFIG_MAP}. */
  @Override
  default Kind kind() {
    return Kind.CONFIG_MAP;
  }

  /** Calls {@link KubeObjectVisitor#configMap}. */
  @Override
  default <R> R accept(KubeObjectVisitor<R> visitor) {
    return visitor.configMap(this);
  }

  /** A builder of {@code ConfigMap} values. */
  final class Builder extends ImmutableConfigMap.Builder {}

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }
}
