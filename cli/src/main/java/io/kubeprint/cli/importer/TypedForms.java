package io.kubeprint.cli.importer;

import io.kubeprint.cli.importer.Code.Chain;
import io.kubeprint.cli.importer.Code.Expr;
import io.kubeprint.core.batch.PodFailurePolicy;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.pod.Affinity;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.KeyToPath;
import io.kubeprint.core.pod.PodDNSConfig;
import io.kubeprint.core.pod.PodDNSConfigOption;
import io.kubeprint.core.pod.PodSecurityContext;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.dsl.AppArmorProfile;
import io.kubeprint.dsl.ContainerBuilder;
import io.kubeprint.dsl.DnsPolicy;
import io.kubeprint.dsl.DownwardFile;
import io.kubeprint.dsl.Hook;
import io.kubeprint.dsl.HostPathType;
import io.kubeprint.dsl.Kube;
import io.kubeprint.dsl.Labels;
import io.kubeprint.dsl.NodeInclusionPolicy;
import io.kubeprint.dsl.NodeMatch;
import io.kubeprint.dsl.PodBuilder;
import io.kubeprint.dsl.PodFailureAction;
import io.kubeprint.dsl.PodFailureRule;
import io.kubeprint.dsl.Projection;
import io.kubeprint.dsl.Scheme;
import io.kubeprint.dsl.SeccompProfile;
import io.kubeprint.dsl.TopologySpread;
import io.kubeprint.dsl.VolumeBuilder;
import io.kubeprint.dsl.VolumeFiles;
import io.kubeprint.dsl.WhenUnsatisfiable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The typed builders' forms of fields the DSL types (issue 15 item 5): volumes kept as Kubernetes fields
 * (hostPath, projected, downwardAPI, CSI, ephemeral), files with items and modes, affinity, topology spread,
 * lifecycle hooks, seccomp and AppArmor profiles, sysctls, DNS settings, host aliases and Job pod failure rules.
 *
 * <p>Each form is written only when it builds exactly the value read: the importer runs the same DSL calls on a
 * scratch builder and compares the result with the input (a call that throws, or a shape the builder cannot
 * say, such as an unknown field, a {@code readOnly: false} or a selector with expressions, fails the comparison).
 * Where it fails, the caller keeps the escape hatch (a core literal, {@code extra}), which says any shape.
 */
final class TypedForms {
  /** Code and the DSL value it builds, side by side. */
  record Typed<T>(Expr code, T value) {}

  /** The variable of a ConfigMap or Secret of the input, when the code can refer to it; else null. */
  interface Refs {
    /** The variable holding the ConfigMap {@code name} of the current namespace, or null. */
    Expr configMap(String name);

    /** The variable holding the Secret {@code name} of the current namespace, or null. */
    Expr secret(String name);
  }

  private static final Set<String> POD_SECURITY_TYPED = Set.of("seccompProfile", "appArmorProfile", "sysctls");
  private static final Set<String> CONTAINER_SECURITY_TYPED = Set.of("seccompProfile", "appArmorProfile");

  private final Imports imports;
  private final Function<Map<String, String>, Expr> labels;
  private final Refs refs;

  TypedForms(Imports imports, Function<Map<String, String>, Expr> labels, Refs refs) {
    this.imports = imports;
    this.labels = labels;
    this.refs = refs;
  }

  // Volumes

  /**
   * {@code hostPath(..)}, {@code csi(..)}, {@code ephemeral(..)}, {@code downwardApi(..)} or {@code projected(..)}
   * for a volume whose one source kubeprint keeps as Kubernetes fields; null when the builders cannot say it.
   */
  Expr sourceVolume(Volume v) {
    if (v.name().map(String::isBlank).orElse(true) || v.configMap().isPresent() || v.secret().isPresent()
        || v.emptyDir().isPresent() || v.persistentVolumeClaim().isPresent() || v.extra().asMap().size() != 1) {
      return null;
    }
    String name = v.name().get();
    Map.Entry<String, Object> e = v.extra().asMap().entrySet().iterator().next();
    Map<String, Object> m = map(e.getValue());
    if (m == null) {
      return null;
    }
    try {
      Typed<VolumeBuilder> t = switch (e.getKey()) {
        case "hostPath" -> hostPath(name, m);
        case "csi" -> csi(name, m);
        case "ephemeral" -> ephemeral(name, m);
        case "downwardAPI" -> downwardApi(name, m);
        case "projected" -> projected(name, m);
        default -> null;
      };
      return t != null && t.value().build().equals(v) ? t.code() : null;
    } catch (RuntimeException unsaid) {
      return null;
    }
  }

  private Typed<VolumeBuilder> hostPath(String name, Map<String, Object> m) {
    String path = text(m.get("path"));
    if (path == null) {
      return null;
    }
    Chain c = Code.chain(Code.call("hostPath", Code.string(name), Code.string(path)));
    VolumeBuilder b = Kube.hostPath(name, path);
    if (m.containsKey("type")) {
      Typed<HostPathType> type = constant(HostPathType.class, m.get("type"));
      if (type == null) {
        return null;
      }
      c.then("type", type.code());
      b = b.type(type.value());
    }
    return new Typed<>(c, b);
  }

