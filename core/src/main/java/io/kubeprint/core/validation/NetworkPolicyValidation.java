package io.kubeprint.core.validation;

import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.networking.IPBlock;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicyEgressRule;
import io.kubeprint.core.networking.NetworkPolicyIngressRule;
import io.kubeprint.core.networking.NetworkPolicyPeer;
import io.kubeprint.core.networking.NetworkPolicyPort;
import io.kubeprint.core.networking.NetworkPolicySpec;
import java.util.List;

/**
 * Rules for NetworkPolicies ({@code networking.k8s.io/v1}): {@code ValidateNetworkPolicy} and what it calls
 * ({@code ValidateNetworkPolicySpec}, {@code ValidateNetworkPolicyPort}, {@code ValidateNetworkPolicyPeer},
 * {@code ValidateIPBlock}, {@code ValidateLabelSelector}) in {@code pkg/apis/networking/validation}, as
 * Kubernetes 1.32 runs them on create: label selectors strictly, CIDRs as {@code IsValidCIDR} parses them
 * ({@code netutils.ParseCIDRSloppy}: leading zeros and host bits accepted). The defaults the API server sets first
 * ({@code protocol: TCP}, {@code policyTypes}) change no verdict.
 */
final class NetworkPolicyValidation {

  /** {@code ValidateNetworkPolicyPort}: protocol. */
  static final Rule PORT_PROTOCOL = Rule.of("network-policy-port-protocol", "ValidateNetworkPolicyPort",
      "a NetworkPolicy port's `protocol` is `TCP` (the default), `UDP` or `SCTP`");
  /** {@code ValidateNetworkPolicyPort}: port number or name, and the range's end. */
  static final Rule PORT = Rule.of("network-policy-port", "ValidateNetworkPolicyPort",
      "a NetworkPolicy port is a number in 1..65535 or a port name; `endPort` only with a numeric `port`, not below it");
  /** {@code ValidateNetworkPolicyPeer}: one kind of peer. */
  static final Rule PEER = Rule.of("network-policy-peer", "ValidateNetworkPolicyPeer",
      "a peer has a `podSelector`, a `namespaceSelector` (or both), or an `ipBlock` alone");
  /** {@code ValidateIPBlock}. */
  static final Rule IP_BLOCK = Rule.of("network-policy-ip-block", "ValidateIPBlock",
      "an `ipBlock` has a valid `cidr`, and each `except` is a valid CIDR strictly inside it");
  /** {@code ValidateNetworkPolicySpec}: policy types. */
  static final Rule POLICY_TYPES = Rule.of("network-policy-types", "ValidateNetworkPolicySpec",
      "`spec.policyTypes` holds at most two entries, each `Ingress` or `Egress`");

  private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");
  private static final List<String> POLICY_TYPE_NAMES = List.of("Ingress", "Egress");

  private NetworkPolicyValidation() {}

  /** {@code ValidateNetworkPolicy}. */
  static void networkPolicy(NetworkPolicy np, Violations v) {
    MetaValidation.objectMeta(np.metadata(), FieldPath.of("metadata"), v);
    spec(np.spec(), FieldPath.of("spec"), v);
  }

  /** {@code ValidateNetworkPolicySpec}. */
  private static void spec(NetworkPolicySpec spec, FieldPath path, Violations v) {
    MetaValidation.labelSelector(spec.podSelector().orElse(LabelSelector.builder().build()),
        path.child("podSelector"), v);
    List<NetworkPolicyIngressRule> ingress = spec.ingress();
    for (int i = 0; i < ingress.size(); i++) {
      FieldPath at = path.child("ingress").index(i);
      ports(ingress.get(i).ports(), at.child("ports"), v);
      peers(ingress.get(i).from(), at.child("from"), v);
    }
    List<NetworkPolicyEgressRule> egress = spec.egress();
    for (int i = 0; i < egress.size(); i++) {
      FieldPath at = path.child("egress").index(i);
      ports(egress.get(i).ports(), at.child("ports"), v);
      peers(egress.get(i).to(), at.child("to"), v);
    }
    List<String> types = spec.policyTypes();
    if (types.size() > POLICY_TYPE_NAMES.size()) {
      v.add(POLICY_TYPES, path.child("policyTypes"), "may not specify more than two policyTypes (was " + types + ")");
      return;
    }
    for (int i = 0; i < types.size(); i++) {
      if (!POLICY_TYPE_NAMES.contains(types.get(i))) {
        v.add(POLICY_TYPES, path.child("policyTypes").index(i),
            "must be \"Ingress\" or \"Egress\" (was \"" + types.get(i) + "\")");
      }
    }
  }

  private static void ports(List<NetworkPolicyPort> ports, FieldPath path, Violations v) {
    for (int i = 0; i < ports.size(); i++) {
      port(ports.get(i), path.index(i), v);
    }
  }

  private static void peers(List<NetworkPolicyPeer> peers, FieldPath path, Violations v) {
    for (int i = 0; i < peers.size(); i++) {
      peer(peers.get(i), path.index(i), v);
    }
  }

