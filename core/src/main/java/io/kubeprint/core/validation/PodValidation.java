package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.PodDNSConfig;
import io.kubeprint.core.pod.PodSecurityContext;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.workload.Pod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rules for pod specs, pod templates and their containers ({@code pkg/apis/core/validation}:
 * {@code ValidatePodSpec}, {@code ValidatePodTemplateSpec}, {@code ValidatePodCreate} and the functions they
 * call), applied after the defaulting the API server runs first ({@code pkg/apis/core/v1/defaults.go}:
 * {@code restartPolicy} Always, {@code dnsPolicy} ClusterFirst, {@code terminationGracePeriodSeconds} 30,
 * port protocol TCP, probe timings 1/10/1/3, a volume without a source is an {@code emptyDir}, and, in Pods
 * only, host ports equal to container ports under {@code hostNetwork}).
 *
 * <p>Every rule of the pod area is declared here, so the catalogue finds it; the checks live in this class
 * and in {@link ContainerChecks}, {@link VolumeChecks} and {@link SchedulingChecks}.
 */
final class PodValidation {
  // Containers ------------------------------------------------------------------------------------------------
  /** {@code validateContainers}. */
  static final Rule CONTAINERS_REQUIRED = Rule.of("containers-required", "validateContainers",
      "a pod has at least one container");
  /** {@code validateContainerCommon}: name required and a DNS-1123 label. */
  static final Rule CONTAINER_NAME = Rule.of("container-name", "validateContainerCommon",
      "a container has a name that is a DNS-1123 label");
  /** {@code validateContainers} and {@code validateInitContainers}: unique names. */
  static final Rule CONTAINER_NAME_DUPLICATE = Rule.of("container-name-duplicate", "validateInitContainers",
      "container names are unique across containers and initContainers");
  /** {@code validateContainerCommon}: image required. */
  static final Rule IMAGE_REQUIRED = Rule.of("image-required", "validateContainerCommon",
      "a container has an image");
  /** {@code validateContainerOnlyForPod}. */
  static final Rule IMAGE_WHITESPACE = Rule.of("image-whitespace", "validateContainerOnlyForPod",
      "in a Pod, an image has no leading or trailing whitespace");
  /** {@code validatePullPolicy}. */
  static final Rule IMAGE_PULL_POLICY = Rule.of("image-pull-policy", "validatePullPolicy",
      "imagePullPolicy is Always, IfNotPresent or Never");
  /** {@code validateContainerCommon}: terminationMessagePolicy. */
  static final Rule TERMINATION_MESSAGE_POLICY = Rule.of("termination-message-policy", "validateContainerCommon",
      "terminationMessagePolicy is File or FallbackToLogsOnError");
  /** {@code validateContainerPorts}: containerPort required. */
  static final Rule CONTAINER_PORT_REQUIRED = Rule.of("container-port-required", "validateContainerPorts",
      "a container port has a containerPort");
  /** {@code IsValidPortNum}: containerPort, hostPort and probe ports. */
  static final Rule PORT_RANGE = Rule.of("port-range", "IsValidPortNum",
      "a port number is between 1 and 65535");
  /** {@code IsValidPortName}: container port names and named probe ports. */
  static final Rule PORT_NAME_SYNTAX = Rule.of("port-name-syntax", "IsValidPortName",
      "a port name is an IANA service name: at most 15 of [a-z0-9-], a letter, no '--', no '-' at either end");
  /** {@code validateContainerPorts}: names unique within one container. */
  static final Rule PORT_NAME_DUPLICATE = Rule.of("port-name-duplicate", "validateContainerPorts",
      "port names are unique within a container");
  /** {@code validateContainerPorts}: protocol. */
  static final Rule PORT_PROTOCOL = Rule.of("port-protocol", "validateContainerPorts",
      "a container port's protocol is TCP (the default), UDP or SCTP");
  /** {@code AccumulateUniqueHostPorts}. */
  static final Rule HOST_PORT_CONFLICT = Rule.of("host-port-conflict", "AccumulateUniqueHostPorts",
      "no two containers bind the same protocol, hostIP and hostPort");
  /** {@code validatePodHostNetworkDeps}. */
  static final Rule HOST_NETWORK_HOST_PORT = Rule.of("host-network-host-port", "validatePodHostNetworkDeps",
      "with hostNetwork, a hostPort that is set equals the containerPort");
  /** {@code ValidateEnv}. */
  static final Rule ENV_NAME = Rule.of("env-name", "ValidateEnv",
      "an env var has a name of printable ASCII characters other than '='");
  /** {@code validateEnvVarValueFrom}. */
  static final Rule ENV_VALUE_FROM = Rule.of("env-value-from", "validateEnvVarValueFrom",
      "valueFrom names exactly one source, and then value is empty");
  /** {@code validateConfigMapKeySelector} and {@code validateSecretKeySelector}. */
  static final Rule ENV_KEY_REF = Rule.of("env-key-ref", "validateConfigMapKeySelector",
      "configMapKeyRef and secretKeyRef name a DNS subdomain and a valid config key");
  /** {@code validateObjectFieldSelector}. */
  static final Rule ENV_FIELD_REF = Rule.of("env-field-ref", "validateObjectFieldSelector",
      "fieldRef reads a supported v1 field path");
  /** {@code validateContainerResourceFieldSelector}. */
  static final Rule ENV_RESOURCE_FIELD_REF = Rule.of("env-resource-field-ref",
      "validateContainerResourceFieldSelector",
      "resourceFieldRef reads a supported resource with a supported divisor");
  /** {@code ValidateEnvFrom}. */
  static final Rule ENV_FROM = Rule.of("env-from", "ValidateEnvFrom",
      "an envFrom entry names exactly one of configMapRef or secretRef, by a valid name, with a valid prefix");
  /** {@code validateContainerResourceName}. */
  static final Rule RESOURCE_NAME = Rule.of("resource-name", "validateContainerResourceName",
      "a container resource is cpu, memory, ephemeral-storage, hugepages-<size> or a qualified extended resource");
  /** {@code ValidateResourceQuantityValue}. */
  static final Rule RESOURCE_QUANTITY = Rule.of("resource-quantity", "ValidateResourceQuantityValue",
      "a resource quantity is well-formed, not negative, and whole for extended resources");
  /** {@code validateResourceRequirements}. */
  static final Rule RESOURCE_REQUEST_LIMIT = Rule.of("resource-request-limit", "validateResourceRequirements",
      "a request is at most its limit; extended resources and hugepages need a limit equal to the request");
  /** {@code validateResourceQuantityHugePageValue}. */
  static final Rule HUGEPAGES = Rule.of("hugepages", "validateResourceQuantityHugePageValue",
      "hugepages are a whole multiple of the page size and come with cpu or memory");
  /** {@code validateHandler}. */
  static final Rule PROBE_HANDLER = Rule.of("probe-handler", "validateHandler",
      "a probe or lifecycle hook has exactly one handler: exec, httpGet, tcpSocket or grpc (sleep for hooks)");
  /** {@code validateExecAction}, {@code validateHTTPGetAction}. */
  static final Rule PROBE_ACTION = Rule.of("probe-action", "validateHTTPGetAction",
      "exec has a command; httpGet has scheme HTTP or HTTPS and valid header names");
  /** {@code validateProbe}. */
  static final Rule PROBE_TIMING = Rule.of("probe-timing", "validateProbe",
      "probe delays, periods and thresholds are not negative; terminationGracePeriodSeconds is positive");
  /** {@code validateLivenessProbe} and {@code validateStartupProbe}. */
  static final Rule PROBE_SUCCESS_THRESHOLD = Rule.of("probe-success-threshold", "validateLivenessProbe",
      "liveness and startup probes have successThreshold 1");
  /** {@code validateReadinessProbe}. */
  static final Rule READINESS_PROBE_GRACE_PERIOD = Rule.of("readiness-probe-grace-period",
      "validateReadinessProbe", "a readiness probe has no terminationGracePeriodSeconds");
  /** {@code validateInitContainers}: no lifecycle or probes on init containers that are not sidecars. */
  static final Rule INIT_CONTAINER_PROBE = Rule.of("init-container-probe", "validateInitContainers",
      "an init container without restartPolicy Always has no lifecycle and no probes");
  /** {@code validateInitContainerRestartPolicy} and {@code validateContainers}. */
  static final Rule CONTAINER_RESTART_POLICY = Rule.of("container-restart-policy",
      "validateInitContainerRestartPolicy",
      "only an init container has a restartPolicy, and it is Always");
  /** {@code validateLifecycle} and {@code validateSleepAction}. */
  static final Rule LIFECYCLE_SLEEP = Rule.of("lifecycle-sleep", "validateSleepAction",
      "a sleep hook lasts more than 0 seconds and at most terminationGracePeriodSeconds");
  /** {@code IsValidUserID} and {@code IsValidGroupID}. */
  static final Rule SECURITY_CONTEXT_ID = Rule.of("security-context-id", "IsValidUserID",
      "runAsUser, runAsGroup, fsGroup and supplementalGroups are between 0 and 2147483647");
  /** {@code ValidateSecurityContext}. */
  static final Rule SECURITY_CONTEXT = Rule.of("security-context", "ValidateSecurityContext",
      "a container securityContext is consistent: seccomp and AppArmor profiles, privilege escalation");
  /** {@code validatePodSpecSecurityContext}. */
  static final Rule POD_SECURITY_CONTEXT = Rule.of("pod-security-context", "validatePodSpecSecurityContext",
      "a pod securityContext is consistent: sysctls, fsGroupChangePolicy, seccomp and AppArmor profiles");