  private Typed<VolumeBuilder> csi(String name, Map<String, Object> m) {
    String driver = text(m.get("driver"));
    if (driver == null) {
      return null;
    }
    Chain c = Code.chain(Code.call("csi", Code.string(name), Code.string(driver)));
    VolumeBuilder b = Kube.csi(name, driver);
    if (Boolean.TRUE.equals(m.get("readOnly"))) {
      c.then("readOnly");
      b = b.readOnly();
    }
    String fsType = text(m.get("fsType"));
    if (fsType != null) {
      c.then("fsType", Code.string(fsType));
      b = b.fsType(fsType);
    }
    Map<String, Object> attributes = map(m.get("volumeAttributes"));
    if (attributes != null) {
      for (Map.Entry<String, Object> a : attributes.entrySet()) {
        if (!(a.getValue() instanceof String value)) {
          return null;
        }
        c.then("attribute", Code.string(a.getKey()), Code.string(value));
        b = b.attribute(a.getKey(), value);
      }
    }
    Map<String, Object> secret = map(m.get("nodePublishSecretRef"));
    if (secret != null) {
      String secretName = text(secret.get("name"));
      if (secretName == null) {
        return null;
      }
      c.then("nodePublishSecret", Code.call("secretRef", Code.string(secretName)));
      b = b.nodePublishSecret(Kube.secretRef(secretName));
    }
    return new Typed<>(c, b);
  }

  private Typed<VolumeBuilder> ephemeral(String name, Map<String, Object> m) {
    Map<String, Object> template = map(m.get("volumeClaimTemplate"));
    Map<String, Object> spec = template == null ? null : map(template.get("spec"));
    Map<String, Object> resources = spec == null ? null : map(spec.get("resources"));
    Map<String, Object> requests = resources == null ? null : map(resources.get("requests"));
    String storage = requests == null ? null : text(requests.get("storage"));
    if (storage == null) {
      return null;
    }
    Chain c = Code.chain(Code.call("ephemeral", Code.string(name), Code.call("quantity", Code.string(storage))));
    VolumeBuilder b = Kube.ephemeral(name, Kube.quantity(storage));
    String storageClass = text(spec.get("storageClassName"));
    if (storageClass != null) {
      c.then("storageClass", Code.string(storageClass));
      b = b.storageClass(storageClass);
    }
    return new Typed<>(c, b);
  }

  private Typed<VolumeBuilder> downwardApi(String name, Map<String, Object> m) {
    List<Typed<DownwardFile>> files = downwardFiles(m.get("items"));
    if (files == null) {
      return null;
    }
    List<Expr> args = new ArrayList<>();
    args.add(Code.string(name));
    files.forEach(f -> args.add(f.code()));
    Chain c = Code.chain(Code.call("downwardApi", args));
    VolumeBuilder b = Kube.downwardApi(name, files.stream().map(Typed::value).toArray(DownwardFile[]::new));
    return defaultMode(c, b, m);
  }

  private Typed<VolumeBuilder> projected(String name, Map<String, Object> m) {
    if (!(m.get("sources") instanceof List<?> sources)) {
      return null;
    }
    List<Expr> args = new ArrayList<>();
    args.add(Code.string(name));
    List<Projection> values = new ArrayList<>();
    for (Object s : sources) {
      Typed<Projection> p = projection(map(s));
      if (p == null) {
        return null;
      }
      args.add(p.code());
      values.add(p.value());
    }
    Chain c = Code.chain(Code.call("projected", args));
    return defaultMode(c, Kube.projected(name, values.toArray(new Projection[0])), m);
  }

  private Typed<VolumeBuilder> defaultMode(Chain c, VolumeBuilder b, Map<String, Object> m) {
    if (m.containsKey("defaultMode")) {
      Expr mode = mode(m.get("defaultMode"));
      if (mode == null) {
        return null;
      }
      c.then("defaultMode", mode);
      b = b.defaultMode(((Number) m.get("defaultMode")).intValue());
    }
    return new Typed<>(c, b);
  }

  private Typed<Projection> projection(Map<String, Object> source) {
    if (source == null || source.size() != 1) {
      return null;
    }
    String projection = imports.use(Projection.class);
    Map.Entry<String, Object> e = source.entrySet().iterator().next();
    Map<String, Object> m = map(e.getValue());
    if (m == null) {
      return null;
    }
    switch (e.getKey()) {
      case "configMap", "secret" -> {
        boolean configMap = e.getKey().equals("configMap");
        String name = text(m.get("name"));
        if (name == null) {
          return null;
        }
        Typed<VolumeFiles> files = files(keyToPaths(m.get("items")), Optional.empty());
        if (files == null) {
          return null;
        }
        Expr variable = configMap ? refs.configMap(name) : refs.secret(name);
        String method = projection + "." + e.getKey();
        Expr code;
        if (variable != null) {
          code = m.containsKey("items") ? Code.call(method, variable, files.code()) : Code.call(method, variable);
        } else {
          code = Code.call(method, Code.call(configMap ? "configMapRef" : "secretRef", Code.string(name)), files.code());
        }
        Projection value = configMap ? Projection.configMap(Kube.configMapRef(name), files.value())
            : Projection.secret(Kube.secretRef(name), files.value());
        return new Typed<>(code, value);
      }
      case "serviceAccountToken" -> {
        String path = text(m.get("path"));
        if (path == null) {
          return null;
        }
        if (m.size() == 1) {
          return new Typed<>(Code.call(projection + ".serviceAccountToken", Code.string(path)),
              Projection.serviceAccountToken(path));
        }
        String audience = text(m.get("audience"));
        if (audience == null || !(m.get("expirationSeconds") instanceof Long seconds) || seconds < 0) {
          return null;
        }
        return new Typed<>(Code.call(projection + ".serviceAccountToken", Code.string(path), Code.string(audience),
            duration(seconds)), Projection.serviceAccountToken(path, audience, Duration.ofSeconds(seconds)));
      }
      case "downwardAPI" -> {
        List<Typed<DownwardFile>> files = downwardFiles(m.get("items"));
        if (files == null || m.size() != 1) {
          return null;
        }
        return new Typed<>(Code.call(projection + ".downwardApi", files.stream().map(Typed::code).toList()),
            Projection.downwardApi(files.stream().map(Typed::value).toArray(DownwardFile[]::new)));
      }
      default -> {
        return null;
      }
    }
  }

