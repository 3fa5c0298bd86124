package io.kubeprint.core.crd;

import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.validation.Violations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * CustomResourceDefinitions read from manifests, and the check of custom resources against them as the
 * Kubernetes 1.32 API server makes it on create with strict field validation ({@code kubectl apply
 * --dry-run=server}): unknown fields, then the version's {@code openAPIV3Schema} after pruning nulls and
 * defaulting, embedded resources and {@code x-kubernetes-list-type}. CEL rules ({@code x-kubernetes-validations})
 * are not evaluated: {@link CrdVersion#hasCelRules()} tells when a notice is due. The object's own
 * {@code metadata} is left to the metadata rules.
 *
 * <pre>{@code
 * CustomResourceDefinitions crds = CustomResourceDefinitions.of(List.of(crontabCrd));
 * crds.problems().forEach(System.out::println);           // the CRDs' own violations
 * Violations v = new Violations("CronTab/my-new-cron-object");
 * crds.check(cronTab, v);                                   // cronTab: Map<String, Object>, e.g. Fields#asMap()
 * v.list().forEach(System.out::println);
 * }</pre>
 *
 * <p>A CRD is a JSON-shaped map of its top-level fields, with the value types of
 * {@link io.kubeprint.core.meta.Fields}. Reading one never throws on content: what is malformed becomes a
 * violation in {@link #problems()}, and the kinds of a CRD with errors are answered "no matches for kind" with
 * the reason. Immutable and safe to share.
 */
public final class CustomResourceDefinitions {
  private static final String CRD_API_VERSION = "apiextensions.k8s.io/v1";

  /** By {@code group/kind}, the versions in CRD order. */
  private final Map<String, List<CrdVersion>> byGroupKind;
  private final List<Violation> problems;

  private CustomResourceDefinitions(Map<String, List<CrdVersion>> byGroupKind, List<Violation> problems) {
    this.byGroupKind = byGroupKind;
    this.problems = problems;
  }

  /** A registry of {@code crds}, each a CRD document's top-level fields. */
  public static CustomResourceDefinitions of(Collection<? extends Map<String, ?>> crds) {
    Objects.requireNonNull(crds, "crds == null");
    Map<String, List<CrdVersion>> byGroupKind = new LinkedHashMap<>();
    Map<String, String> owner = new LinkedHashMap<>();
    List<Violation> problems = new ArrayList<>();
    for (Map<String, ?> crd : crds) {
      Objects.requireNonNull(crd, "crd == null");
      read(crd, byGroupKind, owner, problems);
    }
    Map<String, List<CrdVersion>> frozen = new LinkedHashMap<>();
    byGroupKind.forEach((k, l) -> frozen.put(k, List.copyOf(l)));
    return new CustomResourceDefinitions(Collections.unmodifiableMap(frozen), List.copyOf(problems));
  }

  /** A registry of the given CRDs. */
  @SafeVarargs
  public static CustomResourceDefinitions of(Map<String, ?>... crds) {
    return of(List.of(crds));
  }

  /** The violations of the CRDs themselves, in the order found (errors make their kinds unusable). */
  public List<Violation> problems() {
    return problems;
  }

  /** Every version of every CRD, in the order read. */
  public List<CrdVersion> versions() {
    List<CrdVersion> all = new ArrayList<>();
    byGroupKind.values().forEach(all::addAll);
    return Collections.unmodifiableList(all);
  }

  /**
   * The CRD version for {@code apiVersion} ({@code group/version}) and {@code kind}, served or not, valid or
   * not; empty when no CRD defines them.
   */
  public Optional<CrdVersion> find(String apiVersion, String kind) {
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    Objects.requireNonNull(kind, "kind == null");
    int slash = apiVersion.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    List<CrdVersion> versions = byGroupKind.getOrDefault(apiVersion.substring(0, slash) + "/" + kind, List.of());
    String version = apiVersion.substring(slash + 1);
    return versions.stream().filter(v -> v.version().equals(version)).findFirst();
  }

  /** Whether some CRD here defines {@code kind} in the group of {@code apiVersion}, in any version. */
  public boolean defines(String apiVersion, String kind) {
    Objects.requireNonNull(apiVersion, "apiVersion == null");
    Objects.requireNonNull(kind, "kind == null");
    int slash = apiVersion.indexOf('/');
    return slash >= 0 && byGroupKind.containsKey(apiVersion.substring(0, slash) + "/" + kind);
  }

  /**
   * Checks the custom resource {@code object} (its top-level fields: apiVersion, kind, metadata and the rest)
   * against the schema of its CRD version, recording every violation into {@code violations}. A kind or version
   * that no valid CRD serves is one violation at {@code apiVersion}, as the API server's "no matches for kind".
   */
  public void check(Map<String, ?> object, Violations violations) {
    Objects.requireNonNull(object, "object == null");
    Objects.requireNonNull(violations, "violations == null");
    Object apiVersion = object.get("apiVersion");
    Object kind = object.get("kind");
    if (!(apiVersion instanceof String av) || !(kind instanceof String k)) {
      violations.add(CrdRules.KIND_NOT_SERVED, FieldPath.of(apiVersion instanceof String ? "kind" : "apiVersion"),
          "is required to find the CustomResourceDefinition (was " + Json.render(apiVersion instanceof String ? kind : apiVersion) + ")");
      return;
    }
    String noMatch = "no matches for kind \"" + k + "\" in version \"" + av + "\"";
    int slash = av.indexOf('/');
    List<CrdVersion> versions = slash < 0 ? List.of()
        : byGroupKind.getOrDefault(av.substring(0, slash) + "/" + k, List.of());
    if (versions.isEmpty()) {
      violations.add(CrdRules.KIND_NOT_SERVED, FieldPath.of("apiVersion"),
          "must name the group of a CustomResourceDefinition that defines kind " + k + " (was " + Json.render(av)
              + ": " + noMatch + ")");
      return;
    }
    CrdVersion version = find(av, k).orElse(null);
    if (version == null || !version.served()) {
      StringJoiner served = new StringJoiner(", ");
      versions.stream().filter(CrdVersion::served).forEach(v -> served.add(Json.render(v.apiVersion())));
      violations.add(CrdRules.KIND_NOT_SERVED, FieldPath.of("apiVersion"),
          "must be a version CustomResourceDefinition/" + versions.get(0).crdName() + " serves"
              + (served.length() == 0 ? ", and it serves none" : ": " + served) + " (was " + Json.render(av) + ": "
              + noMatch + ")");
      return;
    }
    if (!version.isValid()) {
      violations.add(CrdRules.KIND_NOT_SERVED, FieldPath.of("apiVersion"),
          "must name a version of a valid CustomResourceDefinition (was " + Json.render(av) + ": "
              + "CustomResourceDefinition/" + version.crdName() + " has errors, so " + noMatch + ")");
      return;
    }
    SchemaCheck.check(object, version.schema(), version.hasStatusSubresource(), violations);
  }

  // ---------------------------------------------------------------------------------------------------------

  private static void read(Map<String, ?> crd, Map<String, List<CrdVersion>> byGroupKind, Map<String, String> owner,
      List<Violation> problems) {
    Map<?, ?> spec = crd.get("spec") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> names = spec.get("names") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> metadata = crd.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
    String group = text(spec.get("group"));
    String kind = text(names.get("kind"));
    String plural = text(names.get("plural"));
    String name = text(metadata.get("name"));
    if (name == null) {
      name = plural != null && group != null ? plural + "." + group : "(unnamed)";
    }
    Violations v = new Violations("CustomResourceDefinition/" + name);
    Object apiVersion = crd.get("apiVersion");
    if (apiVersion != null && !CRD_API_VERSION.equals(apiVersion)) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("apiVersion"),
          "must be \"" + CRD_API_VERSION + "\", the only version 1.32 serves (was " + Json.render(apiVersion) + ")");
    }
    if (!(crd.get("spec") instanceof Map<?, ?>)) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("spec"), "is required (was " + Json.render(crd.get("spec")) + ")");
    }
    if (group == null || group.isEmpty()) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("spec", "group"), "is required (was " + Json.render(spec.get("group")) + ")");
    }
    if (kind == null || kind.isEmpty()) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("spec", "names", "kind"),
          "is required (was " + Json.render(names.get("kind")) + ")");
    }
    if (plural == null || plural.isEmpty()) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("spec", "names", "plural"),
          "is required (was " + Json.render(names.get("plural")) + ")");
    }
    if (plural != null && group != null && text(metadata.get("name")) != null && !name.equals(plural + "." + group)) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("metadata", "name"),
          "must be spec.names.plural+\".\"+spec.group (was " + Json.render(name) + ", expected "
              + Json.render(plural + "." + group) + ")");
    }
    Object scopeValue = spec.get("scope");
    Scope scope = Scope.NAMESPACED;
    if ("Cluster".equals(scopeValue)) {
      scope = Scope.CLUSTER;
    } else if (!"Namespaced".equals(scopeValue)) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("spec", "scope"),
          "must be one of \"Cluster\", \"Namespaced\" (was " + Json.render(scopeValue) + ")");
    }
    List<?> versions = spec.get("versions") instanceof List<?> l ? l : List.of();
    if (versions.isEmpty()) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("spec", "versions"),
          "must have at least one version (was " + Json.render(spec.get("versions")) + ")");
    }
    Object specSubresources = spec.get("subresources");
    record Pending(String version, boolean served, boolean storage, boolean status, Map<String, Object> raw,
        SchemaNode schema) {}
    List<Pending> pending = new ArrayList<>();
    int storageCount = 0;
    for (int i = 0; i < versions.size(); i++) {
      FieldPath vp = FieldPath.of("spec", "versions").index(i);
      Map<?, ?> ver = versions.get(i) instanceof Map<?, ?> m ? m : Map.of();
      String vname = text(ver.get("name"));
      if (vname == null || vname.isEmpty()) {
        v.add(CrdRules.CRD_INVALID, vp.child("name"), "is required (was " + Json.render(ver.get("name")) + ")");
        continue;
      }
      boolean served = Boolean.TRUE.equals(ver.get("served"));
      boolean storage = Boolean.TRUE.equals(ver.get("storage"));
      if (storage) {
        storageCount++;
      }
      Object subresources = ver.get("subresources") != null ? ver.get("subresources") : specSubresources;
      boolean status = subresources instanceof Map<?, ?> sm && sm.get("status") instanceof Map<?, ?>;
      Object schemaHolder = ver.get("schema") != null ? ver.get("schema") : spec.get("validation");
      Object raw = schemaHolder instanceof Map<?, ?> sh ? sh.get("openAPIV3Schema") : null;
      FieldPath sp = vp.child("schema", "openAPIV3Schema");
      SchemaNode node = null;
      Map<String, Object> rawMap = Map.of();
      if (raw == null) {
        v.add(CrdRules.CRD_INVALID, sp, "is required: apiextensions.k8s.io/v1 needs a schema for every version (was missing)");
      } else {
        node = SchemaNode.read(raw, sp, v);
        if (raw instanceof Map<?, ?> rm) {
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) rm;
          rawMap = typed;
          if (!"object".equals(node.type)) {
            v.add(CrdRules.CRD_INVALID, sp.child("type"),
                "must be \"object\" at the root (was " + Json.render(rm.get("type")) + ")");
          }
        }
      }
      pending.add(new Pending(vname, served, storage, status, rawMap, node));
    }
    if (!versions.isEmpty() && storageCount != 1) {
      v.add(CrdRules.CRD_INVALID, FieldPath.of("spec", "versions"),
          "must have exactly one version marked as storage version (was " + storageCount + ")");
    }
    if (group != null && kind != null) {
      String gk = group + "/" + kind;
      String previous = owner.putIfAbsent(gk, name);
      if (previous != null && !previous.equals(name)) {
        v.add(CrdRules.CRD_INVALID, FieldPath.of("spec", "names", "kind"),
            "must be unique in its group (was " + Json.render(kind) + ", also defined by CustomResourceDefinition/"
                + previous + ")");
      }
    }
    boolean valid = v.list().stream().noneMatch(Violation::isError);
    if (group != null && kind != null && !group.isEmpty() && !kind.isEmpty() && (valid || !byGroupKind.containsKey(group + "/" + kind))) {
      List<CrdVersion> list = new ArrayList<>();
      for (Pending p : pending) {
        list.add(new CrdVersion(name, group, p.version(), kind, scope, p.served(), p.storage(), p.status(), p.raw(),
            p.schema(), valid && p.schema() != null));
      }
      byGroupKind.put(group + "/" + kind, list);
    }
    problems.addAll(v.list());
  }

  private static String text(Object o) {
    return o instanceof String s ? s : null;
  }
}
