package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.networking.IPBlock;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicyEgressRule;
import io.kubeprint.core.networking.NetworkPolicyIngressRule;
import io.kubeprint.core.networking.NetworkPolicyPeer;
import io.kubeprint.core.networking.NetworkPolicyPort;
import io.kubeprint.core.networking.NetworkPolicySpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link NetworkPolicy}: {@code networkPolicy("api").selecting(api).allowFrom(web).onPort(8080).build()}.
 *
 * <p>{@link #selecting(Deployment)} (or a ReplicaSet, PodTemplate, Pod) applies the policy to a workload's pods;
 * each {@code allowFrom(..)} adds an ingress rule and each {@code allowTo(..)} an egress rule, and
 * {@link #onPort(int)} narrows the rule added last to a port. A workload's pods are selected by their labels
 * without the blue-green {@code color} label, so that one policy covers both colours of a release.
 * {@code spec.policyTypes} is written explicitly: {@code Ingress} once an ingress rule or {@link #denyAllIngress()}
 * is given, {@code Egress} likewise. Without any, the policy is an ingress policy (the API server's default), so
 * {@code networkPolicy("deny").selectingAllPods().denyAll()} denies all traffic of the namespace's pods.
 */
public final class NetworkPolicyBuilder extends ObjectBuilder<NetworkPolicyBuilder, NetworkPolicy> {
  private NetworkPolicySpec spec;
  private final Set<String> types = new LinkedHashSet<>();
  /** Whether the rule added last is an egress rule; null before any rule. */
  private Boolean lastEgress;

  NetworkPolicyBuilder(String name) {
    super(NetworkPolicy.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.spec = NetworkPolicySpec.builder().podSelector(LabelSelector.builder().build()).build();
  }

  NetworkPolicyBuilder(NetworkPolicy existing) {
    super(NetworkPolicy.class, Checks.notNull(existing, "networkPolicy").metadata(), existing.extra());
    this.spec = existing.spec();
    types.addAll(spec.policyTypes());
  }

  @Override
  NetworkPolicyBuilder self() {
    return this;
  }

  /** Applies the policy to the pods of {@code deployment} ({@code spec.podSelector}). */
  public NetworkPolicyBuilder selecting(Deployment deployment) {
    return podSelector(podsOf(deployment));
  }

  /** Applies the policy to the pods of {@code replicaSet}. */
  public NetworkPolicyBuilder selecting(ReplicaSet replicaSet) {
    return podSelector(podsOf(replicaSet));
  }

  /** Applies the policy to pods made from {@code podTemplate}. */
  public NetworkPolicyBuilder selecting(PodTemplate podTemplate) {
    return podSelector(podsOf(podTemplate));
  }

  /** Applies the policy to {@code pod} and the pods labelled like it. */
  public NetworkPolicyBuilder selecting(Pod pod) {
    return podSelector(podsOf(pod));
  }

  /** Applies the policy to the pods carrying all of {@code labels}. */
  public NetworkPolicyBuilder selecting(Labels labels) {
    Checks.notNull(labels, "labels");
    return podSelector(LabelSelector.builder().matchLabels(labels.asMap()).build());
  }

  /** Applies the policy to every pod of its namespace ({@code podSelector: {}}, the default of this builder). */
  public NetworkPolicyBuilder selectingAllPods() {
    return podSelector(LabelSelector.builder().build());
  }

  /** Sets {@code spec.podSelector} as given. */
  public NetworkPolicyBuilder podSelector(LabelSelector selector) {
    spec = spec.withPodSelector(Checks.notNull(selector, "selector"));
    return this;
  }

  /** Allows traffic in from the pods of {@code workload} (a Deployment, ReplicaSet, PodTemplate or Pod) of the policy's namespace. */
  public NetworkPolicyBuilder allowFrom(KubeObject workload) {
    return allowFrom(NetworkPolicyPeer.builder().podSelector(podsOf(workload)).build());
  }

  /** Allows traffic in from the pods carrying all of {@code podLabels}, in the policy's namespace. */
  public NetworkPolicyBuilder allowFromPods(Labels podLabels) {
    return allowFrom(NetworkPolicyPeer.builder().podSelector(selector(podLabels)).build());
  }

  /** Allows traffic in from every pod of the namespaces carrying all of {@code namespaceLabels}. */
  public NetworkPolicyBuilder allowFromNamespace(Labels namespaceLabels) {
    return allowFrom(NetworkPolicyPeer.builder().namespaceSelector(selector(namespaceLabels)).build());
  }

  /** Allows traffic in from the addresses of {@code cidr} but those of {@code except}: {@code allowFromCidr("10.0.0.0/8")}. */
  public NetworkPolicyBuilder allowFromCidr(String cidr, String... except) {
    return allowFrom(NetworkPolicyPeer.builder().ipBlock(ipBlock(cidr, except)).build());
  }

  /** Allows traffic in from anywhere ({@code ingress: [{}]}, narrowed by {@link #onPort(int)} if called next). */
  public NetworkPolicyBuilder allowAllIngress() {
    return addIngress(NetworkPolicyIngressRule.builder().build());
  }

  /** Adds an ingress rule from {@code peer}. */
  public NetworkPolicyBuilder allowFrom(NetworkPolicyPeer peer) {
    return addIngress(NetworkPolicyIngressRule.builder().addFrom(Checks.notNull(peer, "peer")).build());
  }

  /** Allows traffic out to the pods of {@code workload} of the policy's namespace. */
  public NetworkPolicyBuilder allowTo(KubeObject workload) {
    return allowTo(NetworkPolicyPeer.builder().podSelector(podsOf(workload)).build());
  }

  /** Allows traffic out to the pods carrying all of {@code podLabels}, in the policy's namespace. */
  public NetworkPolicyBuilder allowToPods(Labels podLabels) {
    return allowTo(NetworkPolicyPeer.builder().podSelector(selector(podLabels)).build());
  }

  /** Allows traffic out to every pod of the namespaces carrying all of {@code namespaceLabels}. */
  public NetworkPolicyBuilder allowToNamespace(Labels namespaceLabels) {
    return allowTo(NetworkPolicyPeer.builder().namespaceSelector(selector(namespaceLabels)).build());
  }

  /** Allows traffic out to the addresses of {@code cidr} but those of {@code except}. */
  public NetworkPolicyBuilder allowToCidr(String cidr, String... except) {
    return allowTo(NetworkPolicyPeer.builder().ipBlock(ipBlock(cidr, except)).build());
  }

  /** Allows traffic out to anywhere ({@code egress: [{}]}). */
  public NetworkPolicyBuilder allowAllEgress() {
    return addEgress(NetworkPolicyEgressRule.builder().build());
  }

  /**
   * Allows DNS lookups: traffic out to the cluster DNS pods ({@code k8s-app: kube-dns} in any namespace) on port 53,
   * UDP and TCP. An egress policy needs it for its pods to resolve names.
   */
  public NetworkPolicyBuilder allowDns() {
    NetworkPolicyPeer dns = NetworkPolicyPeer.builder().namespaceSelector(LabelSelector.builder().build())
        .podSelector(LabelSelector.builder().matchLabels(Map.of("k8s-app", "kube-dns")).build()).build();
    return addEgress(NetworkPolicyEgressRule.builder().addTo(dns)
        .addPorts(port(IntOrString.of(53), "UDP"), port(IntOrString.of(53), "TCP")).build());
  }

  /** Adds an egress rule to {@code peer}. */
  public NetworkPolicyBuilder allowTo(NetworkPolicyPeer peer) {
    return addEgress(NetworkPolicyEgressRule.builder().addTo(Checks.notNull(peer, "peer")).build());
  }

  /** Narrows the rule added last to TCP port {@code port}; call again for more ports. */
  public NetworkPolicyBuilder onPort(int port) {
    return onPort(port(IntOrString.of(port), null));
  }

  /** Narrows the rule added last to {@code protocol} ({@code TCP}, {@code UDP}, {@code SCTP}) port {@code port}. */
  public NetworkPolicyBuilder onPort(int port, String protocol) {
    return onPort(port(IntOrString.of(port), Checks.notNull(protocol, "protocol")));
  }

  /** Narrows the rule added last to the container port named {@code portName} of the pods it reaches. */
  public NetworkPolicyBuilder onPort(String portName) {
    return onPort(port(IntOrString.of(Checks.notNull(portName, "portName")), null));
  }

  /** Narrows the rule added last to the TCP ports {@code from} to {@code to}, both included ({@code endPort}). */
  public NetworkPolicyBuilder onPorts(int from, int to) {
    return onPort(NetworkPolicyPort.builder().port(IntOrString.of(from)).endPort(to).build());
  }

  /** Narrows the rule added last to {@code port}. */
  public NetworkPolicyBuilder onPort(NetworkPolicyPort port) {
    Checks.notNull(port, "port");
    if (lastEgress == null) {
      throw new IllegalStateException("onPort must follow an allowFrom(..) or allowTo(..) rule (was called first)");
    }
    if (lastEgress) {
      List<NetworkPolicyEgressRule> all = new ArrayList<>(spec.egress());
      NetworkPolicyEgressRule last = all.remove(all.size() - 1);
      List<NetworkPolicyPort> ports = new ArrayList<>(last.ports());
      ports.add(port);
      all.add(last.withPorts(ports));
      spec = spec.withEgress(all);
    } else {
      List<NetworkPolicyIngressRule> all = new ArrayList<>(spec.ingress());
      NetworkPolicyIngressRule last = all.remove(all.size() - 1);
      List<NetworkPolicyPort> ports = new ArrayList<>(last.ports());
      ports.add(port);
      all.add(last.withPorts(ports));
      spec = spec.withIngress(all);
    }
    return this;
  }

  /** Makes this an ingress policy: traffic in is denied but what its ingress rules allow (none: all denied). */
  public NetworkPolicyBuilder denyAllIngress() {
    types.add("Ingress");
    return this;
  }

  /** Makes this an egress policy: traffic out is denied but what its egress rules allow (none: all denied). */
  public NetworkPolicyBuilder denyAllEgress() {
    types.add("Egress");
    return this;
  }

  /** {@link #denyAllIngress()} and {@link #denyAllEgress()}: only what the rules allow gets in or out. */
  public NetworkPolicyBuilder denyAll() {
    return denyAllIngress().denyAllEgress();
  }

  /** Sets a {@code spec} field kubeprint does not type, kept in {@code NetworkPolicySpec.extra()}. */
  public NetworkPolicyBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), NetworkPolicySpec.class, field, value));
    return this;
  }

  @Override
  public NetworkPolicy build() {
    List<String> policyTypes = new ArrayList<>();
    if (types.contains("Ingress") || !spec.ingress().isEmpty()) {
      policyTypes.add("Ingress");
    }
    if (types.contains("Egress") || !spec.egress().isEmpty()) {
      policyTypes.add("Egress");
    }
    NetworkPolicySpec s = policyTypes.isEmpty() && spec.policyTypes().isEmpty() ? spec : spec.withPolicyTypes(policyTypes);
    return NetworkPolicy.builder().metadata(metadata).spec(s).extra(extra).build();
  }

  private NetworkPolicyBuilder addIngress(NetworkPolicyIngressRule rule) {
    List<NetworkPolicyIngressRule> all = new ArrayList<>(spec.ingress());
    all.add(rule);
    spec = spec.withIngress(all);
    lastEgress = false;
    return this;
  }

  private NetworkPolicyBuilder addEgress(NetworkPolicyEgressRule rule) {
    List<NetworkPolicyEgressRule> all = new ArrayList<>(spec.egress());
    all.add(rule);
    spec = spec.withEgress(all);
    lastEgress = true;
    return this;
  }

  private static NetworkPolicyPort port(IntOrString port, String protocol) {
    NetworkPolicyPort.Builder b = NetworkPolicyPort.builder().port(port);
    if (protocol != null) {
      b.protocol(protocol);
    }
    return b.build();
  }

  private static LabelSelector selector(Labels labels) {
    Checks.notNull(labels, "labels");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("labels must not be empty (an empty selector selects everything: use the"
          + " allowAll or selectingAllPods methods to mean that)");
    }
    return LabelSelector.builder().matchLabels(labels.asMap()).build();
  }

  private static IPBlock ipBlock(String cidr, String... except) {
    String c = Checks.notNull(cidr, "cidr");
    List<String> out = Checks.strings(except, "except");
    return IPBlock.builder().cidr(c).except(out).build();
  }

  /**
   * The pods of a workload as a selector: its {@code spec.selector}'s {@code matchLabels} when set, else its pod
   * labels, without the blue-green {@code color} label.
   */
  static LabelSelector podsOf(KubeObject workload) {
    Checks.notNull(workload, "workload");
    Map<String, String> labels;
    if (workload instanceof Pod p) {
      labels = p.metadata().labels();
    } else {
      Optional<PodTemplateSpec> template = KubeObjects.podTemplate(workload);
      if (template.isEmpty() || workload instanceof io.kubeprint.core.batch.CronJob) {
        throw new IllegalArgumentException("workload must be a Deployment, ReplicaSet, PodTemplate or Pod (was "
            + workload.displayName() + ")");
      }
      Optional<LabelSelector> selector = workload instanceof Deployment d ? d.spec().selector()
          : workload instanceof ReplicaSet r ? r.spec().selector() : Optional.empty();
      labels = selector.map(LabelSelector::matchLabels).filter(m -> !m.isEmpty())
          .orElse(template.get().metadata().labels());
    }
    Map<String, String> out = new LinkedHashMap<>(labels);
    out.remove(BlueGreen.COLOR_LABEL);
    if (out.isEmpty()) {
      throw new IllegalArgumentException("workload must have pod labels for a NetworkPolicy to select (was "
          + workload.displayName() + " with none but color)");
    }
    return LabelSelector.builder().matchLabels(out).build();
  }
}