  private List<Typed<DownwardFile>> downwardFiles(Object items) {
    if (!(items instanceof List<?> list) || list.isEmpty()) {
      return null;
    }
    String type = imports.use(DownwardFile.class);
    List<Typed<DownwardFile>> out = new ArrayList<>();
    for (Object o : list) {
      Map<String, Object> item = map(o);
      String path = item == null ? null : text(item.get("path"));
      if (path == null) {
        return null;
      }
      Map<String, Object> field = map(item.get("fieldRef"));
      Map<String, Object> resource = map(item.get("resourceFieldRef"));
      Chain c;
      DownwardFile f;
      if (field != null && text(field.get("fieldPath")) != null) {
        String fieldPath = text(field.get("fieldPath"));
        c = Code.chain(Code.call(type + ".field", Code.string(path), Code.string(fieldPath)));
        f = DownwardFile.field(path, fieldPath);
      } else if (resource != null && text(resource.get("containerName")) != null
          && text(resource.get("resource")) != null) {
        String container = text(resource.get("containerName"));
        String res = text(resource.get("resource"));
        c = Code.chain(Code.call(type + ".resource", Code.string(path), Code.string(container), Code.string(res)));
        f = DownwardFile.resource(path, container, res);
      } else {
        return null;
      }
      if (item.containsKey("mode")) {
        Expr mode = mode(item.get("mode"));
        if (mode == null) {
          return null;
        }
        c.then("mode", mode);
        f = f.mode(((Number) item.get("mode")).intValue());
      }
      out.add(new Typed<>(c, f));
    }
    return out;
  }

  /** {@code files().item(key, path[, mode])...defaultMode(mode)}; null when an item has no key or path, or an odd mode. */
  Typed<VolumeFiles> files(List<KeyToPath> items, Optional<Integer> defaultMode) {
    if (items == null) {
      return null;
    }
    Chain c = Code.chain(Code.call("files"));
    VolumeFiles f = Kube.files();
    for (KeyToPath k : items) {
      String key = k.key().filter(s -> !s.isBlank()).orElse(null);
      String path = k.path().filter(s -> !s.isBlank()).orElse(null);
      if (!k.extra().isEmpty() || key == null || path == null) {
        return null;
      }
      if (k.mode().isPresent()) {
        Expr mode = mode(k.mode().get().longValue());
        if (mode == null) {
          return null;
        }
        c.then("item", Code.string(key), Code.string(path), mode);
        f = f.item(key, path, k.mode().get());
      } else {
        c.then("item", Code.string(key), Code.string(path));
        f = f.item(key, path);
      }
    }
    if (defaultMode.isPresent()) {
      Expr mode = mode(defaultMode.get().longValue());
      if (mode == null) {
        return null;
      }
      c.then("defaultMode", mode);
      f = f.defaultMode(defaultMode.get());
    }
    return new Typed<>(c, f);
  }

  private static List<KeyToPath> keyToPaths(Object items) {
    if (items == null) {
      return List.of();
    }
    if (!(items instanceof List<?> list)) {
      return null;
    }
    List<KeyToPath> out = new ArrayList<>();
    for (Object o : list) {
      Map<String, Object> m = map(o);
      if (m == null || !(m.get("key") instanceof String key) || !(m.get("path") instanceof String path)) {
        return null;
      }
      KeyToPath.Builder b = KeyToPath.builder().key(key).path(path);
      if (m.get("mode") instanceof Long mode && mode >= 0 && mode <= 0777) {
        b.mode(mode.intValue());
      } else if (m.containsKey("mode")) {
        return null;
      }
      if (m.size() != (m.containsKey("mode") ? 3 : 2)) {
        return null;
      }
      out.add(b.build());
    }
    return out;
  }

  // Pod spec

  /**
   * {@code .nodeAffinity().require(..)}, {@code .podAffinity().prefer(..)}, {@code .antiAffinity().require(..)}
   * for the parts of {@code a} the builders say, after {@code .affinity(..)} of the rest; false when none can.
   */
  boolean affinity(Chain c, Affinity a, Function<Affinity, Expr> literal) {
    if (!a.extra().isEmpty()) {
      return false;
    }
    List<Step> node = a.nodeAffinity().map(f -> nodeAffinity(f.asMap())).orElse(List.of());
    List<Step> pod = a.podAffinity().map(f -> podAffinity("podAffinity", f.asMap())).orElse(List.of());
    List<Step> anti = a.podAntiAffinity().map(f -> podAffinity("antiAffinity", f.asMap())).orElse(List.of());
    Affinity rest = a;
    if (node != null && a.nodeAffinity().isPresent()) {
      rest = rest.withNodeAffinity(Optional.empty());
    }
    if (pod != null && a.podAffinity().isPresent()) {
      rest = rest.withPodAffinity(Optional.empty());
    }
    if (anti != null && a.podAntiAffinity().isPresent()) {
      rest = rest.withPodAntiAffinity(Optional.empty());
    }
    if (rest.equals(a)) {
      return false;
    }
    List<Step> steps = new ArrayList<>();
    Affinity left = rest;
    boolean hasRest = !left.equals(Affinity.builder().build());
    if (hasRest) {
      steps.add(new Step(b -> b.affinity(left), List.of(new Call("affinity", List.of(literal.apply(left))))));
    }
    for (List<Step> part : List.of(node == null ? List.<Step>of() : node, pod == null ? List.<Step>of() : pod,
        anti == null ? List.<Step>of() : anti)) {
      steps.addAll(part);
    }
    if (!same(() -> apply(steps).build().spec().affinity(), Optional.of(a))) {
      return false;
    }
    emit(c, steps);
    return true;
  }

