package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodValidation.CONTAINERS_REQUIRED;
import static io.kubeprint.core.validation.PodValidation.CONTAINER_NAME;
import static io.kubeprint.core.validation.PodValidation.CONTAINER_NAME_DUPLICATE;
import static io.kubeprint.core.validation.PodValidation.CONTAINER_PORT_REQUIRED;
import static io.kubeprint.core.validation.PodValidation.CONTAINER_RESTART_POLICY;
import static io.kubeprint.core.validation.PodValidation.ENV_FIELD_REF;
import static io.kubeprint.core.validation.PodValidation.ENV_FROM;
import static io.kubeprint.core.validation.PodValidation.ENV_KEY_REF;
import static io.kubeprint.core.validation.PodValidation.ENV_NAME;
import static io.kubeprint.core.validation.PodValidation.ENV_VALUE_FROM;
import static io.kubeprint.core.validation.PodValidation.HOST_NETWORK_HOST_PORT;
import static io.kubeprint.core.validation.PodValidation.HOST_PORT_CONFLICT;
import static io.kubeprint.core.validation.PodValidation.IMAGE_PULL_POLICY;
import static io.kubeprint.core.validation.PodValidation.IMAGE_REQUIRED;
import static io.kubeprint.core.validation.PodValidation.IMAGE_WHITESPACE;
import static io.kubeprint.core.validation.PodValidation.INIT_CONTAINER_PROBE;
import static io.kubeprint.core.validation.PodValidation.LIFECYCLE_SLEEP;
import static io.kubeprint.core.validation.PodValidation.MOUNT_PROPAGATION;
import static io.kubeprint.core.validation.PodValidation.PORT_NAME_DUPLICATE;
import static io.kubeprint.core.validation.PodValidation.PORT_NAME_SYNTAX;
import static io.kubeprint.core.validation.PodValidation.PORT_PROTOCOL;
import static io.kubeprint.core.validation.PodValidation.PORT_RANGE;
import static io.kubeprint.core.validation.PodValidation.PROBE_ACTION;
import static io.kubeprint.core.validation.PodValidation.PROBE_HANDLER;
import static io.kubeprint.core.validation.PodValidation.PROBE_SUCCESS_THRESHOLD;
import static io.kubeprint.core.validation.PodValidation.PROBE_TIMING;
import static io.kubeprint.core.validation.PodValidation.READINESS_PROBE_GRACE_PERIOD;
import static io.kubeprint.core.validation.PodValidation.SECURITY_CONTEXT;
import static io.kubeprint.core.validation.PodValidation.TERMINATION_MESSAGE_POLICY;
import static io.kubeprint.core.validation.PodValidation.VOLUME_DEVICE;
import static io.kubeprint.core.validation.PodValidation.VOLUME_MOUNT_NAME;
import static io.kubeprint.core.validation.PodValidation.VOLUME_MOUNT_PATH;
import static io.kubeprint.core.validation.PodValidation.VOLUME_MOUNT_SUB_PATH;
import static io.kubeprint.core.validation.PodValidation.oneOf;
import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.HTTPHeader;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import io.kubeprint.core.validation.PodValidation.PodScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The container checks of {@code pkg/apis/core/validation}: {@code validateContainers},
 * {@code validateInitContainers}, {@code validateContainerCommon} and what they call (ports, env, envFrom,
 * volume mounts and devices, pull policy, resources, probes, lifecycle hooks, security context). Rules are
 * declared in {@link PodValidation}.
 */
final class ContainerChecks {
  private static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");
  private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
  private static final List<String> TERMINATION_MESSAGE_POLICIES = List.of("File", "FallbackToLogsOnError");
  private static final List<String> SCHEMES = List.of("HTTP", "HTTPS");
  private static final List<String> PROPAGATIONS = List.of("Bidirectional", "HostToContainer", "None");
  private static final List<String> RECURSIVE_READ_ONLY = List.of("Disabled", "Enabled", "IfPossible");

  /** The downward API fields an env var can read ({@code validEnvDownwardAPIFieldPathExpressions}). */
  static final List<String> ENV_FIELD_PATHS = List.of("metadata.name", "metadata.namespace", "metadata.uid",
      "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP",
      "status.podIPs");
  /** The field labels a v1 downward API reference may name ({@code ConvertDownwardAPIFieldLabel}). */
  private static final List<String> CONVERTIBLE_FIELD_LABELS = List.of("metadata.annotations", "metadata.labels",
      "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.restartPolicy",
      "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP", "status.hostIPs",
      "status.podIP", "status.podIPs");

  private ContainerChecks() {}

