package io.kubeprint.core.policy;

import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.PodTemplateView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * kube-linter's checks of pod templates and PodDisruptionBudgets (its templates in {@code pkg/templates}, with the
 * parameters of its built-in checks in {@code pkg/builtinchecks/yamls}). kube-linter checks "deployment-like"
 * objects: here every object with a pod template, through {@link PodTemplateView}. Its per-container checks look
 * at init containers and containers, as kube-linter's {@code PerContainerCheck} does.
 */
final class BestPractices {
  private BestPractices() {}

  /** Where findings go. */
  interface Sink {
    void add(Check check, KubeObject object, FieldPath path, String message);
  }

  static final Kind PDB = Kind.of("policy/v1", "PodDisruptionBudget");
  static final Kind NETWORK_POLICY = Kind.of("networking.k8s.io/v1", "NetworkPolicy");

  /** latest-tag's block list: a {@code latest} tag, no tag at all, or a registry path without a tag. */
  private static final List<Pattern> LATEST_BLOCK = List.of(Pattern.compile(".*:(latest)$"),
      Pattern.compile("(.*/[^:]+)$"));
  private static final Pattern HAS_TAG = Pattern.compile("^.*:.*$");
  private static final List<Pattern> SENSITIVE_DIRS = List.of("^/$", "^/boot$", "^/dev$", "^/etc$", "^/lib$",
      "^/proc$", "^/sys$", "^/usr$").stream().map(Pattern::compile).toList();
  private static final Pattern DOCKER_SOCK = Pattern.compile("docker.sock$");
  private static final Pattern SECRET_NAME = Pattern.compile("(?i).*secret.*");
  private static final List<String> UNSAFE_SYSCTL_PREFIXES = List.of("kernel.msg", "kernel.sem", "kernel.shm",
      "fs.mqueue.", "net.");

  /** kube-linter's containers: init containers, then containers. */
  private static List<PodSecurity.Box> containers(PodTemplateView p) {
    return PodSecurity.containers(p.spec(), p.specPath()).stream()
        .filter(b -> !b.path().toString().contains("ephemeralContainers["))
        .toList();
  }

  /** Runs the pod-template checks of {@code enabled} over {@code p}. */
  static void pods(PodTemplateView p, Set<Check> enabled, Sink out) {
    KubeObject o = p.owner();
    Map<String, Object> spec = p.spec();
    FieldPath at = p.specPath();
    Map<String, Object> psc = J.map(spec, "securityContext");
    List<PodSecurity.Box> boxes = containers(p);
    if (enabled.contains(Check.HOST_NETWORK) && J.isTrue(spec, "hostNetwork")) {
      out.add(Check.HOST_NETWORK, o, at.child("hostNetwork"), "must not share the host's network namespace (was true)");
    }
    if (enabled.contains(Check.HOST_PID) && J.isTrue(spec, "hostPID")) {
      out.add(Check.HOST_PID, o, at.child("hostPID"), "must not share the host's process ID namespace (was true)");
    }
    if (enabled.contains(Check.HOST_IPC) && J.isTrue(spec, "hostIPC")) {
      out.add(Check.HOST_IPC, o, at.child("hostIPC"), "must not share the host's IPC namespace (was true)");
    }
    if (enabled.contains(Check.DEPRECATED_SERVICE_ACCOUNT_FIELD) && !J.str(spec, "serviceAccount").isEmpty()) {
      out.add(Check.DEPRECATED_SERVICE_ACCOUNT_FIELD, o, at.child("serviceAccount"),
          "must not be set; set serviceAccountName instead (was " + J.goQuote(J.str(spec, "serviceAccount")) + ")");
    }
    if (enabled.contains(Check.UNSAFE_SYSCTLS)) {
      List<Object> sysctls = J.list(psc, "sysctls");
      for (int i = 0; i < sysctls.size(); i++) {
        String name = J.str(sysctls.get(i), "name");
        if (UNSAFE_SYSCTL_PREFIXES.stream().anyMatch(name::startsWith)) {
          out.add(Check.UNSAFE_SYSCTLS, o, at.child("securityContext", "sysctls").index(i).child("name"),
              "must not be an unsafe sysctl (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*, net.*) (was "
                  + J.goQuote(name) + ")");
        }
      }
    }
    hostMounts(p, boxes, enabled, out);
    antiAffinity(p, enabled, out);
    for (PodSecurity.Box b : boxes) {
      container(p, psc, b, enabled, out);
    }
  }

