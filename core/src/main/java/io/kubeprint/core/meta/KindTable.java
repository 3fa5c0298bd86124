package io.kubeprint.core.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What kubeprint knows of every built-in kind of Kubernetes 1.32, one API version each: its scope, whether a
 * default 1.32 API server serves it, its schema type, and for API versions that were removed, the release that
 * removed them and the version to use instead (what pluto and kubent report). Read from
 * {@code kinds-1.32.tsv} beside this class.
 *
 * <pre>{@code
 * KindTable.get(Kind.of("extensions/v1beta1", "Ingress"))   // removed in 1.22, use networking.k8s.io/v1
 * KindTable.classify(Kind.of("stable.example.com/v1", "CronTab"))   // Treatment.CUSTOM
 * }</pre>
 */
public final class KindTable {
  /** How a default Kubernetes 1.32 API server treats a kind's API version. */
  public enum Status {
    /** Served: objects of it can be created. */
    SERVED,
    /** Removed in an earlier release; {@link Entry#replacement()} names what to use. */
    REMOVED,
    /** An alpha or beta version that exists in 1.32 but is off unless the cluster enables it. */
    OFF
  }

  /** How kubeprint treats an {@code apiVersion}/{@code kind}. */
  public enum Treatment {
    /** A built-in kind a 1.32 API server serves: checked against the 1.32 schema. */
    SERVED,
    /** A built-in API version removed before 1.32: refused, naming the replacement. */
    REMOVED,
    /** An alpha or beta API version a default 1.32 API server does not serve: refused. */
    OFF,
    /**
     * A built-in group, but no such version or kind in it, or a group without a dot (which no custom resource can
     * have): refused, as the server has no such resource.
     */
    UNKNOWN_BUILT_IN,
    /** A configuration-file kind (audit policy, admission or kubelet configuration): no API server serves it. */
    CONFIGURATION,
    /** Any other group: a custom resource, served once its CustomResourceDefinition is installed. */
    CUSTOM
  }

  /**
   * One line of the table.
   *
   * @param kind the kind and API version
   * @param namespaced whether its objects live in a namespace
   * @param status whether a 1.32 server serves it
   * @param schemaType the Kubernetes 1.32 schema type of a served kind (e.g. {@code V1Deployment}); empty otherwise
   * @param removedIn the release that removed a {@link Status#REMOVED} version (e.g. {@code 1.22}); empty otherwise
   * @param replacement the {@code apiVersion} to use instead of a removed one; empty when none exists or not removed
   * @param stage {@code alpha} or {@code beta} for an {@link Status#OFF} version; empty otherwise
   */
  public record Entry(Kind kind, boolean namespaced, Status status, String schemaType, String removedIn,
      Optional<String> replacement, String stage) {
    public Entry {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(status, "status == null");
      Objects.requireNonNull(schemaType, "schemaType == null");
      Objects.requireNonNull(removedIn, "removedIn == null");
      Objects.requireNonNull(replacement, "replacement == null");
      Objects.requireNonNull(stage, "stage == null");
    }
  }

  /**
   * Groups of configuration-file kinds that components (and kustomize) read from disk and no API server serves
   * ({@code kubectl apply} answers "no matches for kind").
   */
  private static final Set<String> CONFIGURATION_GROUPS = Set.of(
      "apiserver.config.k8s.io", "apiserver.k8s.io", "audit.k8s.io", "kubelet.config.k8s.io",
      "kubeproxy.config.k8s.io", "kubescheduler.config.k8s.io", "kubecontrollermanager.config.k8s.io",
      "kubeadm.k8s.io", "client.authentication.k8s.io", "credentialprovider.kubelet.k8s.io",
      "imagepolicy.k8s.io", "eventratelimit.admission.k8s.io", "pod-security.admission.config.k8s.io",
      "podsecurity.admission.config.k8s.io", "abac.authorization.kubernetes.io", "kind.x-k8s.io",
      "cloudcontrollermanager.config.k8s.io", "kustomize.config.k8s.io");

  private static volatile Table table;

  private KindTable() {}

  private record Table(Map<Kind, Entry> entries, Set<String> groups, Map<String, List<Entry>> byKindName) {}

  /** Every line of the table, in its order (by group, version and kind). */
  public static List<Entry> entries() {
    return List.copyOf(table().entries.values());
  }

