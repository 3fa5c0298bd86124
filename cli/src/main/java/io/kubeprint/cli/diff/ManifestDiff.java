package io.kubeprint.cli.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.SecretMode;
import io.kubeprint.render.internal.Canonical;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What changes between two sets of manifests, object by object and field by field, as a reviewer of a
 * change to the Java (or to the YAML) wants to see it.
 *
 * <p>Objects are matched by kind, namespace and name, and listed in apply order (kind, then namespace, then
 * name): added ({@code +}), removed ({@code -}) or changed ({@code ~}, one line per changed field). Fields
 * are compared on the canonical trees the renderer writes, so formatting, key order and empty values never
 * show as changes. Field paths follow Kubernetes' field paths: {@code spec.replicas}, map keys in brackets
 * ({@code metadata.labels[app]}, {@code data[password]}), list elements in brackets by index
 * ({@code args[0]}) or, when every element on both sides has a distinct {@code name} (containers, env,
 * ports, volumes in practice), by that name ({@code containers[web]}); a list matched by name whose common
 * elements changed order gets one {@code order} line. A field present on one side only shows as
 * {@code (absent)} on the other; an added or removed object or list element prints as compact JSON.
 *
 * <p>Roll-on-change generations are paired: when the old manifests hold {@code ConfigMap/settings-fcada8e59c} and
 * the new ones {@code ConfigMap/settings-21afd34d7a} instead (one base name, a 10-hex-digit hash suffix, of the
 * same kind and namespace), the two are compared as one object, listed under the new name:
 * {@code ~ ConfigMap/settings-21afd34d7a metadata.name: settings-fcada8e59c → settings-21afd34d7a} and
 * {@code ~ ConfigMap/settings-21afd34d7a data[LOG_LEVEL]: info → debug}.
 *
 * <p>Secret values are never shown: a changed value of a Secret's {@code data} reads
 * {@code (value changed, redacted)}, an added or removed one {@code (redacted)}; so does the
 * {@code kubectl.kubernetes.io/last-applied-configuration} annotation of a Secret, which holds its data.
 *
 * <p>Changes the API server refuses on update are flagged with {@code !}: the selector of a Deployment,
 * ReplicaSet or DaemonSet (apps/v1 {@code ValidateDeploymentUpdate}, {@code ValidateReplicaSetUpdate} and the
 * DaemonSet strategy call {@code ValidateImmutableField} on {@code spec.selector}); a StatefulSet's selector,
 * {@code serviceName}, {@code podManagementPolicy}, {@code volumeClaimTemplates} and
 * {@code revisionHistoryLimit} ({@code ValidateStatefulSetUpdate}); a Job's selector, {@code backoffLimitPerIndex},
 * template, {@code completionMode} and {@code podFailurePolicy} ({@code ValidateJobSpecUpdate}); a
 * PersistentVolumeClaim's spec but for a growing storage request ({@code ValidatePersistentVolumeClaimUpdate}); and
 * the data of a ConfigMap or Secret marked {@code immutable: true} ({@code ValidateConfigMapUpdate},
 * {@code ValidateSecretUpdate}).
 *
 * <pre>{@code
 * ManifestDiff diff = ManifestDiff.between(Manifests.read(Path.of("old")), Manifests.read(Path.of("new")));
 * System.out.print(diff);          // one change per line
 * }</pre>
 */
public final class ManifestDiff {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARROW = " → ";
  private static final String ABSENT = "(absent)";
  private static final String REDACTED = "(redacted)";
  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  private static final Set<String> MAP_FIELDS = Set.of("labels", "annotations", "data", "binaryData",
      "stringData", "matchLabels", "nodeSelector", "requests", "limits");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final List<Change> changes;