  private static void container(PodTemplateView p, Map<String, Object> psc, PodSecurity.Box b, Set<Check> enabled,
      Sink out) {
    KubeObject o = p.owner();
    String name = J.goQuote(b.name());
    Map<String, Object> sc = b.sc();
    if (enabled.contains(Check.LATEST_TAG)) {
      String image = J.str(b.c(), "image");
      if (!HAS_TAG.matcher(image).find() || LATEST_BLOCK.stream().anyMatch(r -> r.matcher(image).find())) {
        out.add(Check.LATEST_TAG, o, b.path().child("image"),
            "must name a tag other than latest (was " + J.goQuote(image) + ")");
      }
    }
    if (enabled.contains(Check.NO_READ_ONLY_ROOT_FS) && !J.isTrue(sc, "readOnlyRootFilesystem")) {
      out.add(Check.NO_READ_ONLY_ROOT_FS, o, b.sc("readOnlyRootFilesystem"),
          "container " + name + " must have a read-only root file system (set readOnlyRootFilesystem: true)");
    }
    if (enabled.contains(Check.PRIVILEGED_CONTAINER) && J.isTrue(sc, "privileged")) {
      out.add(Check.PRIVILEGED_CONTAINER, o, b.sc("privileged"), "container " + name + " must not be privileged (was true)");
    }
    if (enabled.contains(Check.PRIVILEGE_ESCALATION_CONTAINER) && sc != null) {
      String why = null;
      FieldPath where = null;
      if (J.isTrue(sc, "allowPrivilegeEscalation")) {
        why = "allowPrivilegeEscalation is true";
        where = b.sc("allowPrivilegeEscalation");
      } else if (J.isTrue(sc, "privileged")) {
        why = "it is privileged";
        where = b.sc("privileged");
      } else if (J.list(J.map(sc, "capabilities"), "add").contains("SYS_ADMIN")) {
        why = "it adds the SYS_ADMIN capability";
        where = b.sc("capabilities", "add");
      }
      if (why != null) {
        out.add(Check.PRIVILEGE_ESCALATION_CONTAINER, o, where,
            "container " + name + " must not allow privilege escalation (" + why + ")");
      }
    }
    if (enabled.contains(Check.RUN_AS_NON_ROOT)) {
      Long user = J.integer(sc, "runAsUser");
      user = user != null ? user : J.integer(psc, "runAsUser");
      Boolean nonRoot = J.bool(sc, "runAsNonRoot");
      nonRoot = nonRoot != null ? nonRoot : J.bool(psc, "runAsNonRoot");
      boolean ok = user != null ? user > 0 : Boolean.TRUE.equals(nonRoot);
      if (!ok) {
        out.add(Check.RUN_AS_NON_ROOT, o, b.sc("runAsNonRoot"), "container " + name
            + " must run as non-root (set runAsNonRoot: true, or runAsUser above 0, on the pod or the container)"
            + (user != null ? " (was runAsUser " + user + ")" : ""));
      }
    }
    if (enabled.contains(Check.DROP_NET_RAW_CAPABILITY)) {
      Map<String, Object> caps = J.map(sc, "capabilities");
      if (caps != null) {
        List<Object> add = J.list(caps, "add");
        for (int i = 0; i < add.size(); i++) {
          if ("NET_RAW".equals(add.get(i)) || "ALL".equalsIgnoreCase(String.valueOf(add.get(i)))) {
            out.add(Check.DROP_NET_RAW_CAPABILITY, o, b.sc("capabilities", "add").index(i),
                "container " + name + " must not add NET_RAW (was " + J.goQuote(String.valueOf(add.get(i))) + ")");
          }
        }
        List<Object> drop = J.list(caps, "drop");
        if (drop.stream().noneMatch(c -> "NET_RAW".equals(c) || "ALL".equalsIgnoreCase(String.valueOf(c)))) {
          out.add(Check.DROP_NET_RAW_CAPABILITY, o, b.sc("capabilities", "drop"),
              "container " + name + " must drop NET_RAW or ALL (was " + drop + ")");
        }
      }
    }
    if (enabled.contains(Check.UNSET_CPU_REQUIREMENTS) || enabled.contains(Check.UNSET_MEMORY_REQUIREMENTS)) {
      Map<String, Object> resources = J.map(b.c(), "resources");
      for (String kind : List.of("requests", "limits")) {
        for (String r : List.of("cpu", "memory")) {
          Check check = r.equals("cpu") ? Check.UNSET_CPU_REQUIREMENTS : Check.UNSET_MEMORY_REQUIREMENTS;
          if (enabled.contains(check) && isZero(J.string(J.map(resources, kind), r))) {
            out.add(check, o, b.path().child("resources", kind).key(r), "container " + name + " must set a "
                + (r.equals("cpu") ? "CPU" : "memory") + " " + kind.substring(0, kind.length() - 1) + " above 0");
          }
        }
      }
    }
    if (enabled.contains(Check.ENV_VAR_SECRET) || enabled.contains(Check.DUPLICATE_ENV_VAR)) {
      Set<String> seen = new HashSet<>();
      List<Object> env = J.list(b.c(), "env");
      for (int i = 0; i < env.size(); i++) {
        String n = J.str(env.get(i), "name");
        if (enabled.contains(Check.ENV_VAR_SECRET) && SECRET_NAME.matcher(n).matches()
            && !J.str(env.get(i), "value").isEmpty()) {
          out.add(Check.ENV_VAR_SECRET, o, b.path().child("env").index(i).child("value"),
              "must not hold a secret in plain text; read it with valueFrom.secretKeyRef or mount the Secret"
                  + " (variable " + n + ", value redacted)");
        }
        if (enabled.contains(Check.DUPLICATE_ENV_VAR) && !seen.add(n)) {
          out.add(Check.DUPLICATE_ENV_VAR, o, b.path().child("env").index(i).child("name"),
              "must be unique in container " + name + " (was " + J.goQuote(n) + " again)");
        }
      }
    }
    if (enabled.contains(Check.SSH_PORT)) {
      List<Object> ports = J.list(b.c(), "ports");
      for (int i = 0; i < ports.size(); i++) {
        Long port = J.integer(ports.get(i), "containerPort");
        String protocol = J.string(ports.get(i), "protocol");
        if (port != null && port == 22 && (protocol == null || protocol.equals("TCP"))) {
          out.add(Check.SSH_PORT, o, b.path().child("ports").index(i).child("containerPort"),
              "container " + name + " must not expose the SSH port (was 22/TCP)");
        }
      }
    }
    probe(Check.LIVENESS_PORT, "livenessProbe", o, b, enabled, out);
    probe(Check.READINESS_PORT, "readinessProbe", o, b, enabled, out);
    probe(Check.STARTUP_PORT, "startupProbe", o, b, enabled, out);
    boolean init = b.path().toString().contains("initContainers[");
    if (!init && enabled.contains(Check.NO_LIVENESS_PROBE) && !J.present(b.c(), "livenessProbe")) {
      out.add(Check.NO_LIVENESS_PROBE, o, b.path().child("livenessProbe"), "container " + name + " must have a liveness probe");
    }
    if (!init && enabled.contains(Check.NO_READINESS_PROBE) && !J.present(b.c(), "readinessProbe")) {
      out.add(Check.NO_READINESS_PROBE, o, b.path().child("readinessProbe"),
          "container " + name + " must have a readiness probe");
    }
  }