  // Volumes and mounts ----------------------------------------------------------------------------------------
  /** {@code ValidateVolumes}: name. */
  static final Rule VOLUME_NAME = Rule.of("volume-name", "ValidateVolumes",
      "a volume has a name that is a DNS-1123 label");
  /** {@code ValidateVolumes}: unique names. */
  static final Rule VOLUME_NAME_DUPLICATE = Rule.of("volume-name-duplicate", "ValidateVolumes",
      "volume names are unique in a pod");
  /** {@code validateVolumeSource}: one source. */
  static final Rule VOLUME_SOURCE = Rule.of("volume-source", "validateVolumeSource",
      "a volume has at most one source (none means emptyDir)");
  /** The required fields of {@code validateSecretVolumeSource}, {@code validateConfigMapVolumeSource}, ... */
  static final Rule VOLUME_SOURCE_FIELD = Rule.of("volume-source-field", "validateVolumeSource",
      "a volume source has its required fields: secretName, configMap name, claimName, hostPath path, nfs server and absolute path, csi driver");
  /** {@code validateKeyToPath} and {@code ValidateLocalNonReservedPath}. */
  static final Rule VOLUME_ITEM = Rule.of("volume-item", "validateKeyToPath",
      "a projected item has a key and a relative path without '..'");
  /** {@code fileModeErrorMsg} checks. */
  static final Rule FILE_MODE = Rule.of("file-mode", "validateSecretVolumeSource",
      "mode and defaultMode are between 0 and 0777 (octal)");
  /** {@code validateVolumeSource}: emptyDir.sizeLimit. */
  static final Rule EMPTY_DIR_SIZE_LIMIT = Rule.of("empty-dir-size-limit", "validateVolumeSource",
      "an emptyDir sizeLimit is a quantity that is not negative");
  /** {@code validateDownwardAPIVolumeFile} and {@code validateProjectionSources}. */
  static final Rule PROJECTED_VOLUME = Rule.of("projected-volume", "validateProjectionSources",
      "projected and downwardAPI volumes: one source per entry, valid files, unique paths");
  /** {@code ValidateVolumeMounts}: name. */
  static final Rule VOLUME_MOUNT_NAME = Rule.of("volume-mount-name", "ValidateVolumeMounts",
      "a volume mount names a volume of the pod");
  /** {@code ValidateVolumeMounts}: mountPath. */
  static final Rule VOLUME_MOUNT_PATH = Rule.of("volume-mount-path", "ValidateVolumeMounts",
      "a volume mount has a mountPath, unique within the container");
  /** {@code validateLocalDescendingPath} on subPath and subPathExpr. */
  static final Rule VOLUME_MOUNT_SUB_PATH = Rule.of("volume-mount-sub-path", "validateLocalDescendingPath",
      "subPath is a relative path without '..'; subPath and subPathExpr exclude each other");
  /** {@code validateMountPropagation}. */
  static final Rule MOUNT_PROPAGATION = Rule.of("mount-propagation", "validateMountPropagation",
      "mountPropagation is None, HostToContainer or Bidirectional, the last only for privileged containers");
  /** {@code ValidateVolumeDevices}. */
  static final Rule VOLUME_DEVICE = Rule.of("volume-device", "ValidateVolumeDevices",
      "a volume device names a claim volume, with a unique devicePath not used by a mount");

