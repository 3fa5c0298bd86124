package io.kubeprint.dsl;

import io.kubeprint.core.config.Bytes;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Builds a {@link ConfigMap}: {@code configMap("projectid").data("project.id", "hello-docker-123456").build()}.
 * Keys keep the order of the calls; setting a key again replaces its value.
 */
public final class ConfigMapBuilder extends ObjectBuilder<ConfigMapBuilder, ConfigMap> {
  private ConfigMap configMap;

  ConfigMapBuilder(String name) {
    super(ConfigMap.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.configMap = ConfigMap.builder().build();
  }

  ConfigMapBuilder(ConfigMap existing) {
    super(ConfigMap.class, Checks.notNull(existing, "configMap").metadata(), existing.extra());
    this.configMap = existing;
  }

  @Override
  ConfigMapBuilder self() {
    return this;
  }

  /** Sets the {@code data} entry {@code key} to the UTF-8 text {@code value}. */
  public ConfigMapBuilder data(String key, String value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    Map<String, String> m = new LinkedHashMap<>(configMap.data());
    m.put(key, value);
    configMap = configMap.withData(m);
    return this;
  }

  /**
   * Sets a {@code data} entry per entry of {@code entries}, in its iteration order:
   * {@code .data(new TreeMap<>(settings))}. Use a sorted or linked map for a stable order.
   */
  public ConfigMapBuilder data(Map<String, String> entries) {
    Checks.notNull(entries, "entries");
    entries.forEach(this::data);
    return this;
  }

  /**
   * Sets a {@code data} entry per property (defaults included), in key order since {@link Properties} has
   * none: {@code .data(properties)} after {@code properties.load(reader)}.
   */
  public ConfigMapBuilder data(Properties properties) {
    Checks.notNull(properties, "properties");
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      data(key, properties.getProperty(key));
    }
    return this;
  }

  /** Sets the {@code binaryData} entry {@code key} (rendered base64); the bytes are copied. */
  public ConfigMapBuilder binaryData(String key, byte[] value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    Map<String, Bytes> m = new LinkedHashMap<>(configMap.binaryData());
    m.put(key, Bytes.of(value));
    configMap = configMap.withBinaryData(m);
    return this;
  }

  /** Sets {@code immutable: true}: the data can never change (absent by default, meaning mutable). */
  public ConfigMapBuilder immutable() {
    configMap = configMap.withImmutable(true);
    return this;
  }

  @Override
  public ConfigMap build() {
    return configMap.withMetadata(metadata).withExtra(extra);
  }
}
