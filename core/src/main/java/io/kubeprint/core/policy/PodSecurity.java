package io.kubeprint.core.policy;

import io.kubeprint.core.validation.FieldPath;
import io.kubeprint.core.validation.PodTemplateView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Pod Security Standards as the Kubernetes 1.32 PodSecurity admission checks them
 * ({@code k8s.io/pod-security-admission/policy}, the version each check runs for {@code latest}): the same
 * fields, the same allowed values, and the same forbidden reason and detail as the admission's warning prints
 * them ({@code runAsNonRoot != true (pod or container "web" must set securityContext.runAsNonRoot=true)}).
 * Containers are visited as the admission's {@code visitContainers} does: init containers, containers, then
 * ephemeral containers. The user-namespace relaxation ({@code hostUsers: false}) is not applied: it is behind
 * the alpha feature gate {@code UserNamespacesPodSecurityStandards}, off by default in 1.32.
 */
final class PodSecurity {
  private PodSecurity() {}

  /**
   * What one check found wrong with a pod.
   *
   * @param reason the admission's forbidden reason ({@code allowPrivilegeEscalation != false})
   * @param detail the admission's forbidden detail
   * @param path the first field at fault
   */
  record Result(String reason, String detail, FieldPath path) {
    String message() {
      return reason + " (" + detail + ")";
    }
  }

  /** A container of the pod and its field path. */
  record Box(Map<String, Object> c, FieldPath path) {
    String name() {
      return J.str(c, "name");
    }

    Map<String, Object> sc() {
      return J.map(c, "securityContext");
    }

    FieldPath sc(String field, String... more) {
      return path.child("securityContext").child(field, more);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Box> containers(Map<String, Object> spec, FieldPath specPath) {
    List<Box> out = new ArrayList<>();
    for (String field : List.of("initContainers", "containers", "ephemeralContainers")) {
      List<Object> list = J.list(spec, field);
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof Map<?, ?> m) {
          out.add(new Box((Map<String, Object>) m, specPath.child(field).index(i)));
        }
      }
    }
    return out;
  }

  /** Runs {@code check} (a PSS check) over one pod template; {@code null} when it passes. */
  static Result run(Check check, PodTemplateView p) {
    Map<String, Object> spec = p.spec();
    FieldPath at = p.specPath();
    List<Box> boxes = containers(spec, at);
    Map<String, Object> psc = J.map(spec, "securityContext");
    return switch (check) {
      case PSS_HOST_NAMESPACES -> hostNamespaces(spec, at);
      case PSS_PRIVILEGED -> privileged(boxes);
      case PSS_CAPABILITIES_BASELINE -> capabilitiesBaseline(boxes);
      case PSS_HOST_PATH_VOLUMES -> hostPathVolumes(spec, at);
      case PSS_HOST_PORTS -> hostPorts(boxes);
      case PSS_APP_ARMOR_PROFILE -> appArmorProfile(p.annotations(), psc, at, boxes, p);
      case PSS_SE_LINUX_OPTIONS -> seLinuxOptions(psc, at, boxes);
      case PSS_PROC_MOUNT -> procMount(boxes);
      case PSS_SECCOMP_PROFILE_BASELINE -> seccompBaseline(psc, at, boxes);
      case PSS_SYSCTLS -> sysctls(psc, at);
      case PSS_WINDOWS_HOST_PROCESS -> windowsHostProcess(psc, at, boxes);
      case PSS_RESTRICTED_VOLUMES -> restrictedVolumes(spec, at);
      case PSS_ALLOW_PRIVILEGE_ESCALATION -> windows(spec) ? null : allowPrivilegeEscalation(boxes);
      case PSS_RUN_AS_NON_ROOT -> runAsNonRoot(psc, at, boxes);
      case PSS_RUN_AS_USER -> runAsUser(psc, at, boxes);
      case PSS_SECCOMP_PROFILE_RESTRICTED -> windows(spec) ? null : seccompRestricted(psc, at, boxes);
      case PSS_CAPABILITIES_RESTRICTED -> windows(spec) ? null : capabilitiesRestricted(boxes);
      default -> throw new IllegalArgumentException(check + " is no Pod Security Standards check");
    };
  }