  /** {@code ValidateNetworkPolicyPort}. */
  private static void port(NetworkPolicyPort port, FieldPath path, Violations v) {
    if (port.protocol().isPresent() && !PROTOCOLS.contains(port.protocol().get())) {
      v.add(PORT_PROTOCOL, path.child("protocol"),
          "must be \"SCTP\", \"TCP\" or \"UDP\" (was \"" + port.protocol().get() + "\")");
    }
    FieldPath endPath = path.child("endPort");
    if (port.port().isEmpty()) {
      port.endPort().ifPresent(end -> v.add(PORT, endPath,
          "may not be specified when `port` is not specified (was " + end + ")"));
      return;
    }
    IntOrString p = port.port().get();
    if (p.isInt()) {
      int number = p.intValue();
      for (String msg : Syntax.isValidPortNum(number)) {
        v.add(PORT, path.child("port"), msg + " (was " + number + ")");
      }
      if (port.endPort().isPresent()) {
        int end = port.endPort().get();
        if (end < number) {
          v.add(PORT, endPath, "must be greater than or equal to `port` (was " + end + "; port is " + number + ")");
        }
        for (String msg : Syntax.isValidPortNum(end)) {
          v.add(PORT, endPath, msg + " (was " + end + ")");
        }
      }
    } else {
      String name = p.strValue();
      port.endPort().ifPresent(end -> v.add(PORT, endPath,
          "may not be specified when `port` is non-numeric (was " + end + ")"));
      for (String msg : Syntax.isValidPortName(name)) {
        v.add(PORT, path.child("port"), msg + " (was \"" + name + "\")");
      }
    }
  }

  /** {@code ValidateNetworkPolicyPeer}. */
  private static void peer(NetworkPolicyPeer peer, FieldPath path, Violations v) {
    int kinds = 0;
    if (peer.podSelector().isPresent()) {
      kinds++;
      MetaValidation.labelSelector(peer.podSelector().get(), path.child("podSelector"), v);
    }
    if (peer.namespaceSelector().isPresent()) {
      kinds++;
      MetaValidation.labelSelector(peer.namespaceSelector().get(), path.child("namespaceSelector"), v);
    }
    if (peer.ipBlock().isPresent()) {
      kinds++;
      ipBlock(peer.ipBlock().get(), path.child("ipBlock"), v);
    }
    if (kinds == 0) {
      v.add(PEER, path, "is required: a podSelector, a namespaceSelector or an ipBlock");
    } else if (kinds > 1 && peer.ipBlock().isPresent()) {
      v.add(PEER, path, "may not specify both ipBlock and another peer");
    }
  }

  /** {@code ValidateIPBlock}: an invalid {@code cidr} hides the checks of {@code except}. */
  private static void ipBlock(IPBlock block, FieldPath path, Violations v) {
    String cidr = block.cidr().orElse("");
    FieldPath cidrPath = path.child("cidr");
    if (cidr.isEmpty()) {
      v.add(IP_BLOCK, cidrPath, "is required");
      return;
    }
    List<String> errs = Syntax.isValidCidr(cidr);
    for (String msg : errs) {
      v.add(IP_BLOCK, cidrPath, msg + " (was \"" + cidr + "\")");
    }
    Net outer = Net.parse(cidr);
    if (!errs.isEmpty() || outer == null) {
      return;
    }
    for (int i = 0; i < block.except().size(); i++) {
      String except = block.except().get(i);
      FieldPath at = path.child("except").index(i);
      List<String> exceptErrs = Syntax.isValidCidr(except);
      for (String msg : exceptErrs) {
        v.add(IP_BLOCK, at, msg + " (was \"" + except + "\")");
      }
      Net inner = Net.parse(except);
      if (!exceptErrs.isEmpty() || inner == null) {
        continue;
      }
      if (!outer.contains(inner.network) || outer.ones >= inner.ones) {
        v.add(IP_BLOCK, at, "must be a strict subset of `cidr` (was \"" + except + "\"; cidr is \"" + cidr + "\")");
      }
    }
  }

  /**
   * A network as Go's {@code net.ParseCIDR} makes it and {@code IPNet.Contains} reads it: the masked address
   * (4 bytes when it is an IPv4 one, even written in IPv6 form), the mask cut to the same length, and the prefix
   * length as written.
   */
  private static final class Net {
    final byte[] network;
    final byte[] mask;
    final int ones;

    private Net(byte[] network, byte[] mask, int ones) {
      this.network = network;
      this.mask = mask;
      this.ones = ones;
    }

    /** The network of a CIDR {@link Syntax#isValidCidr} accepts, or null. */
    static Net parse(String cidr) {
      int slash = cidr.indexOf('/');
      if (slash < 0) {
        return null;
      }
      String addr = cidr.substring(0, slash);
      byte[] ip = Syntax.parseIpSloppy(addr);
      int ones;
      try {
        ones = Integer.parseInt(cidr.substring(slash + 1));
      } catch (NumberFormatException e) {
        return null;
      }
      if (ip == null) {
        return null;
      }
      boolean v4Text = addr.indexOf(':') < 0;
      int bits = v4Text ? 32 : 128;
      byte[] fullMask = new byte[16];
      int maskOnes = v4Text ? ones + 96 : ones;
      for (int i = 0; i < 128; i++) {
        if (i < maskOnes) {
          fullMask[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
      }
      byte[] masked = new byte[16];
      for (int i = 0; i < 16; i++) {
        masked[i] = (byte) (ip[i] & fullMask[i]);
      }
      if (v4Text || isV4Mapped(masked)) {
        return new Net(slice(masked, 12), slice(fullMask, 12), Math.min(ones, bits));
      }
      return new Net(masked, fullMask, ones);
    }

    /** {@code IPNet.Contains} of a network address made by {@link #parse}. */
    boolean contains(byte[] ip) {
      if (ip.length != network.length) {
        return false;
      }
      for (int i = 0; i < ip.length; i++) {
        if ((network[i] & mask[i]) != (ip[i] & mask[i])) {
          return false;
        }
      }
      return true;
    }

    private static boolean isV4Mapped(byte[] ip) {
      for (int i = 0; i < 10; i++) {
        if (ip[i] != 0) {
          return false;
        }
      }
      return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
    }

    private static byte[] slice(byte[] b, int from) {
      byte[] out = new byte[b.length - from];
      System.arraycopy(b, from, out, 0, out.length);
      return out;
    }
  }
}
