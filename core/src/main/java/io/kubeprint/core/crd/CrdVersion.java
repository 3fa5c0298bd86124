package io.kubeprint.core.crd;

import java.util.Map;
import java.util.Objects;

/**
 * One version of a CustomResourceDefinition: the kind it serves at {@code group/version}, whether it is served
 * and stored, its scope and its {@code openAPIV3Schema}. Made by {@link CustomResourceDefinitions}.
 */
public final class CrdVersion {
  private final String crdName;
  private final String group;
  private final String version;
  private final String kind;
  private final Scope scope;
  private final boolean served;
  private final boolean storage;
  private final boolean statusSubresource;
  private final Map<String, Object> openApiV3Schema;
  private final SchemaNode schema;
  private final boolean valid;

  CrdVersion(String crdName, String group, String version, String kind, Scope scope, boolean served, boolean storage,
      boolean statusSubresource, Map<String, Object> openApiV3Schema, SchemaNode schema, boolean valid) {
    this.crdName = crdName;
    this.group = group;
    this.version = version;
    this.kind = kind;
    this.scope = scope;
    this.served = served;
    this.storage = storage;
    this.statusSubresource = statusSubresource;
    this.openApiV3Schema = openApiV3Schema;
    this.schema = schema;
    this.valid = valid;
  }

  /** The CRD's {@code metadata.name}, e.g. {@code crontabs.stable.example.com}. */
  public String crdName() {
    return crdName;
  }

  /** {@code spec.group}, e.g. {@code stable.example.com}. */
  public String group() {
    return group;
  }

  /** {@code spec.versions[].name}, e.g. {@code v1}. */
  public String version() {
    return version;
  }

  /** {@code group/version}, the custom resources' {@code apiVersion}. */
  public String apiVersion() {
    return group + "/" + version;
  }

  /** {@code spec.names.kind}, e.g. {@code CronTab}. */
  public String kind() {
    return kind;
  }

  /** {@code spec.scope}. */
  public Scope scope() {
    return scope;
  }

  /** {@code spec.versions[].served}: when false the API server answers "no matches for kind". */
  public boolean served() {
    return served;
  }

  /** {@code spec.versions[].storage}. */
  public boolean storage() {
    return storage;
  }

  /** Whether {@code subresources.status} is set: then {@code status} is dropped on create, not validated. */
  public boolean hasStatusSubresource() {
    return statusSubresource;
  }

  /** The version's {@code schema.openAPIV3Schema} as the CRD holds it, or an empty map when it has none. */
  public Map<String, Object> openApiV3Schema() {
    return openApiV3Schema;
  }

  /**
   * Whether the schema has {@code x-kubernetes-validations} anywhere: kubeprint does not evaluate CEL, so
   * callers should say "CEL rules not checked" for these custom resources.
   */
  public boolean hasCelRules() {
    return schema != null && schema.hasCelRules();
  }

  /** Whether the CRD is one the API server accepts (its violations, if any, are only warnings). */
  public boolean isValid() {
    return valid;
  }

  SchemaNode schema() {
    return schema;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CrdVersion v && v.crdName.equals(crdName) && v.version.equals(version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(crdName, version);
  }

  @Override
  public String toString() {
    return "CrdVersion{" + apiVersion() + " " + kind + ", " + scope.text() + (served ? ", served" : ", not served")
        + (storage ? ", storage" : "") + (valid ? "" : ", invalid") + "}";
  }
}