  /** {@code spec.os.name: windows}: the restricted checks of Linux-only fields admit the pod (1.25+). */
  private static boolean windows(Map<String, Object> spec) {
    return "windows".equals(J.string(J.map(spec, "os"), "name"));
  }

  private static String setters(List<String> names) {
    return J.pluralize("container", "containers", names.size()) + " " + J.joinQuote(names);
  }

  // hostNamespaces_1_0
  private static Result hostNamespaces(Map<String, Object> spec, FieldPath at) {
    List<String> found = new ArrayList<>();
    FieldPath first = null;
    for (String f : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (J.isTrue(spec, f)) {
        found.add(f + "=true");
        first = first == null ? at.child(f) : first;
      }
    }
    return found.isEmpty() ? null : new Result("host namespaces", String.join(", ", found), first);
  }

  // privileged_1_0
  private static Result privileged(List<Box> boxes) {
    List<String> bad = new ArrayList<>();
    FieldPath first = null;
    for (Box b : boxes) {
      if (J.isTrue(b.sc(), "privileged")) {
        bad.add(b.name());
        first = first == null ? b.sc("privileged") : first;
      }
    }
    return bad.isEmpty() ? null
        : new Result("privileged", setters(bad) + " must not set securityContext.privileged=true", first);
  }

  static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
      "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  // capabilitiesBaseline_1_0
  private static Result capabilitiesBaseline(List<Box> boxes) {
    List<String> bad = new ArrayList<>();
    Set<String> caps = new TreeSet<>();
    FieldPath first = null;
    for (Box b : boxes) {
      Map<String, Object> capabilities = J.map(b.sc(), "capabilities");
      if (capabilities == null) {
        continue;
      }
      boolean valid = true;
      List<Object> add = J.list(capabilities, "add");
      for (int i = 0; i < add.size(); i++) {
        String c = add.get(i) instanceof String s ? s : "";
        if (!BASELINE_CAPABILITIES.contains(c)) {
          valid = false;
          caps.add(c);
          first = first == null ? b.sc("capabilities", "add").index(i) : first;
        }
      }
      if (!valid) {
        bad.add(b.name());
      }
    }
    return bad.isEmpty() ? null : new Result("non-default capabilities", setters(bad) + " must not include "
        + J.joinQuote(new ArrayList<>(caps)) + " in securityContext.capabilities.add", first);
  }

  // hostPathVolumes_1_0
  private static Result hostPathVolumes(Map<String, Object> spec, FieldPath at) {
    List<String> bad = new ArrayList<>();
    FieldPath first = null;
    List<Object> volumes = J.list(spec, "volumes");
    for (int i = 0; i < volumes.size(); i++) {
      if (J.present(volumes.get(i), "hostPath")) {
        bad.add(J.str(volumes.get(i), "name"));
        first = first == null ? at.child("volumes").index(i).child("hostPath") : first;
      }
    }
    return bad.isEmpty() ? null
        : new Result("hostPath volumes", J.pluralize("volume", "volumes", bad.size()) + " " + J.joinQuote(bad), first);
  }

  // hostPorts_1_0
  private static Result hostPorts(List<Box> boxes) {
    List<String> bad = new ArrayList<>();
    Set<String> ports = new TreeSet<>();
    FieldPath first = null;
    for (Box b : boxes) {
      boolean valid = true;
      List<Object> list = J.list(b.c(), "ports");
      for (int i = 0; i < list.size(); i++) {
        Long hp = J.integer(list.get(i), "hostPort");
        if (hp != null && hp != 0) {
          valid = false;
          ports.add(Long.toString(hp));
          first = first == null ? b.path().child("ports").index(i).child("hostPort") : first;
        }
      }
      if (!valid) {
        bad.add(b.name());
      }
    }
    return bad.isEmpty() ? null : new Result("hostPort", setters(bad) + " "
        + J.pluralize("uses", "use", bad.size()) + " " + J.pluralize("hostPort", "hostPorts", ports.size()) + " "
        + String.join(", ", ports), first);
  }

  private static final String APP_ARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