  // Pod spec --------------------------------------------------------------------------------------------------
  /** {@code validateRestartPolicy}. */
  static final Rule RESTART_POLICY_UNSUPPORTED = Rule.of("restart-policy-unsupported", "validateRestartPolicy",
      "restartPolicy is Always (the default), OnFailure or Never");
  /** {@code ValidatePodTemplateSpecForReplicaSet} and {@code validateJobSpec}: the owner's allowed policies. */
  static final Rule RESTART_POLICY_NOT_ALLOWED = Rule.of("restart-policy-not-allowed",
      "ValidatePodTemplateSpecForReplicaSet",
      "a template's restartPolicy is one its owner allows: Always for ReplicaSets and Deployments, OnFailure or Never for Jobs");
  /** {@code validateDNSPolicy}. */
  static final Rule DNS_POLICY = Rule.of("dns-policy", "validateDNSPolicy",
      "dnsPolicy is ClusterFirst (the default), ClusterFirstWithHostNet, Default or None");
  /** {@code validatePodDNSConfig}. */
  static final Rule DNS_CONFIG = Rule.of("dns-config", "validatePodDNSConfig",
      "dnsConfig has at most 3 IP nameservers (one at least with dnsPolicy None), 32 search domains, named options");
  /** {@code ValidateTolerations}: operator, key and value. */
  static final Rule TOLERATION_OPERATOR = Rule.of("toleration-operator", "ValidateTolerations",
      "a toleration's operator is Equal (the default) with a label value, or Exists with no value; no key needs Exists");
  /** {@code ValidateTolerations}: effect. */
  static final Rule TOLERATION_EFFECT = Rule.of("toleration-effect", "ValidateTolerations",
      "a toleration's effect is NoSchedule, PreferNoSchedule or NoExecute; tolerationSeconds needs NoExecute");
  /** {@code ValidateServiceAccountName}. */
  static final Rule SERVICE_ACCOUNT_NAME = Rule.of("service-account-name", "ValidateServiceAccountName",
      "serviceAccountName is a DNS subdomain");
  /** {@code ValidateNodeName}. */
  static final Rule NODE_NAME = Rule.of("node-name", "ValidateNodeName", "nodeName is a DNS subdomain");
  /** {@code ValidatePodSpec}: hostname and subdomain. */
  static final Rule HOSTNAME = Rule.of("hostname-syntax", "ValidatePodSpec",
      "hostname and subdomain are DNS-1123 labels");
  /** {@code ValidatePriorityClassName}. */
  static final Rule PRIORITY_CLASS_NAME = Rule.of("priority-class-name", "ValidatePriorityClassName",
      "priorityClassName is a DNS subdomain");
  /** {@code ValidateRuntimeClassName}. */
  static final Rule RUNTIME_CLASS_NAME = Rule.of("runtime-class-name", "ValidateRuntimeClassName",
      "runtimeClassName is a DNS subdomain");
  /** {@code ValidatePreemptionPolicy}. */
  static final Rule PREEMPTION_POLICY = Rule.of("preemption-policy", "ValidatePreemptionPolicy",
      "preemptionPolicy is PreemptLowerPriority or Never");
  /** {@code ValidatePodSpec}: activeDeadlineSeconds. */
  static final Rule ACTIVE_DEADLINE_SECONDS = Rule.of("active-deadline-seconds", "ValidatePodSpec",
      "activeDeadlineSeconds is between 1 and 2147483647");
  /** {@code validateImagePullSecrets}. */
  static final Rule IMAGE_PULL_SECRET = Rule.of("image-pull-secret", "validateImagePullSecrets",
      "an imagePullSecrets entry has only a name");
  /** {@code validateAffinity}. */
  static final Rule AFFINITY = Rule.of("affinity", "validateAffinity",
      "node and pod (anti-)affinity terms are well-formed: operators, keys, value counts, weights 1..100, topologyKey");
  /** {@code validateTopologySpreadConstraints}. */
  static final Rule TOPOLOGY_SPREAD = Rule.of("topology-spread-constraint", "validateTopologySpreadConstraints",
      "a topology spread constraint has maxSkew > 0, a topologyKey, a known whenUnsatisfiable, and is not repeated");
  /** {@code ValidateHostAliases}. */
  static final Rule HOST_ALIAS = Rule.of("host-alias", "ValidateHostAliases",
      "a host alias has an IP address and DNS subdomain hostnames");
  /** {@code validateReadinessGates} and {@code validateSchedulingGates}. */
  static final Rule POD_GATE = Rule.of("pod-gate", "validateSchedulingGates",
      "readiness gate condition types and scheduling gate names are qualified names; scheduling gates are unique");
  /** {@code validateOS}, {@code validateLinux}, {@code validateWindows}. */
  static final Rule POD_OS = Rule.of("pod-os", "validateOS",
      "os.name is linux or windows, and the pod sets no field the other OS owns");
  /** {@code ValidatePodSpecificAnnotations}. */
  /** {@code validateWindowsHostProcessPod}. */
  static final Rule WINDOWS_HOST_PROCESS = Rule.of("windows-host-process", "validateWindowsHostProcessPod",
      "a pod with a hostProcess container has hostNetwork and only hostProcess containers; pod and container settings agree");
  static final Rule POD_ANNOTATION = Rule.of("pod-annotation", "ValidatePodSpecificAnnotations",
      "pod annotations the API server reads are valid: deletion cost, seccomp and AppArmor profiles, mirror pods");

  private static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
  private static final List<String> DNS_POLICIES = List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");
  private static final int MAX_DNS_NAMESERVERS = 3;
  private static final int MAX_DNS_SEARCH_PATHS = 32;
  private static final int MAX_DNS_SEARCH_LIST_CHARS = 2048;
  private static final long DEFAULT_GRACE_PERIOD = 30;