  private ManifestDiff(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * The changes from {@code before} to {@code after}. Throws {@link IllegalArgumentException} when one side
   * holds two objects of the same kind, namespace and name.
   */
  public static ManifestDiff between(Bundle before, Bundle after) {
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
    Map<Key, KubeObject> old = index(before, "old");
    Map<Key, KubeObject> now = index(after, "new");
    Set<Key> keys = new TreeSet<>(old.keySet());
    keys.addAll(now.keySet());
    Map<Key, Key> renamed = generations(old, now);
    List<Change> out = new ArrayList<>();
    for (Key k : keys) {
      KubeObject a = old.get(k);
      KubeObject b = now.get(k);
      if (renamed.containsValue(k) && b == null) {
        continue; // the old generation of a renamed object: compared with the new one below
      }
      if (renamed.containsKey(k)) {
        new ObjectDiff(k, old.get(renamed.get(k)), b, out).run();
      } else if (b == null) {
        out.add(new Change(Change.Type.REMOVED, k.display(), "", ""));
      } else if (a == null) {
        out.add(new Change(Change.Type.ADDED, k.display(), "", ""));
      } else {
        new ObjectDiff(k, a, b, out).run();
      }
    }
    return new ManifestDiff(out);
  }

  /** The changes, in order; empty when the manifests are equal. */
  public List<Change> changes() {
    return changes;
  }

  /** Whether the two sides hold equal objects. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** One line per change, each ending with a newline; empty when equal. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Change c : changes) {
      b.append(c).append('\n');
    }
    return b.toString();
  }

  /** A roll-on-change name: {@code <base>-<10 lower-case hex>}. */
  private static final Pattern HASHED = Pattern.compile("(.+)-[0-9a-f]{10}");
  private static final String HASHED_FROM = Bundle.HASHED_FROM_LABEL;

  /**
   * The roll-on-change generations to compare with each other, new key to old key: an object only in the new
   * manifests and one only in the old, of the same kind and namespace, whose names are one base name plus a hash
   * suffix ({@code settings-21afd34d7a} and {@code settings-fcada8e59c}; the {@value #HASHED_FROM} label, when
   * present, gives the base), when exactly one of each has that base.
   */
  private static Map<Key, Key> generations(Map<Key, KubeObject> old, Map<Key, KubeObject> now) {
    Map<String, List<Key>> removed = new TreeMap<>();
    Map<String, List<Key>> added = new TreeMap<>();
    old.forEach((k, o) -> {
      if (!now.containsKey(k)) {
        base(k, o).ifPresent(b -> removed.computeIfAbsent(b, x -> new ArrayList<>()).add(k));
      }
    });
    now.forEach((k, o) -> {
      if (!old.containsKey(k)) {
        base(k, o).ifPresent(b -> added.computeIfAbsent(b, x -> new ArrayList<>()).add(k));
      }
    });
    Map<Key, Key> out = new TreeMap<>();
    added.forEach((b, ks) -> {
      List<Key> was = removed.get(b);
      if (ks.size() == 1 && was != null && was.size() == 1) {
        out.put(ks.get(0), was.get(0));
      }
    });
    return out;
  }

  /** {@code Kind namespace base} of a hash-suffixed object, or empty. */
  private static java.util.Optional<String> base(Key k, KubeObject o) {
    var m = HASHED.matcher(k.name());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    String label = o.metadata().labels().get(HASHED_FROM);
    String base = label != null && !label.isEmpty() ? label : m.group(1);
    if (!k.name().startsWith(base + "-")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(k.kind() + " " + k.namespace() + " " + base);
  }

  private static Map<Key, KubeObject> index(Bundle bundle, String side) {
    Map<Key, KubeObject> out = new TreeMap<>();
    for (KubeObject o : bundle.objects()) {
      Key k = new Key(o.kind(), o.metadata().namespace().orElse(""), o.name());
      if (out.put(k, o) != null) {
        throw new IllegalArgumentException("objects must be unique by kind, namespace and name (was "
            + k.display() + " twice in the " + side + " manifests)");
      }
    }
    return out;
  }

  /** An object's identity: kind (in apply order), namespace, name. */
  private record Key(Kind kind, String namespace, String name) implements Comparable<Key> {
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::kind)
        .thenComparing(Key::namespace).thenComparing(Key::name);

    String display() {
      return kind.kindName() + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /** The field changes of one object present on both sides. */
  private static final class ObjectDiff {
    private final Key key;
    private final KubeObject before;
    private final KubeObject after;
    private final List<Change> out;
    private final List<Change> own = new ArrayList<>();

    ObjectDiff(Key key, KubeObject before, KubeObject after, List<Change> out) {
      this.key = key;
      this.before = before;
      this.after = after;
      this.out = out;
    }

    void run() {
      ObjectNode a = Canonical.tree(before, SecretMode.BASE64);
      ObjectNode b = Canonical.tree(after, SecretMode.BASE64);
      Set<String> fields = new LinkedHashSet<>();
      fields.add("metadata");
      Set<String> rest = new TreeSet<>();
      a.fieldNames().forEachRemaining(rest::add);
      b.fieldNames().forEachRemaining(rest::add);
      fields.addAll(rest);
      fields.remove("apiVersion");
      fields.remove("kind");
      for (String f : fields) {
        node(List.of(Segment.field(f)), a.get(f), b.get(f));
      }
      out.addAll(own);
      if (own.isEmpty()) {
        return;
      }
      if (key.kind() == Kind.STATEFUL_SET) {
        // ValidateStatefulSetUpdate: only replicas, ordinals, template, updateStrategy, the claim retention policy
        // and minReadySeconds may change.
        for (String f : List.of("selector", "serviceName", "podManagementPolicy", "volumeClaimTemplates",
            "revisionHistoryLimit")) {
          if (!Objects.equals(at(a, "spec", f), at(b, "spec", f))) {
            refuse("spec." + f, "the API server refuses updates to a StatefulSet's spec other than replicas, ordinals,"
                + " template, updateStrategy, persistentVolumeClaimRetentionPolicy and minReadySeconds (delete and"
                + " recreate)");
          }
        }
      }
      if (key.kind() == Kind.JOB) {
        // ValidateJobSpecUpdate: ValidateImmutableField on these (a suspended Job's scheduling directives aside).
        for (String f : List.of("selector", "template", "completionMode", "podFailurePolicy", "backoffLimitPerIndex")) {
          if (!Objects.equals(at(a, "spec", f), at(b, "spec", f))) {
            refuse("spec." + f, "the API server refuses changes to a Job's " + f + " (delete and recreate)");
          }
        }
      }
      if (key.kind() == Kind.DEPLOYMENT || key.kind() == Kind.REPLICA_SET || key.kind() == Kind.DAEMON_SET) {
        if (!Objects.equals(at(a, "spec", "selector"), at(b, "spec", "selector"))) {
          refuse("spec.selector", "the API server refuses selector updates (delete and recreate)");
        }
      }
      if (key.kind() == Kind.PERSISTENT_VOLUME_CLAIM) {
        ClaimUpdates.check(a, b, this::refuse);
      }
      if ((key.kind() == Kind.CONFIG_MAP || key.kind() == Kind.SECRET)
          && Objects.equals(at(a, "immutable"), JsonNodeFactory.instance.booleanNode(true))) {
        String why = "the " + key.kind().kindName()
            + " is immutable, the API server refuses changes to it (delete and recreate)";
        if (!Objects.equals(at(b, "immutable"), at(a, "immutable"))) {
          refuse("immutable", why);
        }
        for (String f : List.of("data", "binaryData")) {
          if (!Objects.equals(at(a, f), at(b, f))) {
            refuse(f, why);
          }
        }
      }
    }

    private void refuse(String path, String why) {
      out.add(new Change(Change.Type.REFUSED, key.display(), path, why));
    }

    private static JsonNode at(JsonNode n, String... fields) {
      JsonNode x = n;
      for (String f : fields) {
        x = x == null ? null : x.get(f);
      }
      return x;
    }

    private void node(List<Segment> path, JsonNode a, JsonNode b) {
      if (Objects.equals(a, b)) {
        return;
      }
      if (isSecretValue(path)) {
        String detail = a == null ? ABSENT + ARROW + REDACTED
            : b == null ? REDACTED + ARROW + ABSENT : "(value changed, redacted)";
        change(path, detail);
        return;
      }
      if (isSecretData(path) && (a == null || a.isObject()) && (b == null || b.isObject())) {
        a = a == null ? JsonNodeFactory.instance.objectNode() : a;
        b = b == null ? JsonNodeFactory.instance.objectNode() : b;
      }
      if (a != null && b != null && a.isObject() && b.isObject()) {
        Set<String> keys = new TreeSet<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(keys::add);
        boolean map = isMap(path);
        for (String k : keys) {
          node(append(path, map ? Segment.key(k) : Segment.field(k)), a.get(k), b.get(k));
        }
        return;
      }
      if (a != null && b != null && a.isArray() && b.isArray()) {
        list(path, a, b);
        return;
      }
      change(path, show(a) + ARROW + show(b));
    }

    private void list(List<Segment> path, JsonNode a, JsonNode b) {
      List<String> namesA = names(a);
      List<String> namesB = names(b);
      if (namesA == null || namesB == null) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
          node(append(path, Segment.index(i)), a.get(i), b.get(i));
        }
        return;
      }
      Map<String, JsonNode> byNameA = byName(a);
      Map<String, JsonNode> byNameB = byName(b);
      List<String> common = new ArrayList<>(namesA);
      common.retainAll(new HashSet<>(namesB));
      List<String> commonB = new ArrayList<>(namesB);
      commonB.retainAll(new HashSet<>(namesA));
      if (!common.equals(commonB)) {
        change(path, "order " + common + ARROW + commonB);
      }
      Set<String> all = new LinkedHashSet<>(namesA);
      all.addAll(namesB);
      for (String n : all) {
        node(append(path, Segment.key(n)), byNameA.get(n), byNameB.get(n));
      }
    }

    /** The elements' names when every element is an object with a distinct string {@code name}, else null. */
    private static List<String> names(JsonNode list) {
      List<String> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (JsonNode e : list) {
        JsonNode n = e.isObject() ? e.get("name") : null;
        if (n == null || !n.isTextual() || !seen.add(n.textValue())) {
          return null;
        }
        out.add(n.textValue());
      }
      return out;
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      for (JsonNode e : list) {
        out.put(e.get("name").textValue(), e);
      }
      return out;
    }

    private boolean isMap(List<Segment> path) {
      String last = path.get(path.size() - 1).name;
      if (path.get(path.size() - 1).kind != Segment.Kind.FIELD) {
        return false;
      }
      if (MAP_FIELDS.contains(last)) {
        return true;
      }
      return key.kind() == Kind.SERVICE && last.equals("selector") && path.size() == 2
          && path.get(0).name.equals("spec");
    }

    /** A Secret's field that holds values to redact, which an added or removed one must not print whole. */
    private boolean isSecretData(List<Segment> path) {
      if (key.kind() != Kind.SECRET) {
        return false;
      }
      String first = path.get(0).name;
      return path.size() == 1 && (first.equals("data") || first.equals("stringData") || first.equals("metadata"))
          || path.size() == 2 && first.equals("metadata") && path.get(1).name.equals("annotations");
    }

    /** A value of a Secret's data, or its last-applied annotation (which holds the data). */
    private boolean isSecretValue(List<Segment> path) {
      if (key.kind() != Kind.SECRET) {
        return false;
      }
      if (path.size() == 2 && (path.get(0).name.equals("data") || path.get(0).name.equals("stringData"))) {
        return true;
      }
      return path.size() == 3 && path.get(0).name.equals("metadata") && path.get(1).name.equals("annotations")
          && path.get(2).name.equals(LAST_APPLIED);
    }

    private void change(List<Segment> path, String detail) {
      own.add(new Change(Change.Type.CHANGED, key.display(), render(path), detail));
    }
  }

  private static List<Segment> append(List<Segment> path, Segment s) {
    List<Segment> out = new ArrayList<>(path.size() + 1);
    out.addAll(path);
    out.add(s);
    return Collections.unmodifiableList(out);
  }

  /** One step of a field path: a field ({@code .spec}), a map key or element name ({@code [web]}), an index. */
  private record Segment(Kind kind, String name) {
    enum Kind { FIELD, KEY, INDEX }

    static Segment field(String name) {
      return new Segment(Kind.FIELD, name);
    }

    static Segment key(String name) {
      return new Segment(Kind.KEY, name);
    }

    static Segment index(int i) {
      return new Segment(Kind.INDEX, Integer.toString(i));
    }
  }

  private static String render(List<Segment> path) {
    StringBuilder b = new StringBuilder();
    for (Segment s : path) {
      if (s.kind() == Segment.Kind.FIELD && IDENTIFIER.matcher(s.name()).matches()) {
        b.append(b.length() == 0 ? "" : ".").append(s.name());
      } else {
        b.append('[').append(s.name()).append(']');
      }
    }
    return b.toString();
  }

  /**
   * A value as a line shows it: {@code (absent)}; a string as it is unless it could be read as something else
   * (empty, a number, {@code true}, spaces at an end, a line break, the arrow), then JSON-quoted; numbers and
   * booleans as written; objects and lists as compact JSON.
   */
  static String show(JsonNode n) {
    if (n == null || n.isNull()) {
      return ABSENT;
    }
    if (n.isTextual()) {
      String s = n.textValue();
      boolean plain = !s.isEmpty() && s.strip().equals(s) && !NUMBER.matcher(s).matches()
          && !s.equals("true") && !s.equals("false") && !s.equals("null") && !s.startsWith("(")
          && !s.startsWith("\"") && !s.contains(ARROW.strip()) && s.chars().noneMatch(c -> c < 0x20);
      return plain ? s : json(n);
    }
    if (n.isBigDecimal() || n.isDouble() || n.isFloat()) {
      return n.decimalValue().stripTrailingZeros().equals(BigDecimal.ZERO) ? "0"
          : n.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (n.isValueNode()) {
      return n.asText();
    }
    return json(n);
  }

  private static String json(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