  private List<Step> nodeAffinity(Map<String, Object> m) {
    List<Step> steps = new ArrayList<>();
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (e.getKey().equals("requiredDuringSchedulingIgnoredDuringExecution")) {
        Map<String, Object> required = map(e.getValue());
        if (required == null || required.size() != 1 || !(required.get("nodeSelectorTerms") instanceof List<?> terms)) {
          return null;
        }
        for (Object t : terms) {
          Term term = nodeTerm(t);
          if (term == null) {
            return null;
          }
          NodeMatch[] matches = term.value();
          steps.add(new Step(b -> b.nodeAffinity().require(matches),
              List.of(new Call("nodeAffinity", List.of()), new Call("require", term.code()))));
        }
      } else if (e.getKey().equals("preferredDuringSchedulingIgnoredDuringExecution")) {
        if (!(e.getValue() instanceof List<?> preferred)) {
          return null;
        }
        for (Object p : preferred) {
          Map<String, Object> entry = map(p);
          Integer weight = entry == null ? null : integer(entry.get("weight"));
          Term term = entry == null ? null : nodeTerm(entry.get("preference"));
          if (weight == null || term == null || entry.size() != 2) {
            return null;
          }
          NodeMatch[] matches = term.value();
          List<Expr> a = new ArrayList<>();
          a.add(Code.atom(weight.toString()));
          a.addAll(term.code());
          steps.add(new Step(b -> b.nodeAffinity().prefer(weight, matches),
              List.of(new Call("nodeAffinity", List.of()), new Call("prefer", a))));
        }
      } else {
        return null;
      }
    }
    return steps;
  }

  /** A node selector term: the code of its matches and the matches. */
  private record Term(List<Expr> code, NodeMatch[] value) {}

  private Term nodeTerm(Object t) {
    Map<String, Object> term = map(t);
    if (term == null || term.size() != 1 || !(term.get("matchExpressions") instanceof List<?> exprs) || exprs.isEmpty()) {
      return null;
    }
    List<Expr> code = new ArrayList<>();
    List<NodeMatch> values = new ArrayList<>();
    for (Object x : exprs) {
      Map<String, Object> e = map(x);
      String key = e == null ? null : text(e.get("key"));
      if (key == null || !(e.get("operator") instanceof String op)) {
        return null;
      }
      List<String> vs = strings(e.get("values"));
      Chain c = Code.chain(Code.call("nodeLabel", Code.string(key)));
      NodeMatch.Key k = Kube.nodeLabel(key);
      NodeMatch match;
      switch (op) {
        case "In", "NotIn" -> {
          if (vs == null || vs.isEmpty()) {
            return null;
          }
          String method = op.equals("In") ? "in" : "notIn";
          c.then(method, vs.stream().map(Code::string).toList());
          match = op.equals("In") ? k.in(vs.toArray(new String[0])) : k.notIn(vs.toArray(new String[0]));
        }
        case "Exists", "DoesNotExist" -> {
          if (e.containsKey("values")) {
            return null;
          }
          c.then(op.equals("Exists") ? "exists" : "doesNotExist");
          match = op.equals("Exists") ? k.exists() : k.doesNotExist();
        }
        case "Gt", "Lt" -> {
          Long n = vs != null && vs.size() == 1 ? parseLong(vs.get(0)) : null;
          if (n == null) {
            return null;
          }
          String literal = n == n.intValue() ? n.toString() : n + "L";
          c.then(op.equals("Gt") ? "gt" : "lt", Code.atom(literal));
          match = op.equals("Gt") ? k.gt(n) : k.lt(n);
        }
        default -> {
          return null;
        }
      }
      code.add(c);
      values.add(match);
    }
    return new Term(code, values.toArray(new NodeMatch[0]));
  }

  private List<Step> podAffinity(String method, Map<String, Object> m) {
    List<Step> steps = new ArrayList<>();
    boolean anti = method.equals("antiAffinity");
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (!(e.getValue() instanceof List<?> list)) {
        return null;
      }
      boolean required = e.getKey().equals("requiredDuringSchedulingIgnoredDuringExecution");
      if (!required && !e.getKey().equals("preferredDuringSchedulingIgnoredDuringExecution")) {
        return null;
      }
      for (Object o : list) {
        Map<String, Object> entry = map(o);
        if (entry == null) {
          return null;
        }
        Integer weight = required ? null : integer(entry.get("weight"));
        Map<String, Object> term = required ? entry : map(entry.get("podAffinityTerm"));
        if (!required && (weight == null || entry.size() != 2) || term == null || term.size() != 2) {
          return null;
        }
        String topologyKey = text(term.get("topologyKey"));
        Map<String, Object> selector = map(term.get("labelSelector"));
        Map<String, String> matchLabels = selector == null || selector.size() != 1 ? null
            : stringMap(selector.get("matchLabels"));
        if (topologyKey == null || matchLabels == null || matchLabels.isEmpty()) {
          return null;
        }
        Labels podLabels = Labels.of(matchLabels);
        List<Expr> a = new ArrayList<>();
        if (!required) {
          a.add(Code.atom(weight.toString()));
        }
        a.add(topologyKey(topologyKey));
        a.add(labels.apply(matchLabels));
        UnaryOperator<PodBuilder> op;
        if (required) {
          op = anti ? b -> b.antiAffinity().require(topologyKey, podLabels)
              : b -> b.podAffinity().require(topologyKey, podLabels);
        } else {
          op = anti ? b -> b.antiAffinity().prefer(weight, topologyKey, podLabels)
              : b -> b.podAffinity().prefer(weight, topologyKey, podLabels);
        }
        steps.add(new Step(op, List.of(new Call(method, List.of()), new Call(required ? "require" : "prefer", a))));
      }
    }
    return steps;
  }

  private Expr topologyKey(String key) {
    String type = imports.use(TopologySpread.class);
    return switch (key) {
      case TopologySpread.NODE -> Code.atom(type + ".NODE");
      case TopologySpread.ZONE -> Code.atom(type + ".ZONE");
      case TopologySpread.REGION -> Code.atom(type + ".REGION");
      default -> Code.string(key);
    };
  }

  /**
   * {@code .seccompProfile(..)}, {@code .appArmorProfile(..)} and {@code .sysctl(..)} after
   * {@code .podSecurityContext(..)} of the rest; false when the builders cannot say them.
   */
  boolean podSecurity(Chain c, PodSecurityContext sc, Function<PodSecurityContext, Expr> literal) {
    PodSecurityContext rest = sc.withExtra(without(sc.extra(), POD_SECURITY_TYPED));
    if (rest.equals(sc)) {
      return false;
    }
    List<Step> steps = new ArrayList<>();
    if (!rest.equals(PodSecurityContext.builder().build())) {
      steps.add(new Step(b -> b.podSecurityContext(rest), List.of(new Call("podSecurityContext",
          List.of(literal.apply(rest))))));
    }
    for (Map.Entry<String, Object> e : sc.extra().asMap().entrySet()) {
      switch (e.getKey()) {
        case "seccompProfile" -> {
          Typed<SeccompProfile> p = seccomp(e.getValue());
          if (p == null) {
            return false;
          }
          steps.add(new Step(b -> b.seccompProfile(p.value()), List.of(new Call("seccompProfile", List.of(p.code())))));
        }
        case "appArmorProfile" -> {
          Typed<AppArmorProfile> p = appArmor(e.getValue());
          if (p == null) {
            return false;
          }
          steps.add(new Step(b -> b.appArmorProfile(p.value()), List.of(new Call("appArmorProfile", List.of(p.code())))));
        }
        case "sysctls" -> {
          if (!(e.getValue() instanceof List<?> list) || list.isEmpty()) {
            return false;
          }
          for (Object o : list) {
            Map<String, Object> s = map(o);
            String name = s == null ? null : text(s.get("name"));
            if (name == null || !(s.get("value") instanceof String value)) {
              return false;
            }
            steps.add(new Step(b -> b.sysctl(name, value),
                List.of(new Call("sysctl", List.of(Code.string(name), Code.string(value))))));
          }
        }
        default -> { }
      }
    }
    if (!same(() -> apply(steps).build().spec().securityContext(), Optional.of(sc))) {
      return false;
    }
    emit(c, steps);
    return true;
  }

  /** As {@link #podSecurity}, for a container: {@code .securityContext(rest).seccompProfile(..)}. */
  boolean containerSecurity(Chain c, SecurityContext sc, Function<SecurityContext, Expr> literal) {
    SecurityContext rest = sc.withExtra(without(sc.extra(), CONTAINER_SECURITY_TYPED));
    if (rest.equals(sc)) {
      return false;
    }
    List<Call> calls = new ArrayList<>();
    ContainerBuilder b = Kube.container("verify", "verify");
    try {
      if (!rest.equals(SecurityContext.builder().build())) {
        calls.add(new Call("securityContext", List.of(literal.apply(rest))));
        b = b.securityContext(rest);
      }
      for (Map.Entry<String, Object> e : sc.extra().asMap().entrySet()) {
        if (e.getKey().equals("seccompProfile")) {
          Typed<SeccompProfile> p = seccomp(e.getValue());
          if (p == null) {
            return false;
          }
          calls.add(new Call("seccompProfile", List.of(p.code())));
          b = b.seccompProfile(p.value());
        } else if (e.getKey().equals("appArmorProfile")) {
          Typed<AppArmorProfile> p = appArmor(e.getValue());
          if (p == null) {
            return false;
          }
          calls.add(new Call("appArmorProfile", List.of(p.code())));
          b = b.appArmorProfile(p.value());
        }
      }
      if (!b.build().securityContext().equals(Optional.of(sc))) {
        return false;
      }
    } catch (RuntimeException unsaid) {
      return false;
    }
    calls.forEach(x -> c.then(x.name(), x.args()));
    return true;
  }

  private Typed<SeccompProfile> seccomp(Object value) {
    return profile(value, SeccompProfile.class, SeccompProfile.RUNTIME_DEFAULT, SeccompProfile.UNCONFINED,
        SeccompProfile::localhost);
  }

  private Typed<AppArmorProfile> appArmor(Object value) {
    return profile(value, AppArmorProfile.class, AppArmorProfile.RUNTIME_DEFAULT, AppArmorProfile.UNCONFINED,
        AppArmorProfile::localhost);
  }

  private <P> Typed<P> profile(Object value, Class<P> type, P runtimeDefault, P unconfined, Function<String, P> localhost) {
    Map<String, Object> m = map(value);
    if (m == null || !(m.get("type") instanceof String t)) {
      return null;
    }
    String name = imports.use(type);
    if (t.equals("RuntimeDefault") && m.size() == 1) {
      return new Typed<>(Code.atom(name + ".RUNTIME_DEFAULT"), runtimeDefault);
    }
    if (t.equals("Unconfined") && m.size() == 1) {
      return new Typed<>(Code.atom(name + ".UNCONFINED"), unconfined);
    }
    String profile = text(m.get("localhostProfile"));
    if (t.equals("Localhost") && m.size() == 2 && profile != null) {
      return new Typed<>(Code.call(name + ".localhost", Code.string(profile)), localhost.apply(profile));
    }
    return null;
  }

  /** {@code .dnsPolicy(DnsPolicy.X)}; false for a value without a constant. */
  boolean dnsPolicy(Chain c, String policy) {
    Typed<DnsPolicy> p = constant(DnsPolicy.class, policy);
    if (p == null) {
      return false;
    }
    c.then("dnsPolicy", p.code());
    return true;
  }

  /** {@code .dnsNameserver(..)}, {@code .dnsSearch(..)}, {@code .dnsOption(..)}; false when they cannot say it. */
  boolean dnsConfig(Chain c, PodDNSConfig config) {
    if (!config.extra().isEmpty() || config.nameservers().isEmpty() && config.searches().isEmpty()
        && config.options().isEmpty()) {
      return false;
    }
    List<Step> steps = new ArrayList<>();
    for (String ns : config.nameservers()) {
      steps.add(new Step(b -> b.dnsNameserver(ns), List.of(new Call("dnsNameserver", List.of(Code.string(ns))))));
    }
    for (String s : config.searches()) {
      steps.add(new Step(b -> b.dnsSearch(s), List.of(new Call("dnsSearch", List.of(Code.string(s))))));
    }
    for (PodDNSConfigOption o : config.options()) {
      if (!o.extra().isEmpty() || o.name().isEmpty()) {
        return false;
      }
      String name = o.name().get();
      if (o.value().isPresent()) {
        String value = o.value().get();
        steps.add(new Step(b -> b.dnsOption(name, value),
            List.of(new Call("dnsOption", List.of(Code.string(name), Code.string(value))))));
      } else {
        steps.add(new Step(b -> b.dnsOption(name), List.of(new Call("dnsOption", List.of(Code.string(name))))));
      }
    }
    if (!same(() -> apply(steps).build().spec().dnsConfig(), Optional.of(config))) {
      return false;
    }
    emit(c, steps);
    return true;
  }

  /**
   * The typed call for one untyped pod spec field ({@code runtimeClassName}, {@code automountServiceAccountToken},
   * {@code hostAliases}, {@code topologySpreadConstraints}); false when it has none or it cannot say the value.
   * {@code podLabels} are the labels the builder holds when the call runs (a spread constraint without selector
   * would select them).
   */
  boolean podExtra(Chain c, String field, Object value, Map<String, String> podLabels) {
    List<Step> steps = new ArrayList<>();
    switch (field) {
      case "runtimeClassName" -> {
        String name = text(value);
        if (name == null) {
          return false;
        }
        steps.add(new Step(b -> b.runtimeClassName(name), List.of(new Call("runtimeClassName",
            List.of(Code.string(name))))));
      }
      case "automountServiceAccountToken" -> {
        if (!(value instanceof Boolean mount)) {
          return false;
        }
        steps.add(new Step(b -> b.automountServiceAccountToken(mount),
            List.of(new Call("automountServiceAccountToken", List.of(Code.atom(mount.toString()))))));
      }
      case "hostAliases" -> {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
          return false;
        }
        for (Object o : list) {
          Map<String, Object> alias = map(o);
          String ip = alias == null ? null : text(alias.get("ip"));
          List<String> names = alias == null ? null : alias.containsKey("hostnames") ? strings(alias.get("hostnames"))
              : List.of();
          if (ip == null || names == null) {
            return false;
          }
          List<Expr> a = new ArrayList<>();
          a.add(Code.string(ip));
          names.forEach(n -> a.add(Code.string(n)));
          String[] hostnames = names.toArray(new String[0]);
          steps.add(new Step(b -> b.hostAlias(ip, hostnames), List.of(new Call("hostAlias", a))));
        }
      }
      case "topologySpreadConstraints" -> {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
          return false;
        }
        for (Object o : list) {
          Typed<TopologySpread> t = spread(map(o), podLabels);
          if (t == null) {
            return false;
          }
          steps.add(new Step(b -> b.topologySpread(t.value()), List.of(new Call("topologySpread", List.of(t.code())))));
        }
      }
      default -> {
        return false;
      }
    }
    if (!same(() -> apply(steps).build().spec().extra().get(field), Fields.of(field, value).get(field))) {
      return false;
    }
    emit(c, steps);
    return true;
  }

  private Typed<TopologySpread> spread(Map<String, Object> m, Map<String, String> podLabels) {
    String key = m == null ? null : text(m.get("topologyKey"));
    if (key == null) {
      return null;
    }
    if (!m.containsKey("labelSelector") && !podLabels.isEmpty()) {
      return null;
    }
    Chain c = Code.chain(Code.call("spreadAcross", topologyKey(key)));
    TopologySpread t = Kube.spreadAcross(key);
    Integer skew = integer(m.get("maxSkew"));
    if (skew == null) {
      return null;
    }
    if (skew != 1) {
      c.then("maxSkew", Code.atom(skew.toString()));
      t = t.maxSkew(skew);
    }
    if ("ScheduleAnyway".equals(m.get("whenUnsatisfiable"))) {
      c.then("scheduleAnyway");
      t = t.scheduleAnyway();
    } else if (!"DoNotSchedule".equals(m.get("whenUnsatisfiable"))) {
      Typed<WhenUnsatisfiable> w = constant(WhenUnsatisfiable.class, m.get("whenUnsatisfiable"));
      if (w == null) {
        return null;
      }
      c.then("whenUnsatisfiable", w.code());
      t = t.whenUnsatisfiable(w.value());
    }
    if (m.containsKey("minDomains")) {
      Integer min = integer(m.get("minDomains"));
      if (min == null) {
        return null;
      }
      c.then("minDomains", Code.atom(min.toString()));
      t = t.minDomains(min);
    }
    if (m.containsKey("labelSelector")) {
      Map<String, Object> selector = map(m.get("labelSelector"));
      Map<String, String> matchLabels = selector == null || selector.size() != 1 ? null
          : stringMap(selector.get("matchLabels"));
      if (matchLabels == null || matchLabels.isEmpty()) {
        return null;
      }
      c.then("selecting", labels.apply(matchLabels));
      t = t.selecting(Labels.of(matchLabels));
    }
    if (m.containsKey("matchLabelKeys")) {
      List<String> keys = strings(m.get("matchLabelKeys"));
      if (keys == null || keys.isEmpty()) {
        return null;
      }
      c.then("matchLabelKeys", keys.stream().map(Code::string).toList());
      t = t.matchLabelKeys(keys.toArray(new String[0]));
    }
    for (String policy : List.of("nodeAffinityPolicy", "nodeTaintsPolicy")) {
      if (m.containsKey(policy)) {
        Typed<NodeInclusionPolicy> p = constant(NodeInclusionPolicy.class, m.get(policy));
        if (p == null) {
          return null;
        }
        c.then(policy, p.code());
        t = policy.equals("nodeAffinityPolicy") ? t.nodeAffinityPolicy(p.value()) : t.nodeTaintsPolicy(p.value());
      }
    }
    return new Typed<>(c, t);
  }

  // Containers

  /** {@code .preStop(Hook..)} and {@code .postStart(Hook..)} for a container's {@code lifecycle}; false when they cannot say it. */
  boolean lifecycle(Chain c, Object value) {
    Map<String, Object> m = map(value);
    if (m == null || m.isEmpty()) {
      return false;
    }
    List<Call> calls = new ArrayList<>();
    ContainerBuilder b = Kube.container("verify", "verify");
    try {
      for (Map.Entry<String, Object> e : m.entrySet()) {
        if (!e.getKey().equals("preStop") && !e.getKey().equals("postStart")) {
          return false;
        }
        Typed<Hook> h = hook(map(e.getValue()));
        if (h == null) {
          return false;
        }
        calls.add(new Call(e.getKey(), List.of(h.code())));
        b = e.getKey().equals("preStop") ? b.preStop(h.value()) : b.postStart(h.value());
      }
      Container built = b.build();
      if (!Objects.equals(built.extra().get("lifecycle"), Fields.of("lifecycle", value).get("lifecycle"))) {
        return false;
      }
    } catch (RuntimeException unsaid) {
      return false;
    }
    calls.forEach(x -> c.then(x.name(), x.args()));
    return true;
  }

  private Typed<Hook> hook(Map<String, Object> handler) {
    if (handler == null || handler.size() != 1) {
      return null;
    }
    String hook = imports.use(Hook.class);
    Map.Entry<String, Object> e = handler.entrySet().iterator().next();
    Map<String, Object> m = map(e.getValue());
    if (m == null) {
      return null;
    }
    switch (e.getKey()) {
      case "exec" -> {
        List<String> command = strings(m.get("command"));
        if (command == null || command.isEmpty()) {
          return null;
        }
        return new Typed<>(Code.call(hook + ".exec", command.stream().map(Code::string).toList()),
            Hook.exec(command.toArray(new String[0])));
      }
      case "sleep" -> {
        if (!(m.get("seconds") instanceof Long seconds) || seconds < 0) {
          return null;
        }
        return new Typed<>(Code.call(hook + ".sleep", duration(seconds)), Hook.sleep(Duration.ofSeconds(seconds)));
      }
      case "httpGet" -> {
        String path = text(m.get("path"));
        if (path == null) {
          return null;
        }
        Chain c;
        Hook h;
        if (m.get("port") instanceof String port && !port.isBlank()) {
          c = Code.chain(Code.call(hook + ".httpGet", Code.string(path), Code.string(port)));
          h = Hook.httpGet(path, port);
        } else if (m.get("port") instanceof Long port && port >= 1 && port <= 65535) {
          c = Code.chain(Code.call(hook + ".httpGet", Code.string(path), Code.atom(port.toString())));
          h = Hook.httpGet(path, port.intValue());
        } else {
          return null;
        }
        if (m.containsKey("scheme")) {
          Typed<Scheme> s = constant(Scheme.class, m.get("scheme"));
          if (s == null) {
            return null;
          }
          c.then("scheme", s.code());
          h = h.scheme(s.value());
        }
        if (m.containsKey("httpHeaders")) {
          if (!(m.get("httpHeaders") instanceof List<?> headers)) {
            return null;
          }
          for (Object o : headers) {
            Map<String, Object> header = map(o);
            String name = header == null ? null : text(header.get("name"));
            if (name == null || !(header.get("value") instanceof String v)) {
              return null;
            }
            c.then("header", Code.string(name), Code.string(v));
            h = h.header(name, v);
          }
        }
        return new Typed<>(c, h);
      }
      default -> {
        return null;
      }
    }
  }

  // Jobs

  /** {@code .podFailurePolicy(PodFailureRule..)}; false when the rules cannot say the policy. */
  boolean podFailurePolicy(Chain c, PodFailurePolicy policy) {
    if (policy.rules().isEmpty()) {
      return false;
    }
    String rule = imports.use(PodFailureRule.class);
    List<Expr> code = new ArrayList<>();
    List<PodFailureRule> rules = new ArrayList<>();
    try {
      for (Fields f : policy.rules()) {
        Map<String, Object> m = f.asMap();
        Typed<PodFailureAction> action = constant(PodFailureAction.class, m.get("action"));
        if (action == null || m.size() != 2) {
          return false;
        }
        Map<String, Object> exit = map(m.get("onExitCodes"));
        if (exit != null) {
          String operator = (String) exit.get("operator");
          List<Long> values = longs(exit.get("values"));
          if (values == null || !"In".equals(operator) && !"NotIn".equals(operator)) {
            return false;
          }
          int[] codes = new int[values.size()];
          List<Expr> a = new ArrayList<>();
          a.add(action.code());
          for (int i = 0; i < codes.length; i++) {
            if (values.get(i) != values.get(i).intValue()) {
              return false;
            }
            codes[i] = values.get(i).intValue();
            a.add(Code.atom(values.get(i).toString()));
          }
          Chain x = Code.chain(Code.call(rule + (operator.equals("In") ? ".onExitCodes" : ".onExitCodesNotIn"), a));
          PodFailureRule r = operator.equals("In") ? PodFailureRule.onExitCodes(action.value(), codes)
              : PodFailureRule.onExitCodesNotIn(action.value(), codes);
          String container = text(exit.get("containerName"));
          if (container != null) {
            x.then("inContainer", Code.string(container));
            r = r.inContainer(container);
          }
          code.add(x);
          rules.add(r);
        } else if (m.get("onPodConditions") instanceof List<?> conditions && conditions.size() == 1
            && map(conditions.get(0)) != null && text(map(conditions.get(0)).get("type")) != null) {
          String type = text(map(conditions.get(0)).get("type"));
          code.add(Code.call(rule + ".onPodCondition", action.code(), Code.string(type)));
          rules.add(PodFailureRule.onPodCondition(action.value(), type));
        } else {
          return false;
        }
      }
      PodFailureRule[] all = rules.toArray(new PodFailureRule[0]);
      if (!Kube.job("verify").podFailurePolicy(all).build().spec().podFailurePolicy().equals(Optional.of(policy))) {
        return false;
      }
    } catch (RuntimeException unsaid) {
      return false;
    }
    c.then("podFailurePolicy", code);
    return true;
  }

  // Small values

  /** The constant of the DSL enum {@code type} whose {@code value()} is {@code value}, as code; null when none. */
  <E extends Enum<E>> Typed<E> constant(Class<E> type, Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      try {
        if (s.equals(type.getMethod("value").invoke(e))) {
          return new Typed<>(Code.atom(imports.use(type) + "." + e.name()), e);
        }
      } catch (ReflectiveOperationException impossible) {
        throw new IllegalStateException(type + " has no value()", impossible);
      }
    }
    return null;
  }

  /** A file mode as an octal literal ({@code 0644}); null outside 0..0777. */
  static Expr mode(Object value) {
    if (!(value instanceof Number n) || n.longValue() < 0 || n.longValue() > 0777 || n instanceof Double) {
      return null;
    }
    long m = n.longValue();
    return Code.atom(m == 0 ? "0" : "0" + Long.toOctalString(m));
  }

  /** {@code Duration.ofSeconds(n)}, or {@code ofMinutes}/{@code ofHours} when whole. */
  Expr duration(long seconds) {
    String d = imports.use(Duration.class);
    if (seconds > 0 && seconds % 3600 == 0) {
      return Code.call(d + ".ofHours", Code.atom(Long.toString(seconds / 3600)));
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return Code.call(d + ".ofMinutes", Code.atom(Long.toString(seconds / 60)));
    }
    return Code.call(d + ".ofSeconds", Code.atom(Long.toString(seconds)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static String text(Object o) {
    return o instanceof String s && !s.isBlank() ? s : null;
  }

  private static Integer integer(Object o) {
    return o instanceof Long n && n == n.intValue() ? n.intValue() : null;
  }

  private static Long parseLong(String s) {
    try {
      long n = Long.parseLong(s);
      return Long.toString(n).equals(s) ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> strings(Object o) {
    if (!(o instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object x : list) {
      if (!(x instanceof String s)) {
        return null;
      }
      out.add(s);
    }
    return out;
  }

  private static List<Long> longs(Object o) {
    if (!(o instanceof List<?> list)) {
      return null;
    }
    List<Long> out = new ArrayList<>();
    for (Object x : list) {
      if (!(x instanceof Long n)) {
        return null;
      }
      out.add(n);
    }
    return out;
  }

  private static Map<String, String> stringMap(Object o) {
    Map<String, Object> m = map(o);
    if (m == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (!(e.getValue() instanceof String s) || e.getKey().isBlank()) {
        return null;
      }
      out.put(e.getKey(), s);
    }
    return out;
  }

  private static Fields without(Fields f, Set<String> names) {
    Map<String, Object> m = new LinkedHashMap<>(f.asMap());
    m.keySet().removeAll(names);
    return Fields.of(m);
  }

  private static boolean same(Supplier<?> built, Object expected) {
    try {
      return Objects.equals(built.get(), expected);
    } catch (RuntimeException unsaid) {
      return false;
    }
  }

  // Steps: the same calls, as code and run on a scratch pod builder

  /** One method call of the generated chain. */
  private record Call(String name, List<Expr> args) {}

  /** Calls of the generated chain and the same calls on a scratch {@code pod(..)} builder. */
  private record Step(UnaryOperator<PodBuilder> op, List<Call> calls) {}

  private static PodBuilder apply(List<Step> steps) {
    PodBuilder b = Kube.pod("verify");
    for (Step s : steps) {
      b = s.op().apply(b);
    }
    return b;
  }

  private static void emit(Chain c, List<Step> steps) {
    for (Step s : steps) {
      for (Call x : s.calls()) {
        c.then(x.name(), x.args());
      }
    }
  }
}