  /** Where a pod spec sits: in a Pod, or in a template (PodTemplate, ReplicaSet, Deployment, Job). */
  enum Context {
    /** A Pod object: pod-only defaulting and checks ({@code opts.ResourceIsPod}). */
    POD,
    /** A pod template embedded in another object. */
    TEMPLATE
  }

  /**
   * What the container checks need to know about the pod they are in.
   *
   * @param context pod or template
   * @param volumes the pod's volumes that passed validation, by name ({@code ValidateVolumes}' map)
   * @param gracePeriod {@code terminationGracePeriodSeconds} after defaulting
   * @param hostNetwork {@code hostNetwork}
   */
  record PodScope(Context context, Map<String, Volume> volumes, long gracePeriod, boolean hostNetwork) {
    boolean isPod() {
      return context == Context.POD;
    }
  }

  private PodValidation() {}

  /** Checks a pod spec embedded in a template; same as {@code podSpec(spec, path, v, Context.TEMPLATE)}. */
  static void podSpec(PodSpec spec, FieldPath path, Violations v) {
    podSpec(spec, path, v, Context.TEMPLATE);
  }

  /**
   * Checks a pod spec at {@code path} ({@code spec} of a Pod, {@code spec.template.spec} of a Deployment).
   * Upstream: {@code ValidatePodSpec} (and for {@link Context#POD} the container checks of
   * {@code validatePodMetadataAndSpec}).
   */
  static void podSpec(PodSpec spec, FieldPath path, Violations v, Context context) {
    Fields extra = spec.extra();
    long gracePeriod = spec.terminationGracePeriodSeconds().orElse(DEFAULT_GRACE_PERIOD);
    boolean hostNetwork = spec.hostNetwork().orElse(false);
    Map<String, Volume> volumes = VolumeChecks.volumes(spec.volumes(), path.child("volumes"), v);
    PodScope scope = new PodScope(context, volumes, gracePeriod, hostNetwork);
    ContainerChecks.containers(spec.containers(), scope, path.child("containers"), v);
    ContainerChecks.initContainers(spec.initContainers(), spec.containers(), scope, path.child("initContainers"), v);
    ContainerChecks.hostNetworkPorts(spec.containers(), scope, path.child("containers"), v);

    String restartPolicy = spec.restartPolicy().filter(s -> !s.isEmpty()).orElse("Always");
    if (!RESTART_POLICIES.contains(restartPolicy)) {
      v.add(RESTART_POLICY_UNSUPPORTED, path.child("restartPolicy"), oneOf(RESTART_POLICIES, restartPolicy));
    }
    String dnsPolicy = spec.dnsPolicy().filter(s -> !s.isEmpty()).orElse("ClusterFirst");
    if (!DNS_POLICIES.contains(dnsPolicy)) {
      v.add(DNS_POLICY, path.child("dnsPolicy"), oneOf(DNS_POLICIES, dnsPolicy));
    }
    MetaValidation.labels(spec.nodeSelector(), path.child("nodeSelector"), v);
    podSecurityContext(spec, path.child("securityContext"), v);
    imagePullSecrets(spec.imagePullSecrets(), path.child("imagePullSecrets"), v);
    spec.affinity().ifPresent(a -> SchedulingChecks.affinity(a, path.child("affinity"), v));
    dnsConfig(spec.dnsConfig().orElse(null), dnsPolicy, path.child("dnsConfig"), v);
    gates(extra, path, v);
    SchedulingChecks.topologySpreadConstraints(Untyped.list(extra, "topologySpreadConstraints"),
        path.child("topologySpreadConstraints"), v);

    String serviceAccount = spec.serviceAccountName().filter(s -> !s.isEmpty())
        .orElse(Objects.requireNonNullElse(Untyped.string(extra, "serviceAccount"), ""));
    if (!serviceAccount.isEmpty()) {
      dnsSubdomain(SERVICE_ACCOUNT_NAME, serviceAccount, path.child("serviceAccountName"), v);
    }
    ServiceAccountValidation.deprecatedField(spec.serviceAccountName().orElse(null), extra, path, v);
    String nodeName = Untyped.string(extra, "nodeName");
    if (nodeName != null && !nodeName.isEmpty()) {
      dnsSubdomain(NODE_NAME, nodeName, path.child("nodeName"), v);
    }
    spec.activeDeadlineSeconds().ifPresent(d -> {
      if (d < 1 || d > Integer.MAX_VALUE) {
        v.add(ACTIVE_DEADLINE_SECONDS, path.child("activeDeadlineSeconds"),
            Syntax.inclusiveRangeError(1, Integer.MAX_VALUE) + " (was " + d + ")");
      }
    });
    String hostname = spec.hostname().orElse("");
    if (!hostname.isEmpty()) {
      for (String msg : Syntax.isDns1123Label(hostname)) {
        v.add(HOSTNAME, path.child("hostname"), msg + " (was " + quote(hostname) + ")");
      }
    }
    String subdomain = Untyped.string(extra, "subdomain");
    if (subdomain != null && !subdomain.isEmpty()) {
      for (String msg : Syntax.isDns1123Label(subdomain)) {
        v.add(HOSTNAME, path.child("subdomain"), msg + " (was " + quote(subdomain) + ")");
      }
    }
    SchedulingChecks.tolerations(spec.tolerations(), path.child("tolerations"), v);
    hostAliases(Untyped.list(extra, "hostAliases"), path.child("hostAliases"), v);
    String priorityClass = spec.priorityClassName().orElse("");
    if (!priorityClass.isEmpty()) {
      dnsSubdomain(PRIORITY_CLASS_NAME, priorityClass, path.child("priorityClassName"), v);
    }
    String runtimeClass = Untyped.string(extra, "runtimeClassName");
    if (runtimeClass != null) {
      dnsSubdomain(RUNTIME_CLASS_NAME, runtimeClass, path.child("runtimeClassName"), v);
    }
    String preemption = Untyped.string(extra, "preemptionPolicy");
    if (preemption != null) {
      List<String> allowed = List.of("PreemptLowerPriority", "Never");
      if (!allowed.contains(preemption)) {
        v.add(PREEMPTION_POLICY, path.child("preemptionPolicy"), oneOf(allowed, preemption));
      }
    }
    windowsHostProcess(spec, path, v);
    os(spec, path, v);
    if (context == Context.POD) {
      ContainerChecks.imageWhitespace(spec.containers(), path.child("containers"), v);
      ContainerChecks.imageWhitespace(spec.initContainers(), path.child("initContainers"), v);
    }
  }