  /** What the table says of this kind and API version, if it is built in. */
  public static Optional<Entry> get(Kind kind) {
    return Optional.ofNullable(table().entries.get(kind));
  }

  /** Whether {@code group} is one of Kubernetes' built-in API groups ({@code ""} is the core group). */
  public static boolean isBuiltInGroup(String group) {
    return table().groups.contains(group);
  }

  /** Whether {@code group} holds configuration-file kinds that no API server serves. */
  public static boolean isConfigurationGroup(String group) {
    return CONFIGURATION_GROUPS.contains(group);
  }

  /** How kubeprint treats this kind: see {@link Treatment}. */
  public static Treatment classify(Kind kind) {
    Entry e = table().entries.get(kind);
    if (e != null) {
      return switch (e.status) {
        case SERVED -> Treatment.SERVED;
        case REMOVED -> Treatment.REMOVED;
        case OFF -> Treatment.OFF;
      };
    }
    // A CustomResourceDefinition's group has at least one dot (ValidateCustomResourceDefinitionSpec), so a group
    // without one (core/v1, apps/v2) can only be a built-in group's name mistyped: the server has no such kind.
    if (isBuiltInGroup(kind.group()) || !kind.group().contains(".")) {
      return Treatment.UNKNOWN_BUILT_IN;
    }
    if (isConfigurationGroup(kind.group())) {
      return Treatment.CONFIGURATION;
    }
    return Treatment.CUSTOM;
  }

  /** The served API versions of built-in kinds of this name, e.g. {@code [autoscaling/v1, autoscaling/v2]}. */
  public static List<String> servedVersions(String kindName) {
    List<String> out = new ArrayList<>();
    for (Entry e : table().byKindName.getOrDefault(kindName, List.of())) {
      if (e.status == Status.SERVED) {
        out.add(e.kind.apiVersion());
      }
    }
    return out;
  }

  /** The scope of a kind of this name in this built-in group, in any version of the table. */
  static Optional<Boolean> scopeByGroupAndKind(String group, String kindName) {
    for (Entry e : table().byKindName.getOrDefault(kindName, List.of())) {
      if (e.kind.group().equals(group)) {
        return Optional.of(e.namespaced);
      }
    }
    return Optional.empty();
  }

  private static Table table() {
    Table t = table;
    if (t == null) {
      synchronized (KindTable.class) {
        t = table;
        if (t == null) {
          t = load();
          table = t;
        }
      }
    }
    return t;
  }

  private static Table load() {
    Map<Kind, Entry> entries = new java.util.LinkedHashMap<>();
    Set<String> groups = new LinkedHashSet<>();
    Map<String, List<Entry>> byName = new HashMap<>();
    try (InputStream in = KindTable.class.getResourceAsStream("kinds-1.32.tsv")) {
      if (in == null) {
        throw new IllegalStateException("kinds-1.32.tsv is missing beside " + KindTable.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 5) {
          throw new IllegalStateException("kinds-1.32.tsv line " + lineNo + ": 5 columns expected");
        }
        Kind kind = Kind.of(c[0], c[1]);
        boolean namespaced = switch (c[2]) {
          case "Namespaced" -> true;
          case "Cluster" -> false;
          default -> throw new IllegalStateException("kinds-1.32.tsv line " + lineNo + ": scope " + c[2]);
        };
        Status status = Status.valueOf(c[3].toUpperCase(java.util.Locale.ROOT));
        String schemaType = "";
        String removedIn = "";
        Optional<String> replacement = Optional.empty();
        String stage = "";
        switch (status) {
          case SERVED -> schemaType = c[4];
          case REMOVED -> {
            String[] d = c[4].split(" ");
            removedIn = d[0];
            replacement = d[1].equals("-") ? Optional.empty() : Optional.of(d[1]);
          }
          case OFF -> stage = c[4];
        }
        Entry e = new Entry(kind, namespaced, status, schemaType, removedIn, replacement, stage);
        if (entries.put(kind, e) != null) {
          throw new IllegalStateException("kinds-1.32.tsv line " + lineNo + ": " + kind + " listed twice");
        }
        groups.add(kind.group());
        byName.computeIfAbsent(kind.kindName(), k -> new ArrayList<>()).add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Table(Collections.unmodifiableMap(entries), Collections.unmodifiableSet(groups), byName);
  }
}