  /** A quantity that is absent, or zero: kube-linter reads an unset request as 0. */
  private static boolean isZero(String quantity) {
    if (quantity == null || quantity.isBlank()) {
      return true;
    }
    String digits = quantity.replaceAll("[^0-9.].*$", "");
    try {
      return !digits.isEmpty() && new BigDecimal(digits).signum() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** liveness-port, readiness-port, startup-port: the probe's port is one of the container's ports. */
  private static void probe(Check check, String field, KubeObject o, PodSecurity.Box b, Set<Check> enabled, Sink out) {
    if (!enabled.contains(check)) {
      return;
    }
    Map<String, Object> probe = J.map(b.c(), field);
    if (probe == null) {
      return;
    }
    for (String action : List.of("httpGet", "tcpSocket", "grpc")) {
      Map<String, Object> a = J.map(probe, action);
      if (a == null || !J.present(a, "port")) {
        continue;
      }
      Object port = J.get(a, "port");
      boolean found = false;
      for (Object cp : J.list(b.c(), "ports")) {
        if (port instanceof String s ? s.equals(J.str(cp, "name"))
            : J.integer(port) != null && J.integer(port).equals(J.integer(cp, "containerPort"))) {
          found = true;
        }
      }
      if (!found) {
        out.add(check, o, b.path().child(field, action, "port"), "must be a port of container "
            + J.goQuote(b.name()) + " (was " + (port instanceof String s ? J.goQuote(s) : String.valueOf(port)) + ")");
      }
    }
  }

  /** sensitive-host-mounts, docker-sock, writable-host-mount: containers mounting hostPath volumes. */
  private static void hostMounts(PodTemplateView p, List<PodSecurity.Box> boxes, Set<Check> enabled, Sink out) {
    List<Object> volumes = J.list(p.spec(), "volumes");
    for (PodSecurity.Box b : boxes) {
      List<Object> mounts = J.list(b.c(), "volumeMounts");
      for (int m = 0; m < mounts.size(); m++) {
        String volume = J.str(mounts.get(m), "name");
        for (Object v : volumes) {
          Map<String, Object> hostPath = J.map(v, "hostPath");
          if (hostPath == null || !volume.equals(J.str(v, "name"))) {
            continue;
          }
          String path = J.str(hostPath, "path");
          FieldPath at = b.path().child("volumeMounts").index(m);
          if (enabled.contains(Check.SENSITIVE_HOST_MOUNTS) && SENSITIVE_DIRS.stream().anyMatch(r -> r.matcher(path).find())) {
            out.add(Check.SENSITIVE_HOST_MOUNTS, p.owner(), at, "container " + J.goQuote(b.name())
                + " must not mount a sensitive host directory (was " + J.goQuote(path) + ")");
          }
          if (enabled.contains(Check.DOCKER_SOCK) && DOCKER_SOCK.matcher(path).find()) {
            out.add(Check.DOCKER_SOCK, p.owner(), at, "container " + J.goQuote(b.name())
                + " must not mount the Docker socket (was " + J.goQuote(path) + ")");
          }
          if (enabled.contains(Check.WRITABLE_HOST_MOUNT) && !J.isTrue(mounts.get(m), "readOnly")) {
            out.add(Check.WRITABLE_HOST_MOUNT, p.owner(), at.child("readOnly"), "container " + J.goQuote(b.name())
                + " must mount host path " + J.goQuote(path) + " read-only");
          }
        }
      }
    }
  }

  /** no-anti-affinity: 2 or more replicas and no anti-affinity term on kubernetes.io/hostname selecting the pods. */
  private static void antiAffinity(PodTemplateView p, Set<Check> enabled, Sink out) {
    if (!enabled.contains(Check.NO_ANTI_AFFINITY) || p.replicas().isEmpty() || p.replicas().getAsLong() < 2) {
      return;
    }
    long replicas = p.replicas().getAsLong();
    Map<String, Object> anti = J.map(J.map(p.spec(), "affinity"), "podAntiAffinity");
    FieldPath at = p.specPath().child("affinity", "podAntiAffinity");
    List<Object> terms = new ArrayList<>();
    for (Object w : J.list(anti, "preferredDuringSchedulingIgnoredDuringExecution")) {
      terms.add(J.map(w, "podAffinityTerm"));
    }
    terms.addAll(J.list(anti, "requiredDuringSchedulingIgnoredDuringExecution"));
    String namespace = p.owner().metadata().namespace().orElse("");
    for (Object t : terms) {
      List<Object> namespaces = J.list(t, "namespaces");
      if (!namespaces.isEmpty() && !namespaces.contains(namespace)) {
        continue;
      }
      if ("kubernetes.io/hostname".equals(J.string(t, "topologyKey"))
          && Selection.matches(J.map(t, "labelSelector"), p.labels(), false)) {
        return;
      }
    }
    out.add(Check.NO_ANTI_AFFINITY, p.owner(), at, "must spread the " + replicas
        + " replicas with a pod anti-affinity term on topologyKey kubernetes.io/hostname that selects the pods");
  }

  /** The PodDisruptionBudget checks, over the PodDisruptionBudgets of the bundle. */
  static void pdbs(List<KubeObject> objects, List<PodTemplateView> pods, Set<Check> enabled, Sink out) {
    for (KubeObject o : objects) {
      if (!o.kind().equals(PDB)) {
        continue;
      }
      Map<String, Object> spec = PodTemplateView.specOf(o);
      Object max = J.get(spec, "maxUnavailable");
      if (enabled.contains(Check.PDB_MAX_UNAVAILABLE) && max != null
          && (Long.valueOf(0).equals(J.integer(max)) || "0%".equals(max))) {
        out.add(Check.PDB_MAX_UNAVAILABLE, o, FieldPath.of("spec", "maxUnavailable"),
            "must be above 0, else no pod can ever be evicted (was " + max + ")");
      }
      if (enabled.contains(Check.PDB_UNHEALTHY_POD_EVICTION_POLICY) && !J.present(spec, "unhealthyPodEvictionPolicy")) {
        out.add(Check.PDB_UNHEALTHY_POD_EVICTION_POLICY, o, FieldPath.of("spec", "unhealthyPodEvictionPolicy"),
            "must be set (AlwaysAllow lets unhealthy pods be evicted)");
      }
      Object min = J.get(spec, "minAvailable");
      if (enabled.contains(Check.PDB_MIN_AVAILABLE) && min != null && J.map(spec, "selector") != null) {
        String ns = o.metadata().namespace().orElse("");
        for (PodTemplateView p : pods) {
          if (p.replicas().isEmpty() || !p.owner().metadata().namespace().orElse("").equals(ns)
              || !Selection.matches(J.map(spec, "selector"), p.labels(), true)) {
            continue;
          }
          long replicas = p.replicas().getAsLong();
          Long needed = J.integer(min);
          if (needed == null && min instanceof String s && s.endsWith("%")) {
            try {
              needed = (long) Math.ceil(replicas * Integer.parseInt(s.substring(0, s.length() - 1)) / 100.0);
            } catch (NumberFormatException e) {
              needed = null;
            }
          }
          if (needed != null && needed >= replicas) {
            out.add(Check.PDB_MIN_AVAILABLE, o, FieldPath.of("spec", "minAvailable"), "must be below the "
                + replicas + " replicas of " + p.owner().displayName() + ", else no pod can be evicted (was " + min + ")");
          }
        }
      }
    }
  }

  /** non-isolated-pod: some NetworkPolicy in the workload's namespace selects its pods. */
  static void isolation(List<KubeObject> objects, List<PodTemplateView> pods, Set<Check> enabled, Sink out) {
    if (!enabled.contains(Check.NON_ISOLATED_POD)) {
      return;
    }
    for (PodTemplateView p : pods) {
      String ns = p.owner().metadata().namespace().orElse("");
      boolean isolated = false;
      for (KubeObject o : objects) {
        if (o.kind().equals(NETWORK_POLICY) && o.metadata().namespace().orElse("").equals(ns)) {
          Map<String, Object> selector = J.map(PodTemplateView.specOf(o), "podSelector");
          if (Selection.matches(selector == null ? Map.of() : selector, p.labels(), false)) {
            isolated = true;
          }
        }
      }
      if (!isolated) {
        out.add(Check.NON_ISOLATED_POD, p.owner(), p.specPath().parent() == null ? FieldPath.root()
            : p.specPath().parent(), "must be selected by a NetworkPolicy of its namespace (none selects labels "
            + p.labels() + ")");
      }
    }
  }
}