  /**
   * Checks a pod template at {@code path} ({@code spec.template} of a Deployment or ReplicaSet,
   * {@code template} of a PodTemplate, {@code spec.jobTemplate.spec.template} of a CronJob): its labels and
   * annotations (reported at {@code <path>.labels} and {@code <path>.annotations}, as upstream), the pod
   * annotations the API server reads, and the spec at {@code <path>.spec}. Upstream:
   * {@code ValidatePodTemplateSpec}.
   */
  static void podTemplateSpec(PodTemplateSpec template, FieldPath path, Violations v) {
    ObjectMeta meta = template.metadata();
    MetaValidation.labels(meta.labels(), path.child("labels"), v);
    MetaValidation.annotations(meta.annotations(), path.child("annotations"), v);
    podAnnotations(meta.annotations(), template.spec(), path.child("annotations"), path.child("spec"), v);
    podSpec(template.spec(), path.child("spec"), v, Context.TEMPLATE);
  }

  /**
   * Checks a Pod: its metadata, the pod annotations the API server reads, and its spec with the pod-only
   * checks. Upstream: {@code validatePodMetadataAndSpec}; the rest of {@code ValidatePodCreate} (ephemeral
   * containers, {@code nodeName} with scheduling gates) is {@link WorkloadValidation}'s.
   */
  static void pod(Pod pod, Violations v) {
    MetaValidation.objectMeta(pod.metadata(), FieldPath.of("metadata"), v);
    podAnnotations(pod.metadata().annotations(), pod.spec(), FieldPath.of("metadata", "annotations"),
        FieldPath.of("spec"), v);
    podSpec(pod.spec(), FieldPath.of("spec"), v, Context.POD);
  }

  /**
   * Checks that a template's {@code restartPolicy} (after defaulting to Always) is one its owner allows,
   * reported at {@code <specPath>.restartPolicy}: {@code Set.of("Always")} for ReplicaSets and Deployments
   * ({@code ValidatePodTemplateSpecForReplicaSet}), {@code Set.of("OnFailure", "Never")} for Jobs
   * ({@code validateJobSpec}, where a missing policy is defaulted to Always and so refused).
   */
  static void templateRestartPolicy(PodSpec spec, FieldPath specPath, Set<String> allowed, Violations v) {
    String policy = spec.restartPolicy().filter(s -> !s.isEmpty()).orElse("Always");
    if (!allowed.contains(policy)) {
      List<String> sorted = RESTART_POLICIES.stream().filter(allowed::contains).toList();
      String was = spec.restartPolicy().filter(s -> !s.isEmpty()).isPresent()
          ? quote(policy) : "unset, which defaults to \"Always\"";
      v.add(RESTART_POLICY_NOT_ALLOWED, specPath.child("restartPolicy"),
          "must be " + (sorted.size() == 1 ? quote(sorted.get(0)) : "one of " + quoted(sorted)) + " here (was " + was + ")");
    }
  }

