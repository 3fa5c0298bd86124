package io.kubeprint.test;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicyPeer;
import io.kubeprint.core.networking.NetworkPolicyPort;
import io.kubeprint.core.networking.NetworkPolicySpec;
import io.kubeprint.core.validation.LabelSelectors;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assertions on a {@link NetworkPolicy}:
 * {@code assertThat(bundle).networkPolicy("api").selects(api).allowsFrom(web, 8080).deniesAllEgress()}.
 *
 * <p>Semantics follow Kubernetes: the policy applies to the pods its {@code podSelector} selects, for the policy
 * types it has ({@code spec.policyTypes}, or when empty {@code Ingress}, plus {@code Egress} if it has egress
 * rules). Traffic is allowed in from a workload when an ingress rule has no peers, or a peer whose
 * {@code podSelector} selects that workload's pods (in the policy's namespace, or in any namespace with an
 * empty {@code namespaceSelector}); on a port when the rule has no ports or one covering it (a number, or a range
 * up to {@code endPort}). Egress likewise with {@code to}. Reach it through
 * {@link KubeAssertions#assertThat(NetworkPolicy)} or {@link BundleAssert#networkPolicy(String)}.
 */
public final class NetworkPolicyAssert extends AbstractKubeObjectAssert<NetworkPolicyAssert, NetworkPolicy> {

  NetworkPolicyAssert(NetworkPolicy actual) {
    super(actual, NetworkPolicyAssert.class);
  }

  /** Verifies that the policy applies to the pods of {@code workload}. */
  public NetworkPolicyAssert selects(KubeObject workload) {
    isNotNull();
    Pods.require(workload, "workload");
    LabelSelector s = actual.spec().podSelector().orElse(LabelSelector.builder().build());
    if (!LabelSelectors.matches(s, Pods.labels(workload))) {
      throw failure("to apply to the pods of " + workload.displayName() + ", labelled "
          + Describe.labels(Pods.labels(workload)), "but its podSelector was", Describe.selector(s));
    }
    return myself;
  }

  /** Verifies that traffic in from the pods of {@code workload} is allowed, on some port. */
  public NetworkPolicyAssert allowsFrom(KubeObject workload) {
    return allows(workload, null, false);
  }

  /** Verifies that traffic in from the pods of {@code workload} to TCP port {@code port} is allowed. */
  public NetworkPolicyAssert allowsFrom(KubeObject workload, int port) {
    return allows(workload, port, false);
  }

  /** Verifies that traffic out to the pods of {@code workload} is allowed, on some port. */
  public NetworkPolicyAssert allowsTo(KubeObject workload) {
    return allows(workload, null, true);
  }

  /** Verifies that traffic out to the pods of {@code workload} on TCP port {@code port} is allowed. */
  public NetworkPolicyAssert allowsTo(KubeObject workload, int port) {
    return allows(workload, port, true);
  }

  /** Verifies that the policy is an ingress policy allowing nothing in (no ingress rules). */
  public NetworkPolicyAssert deniesAllIngress() {
    return deniesAll(false);
  }

  /** Verifies that the policy is an egress policy allowing nothing out (no egress rules). */
  public NetworkPolicyAssert deniesAllEgress() {
    return deniesAll(true);
  }

  private NetworkPolicyAssert deniesAll(boolean egress) {
    isNotNull();
    String type = egress ? "Egress" : "Ingress";
    NetworkPolicySpec s = actual.spec();
    int rules = egress ? s.egress().size() : s.ingress().size();
    if (!types(s).contains(type) || rules > 0) {
      throw failure("to deny all " + type.toLowerCase(java.util.Locale.ROOT) + " traffic", "but had policy types "
          + Describe.list(types(s)) + " and " + type.toLowerCase(java.util.Locale.ROOT) + " rules", String.valueOf(rules));
    }
    return myself;
  }

  private NetworkPolicyAssert allows(KubeObject workload, Integer port, boolean egress) {
    isNotNull();
    Pods.require(workload, "workload");
    Map<String, String> labels = Pods.labels(workload);
    NetworkPolicySpec s = actual.spec();
    String direction = egress ? "traffic to the pods of " : "traffic from the pods of ";
    String expectation = "to allow " + direction + workload.displayName() + (port == null ? "" : " on port " + port);
    String type = egress ? "Egress" : "Ingress";
    if (!types(s).contains(type)) {
      // Not a policy of this direction: it restricts nothing there, so the traffic is not denied by it either.
      throw failure(expectation, "but it is not an " + type.toLowerCase(java.util.Locale.ROOT) + " policy; policy types",
          Describe.list(types(s)));
    }
    int n = egress ? s.egress().size() : s.ingress().size();
    for (int i = 0; i < n; i++) {
      List<NetworkPolicyPeer> peers = egress ? s.egress().get(i).to() : s.ingress().get(i).from();
      List<NetworkPolicyPort> ports = egress ? s.egress().get(i).ports() : s.ingress().get(i).ports();
      boolean peerOk = peers.isEmpty() || peers.stream().anyMatch(p -> selects(p, labels));
      boolean portOk = port == null || ports.isEmpty() || ports.stream().anyMatch(p -> covers(p, port));
      if (peerOk && portOk) {
        return myself;
      }
    }
    StringBuilder rules = new StringBuilder();
    for (int i = 0; i < n; i++) {
      List<NetworkPolicyPeer> peers = egress ? s.egress().get(i).to() : s.ingress().get(i).from();
      List<NetworkPolicyPort> ports = egress ? s.egress().get(i).ports() : s.ingress().get(i).ports();
      rules.append(i == 0 ? "" : "; ").append(describePeers(peers)).append(" on ").append(describePorts(ports));
    }
    throw failure(expectation, "but its " + type.toLowerCase(java.util.Locale.ROOT) + " rules allowed",
        n == 0 ? "nothing" : rules.toString());
  }

  private static String describePeers(List<NetworkPolicyPeer> peers) {
    if (peers.isEmpty()) {
      return "anywhere";
    }
    List<String> out = new java.util.ArrayList<>();
    for (NetworkPolicyPeer p : peers) {
      List<String> parts = new java.util.ArrayList<>();
      p.namespaceSelector().ifPresent(ns -> parts.add("namespaces " + Describe.selector(ns)));
      p.podSelector().ifPresent(ps -> parts.add("pods " + Describe.selector(ps)));
      p.ipBlock().ifPresent(b -> parts.add("ipBlock " + b.cidr().orElse(Describe.UNSET)));
      out.add(String.join(" and ", parts));
    }
    return String.join(", ", out);
  }

  private static String describePorts(List<NetworkPolicyPort> ports) {
    if (ports.isEmpty()) {
      return "any port";
    }
    List<String> out = new java.util.ArrayList<>();
    for (NetworkPolicyPort p : ports) {
      String port = p.port().map(x -> x.isInt() ? String.valueOf(x.intValue()) : x.strValue()).orElse("any")
          + p.endPort().map(e -> "-" + e).orElse("");
      out.add(port + "/" + p.protocol().orElse("TCP"));
    }
    return "ports " + String.join(", ", out);
  }

  private static boolean selects(NetworkPolicyPeer p, Map<String, String> labels) {
    if (p.ipBlock().isPresent() || p.podSelector().isEmpty()) {
      return false;
    }
    boolean sameOrAnyNamespace = p.namespaceSelector().map(ns -> ns.matchLabels().isEmpty()
        && ns.matchExpressions().isEmpty()).orElse(true);
    return sameOrAnyNamespace && LabelSelectors.matches(p.podSelector().get(), labels);
  }

  private static boolean covers(NetworkPolicyPort p, int port) {
    if (!p.protocol().orElse("TCP").equals("TCP")) {
      return false;
    }
    if (p.port().isEmpty()) {
      return true;
    }
    IntOrString x = p.port().get();
    if (!x.isInt()) {
      return false;
    }
    int from = x.intValue();
    int to = p.endPort().orElse(from);
    return port >= from && port <= to;
  }

  private static List<String> types(NetworkPolicySpec s) {
    if (!s.policyTypes().isEmpty()) {
      return s.policyTypes();
    }
    return s.egress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
  }
}