  /** {@code validateContainers}: the regular containers. */
  static void containers(List<Container> containers, PodScope scope, FieldPath path, Violations v) {
    if (containers.isEmpty()) {
      v.add(CONTAINERS_REQUIRED, path, "at least one container is required");
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      FieldPath p = path.index(i);
      common(c, scope, p, v);
      String name = c.name().orElse("");
      if (!names.add(name)) {
        v.add(CONTAINER_NAME_DUPLICATE, p.child("name"), "must be unique among the pod's containers (was "
            + quote(name) + " again)");
      }
      lifecycle(c.extra(), scope.gracePeriod(), p.child("lifecycle"), v);
      probes(c, p, v);
      if (c.restartPolicy().isPresent()) {
        v.add(CONTAINER_RESTART_POLICY, p.child("restartPolicy"), "must be set only on init containers (was "
            + quote(c.restartPolicy().get()) + ")");
      }
    }
    hostPortConflicts(containers, scope, path, v);
  }

  /** {@code validateInitContainers}: init containers, sidecars among them. */
  static void initContainers(List<Container> inits, List<Container> regular, PodScope scope, FieldPath path,
      Violations v) {
    if (inits.isEmpty()) {
      return; // most pods have none: no set of the regular containers' names to make
    }
    Set<String> names = new HashSet<>();
    for (Container c : regular) {
      names.add(c.name().orElse(""));
    }
    for (int i = 0; i < inits.size(); i++) {
      Container c = inits.get(i);
      FieldPath p = path.index(i);
      common(c, scope, p, v);
      boolean sidecar = false;
      if (c.restartPolicy().isPresent()) {
        String policy = c.restartPolicy().get();
        if (!policy.equals("Always")) {
          v.add(CONTAINER_RESTART_POLICY, p.child("restartPolicy"), oneOf(List.of("Always"), policy));
        }
        sidecar = policy.equals("Always");
      }
      String name = c.name().orElse("");
      if (names.contains(name)) {
        v.add(CONTAINER_NAME_DUPLICATE, p.child("name"), "must be unique among the pod's containers (was "
            + quote(name) + " again)");
      } else if (!name.isEmpty()) {
        names.add(name);
      }
      // Upstream checks each init container on its own and reports it at index 0 of initContainers.
      hostPortConflicts(List.of(c), scope, path, v);
      if (sidecar) {
        lifecycle(c.extra(), scope.gracePeriod(), p.child("lifecycle"), v);
        probes(c, p, v);
      } else {
        String forbidden = "must not be set on an init container without restartPolicy Always";
        if (Untyped.present(c.extra(), "lifecycle")) {
          v.add(INIT_CONTAINER_PROBE, p.child("lifecycle"), forbidden + " (was set)");
        }
        if (c.livenessProbe().isPresent()) {
          v.add(INIT_CONTAINER_PROBE, p.child("livenessProbe"), forbidden + " (was set)");
        }
        if (c.readinessProbe().isPresent()) {
          v.add(INIT_CONTAINER_PROBE, p.child("readinessProbe"), forbidden + " (was set)");
        }
        if (c.startupProbe().isPresent()) {
          v.add(INIT_CONTAINER_PROBE, p.child("startupProbe"), forbidden + " (was set)");
        }
      }
    }
  }

  /** {@code validateContainerCommon}: what every container must satisfy. */
  private static void common(Container c, PodScope scope, FieldPath p, Violations v) {
    String name = c.name().orElse("");
    if (name.isEmpty()) {
      v.add(CONTAINER_NAME, p.child("name"), "is required");
    } else {
      for (String msg : Syntax.isDns1123Label(name)) {
        v.add(CONTAINER_NAME, p.child("name"), msg + " (was " + quote(name) + ")");
      }
    }
    if (c.image().orElse("").isEmpty()) {
      v.add(IMAGE_REQUIRED, p.child("image"), "is required");
    }
    String tmp = Untyped.string(c.extra(), "terminationMessagePolicy");
    if (tmp != null && !tmp.isEmpty() && !TERMINATION_MESSAGE_POLICIES.contains(tmp)) {
      v.add(TERMINATION_MESSAGE_POLICY, p.child("terminationMessagePolicy"), oneOf(TERMINATION_MESSAGE_POLICIES, tmp));
    }
    ports(c.ports(), p.child("ports"), v);
    env(c.env(), p.child("env"), v);
    envFrom(c.envFrom(), p.child("envFrom"), v);
    List<Object> devices = Untyped.list(c.extra(), "volumeDevices");
    volumeMounts(c, devices, scope.volumes(), p.child("volumeMounts"), v);
    volumeDevices(devices, c.volumeMounts(), scope.volumes(), p.child("volumeDevices"), v);
    String pull = c.imagePullPolicy().orElse("");
    if (!pull.isEmpty() && !PULL_POLICIES.contains(pull)) {
      v.add(IMAGE_PULL_POLICY, p.child("imagePullPolicy"), oneOf(PULL_POLICIES, pull));
    }
    c.resources().ifPresent(r -> ResourceChecks.resources(r, scope.isPod(), p.child("resources"), v));
    c.securityContext().ifPresent(sc -> securityContext(sc, p.child("securityContext"), v));
  }