  /**
   * Checks the annotations the API server reads on pods and pod templates: the pod deletion cost, seccomp
   * profile annotations, AppArmor annotations (which must name a container of the pod) and the mirror-pod
   * annotation. Upstream: {@code ValidatePodSpecificAnnotations}.
   */
  static void podAnnotations(Map<String, String> annotations, PodSpec spec, FieldPath path, FieldPath specPath,
      Violations v) {
    String mirror = annotations.get("kubernetes.io/config.mirror");
    if (mirror != null) {
      String nodeName = Untyped.string(spec.extra(), "nodeName");
      if (nodeName == null || nodeName.isEmpty()) {
        v.add(POD_ANNOTATION, path.key("kubernetes.io/config.mirror"),
            "needs spec.nodeName to be set (was " + quote(mirror) + ")");
      }
    }
    String cost = annotations.get("controller.kubernetes.io/pod-deletion-cost");
    if (cost != null && !isInt32(cost)) {
      v.add(POD_ANNOTATION, path.key("controller.kubernetes.io/pod-deletion-cost"),
          "must be a 32-bit integer (was " + quote(cost) + ")");
    }
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String key = e.getKey();
      if (key.equals("seccomp.security.alpha.kubernetes.io/pod")
          || key.startsWith("container.seccomp.security.alpha.kubernetes.io/")) {
        seccompAnnotation(e.getValue(), path.child(key), v);
      }
      if (key.startsWith("container.apparmor.security.beta.kubernetes.io/")) {
        String container = key.substring("container.apparmor.security.beta.kubernetes.io/".length());
        if (!ContainerChecks.hasContainer(spec, container)) {
          v.add(POD_ANNOTATION, path.key(key), "must name a container of the pod (was " + quote(container) + ")");
        }
        String profile = e.getValue();
        if (!profile.isEmpty() && !profile.equals("runtime/default") && !profile.equals("unconfined")
            && !profile.startsWith("localhost/")) {
          v.add(POD_ANNOTATION, path.key(key), "must be runtime/default, unconfined or localhost/<profile> (was "
              + quote(profile) + ")");
        }
      }
    }
  }

  private static void seccompAnnotation(String profile, FieldPath path, Violations v) {
    if (profile.equals("runtime/default") || profile.equals("docker/default") || profile.equals("unconfined")) {
      return;
    }
    if (profile.startsWith("localhost/")) {
      for (String msg : Syntax.isLocalDescendingPath(profile.substring("localhost/".length()))) {
        v.add(POD_ANNOTATION, path, msg + " (was " + quote(profile) + ")");
      }
      return;
    }
    v.add(POD_ANNOTATION, path, "must be runtime/default, docker/default, unconfined or localhost/<path> (was "
        + quote(profile) + ")");
  }

  /** Go's {@code strconv.ParseInt(s, 10, 32)} after {@code validFirstDigit}: no '+', no leading zeros. */
  private static boolean isInt32(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    boolean validFirst = first == '-' || s.equals("0") || (first >= '1' && first <= '9');
    if (!validFirst) {
      return false;
    }
    try {
      Integer.parseInt(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void podSecurityContext(PodSpec spec, FieldPath path, Violations v) {
    Fields specExtra = spec.extra();
    Boolean share = Untyped.bool(specExtra, "shareProcessNamespace");
    Boolean hostPid = Untyped.bool(specExtra, "hostPID");
    if (Boolean.TRUE.equals(share) && Boolean.TRUE.equals(hostPid)) {
      // Upstream reports it at the spec's field, not under securityContext (validatePodSpecSecurityContext).
      v.add(POD_SECURITY_CONTEXT, path.parent().child("shareProcessNamespace"),
          "must not be true together with hostPID (was true)");
    }
    if (spec.securityContext().isEmpty()) {
      return;
    }
    PodSecurityContext sc = spec.securityContext().get();
    sc.fsGroup().ifPresent(g -> id(g, path.child("fsGroup"), v));
    sc.runAsUser().ifPresent(u -> id(u, path.child("runAsUser"), v));
    sc.runAsGroup().ifPresent(g -> id(g, path.child("runAsGroup"), v));
    for (int i = 0; i < sc.supplementalGroups().size(); i++) {
      id(sc.supplementalGroups().get(i), path.child("supplementalGroups").index(i), v);
    }
    Fields extra = sc.extra();
    List<Object> sysctls = Untyped.list(extra, "sysctls");
    if (sysctls != null) {
      sysctls(sysctls, spec.hostNetwork().orElse(false), Boolean.TRUE.equals(Untyped.bool(specExtra, "hostIPC")),
          path.child("sysctls"), v);
    }
    String fsGroupChangePolicy = Untyped.string(extra, "fsGroupChangePolicy");
    if (fsGroupChangePolicy != null) {
      List<String> allowed = List.of("Always", "OnRootMismatch");
      if (!allowed.contains(fsGroupChangePolicy)) {
        v.add(POD_SECURITY_CONTEXT, path.child("fsGroupChangePolicy"), oneOf(allowed, fsGroupChangePolicy));
      }
    }
    seccompProfile(Untyped.map(extra, "seccompProfile"), path.child("seccompProfile"), POD_SECURITY_CONTEXT, v);
    appArmorProfile(Untyped.map(extra, "appArmorProfile"), path.child("appArmorProfile"), POD_SECURITY_CONTEXT, v);
  }

  static void id(long id, FieldPath path, Violations v) {
    for (String msg : Syntax.isValidUserId(id)) {
      v.add(SECURITY_CONTEXT_ID, path, msg + " (was " + id + ")");
    }
  }

  private static void sysctls(List<Object> sysctls, boolean hostNetwork, boolean hostIpc, FieldPath path,
      Violations v) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < sysctls.size(); i++) {
      String name = Objects.requireNonNullElse(Untyped.string(sysctls.get(i), "name"), "");
      FieldPath p = path.index(i).child("name");
      if (name.isEmpty()) {
        v.add(POD_SECURITY_CONTEXT, p, "is required");
      } else if (!isSysctlName(name)) {
        v.add(POD_SECURITY_CONTEXT, p, "must have at most 253 characters and match regex "
            + "^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$ (was " + quote(name) + ")");
      } else if (names.contains(name)) {
        v.add(POD_SECURITY_CONTEXT, p, "must be unique (was " + quote(name) + " again)");
      }
      String normalized = name.replace('/', '.');
      boolean net = normalized.startsWith("net.");
      boolean ipc = normalized.startsWith("kernel.shm") || normalized.startsWith("kernel.msg")
          || normalized.equals("kernel.sem") || normalized.startsWith("fs.mqueue.");
      if (hostNetwork && net) {
        v.add(POD_SECURITY_CONTEXT, p, "must not be a net sysctl when hostNetwork is true (was " + quote(name) + ")");
      } else if (hostIpc && ipc) {
        v.add(POD_SECURITY_CONTEXT, p, "must not be an IPC sysctl when hostIPC is true (was " + quote(name) + ")");
      }
      names.add(name);
    }
  }

  private static boolean isSysctlName(String name) {
    if (name.length() > 253) {
      return false;
    }
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '.' || name.charAt(i) == '/') {
        if (!isSysctlSegment(name, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean isSysctlSegment(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean inner = c == '-' || c == '_';
      if (!alnum && !(inner && i != from && i != to - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a {@code seccompProfile}: type Localhost, RuntimeDefault or Unconfined, with a relative
   * {@code localhostProfile} exactly for Localhost. Upstream: {@code validateSeccompProfileField}.
   */
  static void seccompProfile(Map<String, Object> profile, FieldPath path, Rule rule, Violations v) {
    if (profile == null) {
      return;
    }
    String type = Objects.requireNonNullElse(Untyped.string(profile, "type"), "");
    Object localhost = profile.get("localhostProfile");
    List<String> types = List.of("Localhost", "RuntimeDefault", "Unconfined");
    if (type.isEmpty()) {
      v.add(rule, path.child("type"), "is required when seccompProfile is set");
    } else if (!types.contains(type)) {
      v.add(rule, path.child("type"), oneOf(types, type));
    }
    if (type.equals("Localhost")) {
      if (localhost == null) {
        v.add(rule, path.child("localhostProfile"), "is required when type is Localhost");
      } else {
        String lp = Objects.toString(localhost);
        for (String msg : Syntax.isLocalDescendingPath(lp)) {
          v.add(rule, path.child("localhostProfile"), msg + " (was " + quote(lp) + ")");
        }
      }
    } else if (localhost != null) {
      v.add(rule, path.child("localhostProfile"), "must be set only when type is Localhost (was "
          + quote(Objects.toString(localhost)) + ")");
    }
  }

  /**
   * Checks an {@code appArmorProfile}: type Localhost (with an unpadded {@code localhostProfile} of at most
   * 4095 characters), RuntimeDefault or Unconfined (without one). Upstream: {@code ValidateAppArmorProfileField}.
   */
  static void appArmorProfile(Map<String, Object> profile, FieldPath path, Rule rule, Violations v) {
    if (profile == null) {
      return;
    }
    String type = Objects.requireNonNullElse(Untyped.string(profile, "type"), "");
    Object localhost = profile.get("localhostProfile");
    switch (type) {
      case "Localhost" -> {
        if (localhost == null) {
          v.add(rule, path.child("localhostProfile"), "is required when type is Localhost");
        } else {
          String lp = Objects.toString(localhost);
          if (!lp.strip().equals(lp)) {
            v.add(rule, path.child("localhostProfile"), "must not be padded with whitespace (was " + quote(lp) + ")");
          } else if (lp.isEmpty()) {
            v.add(rule, path.child("localhostProfile"), "is required when type is Localhost");
          }
          if (lp.length() > 4095) {
            v.add(rule, path.child("localhostProfile"),
                "must be no more than 4095 characters (was " + lp.length() + " characters)");
          }
        }
      }
      case "RuntimeDefault", "Unconfined" -> {
        if (localhost != null) {
          v.add(rule, path.child("localhostProfile"), "must be set only when type is Localhost (was "
              + quote(Objects.toString(localhost)) + ")");
        }
      }
      case "" -> v.add(rule, path.child("type"), "is required when appArmorProfile is set");
      default -> v.add(rule, path.child("type"), oneOf(List.of("Localhost", "RuntimeDefault", "Unconfined"), type));
    }
  }

  private static void imagePullSecrets(List<LocalObjectReference> secrets, FieldPath path, Violations v) {
    for (int i = 0; i < secrets.size(); i++) {
      LocalObjectReference ref = secrets.get(i);
      if (!ref.extra().isEmpty()) {
        v.add(IMAGE_PULL_SECRET, path.index(i), "must set only name (was also " + String.join(", ",
            ref.extra().asMap().keySet()) + ")");
      }
    }
  }

  private static void dnsConfig(PodDNSConfig config, String dnsPolicy, FieldPath path, Violations v) {
    if (dnsPolicy.equals("None")) {
      if (config == null) {
        v.add(DNS_CONFIG, path, "is required when dnsPolicy is None");
        return;
      }
      if (config.nameservers().isEmpty()) {
        v.add(DNS_CONFIG, path.child("nameservers"), "must hold at least one nameserver when dnsPolicy is None");
        return;
      }
    }
    if (config == null) {
      return;
    }
    if (config.nameservers().size() > MAX_DNS_NAMESERVERS) {
      v.add(DNS_CONFIG, path.child("nameservers"), "must hold at most " + MAX_DNS_NAMESERVERS
          + " nameservers (was " + config.nameservers().size() + ")");
    }
    for (int i = 0; i < config.nameservers().size(); i++) {
      String ns = config.nameservers().get(i);
      for (String msg : Syntax.isValidIp(ns)) {
        v.add(DNS_CONFIG, path.child("nameservers").index(i), msg + " (was " + quote(ns) + ")");
      }
    }
    List<String> searches = config.searches();
    if (searches.size() > MAX_DNS_SEARCH_PATHS) {
      v.add(DNS_CONFIG, path.child("searches"), "must hold at most " + MAX_DNS_SEARCH_PATHS
          + " search paths (was " + searches.size() + ")");
    }
    int chars = String.join(" ", searches).length();
    if (chars > MAX_DNS_SEARCH_LIST_CHARS) {
      v.add(DNS_CONFIG, path.child("searches"), "must have at most " + MAX_DNS_SEARCH_LIST_CHARS
          + " characters including spaces (was " + chars + ")");
    }
    for (int i = 0; i < searches.size(); i++) {
      String search = searches.get(i);
      String trimmed = search.endsWith(".") ? search.substring(0, search.length() - 1) : search;
      for (String msg : Syntax.isDns1123Subdomain(trimmed)) {
        v.add(DNS_CONFIG, path.child("searches").index(i), msg + " (was " + quote(search) + ")");
      }
    }
    for (int i = 0; i < config.options().size(); i++) {
      if (config.options().get(i).name().orElse("").isEmpty()) {
        v.add(DNS_CONFIG, path.child("options").index(i), "must have a name");
      }
    }
  }

  private static void gates(Fields extra, FieldPath path, Violations v) {
    List<Object> readinessGates = Untyped.list(extra, "readinessGates");
    if (readinessGates != null) {
      for (int i = 0; i < readinessGates.size(); i++) {
        String type = Objects.requireNonNullElse(Untyped.string(readinessGates.get(i), "conditionType"), "");
        for (String msg : Syntax.isQualifiedName(type)) {
          v.add(POD_GATE, path.child("readinessGates").index(i).child("conditionType"), msg + " (was "
              + quote(type) + ")");
        }
      }
    }
    List<Object> schedulingGates = Untyped.list(extra, "schedulingGates");
    if (schedulingGates != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < schedulingGates.size(); i++) {
        String name = Objects.requireNonNullElse(Untyped.string(schedulingGates.get(i), "name"), "");
        FieldPath p = path.child("schedulingGates").index(i);
        for (String msg : Syntax.isQualifiedName(name)) {
          v.add(POD_GATE, p, msg + " (was " + quote(name) + ")");
        }
        if (!seen.add(name)) {
          v.add(POD_GATE, p, "must be unique (was " + quote(name) + " again)");
        }
      }
    }
  }

  private static void hostAliases(List<Object> aliases, FieldPath path, Violations v) {
    if (aliases == null) {
      return;
    }
    for (int i = 0; i < aliases.size(); i++) {
      Object alias = aliases.get(i);
      String ip = Objects.requireNonNullElse(Untyped.string(alias, "ip"), "");
      for (String msg : Syntax.isValidIp(ip)) {
        v.add(HOST_ALIAS, path.index(i).child("ip"), msg + " (was " + quote(ip) + ")");
      }
      List<Object> hostnames = Untyped.list(alias, "hostnames");
      if (hostnames != null) {
        for (int j = 0; j < hostnames.size(); j++) {
          String h = Objects.toString(hostnames.get(j), "");
          for (String msg : Syntax.isDns1123Subdomain(h)) {
            v.add(HOST_ALIAS, path.index(i).child("hostnames").index(j), msg + " (was " + quote(h) + ")");
          }
        }
      }
    }
  }

  private static void os(PodSpec spec, FieldPath path, Violations v) {
    Map<String, Object> os = Untyped.map(spec.extra(), "os");
    if (os == null) {
      return;
    }
    String name = Objects.requireNonNullElse(Untyped.string(os, "name"), "");
    if (name.isEmpty()) {
      v.add(POD_OS, path.child("os", "name"), "is required");
      return;
    }
    if (!name.equals("linux") && !name.equals("windows")) {
      v.add(POD_OS, path.child("os"), oneOf(List.of("linux", "windows"), name));
      return;
    }
    boolean windows = name.equals("windows");
    Fields podSc = spec.securityContext().map(PodSecurityContext::extra).orElse(Fields.none());
    if (!windows) {
      if (Untyped.present(podSc, "windowsOptions")) {
        v.add(POD_OS, path.child("securityContext", "windowsOptions"), "must not be set for a linux pod");
      }
      ContainerChecks.forEachContainer(spec, path, (c, p) -> {
        if (c.securityContext().isPresent() && Untyped.present(c.securityContext().get().extra(), "windowsOptions")) {
          v.add(POD_OS, p.child("securityContext", "windowsOptions"), "must not be set for a linux pod");
        }
      });
      return;
    }
    Fields specExtra = spec.extra();
    PodSecurityContext sc = spec.securityContext().orElse(null);
    if (sc != null) {
      List<String> scFields = new ArrayList<>();
      for (String f : List.of("appArmorProfile", "seLinuxOptions", "seccompProfile", "fsGroupChangePolicy",
          "sysctls")) {
        if (Untyped.present(podSc, f)) {
          scFields.add(f);
        }
      }
      if (sc.fsGroup().isPresent()) {
        scFields.add("fsGroup");
      }
      if (sc.runAsUser().isPresent()) {
        scFields.add("runAsUser");
      }
      if (sc.runAsGroup().isPresent()) {
        scFields.add("runAsGroup");
      }
      if (!sc.supplementalGroups().isEmpty()) {
        scFields.add("supplementalGroups");
      }
      for (String f : scFields) {
        v.add(POD_OS, path.child("securityContext", f), "must not be set for a windows pod");
      }
    }
    for (String f : List.of("hostPID", "hostIPC")) {
      if (Boolean.TRUE.equals(Untyped.bool(specExtra, f))) {
        v.add(POD_OS, path.child(f), "must not be set for a windows pod");
      }
    }
    if (Untyped.present(specExtra, "shareProcessNamespace")) {
      v.add(POD_OS, path.child("shareProcessNamespace"), "must not be set for a windows pod");
    }
    ContainerChecks.forEachContainer(spec, path, (c, p) -> {
      if (c.securityContext().isEmpty()) {
        return;
      }
      var csc = c.securityContext().get();
      List<String> set = new ArrayList<>();
      for (String f : List.of("appArmorProfile", "seLinuxOptions", "seccompProfile")) {
        if (Untyped.present(csc.extra(), f)) {
          set.add(f);
        }
      }
      if (csc.capabilities().isPresent()) {
        set.add("capabilities");
      }
      if (csc.readOnlyRootFilesystem().isPresent()) {
        set.add("readOnlyRootFilesystem");
      }
      if (csc.privileged().isPresent()) {
        set.add("privileged");
      }
      if (csc.allowPrivilegeEscalation().isPresent()) {
        set.add("allowPrivilegeEscalation");
      }
      if (Untyped.present(csc.extra(), "procMount")) {
        set.add("procMount");
      }
      if (csc.runAsUser().isPresent()) {
        set.add("runAsUser");
      }
      if (csc.runAsGroup().isPresent()) {
        set.add("runAsGroup");
      }
      for (String f : set) {
        v.add(POD_OS, p.child("securityContext", f), "must not be set for a windows pod");
      }
    });
  }

  /**
   * {@code validateWindowsHostProcessPod}: {@code securityContext.windowsOptions.hostProcess} of the pod and of
   * each container (init containers first) agree where both are set; once one container is a HostProcess
   * container (set or inherited), all are, and the pod uses the host network.
   */
  private static void windowsHostProcess(PodSpec spec, FieldPath path, Violations v) {
    Boolean podHostProcess = spec.securityContext()
        .map(sc -> Untyped.bool(Untyped.get(sc.extra().get("windowsOptions"), "hostProcess"))).orElse(null);
    int[] counts = new int[2];
    ContainerChecks.forEachContainer(spec, path, (c, p) -> {
      counts[0]++;
      Boolean hostProcess = c.securityContext()
          .map(sc -> Untyped.bool(Untyped.get(sc.extra().get("windowsOptions"), "hostProcess"))).orElse(null);
      if (podHostProcess != null && hostProcess != null && !podHostProcess.equals(hostProcess)) {
        v.add(WINDOWS_HOST_PROCESS, p.child("securityContext", "windowsOptions", "hostProcess"),
            "must equal the pod's hostProcess " + podHostProcess + " when both are set (was " + hostProcess + ")");
      }
      if (Boolean.TRUE.equals(hostProcess) || (hostProcess == null && Boolean.TRUE.equals(podHostProcess))) {
        counts[1]++;
      }
    });
    if (counts[1] > 0) {
      if (counts[1] != counts[0]) {
        v.add(WINDOWS_HOST_PROCESS, path, "must make every container a HostProcess container once one is (was "
            + counts[1] + " of " + counts[0] + ")");
      }
      if (!spec.hostNetwork().orElse(false)) {
        v.add(WINDOWS_HOST_PROCESS, path.child("hostNetwork"),
            "must be true for a pod with HostProcess containers (was false)");
      }
    }
  }

  private static void dnsSubdomain(Rule rule, String value, FieldPath path, Violations v) {
    for (String msg : Syntax.nameIsDnsSubdomain(value, false)) {
      v.add(rule, path, msg + " (was " + quote(value) + ")");
    }
  }

  /** {@code must be one of "A", "B" (was "C")}: the message of upstream's {@code field.NotSupported}. */
  static String oneOf(List<String> allowed, String was) {
    return "must be one of " + quoted(allowed) + " (was " + quote(was) + ")";
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(Untyped::quote).toList());
  }
}
