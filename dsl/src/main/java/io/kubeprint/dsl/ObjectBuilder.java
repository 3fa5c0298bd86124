package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every kind's builder offers: {@code metadata} (name, namespace, labels, annotations) and the
 * {@link #extra(String, Object)} escape hatch. Builders are mutable and single-use; what they
 * {@link #build()} is an immutable core value.
 *
 * @param <B> the concrete builder
 * @param <T> the core kind it builds
 */
public abstract sealed class ObjectBuilder<B extends ObjectBuilder<B, T>, T extends KubeObject>
    permits WorkloadBuilder, ServiceBuilder, ConfigMapBuilder, SecretBuilder, GenericObjectBuilder,
    ServiceAccountBuilder, ClaimBuilder, IngressBuilder, NetworkPolicyBuilder, AutoscalerBuilder,
    DisruptionBudgetBuilder {

  final Class<T> type;
  ObjectMeta metadata;
  Fields extra;

  ObjectBuilder(Class<T> type, ObjectMeta metadata, Fields extra) {
    this.type = type;
    this.metadata = metadata;
    this.extra = extra;
  }

  abstract B self();

  /**
   * Sets {@code metadata.name}; the factory already set it, so this renames, e.g. a copy:
   * {@code deployment(blue).name("web-green")}.
   */
  public B name(String name) {
    metadata = metadata.withName(Checks.notNull(name, "name"));
    return self();
  }

  /** Sets {@code metadata.namespace}; absent by default, meaning the namespace the manifest is applied to. */
  public B namespace(String namespace) {
    metadata = metadata.withNamespace(Checks.notNull(namespace, "namespace"));
    return self();
  }

  /** Adds (or replaces) one {@code metadata.labels} entry; no labels by default. */
  public B label(String key, String value) {
    return labels(Labels.of(metadata.labels()).and(key, value));
  }

  /** Replaces {@code metadata.labels} with {@code labels}; e.g. {@code .labels(labels("app", "web"))}. */
  public B labels(Labels labels) {
    Checks.notNull(labels, "labels");
    metadata = metadata.withLabels(labels.asMap());
    return self();
  }

  /** Adds (or replaces) one {@code metadata.annotations} entry; no annotations by default. */
  public B annotation(String key, String value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    Map<String, String> m = new LinkedHashMap<>(metadata.annotations());
    m.put(key, value);
    metadata = metadata.withAnnotations(m);
    return self();
  }

  /**
   * Sets a top-level Kubernetes field kubeprint does not type, kept verbatim in {@code extra()} and rendered
   * beside the typed fields. {@code value} is JSON-shaped: String, Boolean, Number, List, Map or null. A
   * field kubeprint types (e.g. {@code spec}) is refused: use its typed method.
   */
  public B extra(String field, Object value) {
    extra = Checks.extra(extra, type, field, value);
    return self();
  }

  /** {@code Kind/name} of the object being built, as violations name it. */
  String displayName() {
    return type.getSimpleName() + "/" + metadata.name().orElse("");
  }

  /** The immutable core value. The builder stays usable; each call builds from its current state. */
  public abstract T build();
}
