package io.kubeprint.dsl;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Affinity;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.PodDNSConfig;
import io.kubeprint.core.pod.PodDNSConfigOption;
import io.kubeprint.core.pod.PodSecurityContext;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Toleration;
import io.kubeprint.core.pod.Volume;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The pod spec part of the builders of kinds that run pods (Pod, PodTemplate, ReplicaSet, Deployment,
 * CronJob, Job, StatefulSet, DaemonSet): containers, init containers and sidecars, volumes, scheduling, identity.
 *
 * <p>Containers, init containers and volumes are keyed by name: adding one whose name is already there
 * replaces it in place, so a copy swaps a container in one call:
 * {@code deployment(blue).name("web-green").container(web("green"))}.
 */
public abstract sealed class WorkloadBuilder<B extends WorkloadBuilder<B, T>, T extends KubeObject>
    extends ObjectBuilder<B, T> permits PodBuilder, TemplatedWorkloadBuilder {

  PodSpec podSpec;

  WorkloadBuilder(Class<T> type, ObjectMeta metadata, Fields extra, PodSpec podSpec) {
    super(type, metadata, extra);
    this.podSpec = podSpec;
  }

  /** Adds {@code spec.containers[]}, or replaces the container of the same name in place. */
  public B container(Container container) {
    Checks.notNull(container, "container");
    podSpec = podSpec.withContainers(putByName(podSpec.containers(), container, c -> c.name().orElse("")));
    return self();
  }

  /**
   * Adds the container {@code container} builds, see {@link #container(Container)}, and the volumes it mounts
   * with {@link ContainerBuilder#mount(Volume, String)} to {@code spec.volumes[]}, each once.
   */
  public B container(ContainerBuilder container) {
    container(Checks.notNull(container, "container").build());
    return mountedVolumes(container, "containers");
  }

  /** Adds {@code spec.initContainers[]} (run to completion, in order, before the containers), or replaces the one of the same name. */
  public B initContainer(Container container) {
    Checks.notNull(container, "container");
    podSpec = podSpec.withInitContainers(
        putByName(podSpec.initContainers(), container, c -> c.name().orElse("")));
    return self();
  }

  /** Adds the init container {@code container} builds, see {@link #initContainer(Container)}, and the volumes it mounts. */
  public B initContainer(ContainerBuilder container) {
    initContainer(Checks.notNull(container, "container").build());
    return mountedVolumes(container, "initContainers");
  }

  /**
   * Adds a sidecar: an init container with {@code restartPolicy: Always}, which starts before the
   * containers and runs beside them for the pod's life (Kubernetes 1.29+).
   */
  public B sidecar(Container container) {
    return initContainer(Checks.notNull(container, "container").withRestartPolicy("Always"));
  }

  /** Adds the sidecar {@code container} builds, see {@link #sidecar(Container)}, and the volumes it mounts. */
  public B sidecar(ContainerBuilder container) {
    sidecar(Checks.notNull(container, "container").build());
    return mountedVolumes(container, "initContainers");
  }

  /**
   * Declares the volumes {@code container} mounted as values: each added to {@code spec.volumes[]} unless the pod
   * has it already; a different volume of the same name is refused with the object and the paths.
   */
  private B mountedVolumes(ContainerBuilder container, String kind) {
    for (Volume v : container.mountedVolumes()) {
      String name = v.name().orElse("");
      List<Volume> volumes = podSpec.volumes();
      int at = -1;
      for (int i = 0; i < volumes.size() && at < 0; i++) {
        if (volumes.get(i).name().orElse("").equals(name)) {
          at = i;
        }
      }
      if (at < 0) {
        podSpec = podSpec.withVolumes(putByName(volumes, v, x -> x.name().orElse("")));
      } else if (!volumes.get(at).equals(v)) {
        String containerName = container.build().name().orElse("");
        List<Container> list = kind.equals("containers") ? podSpec.containers() : podSpec.initContainers();
        int index = 0;
        while (index < list.size() && !list.get(index).name().orElse("").equals(containerName)) {
          index++;
        }
        throw Checks.reference(displayName(), podSpecPath() + ".volumes[" + at + "]", "volume-mount-volume-conflict",
            "must be the volume " + name + " that " + podSpecPath() + "." + kind + "[" + index + "].volumeMounts"
            + " mounts (was another volume of that name); rename one of the two");
      }
    }
    return self();
  }

  /** Where the pod spec is in the object being built, as the API server writes paths. */
  String podSpecPath() {
    return switch (type.getSimpleName()) {
      case "Pod" -> "spec";
      case "PodTemplate" -> "template.spec";
      case "CronJob" -> "spec.jobTemplate.spec.template.spec";
      default -> "spec.template.spec";
    };
  }



  /**
   * Adds {@code spec.volumes[]}, or replaces the volume of the same name; e.g.
   * {@code .volume(volume("config", projectId))}.
   */
  public B volume(Volume volume) {
    Checks.notNull(volume, "volume");
    podSpec = podSpec.withVolumes(putByName(podSpec.volumes(), volume, v -> v.name().orElse("")));
    return self();
  }

  /** Sets {@code spec.serviceAccountName}; absent means the namespace's {@code default} service account. */
  public B serviceAccount(String name) {
    podSpec = podSpec.withServiceAccountName(Checks.notNull(name, "name"));
    return self();
  }

  /**
   * Sets {@code spec.serviceAccountName} to {@code account}'s name: the pods run as it. A pod can only run as a
   * ServiceAccount of its own namespace, so when both namespaces are set they must agree.
   *
   * @throws IllegalArgumentException when {@code account} is unnamed
   * @throws io.kubeprint.core.validation.ManifestValidationException at once when {@code account} is in another
   *     namespace than this object (a typed reference that can never be right), naming this object and the path
   */
  public B serviceAccount(ServiceAccount account) {
    Checks.notNull(account, "account");
    String name = account.metadata().name().filter(n -> !n.isBlank())
        .orElseThrow(() -> new IllegalArgumentException("account must have a name (was unnamed)"));
    if (account.metadata().namespace().isPresent() && metadata.namespace().isPresent()
        && !account.metadata().namespace().equals(metadata.namespace())) {
      throw Checks.reference(displayName(), podSpecPath() + ".serviceAccountName", "service-account-not-found",
          "must name a ServiceAccount of namespace " + metadata.namespace().get() + ", a pod runs as a ServiceAccount"
          + " of its own namespace (was " + account.displayName() + " in " + account.metadata().namespace().get() + ")");
    }
    return serviceAccount(name);
  }

  /** Adds (or replaces) one {@code spec.nodeSelector} entry: the pod only runs on nodes with this label. */
  public B nodeSelector(String key, String value) {
    return nodeSelector(Labels.of(podSpec.nodeSelector()).and(key, value));
  }

  /** Replaces {@code spec.nodeSelector}; empty by default (any node). */
  public B nodeSelector(Labels nodeLabels) {
    Checks.notNull(nodeLabels, "nodeLabels");
    podSpec = podSpec.withNodeSelector(nodeLabels.asMap());
    return self();
  }

  /** Adds {@code spec.tolerations[]}; e.g. {@code .toleration(toleration("gpu", "true", "NoSchedule"))}. */
  public B toleration(Toleration toleration) {
    Checks.notNull(toleration, "toleration");
    List<Toleration> all = new ArrayList<>(podSpec.tolerations());
    all.add(toleration);
    podSpec = podSpec.withTolerations(all);
    return self();
  }

  /** Adds {@code spec.imagePullSecrets[]}: the Secret (of type dockerconfigjson) to pull images with. */
  public B imagePullSecret(String secretName) {
    Checks.notNull(secretName, "secretName");
    List<LocalObjectReference> all = new ArrayList<>(podSpec.imagePullSecrets());
    all.add(LocalObjectReference.builder().name(secretName).build());
    podSpec = podSpec.withImagePullSecrets(all);
    return self();
  }

  /** Sets {@code spec.securityContext}, the pod-level security settings; absent by default. */
  public B podSecurityContext(PodSecurityContext securityContext) {
    podSpec = podSpec.withSecurityContext(Checks.notNull(securityContext, "securityContext"));
    return self();
  }

  /** Sets {@code spec.affinity}; absent by default. */
  public B affinity(Affinity affinity) {
    podSpec = podSpec.withAffinity(Checks.notNull(affinity, "affinity"));
    return self();
  }

  /**
   * Adds node affinity: {@code .nodeAffinity().require(nodeLabel("kubernetes.io/arch").in("amd64"))} or
   * {@code .nodeAffinity().prefer(50, nodeLabel("disktype").in("ssd"))}, kept in {@code spec.affinity.nodeAffinity}
   * beside what is there.
   */
  public NodeAffinityBuilder<B> nodeAffinity() {
    return new NodeAffinityBuilder<>(self());
  }

  /** Adds pod affinity, running near other pods: {@code .podAffinity().preferSameNodeAs(cache)} ({@code spec.affinity.podAffinity}). */
  public PodAffinityBuilder<B> podAffinity() {
    return new PodAffinityBuilder<>(self(), "podAffinity");
  }

  /**
   * Adds pod anti-affinity, keeping away from other pods: {@code .antiAffinity().preferSpreadAcrossNodes(labels("app",
   * "web"))} ({@code spec.affinity.podAntiAffinity}).
   */
  public AntiAffinityBuilder<B> antiAffinity() {
    return new AntiAffinityBuilder<>(self());
  }

  /** Edits {@code spec.affinity} (an empty one when absent). */
  B editAffinity(UnaryOperator<Affinity> edit) {
    podSpec = podSpec.withAffinity(edit.apply(podSpec.affinity().orElseGet(() -> Affinity.builder().build())));
    return self();
  }

  /**
   * Adds a {@code spec.topologySpreadConstraints[]} entry:
   * {@code .topologySpread(spreadAcross(TopologySpread.ZONE).maxSkew(1))}. A constraint given no selector selects the
   * pod labels set so far (so set them first); with none, it has no {@code labelSelector}.
   */
  public B topologySpread(TopologySpread constraint) {
    Checks.notNull(constraint, "constraint");
    Labels own = labelsOfPods();
    Map<String, Object> entry = constraint.toMap(own.isEmpty() ? null : Raw.selector(own));
    podSpec = podSpec.withExtra(Raw.append(podSpec.extra(), "topologySpreadConstraints", entry));
    return self();
  }

  /** The labels of the pods this builder makes, as set so far. */
  Labels labelsOfPods() {
    return Labels.of(metadata.labels());
  }

  /** Sets {@code spec.securityContext.seccompProfile}, for every container: {@code .seccompProfile(SeccompProfile.RUNTIME_DEFAULT)}. */
  public B seccompProfile(SeccompProfile profile) {
    Checks.notNull(profile, "profile");
    return editPodSecurityExtra(f -> f.with("seccompProfile", profile.toMap()));
  }

  /** Sets {@code spec.securityContext.appArmorProfile}, for every container: {@code .appArmorProfile(AppArmorProfile.RUNTIME_DEFAULT)}. */
  public B appArmorProfile(AppArmorProfile profile) {
    Checks.notNull(profile, "profile");
    return editPodSecurityExtra(f -> f.with("appArmorProfile", profile.toMap()));
  }

  /**
   * Adds a {@code spec.securityContext.sysctls[]} entry, a kernel parameter of the pod's namespaces:
   * {@code .sysctl("net.core.somaxconn", "1024")}. The validator checks the name's syntax; the kubelet allows only
   * the safe set unless configured otherwise.
   */
  public B sysctl(String name, String value) {
    Checks.notBlank(name, "name");
    Checks.notNull(value, "value");
    return editPodSecurityExtra(f -> Raw.append(f, "sysctls", Raw.map("name", name, "value", value)));
  }

  private B editPodSecurityExtra(UnaryOperator<Fields> edit) {
    PodSecurityContext sc = podSpec.securityContext().orElseGet(() -> PodSecurityContext.builder().build());
    podSpec = podSpec.withSecurityContext(sc.withExtra(edit.apply(sc.extra())));
    return self();
  }

  /** Sets {@code spec.priorityClassName}: the PriorityClass giving the pods their scheduling priority; absent means the default class. */
  public B priorityClassName(String priorityClassName) {
    podSpec = podSpec.withPriorityClassName(Checks.notBlank(priorityClassName, "priorityClassName"));
    return self();
  }

  /** Sets {@code spec.dnsPolicy}: {@code .dnsPolicy(DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET)}; the API server defaults it to {@code ClusterFirst}. */
  public B dnsPolicy(DnsPolicy policy) {
    podSpec = podSpec.withDnsPolicy(Checks.notNull(policy, "policy").value());
    return self();
  }

  /** Sets {@code spec.dnsConfig} as it is; see {@link #dnsNameserver}, {@link #dnsSearch} and {@link #dnsOption(String, String)} to add parts. */
  public B dnsConfig(PodDNSConfig dnsConfig) {
    podSpec = podSpec.withDnsConfig(Checks.notNull(dnsConfig, "dnsConfig"));
    return self();
  }

  /** Adds a {@code spec.dnsConfig.nameservers[]} entry (an IP address, at most 3). */
  public B dnsNameserver(String ip) {
    Checks.notBlank(ip, "ip");
    PodDNSConfig c = dnsConfig();
    podSpec = podSpec.withDnsConfig(c.withNameservers(plus(c.nameservers(), ip)));
    return self();
  }

  /** Adds a {@code spec.dnsConfig.searches[]} entry (a DNS search domain, at most 32). */
  public B dnsSearch(String domain) {
    Checks.notBlank(domain, "domain");
    PodDNSConfig c = dnsConfig();
    podSpec = podSpec.withDnsConfig(c.withSearches(plus(c.searches(), domain)));
    return self();
  }

  /** Adds a {@code spec.dnsConfig.options[]} entry with a value: {@code .dnsOption("ndots", "2")}. */
  public B dnsOption(String name, String value) {
    Checks.notBlank(name, "name");
    Checks.notNull(value, "value");
    return dnsOption(PodDNSConfigOption.builder().name(name).value(value).build());
  }

  /** Adds a {@code spec.dnsConfig.options[]} entry without a value: {@code .dnsOption("edns0")}. */
  public B dnsOption(String name) {
    return dnsOption(PodDNSConfigOption.builder().name(Checks.notBlank(name, "name")).build());
  }

  private B dnsOption(PodDNSConfigOption option) {
    PodDNSConfig c = dnsConfig();
    podSpec = podSpec.withDnsConfig(c.withOptions(plus(c.options(), option)));
    return self();
  }

  private PodDNSConfig dnsConfig() {
    return podSpec.dnsConfig().orElseGet(() -> PodDNSConfig.builder().build());
  }

  private static <E> List<E> plus(List<E> list, E item) {
    List<E> all = new ArrayList<>(list);
    all.add(item);
    return all;
  }

  /**
   * Adds a {@code spec.hostAliases[]} entry: lines of the pods' {@code /etc/hosts},
   * {@code .hostAlias("10.0.0.5", "db.internal", "db")}.
   */
  public B hostAlias(String ip, String... hostnames) {
    Checks.notBlank(ip, "ip");
    List<String> names = Checks.strings(hostnames, "hostnames");
    podSpec = podSpec.withExtra(Raw.append(podSpec.extra(), "hostAliases",
        Raw.map("ip", ip, "hostnames", names.isEmpty() ? null : names)));
    return self();
  }

  /** Sets {@code spec.runtimeClassName}: the RuntimeClass (e.g. {@code gvisor}) that runs the pods; absent means the node's default. */
  public B runtimeClassName(String runtimeClassName) {
    podSpec = podSpec.withExtra(podSpec.extra().with("runtimeClassName",
        Checks.notBlank(runtimeClassName, "runtimeClassName")));
    return self();
  }

  /**
   * Sets {@code spec.automountServiceAccountToken}: {@code false} keeps the ServiceAccount's API token out of the
   * pods; absent means the ServiceAccount's setting (which defaults to mounting it).
   */
  public B automountServiceAccountToken(boolean automount) {
    podSpec = podSpec.withExtra(podSpec.extra().with("automountServiceAccountToken", automount));
    return self();
  }

  /** Adds the volume {@code volume} builds, see {@link #volume(Volume)}: {@code .volume(hostPath("logs", "/var/log"))}. */
  public B volume(VolumeBuilder volume) {
    return volume(Checks.notNull(volume, "volume").build());
  }

  /**
   * Sets {@code spec.terminationGracePeriodSeconds} (whole seconds); the API server defaults it to 30s.
   * E.g. {@code .terminationGracePeriod(Duration.ofSeconds(60))}.
   */
  public B terminationGracePeriod(Duration period) {
    podSpec = podSpec.withTerminationGracePeriodSeconds(Checks.longSeconds(period, "terminationGracePeriod"));
    return self();
  }

  /**
   * Edits the core {@code PodSpec} directly, for typed fields without a DSL method:
   * {@code .editPodSpec(spec -> spec.withHostNetwork(true))}.
   */
  public B editPodSpec(UnaryOperator<PodSpec> edit) {
    Checks.notNull(edit, "edit");
    podSpec = Checks.notNull(edit.apply(podSpec), "edited pod spec");
    return self();
  }

  /**
   * Sets a pod spec field kubeprint does not type, e.g. {@code .podSpecExtra("runtimeClassName", "gvisor")};
   * kept verbatim in {@code PodSpec.extra()}. Fields kubeprint types are refused.
   */
  public B podSpecExtra(String field, Object value) {
    podSpec = podSpec.withExtra(Checks.extra(podSpec.extra(), PodSpec.class, field, value));
    return self();
  }

  /** {@code spec.restartPolicy}, for the kinds that let the caller choose it. */
  void setRestartPolicy(String policy) {
    podSpec = podSpec.withRestartPolicy(Checks.notNull(policy, "restartPolicy"));
  }

  static <E> List<E> putByName(List<E> list, E item, Function<E, String> name) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<E> out = new ArrayList<>(list);
    for (int i = 0; i < out.size(); i++) {
      index.putIfAbsent(name.apply(out.get(i)), i);
    }
    String key = name.apply(item);
    Integer at = key.isEmpty() ? null : index.get(key);
    if (at == null) {
      out.add(item);
    } else {
      out.set(at, item);
    }
    return out;
  }
}