  /** {@code validateContainerPorts}: one container's ports. */
  private static void ports(List<ContainerPort> ports, FieldPath path, Violations v) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < ports.size(); i++) {
      ContainerPort port = ports.get(i);
      FieldPath p = path.index(i);
      String name = port.name().orElse("");
      if (!name.isEmpty()) {
        List<String> msgs = Syntax.isValidPortName(name);
        for (String msg : msgs) {
          v.add(PORT_NAME_SYNTAX, p.child("name"), msg + " (was " + quote(name) + ")");
        }
        if (msgs.isEmpty() && !names.add(name)) {
          v.add(PORT_NAME_DUPLICATE, p.child("name"), "must be unique within the container (was " + quote(name)
              + " again)");
        }
      }
      int containerPort = port.containerPort().orElse(0);
      if (containerPort == 0) {
        v.add(CONTAINER_PORT_REQUIRED, p.child("containerPort"), "is required");
      } else {
        portNumber(containerPort, p.child("containerPort"), v);
      }
      int hostPort = port.hostPort().orElse(0);
      if (hostPort != 0) {
        portNumber(hostPort, p.child("hostPort"), v);
      }
      String protocol = port.protocol().filter(s -> !s.isEmpty()).orElse("TCP");
      if (!PROTOCOLS.contains(protocol)) {
        v.add(PORT_PROTOCOL, p.child("protocol"), oneOf(PROTOCOLS, protocol));
      }
    }
  }

  private static void portNumber(long port, FieldPath path, Violations v) {
    for (String msg : Syntax.isValidPortNum(port)) {
      v.add(PORT_RANGE, path, msg + " (was " + port + ")");
    }
  }

  /** The host port after defaulting: in a Pod with hostNetwork, an unset host port is the container port. */
  private static int hostPort(ContainerPort port, PodScope scope) {
    int hostPort = port.hostPort().orElse(0);
    if (hostPort == 0 && scope.isPod() && scope.hostNetwork()) {
      return port.containerPort().orElse(0);
    }
    return hostPort;
  }

  /** {@code AccumulateUniqueHostPorts} over {@code containers}, reported under {@code path}. */
  private static void hostPortConflicts(List<Container> containers, PodScope scope, FieldPath path, Violations v) {
    Set<String> seen = new HashSet<>();
    for (int ci = 0; ci < containers.size(); ci++) {
      List<ContainerPort> ports = containers.get(ci).ports();
      for (int pi = 0; pi < ports.size(); pi++) {
        ContainerPort port = ports.get(pi);
        int hostPort = hostPort(port, scope);
        if (hostPort == 0) {
          continue;
        }
        String key = port.protocol().filter(s -> !s.isEmpty()).orElse("TCP") + "/" + port.hostIP().orElse("")
            + "/" + hostPort;
        if (!seen.add(key)) {
          v.add(HOST_PORT_CONFLICT, path.index(ci).child("ports").index(pi).child("hostPort"),
              "must be unique per protocol and hostIP in the pod (was " + quote(key) + " again)");
        }
      }
    }
  }

  /** {@code validatePodHostNetworkDeps}: with hostNetwork, host ports equal container ports. */
  static void hostNetworkPorts(List<Container> containers, PodScope scope, FieldPath path, Violations v) {
    if (!scope.hostNetwork()) {
      return;
    }
    for (int ci = 0; ci < containers.size(); ci++) {
      List<ContainerPort> ports = containers.get(ci).ports();
      for (int pi = 0; pi < ports.size(); pi++) {
        ContainerPort port = ports.get(pi);
        int hostPort = hostPort(port, scope);
        int containerPort = port.containerPort().orElse(0);
        if ((scope.isPod() || hostPort != 0) && hostPort != containerPort) {
          v.add(HOST_NETWORK_HOST_PORT, path.index(ci).child("ports").index(pi).child("hostPort"),
              "must equal containerPort " + containerPort + " when hostNetwork is true (was " + hostPort + ")");
        }
      }
    }
  }

  /** {@code validateContainerOnlyForPod}: a Pod's images carry no surrounding whitespace. */
  static void imageWhitespace(List<Container> containers, FieldPath path, Violations v) {
    for (int i = 0; i < containers.size(); i++) {
      String image = containers.get(i).image().orElse("");
      if (!image.strip().equals(image)) {
        v.add(IMAGE_WHITESPACE, path.index(i).child("image"),
            "must not have leading or trailing whitespace (was " + quote(image) + ")");
      }
    }
  }

  /** {@code ValidateEnv}: names (relaxed in 1.32) and value sources. */
  private static void env(List<EnvVar> vars, FieldPath path, Violations v) {
    for (int i = 0; i < vars.size(); i++) {
      EnvVar ev = vars.get(i);
      FieldPath p = path.index(i);
      String name = ev.name().orElse("");
      if (name.isEmpty()) {
        v.add(ENV_NAME, p.child("name"), "is required");
      } else {
        for (String msg : Syntax.isRelaxedEnvVarName(name)) {
          v.add(ENV_NAME, p.child("name"), msg + " (was " + quote(name) + ")");
        }
      }
      ev.valueFrom().ifPresent(from -> valueFrom(from, ev.value().orElse(""), p.child("valueFrom"), v));
    }
  }

  /** {@code validateEnvVarValueFrom}. */
  private static void valueFrom(EnvVarSource from, String value, FieldPath path, Violations v) {
    int sources = 0;
    if (from.fieldRef().isPresent()) {
      sources++;
      objectFieldSelector(from.fieldRef().get(), ENV_FIELD_PATHS, path.child("fieldRef"), ENV_FIELD_REF, v);
    }
    if (from.resourceFieldRef().isPresent()) {
      sources++;
      var r = from.resourceFieldRef().get();
      ResourceChecks.resourceFieldSelector(r.containerName().orElse(""), r.resource().orElse(""),
          r.divisor().orElse(null), false, path.child("resourceFieldRef"), PodValidation.ENV_RESOURCE_FIELD_REF, v);
    }
    if (from.configMapKeyRef().isPresent()) {
      sources++;
      ConfigMapKeySelector s = from.configMapKeyRef().get();
      keySelector(s.name().orElse(""), s.key().orElse(""), path.child("configMapKeyRef"), v);
    }
    if (from.secretKeyRef().isPresent()) {
      sources++;
      SecretKeySelector s = from.secretKeyRef().get();
      keySelector(s.name().orElse(""), s.key().orElse(""), path.child("secretKeyRef"), v);
    }
    if (sources == 0) {
      v.add(ENV_VALUE_FROM, path, "must name one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef");
    } else if (!value.isEmpty()) {
      v.add(ENV_VALUE_FROM, path, "must not be set when value is not empty (was " + sources
          + (sources == 1 ? " source)" : " sources)"));
    } else if (sources > 1) {
      v.add(ENV_VALUE_FROM, path, "must name exactly one source (was " + sources + " sources)");
    }
  }

  /** {@code validateConfigMapKeySelector} and {@code validateSecretKeySelector}. */
  private static void keySelector(String name, String key, FieldPath path, Violations v) {
    for (String msg : Syntax.nameIsDnsSubdomain(name, false)) {
      v.add(ENV_KEY_REF, path.child("name"), msg + " (was " + quote(name) + ")");
    }
    if (key.isEmpty()) {
      v.add(ENV_KEY_REF, path.child("key"), "is required");
    } else {
      for (String msg : Syntax.isConfigMapKey(key)) {
        v.add(ENV_KEY_REF, path.child("key"), msg + " (was " + quote(key) + ")");
      }
    }
  }

  /**
   * {@code validateObjectFieldSelector}: a v1 field path the downward API supports, among
   * {@code expressions} unless subscripted ({@code metadata.labels['key']}, {@code metadata.annotations['key']}).
   */
  static void objectFieldSelector(ObjectFieldSelector fs, List<String> expressions, FieldPath path, Rule rule,
      Violations v) {
    String apiVersion = fs.apiVersion().filter(s -> !s.isEmpty()).orElse("v1");
    String fieldPath = fs.fieldPath().orElse("");
    if (fieldPath.isEmpty()) {
      v.add(rule, path.child("fieldPath"), "is required");
      return;
    }
    if (!apiVersion.equals("v1")) {
      v.add(rule, path.child("fieldPath"), "must be read from apiVersion v1 (was apiVersion " + quote(apiVersion) + ")");
      return;
    }
    String[] split = splitSubscript(fieldPath);
    if (split != null) {
      switch (split[0]) {
        case "metadata.annotations" -> {
          for (String msg : Syntax.isQualifiedName(split[1].toLowerCase(java.util.Locale.ROOT))) {
            v.add(rule, path, msg + " (was " + quote(split[1]) + ")");
          }
        }
        case "metadata.labels" -> {
          for (String msg : Syntax.isQualifiedName(split[1])) {
            v.add(rule, path, msg + " (was " + quote(split[1]) + ")");
          }
        }
        default -> v.add(rule, path.child("fieldPath"),
            "must subscript only metadata.labels or metadata.annotations (was " + quote(fieldPath) + ")");
      }
      return;
    }
    String internal = fieldPath.equals("spec.host") ? "spec.nodeName" : fieldPath;
    if (!CONVERTIBLE_FIELD_LABELS.contains(internal)) {
      v.add(rule, path.child("fieldPath"), "must be a supported field label (was " + quote(fieldPath) + ")");
      return;
    }
    if (!expressions.contains(internal)) {
      v.add(rule, path.child("fieldPath"), oneOf(expressions.stream().sorted().toList(), internal));
    }
  }

  /** {@code fieldpath.SplitMaybeSubscriptedPath}: {@code ["metadata.labels", "key"]}, or null. */
  private static String[] splitSubscript(String fieldPath) {
    if (!fieldPath.endsWith("']")) {
      return null;
    }
    String s = fieldPath.substring(0, fieldPath.length() - 2);
    int open = s.indexOf("['");
    if (open <= 0) {
      return null;
    }
    return new String[] {s.substring(0, open), s.substring(open + 2)};
  }

  /** {@code ValidateEnvFrom}. */
  private static void envFrom(List<EnvFromSource> sources, FieldPath path, Violations v) {
    for (int i = 0; i < sources.size(); i++) {
      EnvFromSource s = sources.get(i);
      FieldPath p = path.index(i);
      String prefix = s.prefix().orElse("");
      if (!prefix.isEmpty()) {
        for (String msg : Syntax.isRelaxedEnvVarName(prefix)) {
          v.add(ENV_FROM, p.child("prefix"), msg + " (was " + quote(prefix) + ")");
        }
      }
      int count = 0;
      if (s.configMapRef().isPresent()) {
        count++;
        envFromName(s.configMapRef().get().name().orElse(""), p.child("configMapRef", "name"), v);
      }
      if (s.secretRef().isPresent()) {
        count++;
        envFromName(s.secretRef().get().name().orElse(""), p.child("secretRef", "name"), v);
      }
      if (count == 0) {
        v.add(ENV_FROM, path, "must name one of configMapRef or secretRef in each entry (entry " + i + " names none)");
      } else if (count > 1) {
        v.add(ENV_FROM, path, "must name only one of configMapRef or secretRef in each entry (entry " + i
            + " names both)");
      }
    }
  }

  private static void envFromName(String name, FieldPath path, Violations v) {
    if (name.isEmpty()) {
      v.add(ENV_FROM, path, "is required");
      return;
    }
    for (String msg : Syntax.nameIsDnsSubdomain(name, true)) {
      v.add(ENV_FROM, path, msg + " (was " + quote(name) + ")");
    }
  }

  /** {@code ValidateVolumeMounts}. */
  private static void volumeMounts(Container c, List<Object> devices, Map<String, Volume> volumes, FieldPath path,
      Violations v) {
    Map<String, String> devicePaths = deviceMap(devices);
    Set<String> mountPoints = new HashSet<>();
    List<VolumeMount> mounts = c.volumeMounts();
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount m = mounts.get(i);
      FieldPath p = path.index(i);
      String name = m.name().orElse("");
      String mountPath = m.mountPath().orElse("");
      Fields extra = m.extra();
      if (name.isEmpty()) {
        v.add(VOLUME_MOUNT_NAME, p.child("name"), "is required");
      }
      if (!volumes.containsKey(name)) {
        v.add(VOLUME_MOUNT_NAME, p.child("name"), "must name a volume of the pod (was " + quote(name) + ")");
      }
      if (mountPath.isEmpty()) {
        v.add(VOLUME_MOUNT_PATH, p.child("mountPath"), "is required");
      }
      if (!mountPoints.add(mountPath)) {
        v.add(VOLUME_MOUNT_PATH, p.child("mountPath"), "must be unique within the container (was "
            + quote(mountPath) + " again)");
      }
      if (devicePaths.containsKey(name)) {
        v.add(VOLUME_DEVICE, p.child("name"), "must not also be a volume device (was " + quote(name) + ")");
      }
      if (devicePaths.containsValue(mountPath)) {
        v.add(VOLUME_DEVICE, p.child("mountPath"), "must not also be a devicePath (was " + quote(mountPath) + ")");
      }
      String subPath = m.subPath().orElse("");
      String subPathExpr = Objects.requireNonNullElse(Untyped.string(extra, "subPathExpr"), "");
      // Upstream reports these two under the list's path, without the index.
      if (!subPath.isEmpty()) {
        for (String msg : Syntax.isLocalDescendingPath(subPath)) {
          v.add(VOLUME_MOUNT_SUB_PATH, path.child("subPath"), msg + " (was " + quote(subPath) + ")");
        }
      }
      if (!subPathExpr.isEmpty()) {
        if (!subPath.isEmpty()) {
          v.add(VOLUME_MOUNT_SUB_PATH, p.child("subPathExpr"), "must not be set together with subPath (was "
              + quote(subPathExpr) + ")");
        }
        for (String msg : Syntax.isLocalDescendingPath(subPathExpr)) {
          v.add(VOLUME_MOUNT_SUB_PATH, path.child("subPathExpr"), msg + " (was " + quote(subPathExpr) + ")");
        }
      }
      String propagation = Untyped.string(extra, "mountPropagation");
      if (propagation != null) {
        if (!PROPAGATIONS.contains(propagation)) {
          v.add(MOUNT_PROPAGATION, path.child("mountPropagation"), oneOf(PROPAGATIONS, propagation));
        }
        boolean privileged = c.securityContext().flatMap(SecurityContext::privileged).orElse(false);
        if (propagation.equals("Bidirectional") && !privileged) {
          v.add(MOUNT_PROPAGATION, path.child("mountPropagation"),
              "must not be Bidirectional unless the container is privileged (was \"Bidirectional\")");
        }
      }
      String rro = Untyped.string(extra, "recursiveReadOnly");
      if (rro != null && !rro.equals("Disabled")) {
        if (rro.equals("Enabled") || rro.equals("IfPossible")) {
          if (!m.readOnly().orElse(false)) {
            v.add(MOUNT_PROPAGATION, path.child("recursiveReadOnly"),
                "may be set only when readOnly is true (was " + quote(rro) + ")");
          }
          if (propagation != null && !propagation.equals("None")) {
            v.add(MOUNT_PROPAGATION, path.child("recursiveReadOnly"),
                "may be set only when mountPropagation is None or unset (was " + quote(rro) + ")");
          }
        } else {
          v.add(MOUNT_PROPAGATION, path.child("recursiveReadOnly"), oneOf(RECURSIVE_READ_ONLY, rro));
        }
      }
    }
  }

  private static Map<String, String> deviceMap(List<Object> devices) {
    Map<String, String> out = new LinkedHashMap<>();
    if (devices != null) {
      for (Object d : devices) {
        out.put(Objects.requireNonNullElse(Untyped.string(d, "name"), ""),
            Objects.requireNonNullElse(Untyped.string(d, "devicePath"), ""));
      }
    }
    return out;
  }

  /** {@code ValidateVolumeDevices}: block devices from claim volumes. */
  private static void volumeDevices(List<Object> devices, List<VolumeMount> mounts, Map<String, Volume> volumes,
      FieldPath path, Violations v) {
    if (devices == null) {
      return;
    }
    Map<String, String> mountPaths = new HashMap<>();
    for (VolumeMount m : mounts) {
      mountPaths.put(m.name().orElse(""), m.mountPath().orElse(""));
    }
    Set<String> devicePaths = new HashSet<>();
    Set<String> deviceNames = new HashSet<>();
    for (int i = 0; i < devices.size(); i++) {
      Object d = devices.get(i);
      FieldPath p = path.index(i);
      String name = Objects.requireNonNullElse(Untyped.string(d, "name"), "");
      String devicePath = Objects.requireNonNullElse(Untyped.string(d, "devicePath"), "");
      Volume vol = volumes.get(name);
      boolean claim = vol != null && (vol.persistentVolumeClaim().isPresent() || Untyped.present(vol.extra(), "ephemeral"));
      if (name.isEmpty()) {
        v.add(VOLUME_DEVICE, p.child("name"), "is required");
      }
      if (deviceNames.contains(name)) {
        v.add(VOLUME_DEVICE, p.child("name"), "must be unique (was " + quote(name) + " again)");
      }
      if (vol != null && !claim) {
        v.add(VOLUME_DEVICE, p.child("name"), "must name a persistentVolumeClaim or ephemeral volume (was "
            + quote(name) + ")");
      }
      if (vol == null) {
        v.add(VOLUME_DEVICE, p.child("name"), "must name a volume of the pod (was " + quote(name) + ")");
      }
      if (devicePath.isEmpty()) {
        v.add(VOLUME_DEVICE, p.child("devicePath"), "is required");
      }
      if (devicePaths.contains(devicePath)) {
        v.add(VOLUME_DEVICE, p.child("devicePath"), "must be unique (was " + quote(devicePath) + " again)");
      }
      boolean backsteps = false;
      for (String element : devicePath.split("/", -1)) {
        backsteps |= element.equals("..");
      }
      if (!devicePath.isEmpty() && backsteps) {
        v.add(VOLUME_DEVICE, p.child("devicePath"), "must not contain '..' (was " + quote(devicePath) + ")");
      } else {
        devicePaths.add(devicePath);
      }
      if (mountPaths.containsKey(name)) {
        v.add(VOLUME_DEVICE, p.child("name"), "must not also be a volume mount (was " + quote(name) + ")");
      }
      if (mountPaths.containsValue(devicePath)) {
        v.add(VOLUME_DEVICE, p.child("devicePath"), "must not also be a mountPath (was " + quote(devicePath) + ")");
      }
      if (!name.isEmpty()) {
        deviceNames.add(name);
      }
    }
  }

  private static void probes(Container c, FieldPath p, Violations v) {
    c.livenessProbe().ifPresent(probe -> {
      probe(probe, p.child("livenessProbe"), v);
      successThresholdOne(probe, p.child("livenessProbe"), v);
    });
    c.readinessProbe().ifPresent(probe -> {
      probe(probe, p.child("readinessProbe"), v);
      probe.terminationGracePeriodSeconds().ifPresent(g -> v.add(READINESS_PROBE_GRACE_PERIOD,
          p.child("readinessProbe", "terminationGracePeriodSeconds"),
          "must not be set for a readiness probe (was " + g + ")"));
    });
    c.startupProbe().ifPresent(probe -> {
      probe(probe, p.child("startupProbe"), v);
      successThresholdOne(probe, p.child("startupProbe"), v);
    });
  }

  private static void successThresholdOne(Probe probe, FieldPath path, Violations v) {
    int threshold = probe.successThreshold().filter(t -> t != 0).orElse(1);
    if (threshold != 1) {
      v.add(PROBE_SUCCESS_THRESHOLD, path.child("successThreshold"), "must be 1 (was " + threshold + ")");
    }
  }

  /** {@code validateProbe} after {@code SetDefaults_Probe} (0 means the default). */
  private static void probe(Probe probe, FieldPath path, Violations v) {
    int handlers = 0;
    if (probe.exec().isPresent()) {
      handlers++;
      if (probe.exec().get().command().isEmpty()) {
        v.add(PROBE_ACTION, path.child("exec", "command"), "is required");
      }
    }
    if (probe.httpGet().isPresent()) {
      handlers = handler(handlers, path.child("httpGet"), v);
      if (handlers == 1) {
        httpGet(probe.httpGet().get(), path.child("httpGet"), v);
      }
    }
    if (probe.tcpSocket().isPresent()) {
      handlers = handler(handlers, path.child("tcpSocket"), v);
      if (handlers == 1) {
        portNumOrName(probe.tcpSocket().get().port().orElse(IntOrString.of(0)), path.child("tcpSocket", "port"), v);
      }
    }
    if (probe.grpc().isPresent()) {
      handlers = handler(handlers, path.child("grpc"), v);
      if (handlers == 1) {
        portNumber(probe.grpc().get().port().orElse(0), path.child("grpc", "port"), v);
      }
    }
    if (handlers == 0) {
      v.add(PROBE_HANDLER, path, "must name one handler: exec, httpGet, tcpSocket or grpc");
    }
    nonNegative(probe.initialDelaySeconds().orElse(0), path.child("initialDelaySeconds"), v);
    nonNegative(probe.timeoutSeconds().orElse(0), path.child("timeoutSeconds"), v);
    nonNegative(probe.periodSeconds().orElse(0), path.child("periodSeconds"), v);
    nonNegative(probe.successThreshold().orElse(0), path.child("successThreshold"), v);
    nonNegative(probe.failureThreshold().orElse(0), path.child("failureThreshold"), v);
    probe.terminationGracePeriodSeconds().ifPresent(g -> {
      if (g <= 0) {
        v.add(PROBE_TIMING, path.child("terminationGracePeriodSeconds"), "must be greater than 0 (was " + g + ")");
      }
    });
  }

  /** Counts one more handler; a second one is refused where it stands ({@code validateHandler}). */
  private static int handler(int handlers, FieldPath path, Violations v) {
    if (handlers > 0) {
      v.add(PROBE_HANDLER, path, "must not be set with another handler (was set)");
      return handlers + 1;
    }
    return 1;
  }

  private static void nonNegative(long value, FieldPath path, Violations v) {
    if (value < 0) {
      v.add(PROBE_TIMING, path, "must be greater than or equal to 0 (was " + value + ")");
    }
  }

  /** {@code validateHTTPGetAction} after {@code SetDefaults_HTTPGetAction} (path "/", scheme HTTP). */
  private static void httpGet(HTTPGetAction http, FieldPath path, Violations v) {
    portNumOrName(http.port().orElse(IntOrString.of(0)), path.child("port"), v);
    String scheme = http.scheme().filter(s -> !s.isEmpty()).orElse("HTTP");
    if (!SCHEMES.contains(scheme)) {
      v.add(PROBE_ACTION, path.child("scheme"), oneOf(SCHEMES, scheme));
    }
    for (HTTPHeader header : http.httpHeaders()) {
      String name = header.name().orElse("");
      for (String msg : Syntax.isHttpHeaderName(name)) {
        v.add(PROBE_ACTION, path.child("httpHeaders"), msg + " (was " + quote(name) + ")");
      }
    }
  }

  /** {@code ValidatePortNumOrName}. */
  private static void portNumOrName(IntOrString port, FieldPath path, Violations v) {
    if (port.isInt()) {
      portNumber(port.intValue(), path, v);
    } else {
      for (String msg : Syntax.isValidPortName(port.strValue())) {
        v.add(PORT_NAME_SYNTAX, path, msg + " (was " + quote(port.strValue()) + ")");
      }
    }
  }

  /**
   * {@code validateLifecycle} on the untyped {@code lifecycle} field: each hook has exactly one handler
   * (exec, httpGet, tcpSocket, sleep), and a sleep lasts 1 to {@code gracePeriod} seconds (zero needs an
   * alpha feature in 1.32).
   */
  private static void lifecycle(Fields containerExtra, long gracePeriod, FieldPath path, Violations v) {
    Map<String, Object> lifecycle = Untyped.map(containerExtra, "lifecycle");
    if (lifecycle == null) {
      return;
    }
    for (String hook : List.of("postStart", "preStop")) {
      Map<String, Object> handler = Untyped.map(lifecycle, hook);
      if (handler == null) {
        continue;
      }
      FieldPath p = path.child(hook);
      int handlers = 0;
      for (String kind : List.of("exec", "httpGet", "tcpSocket", "sleep")) {
        Map<String, Object> action = Untyped.map(handler, kind);
        if (action == null) {
          continue;
        }
        handlers = handler(handlers, p.child(kind), v);
        if (handlers > 1) {
          continue;
        }
        switch (kind) {
          case "exec" -> {
            List<Object> command = Untyped.list(action, "command");
            if (command == null || command.isEmpty()) {
              v.add(PROBE_ACTION, p.child("exec", "command"), "is required");
            }
          }
          case "httpGet" -> lifecycleHttpGet(action, p.child("httpGet"), v);
          case "tcpSocket" -> untypedPort(action.get("port"), p.child("tcpSocket", "port"), v);
          default -> {
            Long seconds = Untyped.integer(action, "seconds");
            long s = seconds == null ? 0 : seconds;
            if (s <= 0 || s > gracePeriod) {
              v.add(LIFECYCLE_SLEEP, p.child("sleep"), "must be greater than 0 and at most terminationGracePeriodSeconds "
                  + gracePeriod + " (was " + s + ")");
            }
          }
        }
      }
      if (handlers == 0) {
        v.add(PROBE_HANDLER, p, "must name one handler: exec, httpGet, tcpSocket or sleep");
      }
    }
  }

  private static void lifecycleHttpGet(Map<String, Object> http, FieldPath path, Violations v) {
    untypedPort(http.get("port"), path.child("port"), v);
    String scheme = Objects.requireNonNullElse(Untyped.string(http, "scheme"), "");
    if (!scheme.isEmpty() && !SCHEMES.contains(scheme)) {
      v.add(PROBE_ACTION, path.child("scheme"), oneOf(SCHEMES, scheme));
    }
    List<Object> headers = Untyped.list(http, "httpHeaders");
    if (headers != null) {
      for (Object h : headers) {
        String name = Objects.requireNonNullElse(Untyped.string(h, "name"), "");
        for (String msg : Syntax.isHttpHeaderName(name)) {
          v.add(PROBE_ACTION, path.child("httpHeaders"), msg + " (was " + quote(name) + ")");
        }
      }
    }
  }

  private static void untypedPort(Object port, FieldPath path, Violations v) {
    if (port instanceof String s) {
      portNumOrName(IntOrString.of(s), path, v);
    } else {
      Long n = Untyped.integer(port);
      portNumber(n == null ? 0 : n, path, v);
    }
  }

  /** {@code ValidateSecurityContext} for one container. */
  private static void securityContext(SecurityContext sc, FieldPath path, Violations v) {
    sc.runAsUser().ifPresent(u -> PodValidation.id(u, path.child("runAsUser"), v));
    sc.runAsGroup().ifPresent(g -> PodValidation.id(g, path.child("runAsGroup"), v));
    // procMount is not checked: the ProcMountType feature is off in 1.32, so the API server drops the field.
    PodValidation.seccompProfile(Untyped.map(sc.extra(), "seccompProfile"), path.child("seccompProfile"),
        SECURITY_CONTEXT, v);
    if (sc.allowPrivilegeEscalation().isPresent() && !sc.allowPrivilegeEscalation().get()) {
      if (sc.privileged().orElse(false)) {
        v.add(SECURITY_CONTEXT, path, "must not set allowPrivilegeEscalation to false and privileged to true");
      }
      if (sc.capabilities().isPresent()) {
        for (String cap : sc.capabilities().get().add()) {
          if (cap.equals("CAP_SYS_ADMIN")) {
            v.add(SECURITY_CONTEXT, path,
                "must not set allowPrivilegeEscalation to false and add capability CAP_SYS_ADMIN");
          }
        }
      }
    }
    PodValidation.appArmorProfile(Untyped.map(sc.extra(), "appArmorProfile"), path.child("appArmorProfile"),
        SECURITY_CONTEXT, v);
  }

  /** Whether the pod has an init or regular container named {@code name}. */
  static boolean hasContainer(PodSpec spec, String name) {
    List<Container> all = new ArrayList<>(spec.initContainers());
    all.addAll(spec.containers());
    for (Container c : all) {
      if (c.name().orElse("").equals(name)) {
        return true;
      }
    }
    List<Object> ephemeral = Untyped.list(spec.extra(), "ephemeralContainers");
    if (ephemeral != null) {
      for (Object e : ephemeral) {
        if (name.equals(Untyped.string(e, "name"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Visits init containers then containers with their paths ({@code VisitContainersWithPath}). */
  static void forEachContainer(PodSpec spec, FieldPath specPath, BiConsumer<Container, FieldPath> visitor) {
    for (int i = 0; i < spec.initContainers().size(); i++) {
      visitor.accept(spec.initContainers().get(i), specPath.child("initContainers").index(i));
    }
    for (int i = 0; i < spec.containers().size(); i++) {
      visitor.accept(spec.containers().get(i), specPath.child("containers").index(i));
    }
  }
}