  // appArmorProfile_1_0
  private static Result appArmorProfile(Map<String, String> annotations, Map<String, Object> psc, FieldPath at,
      List<Box> boxes, PodTemplateView p) {
    List<String> setters = new ArrayList<>();
    Set<String> values = new TreeSet<>();
    FieldPath first = null;
    Map<String, Object> podProfile = J.map(psc, "appArmorProfile");
    if (podProfile != null && !allowedAppArmorType(J.str(podProfile, "type"))) {
      setters.add("pod");
      values.add(J.str(podProfile, "type"));
      first = at.child("securityContext", "appArmorProfile", "type");
    }
    List<String> bad = new ArrayList<>();
    for (Box b : boxes) {
      Map<String, Object> profile = J.map(b.sc(), "appArmorProfile");
      if (profile != null && !allowedAppArmorType(J.str(profile, "type"))) {
        bad.add(b.name());
        values.add(J.str(profile, "type"));
        first = first == null ? b.sc("appArmorProfile", "type") : first;
      }
    }
    if (!bad.isEmpty()) {
      setters.add(setters(bad));
    }
    List<String> forbidden = new ArrayList<>();
    String firstKey = null;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String v = e.getValue();
      if (e.getKey().startsWith(APP_ARMOR_ANNOTATION)
          && !(v.isEmpty() || v.equals("runtime/default") || v.startsWith("localhost/"))) {
        forbidden.add(e.getKey() + "=" + J.goQuote(v));
        firstKey = firstKey == null || e.getKey().compareTo(firstKey) < 0 ? e.getKey() : firstKey;
      }
    }
    List<String> all = new ArrayList<>(values);
    if (!forbidden.isEmpty()) {
      forbidden.sort(null);
      all.addAll(forbidden);
      setters.add(J.pluralize("annotation", "annotations", forbidden.size()));
      if (first == null) {
        FieldPath meta = p.specPath().parent() == null || p.specPath().parent().isRoot()
            ? FieldPath.of("metadata") : p.specPath().parent().child("metadata");
        first = meta.child("annotations").key(firstKey);
      }
    }
    if (setters.isEmpty()) {
      return null;
    }
    return new Result(J.pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", all.size()),
        String.join(" and ", setters) + " must not set AppArmor profile type to " + J.joinQuote(all), first);
  }

  private static boolean allowedAppArmorType(String type) {
    return type.equals("RuntimeDefault") || type.equals("Localhost");
  }

  private static final Set<String> SELINUX_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t");

  // seLinuxOptions_1_0
  private static Result seLinuxOptions(Map<String, Object> psc, FieldPath at, List<Box> boxes) {
    List<String> setters = new ArrayList<>();
    Set<String> badTypes = new TreeSet<>();
    boolean[] userRole = new boolean[2];
    FieldPath first = null;
    Map<String, Object> pod = J.map(psc, "seLinuxOptions");
    if (pod != null && !validSeLinux(pod, badTypes, userRole)) {
      setters.add("pod");
      first = at.child("securityContext", "seLinuxOptions");
    }
    List<String> bad = new ArrayList<>();
    for (Box b : boxes) {
      Map<String, Object> o = J.map(b.sc(), "seLinuxOptions");
      if (o != null && !validSeLinux(o, badTypes, userRole)) {
        bad.add(b.name());
        first = first == null ? b.sc("seLinuxOptions") : first;
      }
    }
    if (!bad.isEmpty()) {
      setters.add(setters(bad));
    }
    if (setters.isEmpty()) {
      return null;
    }
    List<String> data = new ArrayList<>();
    // As upstream: user and role are named only when a type is also forbidden.
    if (!badTypes.isEmpty()) {
      data.add(J.pluralize("type", "types", badTypes.size()) + " " + J.joinQuote(new ArrayList<>(badTypes)));
      if (userRole[0]) {
        data.add("user may not be set");
      }
      if (userRole[1]) {
        data.add("role may not be set");
      }
    }
    return new Result("seLinuxOptions", String.join(" and ", setters)
        + " set forbidden securityContext.seLinuxOptions: " + String.join("; ", data), first);
  }

  private static boolean validSeLinux(Map<String, Object> o, Set<String> badTypes, boolean[] userRole) {
    boolean valid = true;
    String type = J.str(o, "type");
    if (!SELINUX_TYPES.contains(type)) {
      valid = false;
      badTypes.add(type);
    }
    if (!J.str(o, "user").isEmpty()) {
      valid = false;
      userRole[0] = true;
    }
    if (!J.str(o, "role").isEmpty()) {
      valid = false;
      userRole[1] = true;
    }
    return valid;
  }

  // procMount_1_0
  private static Result procMount(List<Box> boxes) {
    List<String> bad = new ArrayList<>();
    Set<String> types = new TreeSet<>();
    FieldPath first = null;
    for (Box b : boxes) {
      String pm = J.string(b.sc(), "procMount");
      if (pm != null && !pm.equals("Default")) {
        bad.add(b.name());
        types.add(pm);
        first = first == null ? b.sc("procMount") : first;
      }
    }
    return bad.isEmpty() ? null : new Result("procMount", setters(bad) + " must not set securityContext.procMount to "
        + J.joinQuote(new ArrayList<>(types)), first);
  }

  private static boolean validSeccomp(String type) {
    return type.equals("Localhost") || type.equals("RuntimeDefault");
  }

  // seccompProfileBaseline_1_19
  private static Result seccompBaseline(Map<String, Object> psc, FieldPath at, List<Box> boxes) {
    List<String> setters = new ArrayList<>();
    Set<String> values = new TreeSet<>();
    FieldPath first = null;
    Map<String, Object> pod = J.map(psc, "seccompProfile");
    if (pod != null && !validSeccomp(J.str(pod, "type"))) {
      setters.add("pod");
      values.add(J.str(pod, "type"));
      first = at.child("securityContext", "seccompProfile", "type");
    }
    List<String> bad = new ArrayList<>();
    for (Box b : boxes) {
      Map<String, Object> s = J.map(b.sc(), "seccompProfile");
      if (s != null && !validSeccomp(J.str(s, "type"))) {
        bad.add(b.name());
        values.add(J.str(s, "type"));
        first = first == null ? b.sc("seccompProfile", "type") : first;
      }
    }
    if (!bad.isEmpty()) {
      setters.add(setters(bad));
    }
    return setters.isEmpty() ? null : new Result("seccompProfile", String.join(" and ", setters)
        + " must not set securityContext.seccompProfile.type to " + J.joinQuote(new ArrayList<>(values)), first);
  }

  // seccompProfileRestricted_1_19 (1_25 admits Windows pods before calling it)
  private static Result seccompRestricted(Map<String, Object> psc, FieldPath at, List<Box> boxes) {
    List<String> setters = new ArrayList<>();
    Set<String> values = new TreeSet<>();
    FieldPath first = null;
    boolean podSet = false;
    Map<String, Object> pod = J.map(psc, "seccompProfile");
    if (pod != null) {
      if (!validSeccomp(J.str(pod, "type"))) {
        setters.add("pod");
        values.add(J.str(pod, "type"));
        first = at.child("securityContext", "seccompProfile", "type");
      } else {
        podSet = true;
      }
    }
    List<String> explicit = new ArrayList<>();
    List<String> implicit = new ArrayList<>();
    FieldPath firstImplicit = null;
    for (Box b : boxes) {
      Map<String, Object> s = J.map(b.sc(), "seccompProfile");
      if (s != null) {
        if (!validSeccomp(J.str(s, "type"))) {
          explicit.add(b.name());
          values.add(J.str(s, "type"));
          first = first == null ? b.sc("seccompProfile", "type") : first;
        }
      } else if (!podSet) {
        implicit.add(b.name());
        firstImplicit = firstImplicit == null ? b.sc("seccompProfile") : firstImplicit;
      }
    }
    if (!explicit.isEmpty()) {
      setters.add(setters(explicit));
    }
    if (!setters.isEmpty()) {
      return new Result("seccompProfile", String.join(" and ", setters)
          + " must not set securityContext.seccompProfile.type to " + J.joinQuote(new ArrayList<>(values)), first);
    }
    if (!implicit.isEmpty()) {
      return new Result("seccompProfile", "pod or " + setters(implicit)
          + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"",
          at.child("securityContext", "seccompProfile", "type"));
    }
    return null;
  }

  /** The sysctls the baseline level allows at version 1.32 ({@code sysctls}: the 1.29 set plus tcp_rmem and tcp_wmem). */
  static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
      "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start",
      "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
      "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

  // sysctls
  private static Result sysctls(Map<String, Object> psc, FieldPath at) {
    List<String> bad = new ArrayList<>();
    FieldPath first = null;
    List<Object> list = J.list(psc, "sysctls");
    for (int i = 0; i < list.size(); i++) {
      String name = J.str(list.get(i), "name");
      if (!SAFE_SYSCTLS.contains(name)) {
        bad.add(name);
        first = first == null ? at.child("securityContext", "sysctls").index(i).child("name") : first;
      }
    }
    return bad.isEmpty() ? null : new Result("forbidden sysctls", String.join(", ", bad), first);
  }

  // windowsHostProcess_1_0
  private static Result windowsHostProcess(Map<String, Object> psc, FieldPath at, List<Box> boxes) {
    List<String> bad = new ArrayList<>();
    FieldPath first = null;
    for (Box b : boxes) {
      if (J.isTrue(J.map(b.sc(), "windowsOptions"), "hostProcess")) {
        bad.add(b.name());
        first = first == null ? b.sc("windowsOptions", "hostProcess") : first;
      }
    }
    List<String> setters = new ArrayList<>();
    if (J.isTrue(J.map(psc, "windowsOptions"), "hostProcess")) {
      setters.add("pod");
      first = at.child("securityContext", "windowsOptions", "hostProcess");
    }
    if (!bad.isEmpty()) {
      setters.add(setters(bad));
    }
    return setters.isEmpty() ? null : new Result("hostProcess", String.join(" and ", setters)
        + " must not set securityContext.windowsOptions.hostProcess=true", first);
  }

  /** The volume sources restricted allows. */
  static final List<String> RESTRICTED_ALLOWED = List.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
      "image", "persistentVolumeClaim", "projected", "secret");

  /** The volume sources restricted forbids, as the admission names them (the order of its switch). */
  static final List<String> RESTRICTED_FORBIDDEN = List.of("hostPath", "gcePersistentDisk", "awsElasticBlockStore",
      "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile",
      "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos");

  // restrictedVolumes_1_0
  private static Result restrictedVolumes(Map<String, Object> spec, FieldPath at) {
    List<String> bad = new ArrayList<>();
    Set<String> types = new TreeSet<>();
    FieldPath first = null;
    List<Object> volumes = J.list(spec, "volumes");
    for (int i = 0; i < volumes.size(); i++) {
      Object v = volumes.get(i);
      if (RESTRICTED_ALLOWED.stream().anyMatch(s -> J.present(v, s))) {
        continue;
      }
      String type = RESTRICTED_FORBIDDEN.stream().filter(s -> J.present(v, s)).findFirst().orElse("unknown");
      bad.add(J.str(v, "name"));
      types.add(type);
      FieldPath vp = at.child("volumes").index(i);
      first = first == null ? (type.equals("unknown") ? vp : vp.child(type)) : first;
    }
    return bad.isEmpty() ? null : new Result("restricted volume types", J.pluralize("volume", "volumes", bad.size())
        + " " + J.joinQuote(bad) + " " + J.pluralize("uses", "use", bad.size()) + " "
        + J.pluralize("restricted volume type", "restricted volume types", types.size()) + " "
        + J.joinQuote(new ArrayList<>(types)), first);
  }

  // allowPrivilegeEscalation_1_8 (1_25 admits Windows pods before calling it)
  private static Result allowPrivilegeEscalation(List<Box> boxes) {
    List<String> bad = new ArrayList<>();
    FieldPath first = null;
    for (Box b : boxes) {
      Boolean ape = J.bool(b.sc(), "allowPrivilegeEscalation");
      if (ape == null || ape) {
        bad.add(b.name());
        first = first == null ? b.sc("allowPrivilegeEscalation") : first;
      }
    }
    return bad.isEmpty() ? null : new Result("allowPrivilegeEscalation != false",
        setters(bad) + " must set securityContext.allowPrivilegeEscalation=false", first);
  }

  // runAsNonRoot_1_0
  private static Result runAsNonRoot(Map<String, Object> psc, FieldPath at, List<Box> boxes) {
    List<String> setters = new ArrayList<>();
    FieldPath first = null;
    boolean podNonRoot = false;
    Boolean pod = J.bool(psc, "runAsNonRoot");
    if (pod != null) {
      if (!pod) {
        setters.add("pod");
        first = at.child("securityContext", "runAsNonRoot");
      } else {
        podNonRoot = true;
      }
    }
    List<String> explicit = new ArrayList<>();
    List<String> implicit = new ArrayList<>();
    for (Box b : boxes) {
      Boolean c = J.bool(b.sc(), "runAsNonRoot");
      if (c != null) {
        if (!c) {
          explicit.add(b.name());
          first = first == null ? b.sc("runAsNonRoot") : first;
        }
      } else if (!podNonRoot) {
        implicit.add(b.name());
      }
    }
    if (!explicit.isEmpty()) {
      setters.add(setters(explicit));
    }
    if (!setters.isEmpty()) {
      return new Result("runAsNonRoot != true", String.join(" and ", setters)
          + " must not set securityContext.runAsNonRoot=false", first);
    }
    if (!implicit.isEmpty()) {
      return new Result("runAsNonRoot != true", "pod or " + setters(implicit)
          + " must set securityContext.runAsNonRoot=true", at.child("securityContext", "runAsNonRoot"));
    }
    return null;
  }

  // runAsUser_1_23
  private static Result runAsUser(Map<String, Object> psc, FieldPath at, List<Box> boxes) {
    List<String> setters = new ArrayList<>();
    FieldPath first = null;
    Long pod = J.integer(psc, "runAsUser");
    if (pod != null && pod == 0) {
      setters.add("pod");
      first = at.child("securityContext", "runAsUser");
    }
    List<String> bad = new ArrayList<>();
    for (Box b : boxes) {
      Long u = J.integer(b.sc(), "runAsUser");
      if (u != null && u == 0) {
        bad.add(b.name());
        first = first == null ? b.sc("runAsUser") : first;
      }
    }
    if (!bad.isEmpty()) {
      setters.add(setters(bad));
    }
    return setters.isEmpty() ? null
        : new Result("runAsUser=0", String.join(" and ", setters) + " must not set runAsUser=0", first);
  }

  // capabilitiesRestricted_1_22 (1_25 admits Windows pods before calling it)
  private static Result capabilitiesRestricted(List<Box> boxes) {
    List<String> missingDrop = new ArrayList<>();
    List<String> adding = new ArrayList<>();
    Set<String> forbidden = new TreeSet<>();
    FieldPath first = null;
    for (Box b : boxes) {
      Map<String, Object> caps = J.map(b.sc(), "capabilities");
      if (caps == null) {
        missingDrop.add(b.name());
        first = first == null ? b.sc("capabilities", "drop") : first;
        continue;
      }
      if (J.list(caps, "drop").stream().noneMatch("ALL"::equals)) {
        missingDrop.add(b.name());
        first = first == null ? b.sc("capabilities", "drop") : first;
      }
      boolean addedForbidden = false;
      List<Object> add = J.list(caps, "add");
      for (int i = 0; i < add.size(); i++) {
        String c = add.get(i) instanceof String s ? s : "";
        if (!c.equals("NET_BIND_SERVICE")) {
          addedForbidden = true;
          forbidden.add(c);
          first = first == null ? b.sc("capabilities", "add").index(i) : first;
        }
      }
      if (addedForbidden) {
        adding.add(b.name());
      }
    }
    List<String> details = new ArrayList<>();
    if (!missingDrop.isEmpty()) {
      details.add(setters(missingDrop) + " must set securityContext.capabilities.drop=[\"ALL\"]");
    }
    if (!adding.isEmpty()) {
      details.add(setters(adding) + " must not include " + J.joinQuote(new ArrayList<>(forbidden))
          + " in securityContext.capabilities.add");
    }
    return details.isEmpty() ? null : new Result("unrestricted capabilities", String.join("; ", details), first);
  }
}
