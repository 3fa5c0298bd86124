package io.kubeprint.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every check a {@link Policy} can run, with a stable id (printed in brackets after each finding, used in
 * {@code kubeprint.yaml}, in {@link Policy#with(String, Level)} and in kube-linter's waiver annotation
 * {@code ignore-check.kube-linter.io/<id>}).
 *
 * <p>Three families: the Pod Security Standards as the Kubernetes 1.32 PodSecurity admission checks them at
 * level {@code baseline} and {@code restricted}, version {@code latest} (ids {@code pss-...}, each naming the
 * admission's check id and function in {@link #upstream()}); best practices under kube-linter's own check
 * names; and, among those, the kube-linter checks that kubeprint's cross-object validation already makes,
 * which run that rule and report under the kube-linter name ({@link #reuses()}). {@code docs/policies.md}
 * describes each with a failing example and its fix.
 */
public enum Check {
  // Pod Security Standards, baseline (k8s.io/pod-security-admission/policy).
  PSS_HOST_NAMESPACES("pss-host-namespaces", Family.PSS_BASELINE, "hostNamespaces: hostNamespaces_1_0",
      "no hostNetwork, hostPID or hostIPC"),
  PSS_PRIVILEGED("pss-privileged", Family.PSS_BASELINE, "privileged: privileged_1_0",
      "no container sets securityContext.privileged=true"),
  PSS_CAPABILITIES_BASELINE("pss-capabilities-baseline", Family.PSS_BASELINE,
      "capabilities_baseline: capabilitiesBaseline_1_0", "capabilities.add only from the container runtime's default set"),
  PSS_HOST_PATH_VOLUMES("pss-host-path-volumes", Family.PSS_BASELINE, "hostPathVolumes: hostPathVolumes_1_0",
      "no hostPath volumes"),
  PSS_HOST_PORTS("pss-host-ports", Family.PSS_BASELINE, "hostPorts: hostPorts_1_0", "no container port sets hostPort"),
  PSS_APP_ARMOR_PROFILE("pss-app-armor-profile", Family.PSS_BASELINE, "appArmorProfile: appArmorProfile_1_0",
      "AppArmor only RuntimeDefault or Localhost (field and beta annotations)"),
  PSS_SE_LINUX_OPTIONS("pss-se-linux-options", Family.PSS_BASELINE, "seLinuxOptions: seLinuxOptions_1_0",
      "SELinux type only container_t, container_init_t or container_kvm_t; no user or role"),
  PSS_PROC_MOUNT("pss-proc-mount", Family.PSS_BASELINE, "procMount: procMount_1_0",
      "procMount only Default"),
  PSS_SECCOMP_PROFILE_BASELINE("pss-seccomp-profile-baseline", Family.PSS_BASELINE,
      "seccompProfile_baseline: seccompProfileBaseline_1_19", "seccompProfile, when set, RuntimeDefault or Localhost"),
  PSS_SYSCTLS("pss-sysctls", Family.PSS_BASELINE, "sysctls: sysctlsV1Dot32 (allowed set of 1.32)",
      "only the safe sysctls"),
  PSS_WINDOWS_HOST_PROCESS("pss-windows-host-process", Family.PSS_BASELINE,
      "windowsHostProcess: windowsHostProcess_1_0", "no windowsOptions.hostProcess=true"),
  // Pod Security Standards, restricted.
  PSS_RESTRICTED_VOLUMES("pss-restricted-volumes", Family.PSS_RESTRICTED, "restrictedVolumes: restrictedVolumes_1_0",
      "volumes only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret"),
  PSS_ALLOW_PRIVILEGE_ESCALATION("pss-allow-privilege-escalation", Family.PSS_RESTRICTED,
      "allowPrivilegeEscalation: allowPrivilegeEscalation_1_25", "every container sets allowPrivilegeEscalation=false"),
  PSS_RUN_AS_NON_ROOT("pss-run-as-non-root", Family.PSS_RESTRICTED, "runAsNonRoot: runAsNonRoot_1_0",
      "runAsNonRoot=true on the pod or every container"),
  PSS_RUN_AS_USER("pss-run-as-user", Family.PSS_RESTRICTED, "runAsUser: runAsUser_1_23", "no runAsUser=0"),
  PSS_SECCOMP_PROFILE_RESTRICTED("pss-seccomp-profile-restricted", Family.PSS_RESTRICTED,
      "seccompProfile_restricted: seccompProfileRestricted_1_25",
      "seccompProfile RuntimeDefault or Localhost on the pod or every container"),
  PSS_CAPABILITIES_RESTRICTED("pss-capabilities-restricted", Family.PSS_RESTRICTED,
      "capabilities_restricted: capabilitiesRestricted_1_25", "every container drops ALL and adds at most NET_BIND_SERVICE"),

  // kube-linter's default checks.
  DANGLING_SERVICE("dangling-service", Family.KUBE_LINTER, "dangling-service",
      "a Service selects the pods of some workload", "service-selects-no-pods"),
  DEPRECATED_SERVICE_ACCOUNT_FIELD("deprecated-service-account-field", Family.KUBE_LINTER,
      "deprecated-service-account-field", "no deprecated serviceAccount field"),
  DOCKER_SOCK("docker-sock", Family.KUBE_LINTER, "docker-sock", "no container mounts a hostPath ending in docker.sock"),
  DROP_NET_RAW_CAPABILITY("drop-net-raw-capability", Family.KUBE_LINTER, "drop-net-raw-capability",
      "a container with capabilities drops NET_RAW (or ALL) and does not add it"),
  DUPLICATE_ENV_VAR("duplicate-env-var", Family.KUBE_LINTER, "duplicate-env-var",
      "no environment variable is set twice in a container"),
  ENV_VAR_SECRET("env-var-secret", Family.KUBE_LINTER, "env-var-secret",
      "no literal value in an environment variable whose name says secret"),
  HOST_IPC("host-ipc", Family.KUBE_LINTER, "host-ipc", "no hostIPC"),
  HOST_NETWORK("host-network", Family.KUBE_LINTER, "host-network", "no hostNetwork"),
  HOST_PID("host-pid", Family.KUBE_LINTER, "host-pid", "no hostPID"),
  INVALID_TARGET_PORTS("invalid-target-ports", Family.KUBE_LINTER, "invalid-target-ports",
      "port names and named target ports are valid IANA service names", "port-name-syntax", "service-target-port"),
  LATEST_TAG("latest-tag", Family.KUBE_LINTER, "latest-tag", "images name a tag other than latest"),
  LIVENESS_PORT("liveness-port", Family.KUBE_LINTER, "liveness-port", "a liveness probe's port is a container port"),
  MISMATCHING_SELECTOR("mismatching-selector", Family.KUBE_LINTER, "mismatching-selector",
      "a workload's selector matches its pod template's labels", "selector-mismatch"),
  NO_ANTI_AFFINITY("no-anti-affinity", Family.KUBE_LINTER, "no-anti-affinity",
      "a workload of 2 or more replicas spreads them with pod anti-affinity on kubernetes.io/hostname"),
  NO_EXTENSIONS_V1BETA("no-extensions-v1beta", Family.KUBE_LINTER, "no-extensions-v1beta",
      "no object in extensions/v1beta1 or networking.k8s.io/v1beta1", "api-version-removed"),
  NO_READ_ONLY_ROOT_FS("no-read-only-root-fs", Family.KUBE_LINTER, "no-read-only-root-fs",
      "every container sets readOnlyRootFilesystem=true"),
  NON_EXISTENT_SERVICE_ACCOUNT("non-existent-service-account", Family.KUBE_LINTER, "non-existent-service-account",
      "a pod's ServiceAccount is in the bundle, when the bundle has ServiceAccounts", "service-account-not-found"),
  PDB_MAX_UNAVAILABLE("pdb-max-unavailable", Family.KUBE_LINTER, "pdb-max-unavailable",
      "a PodDisruptionBudget's maxUnavailable is not 0"),
  PDB_MIN_AVAILABLE("pdb-min-available", Family.KUBE_LINTER, "pdb-min-available",
      "a PodDisruptionBudget's minAvailable is below the replicas of the workloads it selects"),
  PDB_UNHEALTHY_POD_EVICTION_POLICY("pdb-unhealthy-pod-eviction-policy", Family.KUBE_LINTER,
      "pdb-unhealthy-pod-eviction-policy", "a PodDisruptionBudget sets unhealthyPodEvictionPolicy"),
  PRIVILEGE_ESCALATION_CONTAINER("privilege-escalation-container", Family.KUBE_LINTER,
      "privilege-escalation-container", "no container allows privilege escalation, is privileged or adds SYS_ADMIN"),
  PRIVILEGED_CONTAINER("privileged-container", Family.KUBE_LINTER, "privileged-container", "no privileged container"),
  READINESS_PORT("readiness-port", Family.KUBE_LINTER, "readiness-port", "a readiness probe's port is a container port"),
  RUN_AS_NON_ROOT("run-as-non-root", Family.KUBE_LINTER, "run-as-non-root",
      "every container runs as non-root (runAsNonRoot=true or runAsUser above 0)"),
  SENSITIVE_HOST_MOUNTS("sensitive-host-mounts", Family.KUBE_LINTER, "sensitive-host-mounts",
      "no container mounts /, /boot, /dev, /etc, /lib, /proc, /sys or /usr of the host"),
  SSH_PORT("ssh-port", Family.KUBE_LINTER, "ssh-port", "no container exposes TCP port 22"),
  STARTUP_PORT("startup-port", Family.KUBE_LINTER, "startup-port", "a startup probe's port is a container port"),
  UNSAFE_SYSCTLS("unsafe-sysctls", Family.KUBE_LINTER, "unsafe-sysctls",
      "no kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* or net.* sysctls"),
  UNSET_CPU_REQUIREMENTS("unset-cpu-requirements", Family.KUBE_LINTER, "unset-cpu-requirements",
      "every container sets a CPU request and limit"),
  UNSET_MEMORY_REQUIREMENTS("unset-memory-requirements", Family.KUBE_LINTER, "unset-memory-requirements",
      "every container sets a memory request and limit"),

  // kube-linter checks that are not on by default there (off in Policy.recommended()).
  NO_LIVENESS_PROBE("no-liveness-probe", Family.KUBE_LINTER_OPTIONAL, "no-liveness-probe",
      "every container has a liveness probe"),
  NO_READINESS_PROBE("no-readiness-probe", Family.KUBE_LINTER_OPTIONAL, "no-readiness-probe",
      "every container has a readiness probe"),
  WRITABLE_HOST_MOUNT("writable-host-mount", Family.KUBE_LINTER_OPTIONAL, "writable-host-mount",
      "every hostPath volume is mounted read-only"),
  DANGLING_HPA("dangling-hpa", Family.KUBE_LINTER_OPTIONAL, "dangling-horizontalpodautoscaler",
      "a HorizontalPodAutoscaler's target is in the bundle, when the bundle has objects of its kind",
      "scale-target-not-found"),
  NON_ISOLATED_POD("non-isolated-pod", Family.KUBE_LINTER_OPTIONAL, "non-isolated-pod",
      "some NetworkPolicy of the bundle selects the workload's pods");

  /** Where a check comes from, which fixes the profiles it is in. */
  public enum Family {
    /** A Pod Security Standards check the PodSecurity admission makes at level {@code baseline} (and so {@code restricted}). */
    PSS_BASELINE,
    /** A Pod Security Standards check the PodSecurity admission makes at level {@code restricted} only. */
    PSS_RESTRICTED,
    /** One of kube-linter's default checks ({@link Policy#recommended()}). */
    KUBE_LINTER,
    /** A kube-linter check that kube-linter does not run by default; off unless a policy turns it on. */
    KUBE_LINTER_OPTIONAL
  }

  private final String id;
  private final Family family;
  private final String upstream;
  private final String summary;
  private final List<String> reuses;

  Check(String id, Family family, String upstream, String summary, String... reuses) {
    this.id = id;
    this.family = family;
    this.upstream = upstream;
    this.summary = summary;
    this.reuses = List.of(reuses);
  }

  /** The stable id, e.g. {@code pss-run-as-non-root} or {@code latest-tag}. */
  public String id() {
    return id;
  }

  /** The family: PSS baseline or restricted, kube-linter default or optional. */
  public Family family() {
    return family;
  }

  /**
   * What this check reproduces: for a PSS check the admission's check id and Go function
   * ({@code runAsNonRoot: runAsNonRoot_1_0}), for a kube-linter check its name in kube-linter.
   */
  public String upstream() {
    return upstream;
  }

  /** One line: what passes. */
  public String summary() {
    return summary;
  }

  /**
   * The ids of kubeprint's validation rules this check reports under its own id (e.g. {@code dangling-service}
   * reports {@code service-selects-no-pods}); empty for checks of their own.
   */
  public List<String> reuses() {
    return reuses;
  }

  /** Whether this is a Pod Security Standards check. */
  public boolean isPodSecurity() {
    return family == Family.PSS_BASELINE || family == Family.PSS_RESTRICTED;
  }

  /** The check with this id, or empty. */
  public static Optional<Check> byId(String id) {
    for (Check c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every check id, in declaration order. */
  public static List<String> ids() {
    List<String> out = new ArrayList<>();
    for (Check c : values()) {
      out.add(c.id);
    }
    return out;
  }

  /** {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }
}
