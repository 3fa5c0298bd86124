package io.kubeprint.core.validation;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.service.ClientIPConfig;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.service.SessionAffinityConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules for Services: {@code ValidateService} ({@code pkg/apis/core/validation}) with its helpers
 * {@code validateServicePort}, {@code ValidateServiceClusterIPsRelatedFields},
 * {@code validateServiceExternalTrafficPolicy} and friends, checked as a 1.32 API server checks a new Service:
 * after {@code SetDefaults_Service} (type {@code ClusterIP}, protocol {@code TCP}, {@code targetPort} = port,
 * {@code sessionAffinity: None} which drops {@code sessionAffinityConfig}, a 10800 s ClientIP timeout,
 * {@code externalTrafficPolicy: Cluster} for externally reachable Services) and after the registry copies
 * {@code clusterIP} into {@code clusterIPs} ({@code normalizeClusterIPs}). Fields kubeprint does not type
 * ({@code clusterIPs}, {@code ipFamilies}, {@code ipFamilyPolicy}, {@code healthCheckNodePort},
 * {@code allocateLoadBalancerNodePorts}, {@code loadBalancerClass}, {@code internalTrafficPolicy},
 * {@code trafficDistribution}) are read from {@code spec.extra()}.
 */
final class ServiceValidation {

  /** {@code spec.ports} may be empty only for headless ({@code clusterIP: None}) and ExternalName Services. */
  static final Rule PORTS_REQUIRED = Rule.of("service-ports-required", "ValidateService",
      "a Service has at least one port unless it is headless (`clusterIP: None`) or of type `ExternalName`");
  /** {@code spec.type}. */
  static final Rule TYPE = Rule.of("service-type", "ValidateService",
      "`spec.type` is `ClusterIP` (the default), `NodePort`, `LoadBalancer` or `ExternalName`");
  /** Ports are told apart by name once there are several. */
  static final Rule PORT_NAME_REQUIRED = Rule.of("service-port-name-required", "validateServicePort",
      "every port has a `name` when a Service has more than one");
  /** Port names are DNS-1123 labels. */
  static final Rule PORT_NAME_SYNTAX = Rule.of("service-port-name-syntax", "validateServicePort",
      "a Service port `name` is a DNS-1123 label");
  /** Port names are unique within a Service. */
  static final Rule PORT_NAME_DUPLICATE = Rule.of("service-port-name-duplicate", "validateServicePort",
      "no two ports of a Service share a `name`");
  /** {@code IsValidPortNum} on {@code port}. */
  static final Rule PORT_RANGE = Rule.of("service-port-range", "validateServicePort",
      "a Service `port` is between 1 and 65535");
  /** {@code protocol}: {@code TCP} (the default), {@code UDP} or {@code SCTP}. */
  static final Rule PORT_PROTOCOL = Rule.of("service-port-protocol", "validateServicePort",
      "a Service port `protocol` is `TCP` (the default), `UDP` or `SCTP`");
  /** {@code ValidatePortNumOrName} on {@code targetPort} (the port itself when absent). */
  static final Rule TARGET_PORT = Rule.of("service-target-port", "ValidatePortNumOrName",
      "a `targetPort` (the `port` when absent) is a number between 1 and 65535 or an IANA port name");
  /** {@code appProtocol} is a qualified name such as {@code http} or {@code kubernetes.io/h2c}. */
  static final Rule APP_PROTOCOL = Rule.of("service-app-protocol", "validateServicePort",
      "a Service port `appProtocol` is a qualified name such as `http` or `kubernetes.io/h2c`");
  /** The same port number twice for one protocol. */
  static final Rule PORT_DUPLICATE = Rule.of("service-port-duplicate", "ValidateService",
      "no two ports of a Service share `port` and `protocol`");
  /** {@code nodePort} on a {@code ClusterIP} Service. */
  static final Rule NODE_PORT_CLUSTER_IP = Rule.of("service-node-port-cluster-ip", "ValidateService",
      "a `ClusterIP` Service sets no `nodePort`");
  /** The same node port twice for one protocol. */
  static final Rule NODE_PORT_DUPLICATE = Rule.of("service-node-port-duplicate", "ValidateService",
      "no two ports of a Service share `nodePort` and `protocol`, counting the node port each port has once the API server allocated them (two ports of one number share theirs)");
  /**
   * A requested node port outside the API server's default {@code --service-node-port-range}; the node port
   * allocator refuses it before validation runs.
   */
  static final Rule NODE_PORT_RANGE = Rule.of("service-node-port-range", "PortAllocator.Allocate",
      "a `nodePort` or `healthCheckNodePort` asked of a `NodePort` or `LoadBalancer` Service is in the default node port range 30000-32767");
  /**
   * The node port allocator hands out each port once: ports of a Service share a requested node port only
   * when they have the same port number (say 53 over TCP and UDP). Upstream {@code initNodePorts}, before
   * validation.
   */
  static final Rule NODE_PORT_ALLOCATED = Rule.of("service-node-port-allocated", "PortAllocator.Allocate",
      "a `nodePort` (or `healthCheckNodePort`) is not one another port of the Service already took; only ports of one number share a node port");
  /**
   * {@code initIPFamilyFields}: a SingleStack Service (the default, unless headless without a selector) has one
   * cluster IP and one family.
   */
  static final Rule IP_FAMILY_POLICY = Rule.of("service-ip-family-policy", "initIPFamilyFields",
      "a `SingleStack` Service (the default policy, unless headless without selector) names at most one cluster IP and one IP family");
  /**
   * {@code initIPFamilyFields} on the API server's default single-stack IPv4 service range
   * ({@code --service-cluster-ip-range} 10.0.0.0/24, as kind, minikube and kubeadm clusters run): IPv6 and
   * dual-stack requests are refused, except for a headless Service without selector.
   */
  static final Rule IP_FAMILY_NOT_CONFIGURED = Rule.of("service-ip-family-not-configured", "initIPFamilyFields",
      "no `IPv6` family or cluster IP and no `RequireDualStack` policy (except headless without selector): kubeprint assumes a single-stack IPv4 cluster, the API server's default");
  /** Until 1.33, a LoadBalancer may not expose the kubelet's port. */
  static final Rule KUBELET_PORT = Rule.of("service-kubelet-port", "ValidateService",
      "a `LoadBalancer` Service does not expose port 10250, the kubelet's (refused up to Kubernetes 1.32)");
  /** An ExternalName Service aliases a DNS name. */
  static final Rule EXTERNAL_NAME_REQUIRED = Rule.of("service-external-name-required", "ValidateService",
      "an `ExternalName` Service has a `spec.externalName`");
  /** {@code externalName} (less one trailing dot) is a DNS-1123 subdomain. */
  static final Rule EXTERNAL_NAME_SYNTAX = Rule.of("service-external-name-syntax", "ValidateService",
      "`spec.externalName` of an `ExternalName` Service is a DNS-1123 subdomain, optionally ending in '.'");
  /** An ExternalName Service has no cluster IP and no IP families. */
  static final Rule EXTERNAL_NAME_IP_FIELDS = Rule.of("service-external-name-ip-fields", "ValidateService",
      "an `ExternalName` Service sets no `clusterIP`, `clusterIPs`, `ipFamilies` or `ipFamilyPolicy`");
  /** Headless Services cannot be NodePort or LoadBalancer. */
  static final Rule HEADLESS_TYPE = Rule.of("service-headless-type", "ValidateService",
      "a `NodePort` or `LoadBalancer` Service is not headless (`clusterIP: None`)");
  /** {@code clusterIP}/{@code clusterIPs} syntax and consistency. */
  static final Rule CLUSTER_IPS = Rule.of("service-cluster-ips", "ValidateServiceClusterIPsRelatedFields",
      "`clusterIP` and `clusterIPs` are valid IPs or `None`, agree on the first value, hold at most one IP per family");
  /** {@code ipFamilies} and {@code ipFamilyPolicy} values, and their agreement with {@code clusterIPs}. */
  static final Rule IP_FAMILIES = Rule.of("service-ip-families", "ValidateServiceClusterIPsRelatedFields",
      "`ipFamilies` are distinct `IPv4`/`IPv6` matching `clusterIPs`; `ipFamilyPolicy` is `SingleStack`, `PreferDualStack` or `RequireDualStack`");
  /** External IPs must be usable addresses. */
  static final Rule EXTERNAL_IP = Rule.of("service-external-ip", "ValidateNonSpecialIP",
      "each `externalIPs` entry is an IP address, not unspecified, loopback or link-local");
  /** {@code loadBalancerSourceRanges} (or its annotation): CIDRs, for LoadBalancer Services only. */
  static final Rule SOURCE_RANGES = Rule.of("service-source-ranges", "ValidateService",
      "`loadBalancerSourceRanges` (or its annotation) are CIDRs and are set only on `LoadBalancer` Services");
  /** {@code sessionAffinity}: {@code None} (the default) or {@code ClientIP}. */
  static final Rule SESSION_AFFINITY = Rule.of("service-session-affinity", "ValidateService",
      "`spec.sessionAffinity` is `None` (the default) or `ClientIP`");
  /** The ClientIP affinity timeout. */
  static final Rule SESSION_AFFINITY_TIMEOUT = Rule.of("service-session-affinity-timeout",
      "validateClientIPAffinityConfig",
      "`sessionAffinityConfig.clientIP.timeoutSeconds` is between 1 and 86400 (10800 when absent)");
  /** {@code externalTrafficPolicy}: only for externally reachable Services, {@code Cluster} or {@code Local}. */
  static final Rule EXTERNAL_TRAFFIC_POLICY = Rule.of("service-external-traffic-policy",
      "validateServiceExternalTrafficPolicy",
      "`externalTrafficPolicy` is `Cluster` or `Local`, set only on `NodePort`, `LoadBalancer` or `ClusterIP` Services with `externalIPs`");
  /** {@code healthCheckNodePort}: only with {@code type: LoadBalancer} and {@code externalTrafficPolicy: Local}. */
  static final Rule HEALTH_CHECK_NODE_PORT = Rule.of("service-health-check-node-port",
      "validateServiceExternalTrafficPolicy",
      "`healthCheckNodePort` is set only on a `LoadBalancer` Service with `externalTrafficPolicy: Local`, and is a port number");
  /** {@code internalTrafficPolicy}: {@code Cluster} (the default) or {@code Local}. */
  static final Rule INTERNAL_TRAFFIC_POLICY = Rule.of("service-internal-traffic-policy",
      "validateServiceInternalTrafficFieldsValue", "`internalTrafficPolicy` is `Cluster` (the default) or `Local`");
  /** {@code trafficDistribution}: {@code PreferClose} in 1.32. */
  static final Rule TRAFFIC_DISTRIBUTION = Rule.of("service-traffic-distribution",
      "validateServiceTrafficDistribution", "`trafficDistribution` is `PreferClose`");
  /** Fields that only a LoadBalancer Service may carry. */
  static final Rule LOAD_BALANCER_FIELDS = Rule.of("service-load-balancer-fields", "validateLoadBalancerClassField",
      "`allocateLoadBalancerNodePorts` and `loadBalancerClass` (a qualified name) are set only on `LoadBalancer` Services");
  /** The two topology annotations must agree when both are present. */
  static final Rule TOPOLOGY_ANNOTATIONS = Rule.of("service-topology-annotations", "ValidateService",
      "annotations `service.kubernetes.io/topology-mode` and `service.kubernetes.io/topology-aware-hints` agree when both are set");

  static final String CLUSTER_IP = "ClusterIP";
  static final String NODE_PORT = "NodePort";
  static final String LOAD_BALANCER = "LoadBalancer";
  static final String EXTERNAL_NAME = "ExternalName";
  private static final String NONE = "None";
  private static final String CLIENT_IP = "ClientIP";
  private static final int MAX_CLIENT_IP_AFFINITY_SECONDS = 86400;
  private static final int DEFAULT_CLIENT_IP_AFFINITY_SECONDS = 10800;
  /** The API server's default {@code --service-node-port-range}. */
  private static final int NODE_PORT_MIN = 30000;
  private static final int NODE_PORT_MAX = 32767;
  private static final int KUBELET_PORT_NUMBER = 10250;
  private static final String SINGLE_STACK = "SingleStack";
  private static final String REQUIRE_DUAL_STACK = "RequireDualStack";
  private static final String SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
  private static final String TOPOLOGY_MODE = "service.kubernetes.io/topology-mode";
  private static final String TOPOLOGY_HINTS = "service.kubernetes.io/topology-aware-hints";

  private ServiceValidation() {}

  /**
   * A new Service as the API server takes it: the registry's {@code BeginCreate} first sets up IP families
   * ({@code initIPFamilyFields}) and allocates the requested node ports ({@code initNodePorts}); a failure
   * there is the only error reported. Then {@code ValidateService}.
   */
  static void service(Service s, Violations v) {
    ObjectMeta meta = s.metadata();
    FieldPath metaPath = FieldPath.of("metadata");
    ServiceSpec spec = s.spec();
    Fields extra = spec.extra();
    FieldPath path = FieldPath.of("spec");
    String type = spec.type().filter(t -> !t.isEmpty()).orElse(CLUSTER_IP);
    List<String> clusterIPs = clusterIPs(spec);
    boolean headless = clusterIPs.size() == 1 && clusterIPs.get(0).equals(NONE);

    int before = v.list().size();
    if (!type.equals(EXTERNAL_NAME)) {
      ipFamilyFields(spec, clusterIPs, headless, path, v);
    }
    if (v.list().size() == before) {
      nodePortAllocation(spec, type, path, v);
    }
    if (v.list().size() > before) {
      return;
    }

    MetaValidation.objectMeta(meta, metaPath, v, MetaValidation.NameRule.DNS1035_LABEL);
    topologyAnnotations(meta.annotations(), metaPath.child("annotations"), v);

    if (spec.ports().isEmpty() && !headless && !type.equals(EXTERNAL_NAME)) {
      v.add(PORTS_REQUIRED, path.child("ports"),
          "is required unless clusterIP is \"None\" or type is \"ExternalName\"");
    }
    switch (type) {
      case LOAD_BALANCER, NODE_PORT -> {
        if (headless) {
          v.add(HEADLESS_TYPE, path.child("clusterIPs").index(0),
              "may not be \"None\" for " + type + " Services (was \"None\")");
        }
        if (type.equals(LOAD_BALANCER)) {
          for (int i = 0; i < spec.ports().size(); i++) {
            if (spec.ports().get(i).port().orElse(0) == KUBELET_PORT_NUMBER) {
              v.add(KUBELET_PORT, path.child("ports").index(i), "must not be " + KUBELET_PORT_NUMBER
                  + ", the kubelet's port, on a LoadBalancer Service (was " + KUBELET_PORT_NUMBER + ")");
            }
          }
        }
      }
      case EXTERNAL_NAME -> externalName(spec, clusterIPs, path, v);
      default -> { }
    }

    ports(spec.ports(), type, allocatesNodePorts(spec, type), path.child("ports"), v);
    MetaValidation.labels(spec.selector(), path.child("selector"), v);
    sessionAffinity(spec, path, v);
    // ValidateServiceClusterIPsRelatedFields runs again here, and passes: it passed in initIPFamilyFields.
    externalIPs(spec.externalIPs(), path.child("externalIPs"), v);
    if (!type.equals(CLUSTER_IP) && !type.equals(NODE_PORT) && !type.equals(LOAD_BALANCER)
        && !type.equals(EXTERNAL_NAME)) {
      v.add(TYPE, path.child("type"),
          "must be \"ClusterIP\", \"ExternalName\", \"LoadBalancer\" or \"NodePort\" (was \"" + type + "\")");
    }
    sourceRanges(spec.loadBalancerSourceRanges(), meta.annotations(), type, path, v);
    loadBalancerFields(extra, type, path, v);
    trafficPolicies(spec, type, path, v);
  }

  private static void topologyAnnotations(Map<String, String> annotations, FieldPath path, Violations v) {
    String mode = annotations.get(TOPOLOGY_MODE);
    String hints = annotations.get(TOPOLOGY_HINTS);
    if (mode != null && hints != null && !mode.equals(hints)) {
      v.add(TOPOLOGY_ANNOTATIONS, path.key(TOPOLOGY_MODE), "must match annotations[" + TOPOLOGY_HINTS
          + "] when both are specified (was \"" + mode + "\"; " + TOPOLOGY_HINTS + " is \"" + hints + "\")");
    }
  }

  /**
   * {@code spec.clusterIPs} as validation sees it: the {@code clusterIPs} field, or {@code [clusterIP]} when only
   * {@code clusterIP} is set ({@code normalizeClusterIPs}).
   */
  private static List<String> clusterIPs(ServiceSpec spec) {
    List<String> plural = strings(spec.extra(), "clusterIPs");
    String single = spec.clusterIP().orElse("");
    if (!single.isEmpty() && plural.isEmpty()) {
      return List.of(single);
    }
    return plural;
  }

  private static void externalName(ServiceSpec spec, List<String> clusterIPs, FieldPath path, Violations v) {
    if (!clusterIPs.isEmpty()) {
      v.add(EXTERNAL_NAME_IP_FIELDS, path.child("clusterIPs"),
          "may not be set for ExternalName Services (was " + quoted(clusterIPs) + ")");
    }
    if (!strings(spec.extra(), "ipFamilies").isEmpty()) {
      v.add(EXTERNAL_NAME_IP_FIELDS, path.child("ipFamilies"), "may not be set for ExternalName Services (was "
          + quoted(strings(spec.extra(), "ipFamilies")) + ")");
    }
    if (spec.extra().get("ipFamilyPolicy") != null) {
      v.add(EXTERNAL_NAME_IP_FIELDS, path.child("ipFamilyPolicy"), "may not be set for ExternalName Services (was "
          + display(spec.extra().get("ipFamilyPolicy")) + ")");
    }
    String name = spec.externalName().orElse("");
    String cname = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (cname.isEmpty()) {
      v.add(EXTERNAL_NAME_REQUIRED, path.child("externalName"), "is required for ExternalName Services");
    } else {
      for (String msg : Syntax.isDns1123Subdomain(cname)) {
        v.add(EXTERNAL_NAME_SYNTAX, path.child("externalName"), msg + " (was \"" + cname + "\")");
      }
    }
  }

  /**
   * {@code validateServicePort} for each port, then the duplicate and node port checks of {@code ValidateService}.
   * The API server allocates node ports before it validates ({@code BeginCreate}), so a port that asks for none
   * has the one its port number shares by then: two ports of one number and protocol have one node port, and the
   * later one's is a duplicate ({@code spec.ports[1].nodePort}).
   */
  private static void ports(List<ServicePort> ports, String type, boolean allocates, FieldPath path, Violations v) {
    Set<String> names = new HashSet<>();
    Set<String> portKeys = new HashSet<>();
    Set<String> nodePortKeys = new HashSet<>();
    for (int i = 0; i < ports.size(); i++) {
      ServicePort p = ports.get(i);
      FieldPath at = path.index(i);
      String name = p.name().orElse("");
      if (ports.size() > 1 && name.isEmpty()) {
        v.add(PORT_NAME_REQUIRED, at.child("name"), "is required when a Service has more than one port");
      } else if (!name.isEmpty()) {
        for (String msg : Syntax.isDns1123Label(name)) {
          v.add(PORT_NAME_SYNTAX, at.child("name"), msg + " (was \"" + name + "\")");
        }
        if (!names.add(name)) {
          v.add(PORT_NAME_DUPLICATE, at.child("name"), "must be unique among the ports (was \"" + name + "\" again)");
        }
      }
      int port = p.port().orElse(0);
      for (String msg : Syntax.isValidPortNum(port)) {
        v.add(PORT_RANGE, at.child("port"), msg + " (was " + port + ")");
      }
      String protocol = p.protocol().filter(x -> !x.isEmpty()).orElse("TCP");
      if (!protocol.equals("TCP") && !protocol.equals("UDP") && !protocol.equals("SCTP")) {
        v.add(PORT_PROTOCOL, at.child("protocol"), "must be \"SCTP\", \"TCP\" or \"UDP\" (was \"" + protocol + "\")");
      }
      targetPort(p, port, at.child("targetPort"), v);
      if (p.appProtocol().isPresent()) {
        for (String msg : Syntax.isQualifiedName(p.appProtocol().get())) {
          v.add(APP_PROTOCOL, at.child("appProtocol"), msg + " (was \"" + p.appProtocol().get() + "\")");
        }
      }
      int nodePort = p.nodePort().orElse(0);
      FieldPath nodePortPath = at.child("nodePort");
      if (nodePort != 0) {
        if (type.equals(CLUSTER_IP)) {
          v.add(NODE_PORT_CLUSTER_IP, nodePortPath,
              "may not be used when type is \"ClusterIP\" (was " + nodePort + ")");
        }
        if (!nodePortKeys.add(protocol + "/" + nodePort)) {
          v.add(NODE_PORT_DUPLICATE, nodePortPath,
              "must be unique per protocol among the ports (was " + nodePort + "/" + protocol + " again)");
        }
      } else if (allocates) {
        int shared = requestedNodePort(port, ports);
        String key = protocol + "/" + (shared != 0 ? shared : "port " + port);
        if (!nodePortKeys.add(key)) {
          v.add(NODE_PORT_DUPLICATE, nodePortPath, "must be unique per protocol among the ports (was "
              + (shared != 0 ? shared : "the node port allocated to port " + port) + "/" + protocol + " again)");
        }
      }
      if (!portKeys.add(protocol + "/" + port)) {
        v.add(PORT_DUPLICATE, at, "port and protocol must be unique among the ports (was " + port + "/" + protocol
            + " again)");
      }
    }
  }

  /** {@code ValidatePortNumOrName} on {@code targetPort}, defaulted to the port when absent, 0 or empty. */
  private static void targetPort(ServicePort p, int port, FieldPath path, Violations v) {
    IntOrString target = p.targetPort()
        .filter(t -> t.isInt() ? t.intValue() != 0 : !t.strValue().isEmpty())
        .orElse(IntOrString.of(port));
    if (target.isInt()) {
      for (String msg : Syntax.isValidPortNum(target.intValue())) {
        v.add(TARGET_PORT, path, msg + " (was " + target.intValue()
            + (p.targetPort().isPresent() ? "" : ", the port") + ")");
      }
    } else {
      for (String msg : Syntax.isValidPortName(target.strValue())) {
        v.add(TARGET_PORT, path, msg + " (was \"" + target.strValue() + "\")");
      }
    }
  }

  /**
   * {@code txnAllocNodePorts}: for NodePort and LoadBalancer Services, the node ports asked for are allocated
   * in port order, a port number's node port shared by its other protocols ({@code initNodePorts},
   * {@code findRequestedNodePort}), then the health check node port of a LoadBalancer with
   * {@code externalTrafficPolicy: Local}. The first port the allocator refuses is the one error.
   */
  /** {@code shouldAllocateNodePorts}: a NodePort Service, or a LoadBalancer one unless it turns allocation off. */
  private static boolean allocatesNodePorts(ServiceSpec spec, String type) {
    return type.equals(NODE_PORT) || type.equals(LOAD_BALANCER)
        && !Boolean.FALSE.equals(spec.extra().get("allocateLoadBalancerNodePorts"));
  }

  private static void nodePortAllocation(ServiceSpec spec, String type, FieldPath path, Violations v) {
    if (!type.equals(NODE_PORT) && !type.equals(LOAD_BALANCER)) {
      return;
    }
    boolean allocateNew = allocatesNodePorts(spec, type);
    List<ServicePort> ports = spec.ports();
    Map<Integer, Integer> byPort = new HashMap<>();
    Set<Integer> taken = new HashSet<>();
    for (int i = 0; i < ports.size(); i++) {
      ServicePort p = ports.get(i);
      int nodePort = p.nodePort().orElse(0);
      if (nodePort == 0 && !allocateNew) {
        continue;
      }
      int port = p.port().orElse(0);
      FieldPath at = path.child("ports").index(i).child("nodePort");
      Integer allocated = byPort.get(port);
      if (allocated == null) {
        int requested = requestedNodePort(port, ports);
        if (requested != 0 && !allocate(requested, taken, at, v)) {
          return;
        }
        byPort.put(port, requested);
      } else if (nodePort != 0 && nodePort != allocated && !allocate(nodePort, taken, at, v)) {
        return;
      }
    }
    String policy = spec.externalTrafficPolicy().filter(x -> !x.isEmpty()).orElse("Cluster");
    Object healthCheck = spec.extra().get("healthCheckNodePort");
    int healthPort = healthCheck instanceof Number n ? n.intValue() : 0;
    if (type.equals(LOAD_BALANCER) && policy.equals("Local") && healthPort != 0) {
      allocate(healthPort, taken, path.child("healthCheckNodePort"), v);
    }
  }

  /** {@code findRequestedNodePort}: the first node port asked for on a port of this number, or 0. */
  private static int requestedNodePort(int port, List<ServicePort> ports) {
    for (ServicePort p : ports) {
      if (p.port().orElse(0) == port && p.nodePort().orElse(0) != 0) {
        return p.nodePort().get();
      }
    }
    return 0;
  }

  /** {@code PortAllocator.Allocate}: a free port of the default node port range, or an error. */
  private static boolean allocate(int nodePort, Set<Integer> taken, FieldPath path, Violations v) {
    if (nodePort < NODE_PORT_MIN || nodePort > NODE_PORT_MAX) {
      v.add(NODE_PORT_RANGE, path, "must be between " + NODE_PORT_MIN + " and " + NODE_PORT_MAX
          + ", the API server's default node port range (was " + nodePort + ")");
      return false;
    }
    if (!taken.add(nodePort)) {
      v.add(NODE_PORT_ALLOCATED, path, "must not be a node port another port of the Service took (was " + nodePort
          + "); only ports of one number share a node port");
      return false;
    }
    return true;
  }

  /**
   * {@code initIPFamilyFields} on a single-stack IPv4 cluster (the API server's default): the policy defaulted
   * ({@code RequireDualStack} for a headless Service without selector, else {@code SingleStack}), then
   * {@code ValidateServiceClusterIPsRelatedFields}, then the policy against the IPs and families asked for and
   * the families the cluster has. Each step reports only when the previous ones passed.
   */
  private static void ipFamilyFields(ServiceSpec spec, List<String> clusterIPs, boolean headless, FieldPath path,
      Violations v) {
    int before = v.list().size();
    clusterIPsRelated(spec, clusterIPs, headless, path, v);
    if (v.list().size() > before) {
      return;
    }
    boolean selectorless = spec.selector().isEmpty();
    boolean headlessSelectorless = spec.clusterIP().orElse("").equals(NONE) && selectorless;
    Object given = spec.extra().get("ipFamilyPolicy");
    String policy = given instanceof String g ? g : headlessSelectorless ? REQUIRE_DUAL_STACK : SINGLE_STACK;
    List<String> families = new ArrayList<>(strings(spec.extra(), "ipFamilies"));
    FieldPath policyPath = path.child("ipFamilyPolicy");
    if (policy.equals(SINGLE_STACK)) {
      if (clusterIPs.size() == 2) {
        v.add(IP_FAMILY_POLICY, policyPath, "must be \"RequireDualStack\" or \"PreferDualStack\" when two cluster IPs"
            + " are given (was \"" + policy + "\")");
      }
      if (families.size() == 2) {
        v.add(IP_FAMILY_POLICY, policyPath, "must be \"RequireDualStack\" or \"PreferDualStack\" when two IP"
            + " families are given (was \"" + policy + "\")");
      }
    }
    for (int i = 0; i < clusterIPs.size(); i++) {
      String ip = clusterIPs.get(i);
      if (ip.equals(NONE)) {
        break;
      }
      if (i >= families.size()) {
        if (isIpv6(ip)) {
          v.add(IP_FAMILY_NOT_CONFIGURED, path.child("clusterIPs").index(i),
              "must be an IPv4 address: IPv6 is not configured on a single-stack IPv4 cluster (was \"" + ip + "\")");
        } else {
          families.add("IPv4");
        }
      }
    }
    if (v.list().size() > before || headlessSelectorless) {
      return;
    }
    if (policy.equals(REQUIRE_DUAL_STACK)) {
      v.add(IP_FAMILY_NOT_CONFIGURED, policyPath,
          "must not be \"RequireDualStack\": a single-stack IPv4 cluster has no dual-stack Services (was \"" + policy + "\")");
    }
    for (int i = 0; i < families.size(); i++) {
      if (families.get(i).equals("IPv6")) {
        v.add(IP_FAMILY_NOT_CONFIGURED, path.child("ipFamilies").index(i),
            "must be \"IPv4\": IPv6 is not configured on a single-stack IPv4 cluster (was \"IPv6\")");
      }
    }
  }

  /** {@code sessionAffinity} after defaulting, and {@code validateClientIPAffinityConfig}. */
  private static void sessionAffinity(ServiceSpec spec, FieldPath path, Violations v) {
    String affinity = spec.sessionAffinity().filter(a -> !a.isEmpty()).orElse(NONE);
    if (!affinity.equals(NONE) && !affinity.equals(CLIENT_IP)) {
      v.add(SESSION_AFFINITY, path.child("sessionAffinity"),
          "must be \"ClientIP\" or \"None\" (was \"" + affinity + "\")");
    }
    if (affinity.equals(CLIENT_IP)) {
      int timeout = spec.sessionAffinityConfig().flatMap(SessionAffinityConfig::clientIP)
          .flatMap(ClientIPConfig::timeoutSeconds).orElse(DEFAULT_CLIENT_IP_AFFINITY_SECONDS);
      if (timeout <= 0 || timeout > MAX_CLIENT_IP_AFFINITY_SECONDS) {
        v.add(SESSION_AFFINITY_TIMEOUT, path.child("sessionAffinityConfig", "clientIP", "timeoutSeconds"),
            "must be between 1 and " + MAX_CLIENT_IP_AFFINITY_SECONDS + " (was " + timeout + ")");
      }
    }
  }

  /** {@code ValidateServiceClusterIPsRelatedFields}, for every type but ExternalName. */
  private static void clusterIPsRelated(ServiceSpec spec, List<String> clusterIPs, boolean headless, FieldPath path,
      Violations v) {
    FieldPath ipsPath = path.child("clusterIPs");
    FieldPath familiesPath = path.child("ipFamilies");
    String clusterIP = spec.clusterIP().orElse("");
    if (!clusterIP.isEmpty()) {
      if (!clusterIPs.get(0).equals(clusterIP)) {
        v.add(CLUSTER_IPS, ipsPath, "first value must match clusterIP (was " + quoted(clusterIPs)
            + "; clusterIP is \"" + clusterIP + "\")");
      }
    } else if (!clusterIPs.isEmpty()) {
      v.add(CLUSTER_IPS, ipsPath, "must be empty when clusterIP is not specified (was " + quoted(clusterIPs) + ")");
    }

    List<String> families = strings(spec.extra(), "ipFamilies");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < families.size(); i++) {
      String family = families.get(i);
      if (!family.equals("IPv4") && !family.equals("IPv6")) {
        v.add(IP_FAMILIES, familiesPath.index(i), "must be \"IPv4\" or \"IPv6\" (was \"" + family + "\")");
      }
      if (!seen.add(family)) {
        v.add(IP_FAMILIES, familiesPath.index(i), "must be unique (was \"" + family + "\" again)");
      }
    }
    Object policy = spec.extra().get("ipFamilyPolicy");
    if (policy != null && !List.of("PreferDualStack", "RequireDualStack", "SingleStack").contains(policy)) {
      v.add(IP_FAMILIES, path.child("ipFamilyPolicy"),
          "must be \"PreferDualStack\", \"RequireDualStack\" or \"SingleStack\" (was " + display(policy) + ")");
    }

    boolean invalid = false;
    for (int i = 0; i < clusterIPs.size(); i++) {
      String ip = clusterIPs.get(i);
      if (i == 0 && ip.equals(NONE)) {
        if (clusterIPs.size() > 1) {
          invalid = true;
          v.add(CLUSTER_IPS, ipsPath, "'None' must be the first and only value (was " + quoted(clusterIPs) + ")");
        }
        continue;
      }
      List<String> errors = Syntax.isValidIp(ip);
      invalid |= !errors.isEmpty();
      for (String msg : errors) {
        v.add(CLUSTER_IPS, ipsPath.index(i), msg + " (was \"" + ip + "\")");
      }
    }
    if (clusterIPs.size() > 2) {
      v.add(CLUSTER_IPS, ipsPath, "may only hold up to 2 values (was " + quoted(clusterIPs) + ")");
    }
    if (invalid) {
      return;
    }
    if (clusterIPs.size() > 1) {
      boolean v4 = false;
      boolean v6 = false;
      for (String ip : clusterIPs) {
        boolean isV6 = isIpv6(ip);
        v4 |= !isV6;
        v6 |= isV6;
      }
      if (!(v4 && v6)) {
        v.add(CLUSTER_IPS, ipsPath, "may specify no more than one IP for each IP family (was "
            + quoted(clusterIPs) + ")");
      }
    }
    if (!headless && !clusterIPs.isEmpty() && !families.isEmpty()) {
      for (int i = 0; i < clusterIPs.size() && i < families.size(); i++) {
        String ip = clusterIPs.get(i);
        if (families.get(i).equals("IPv4") && isIpv6(ip)) {
          v.add(IP_FAMILIES, ipsPath.index(i),
              "must be an IPv4 value as indicated by ipFamilies[" + i + "] (was \"" + ip + "\")");
        }
        if (families.get(i).equals("IPv6") && !isIpv6(ip)) {
          v.add(IP_FAMILIES, ipsPath.index(i),
              "must be an IPv6 value as indicated by ipFamilies[" + i + "] (was \"" + ip + "\")");
        }
      }
    }
  }

  /** {@code IsValidIP}, then {@code ValidateNonSpecialIP}, on each external IP. */
  private static void externalIPs(List<String> ips, FieldPath path, Violations v) {
    for (int i = 0; i < ips.size(); i++) {
      String ip = ips.get(i);
      List<String> errors = Syntax.isValidIp(ip);
      if (errors.isEmpty()) {
        errors = Syntax.isNonSpecialIp(ip);
      }
      for (String msg : errors) {
        v.add(EXTERNAL_IP, path.index(i), msg + " (was \"" + ip + "\")");
      }
    }
  }

  /**
   * {@code loadBalancerSourceRanges}, reported under upstream's path {@code spec.LoadBalancerSourceRanges}; when
   * the field is empty, the {@code service.beta.kubernetes.io/load-balancer-source-ranges} annotation instead.
   * Values may be padded with spaces.
   */
  private static void sourceRanges(List<String> ranges, Map<String, String> annotations, String type,
      FieldPath path, Violations v) {
    if (!ranges.isEmpty()) {
      FieldPath rangesPath = path.child("LoadBalancerSourceRanges");
      if (!type.equals(LOAD_BALANCER)) {
        v.add(SOURCE_RANGES, rangesPath, "may only be used when type is \"LoadBalancer\" (was " + quoted(ranges) + ")");
      }
      for (int i = 0; i < ranges.size(); i++) {
        String cidr = ranges.get(i).strip();
        for (String msg : Syntax.isValidCidr(cidr)) {
          v.add(SOURCE_RANGES, rangesPath.index(i), msg + " (was \"" + cidr + "\")");
        }
      }
    } else if (annotations.containsKey(SOURCE_RANGES_ANNOTATION)) {
      FieldPath annotationPath = FieldPath.of("metadata", "annotations").key(SOURCE_RANGES_ANNOTATION);
      String value = annotations.get(SOURCE_RANGES_ANNOTATION);
      if (!type.equals(LOAD_BALANCER)) {
        v.add(SOURCE_RANGES, annotationPath,
            "may only be used when type is \"LoadBalancer\" (was \"" + value + "\")");
      }
      String trimmed = value.strip();
      if (!trimmed.isEmpty()) {
        for (String part : trimmed.split(",", -1)) {
          String cidr = part.strip();
          for (String msg : Syntax.isValidCidr(cidr)) {
            v.add(SOURCE_RANGES, annotationPath, msg + " (was \"" + cidr + "\")");
          }
        }
      }
    }
  }

  /** {@code allocateLoadBalancerNodePorts} and {@code validateLoadBalancerClassField} on create. */
  private static void loadBalancerFields(Fields extra, String type, FieldPath path, Violations v) {
    Object allocate = extra.get("allocateLoadBalancerNodePorts");
    if (allocate != null && !type.equals(LOAD_BALANCER)) {
      v.add(LOAD_BALANCER_FIELDS, path.child("allocateLoadBalancerNodePorts"),
          "may only be used when type is \"LoadBalancer\" (was " + display(allocate) + ")");
    }
    Object lbClass = extra.get("loadBalancerClass");
    if (lbClass != null) {
      FieldPath classPath = path.child("loadBalancerClass");
      if (!type.equals(LOAD_BALANCER)) {
        v.add(LOAD_BALANCER_FIELDS, classPath,
            "may only be used when type is \"LoadBalancer\" (was " + display(lbClass) + ")");
      } else if (lbClass instanceof String s) {
        for (String msg : Syntax.isQualifiedName(s)) {
          v.add(LOAD_BALANCER_FIELDS, classPath, msg + " (was \"" + s + "\")");
        }
      }
    }
  }

  /**
   * {@code validateServiceExternalTrafficPolicy}, {@code validateServiceInternalTrafficFieldsValue} and
   * {@code validateServiceTrafficDistribution}, after defaulting.
   */
  private static void trafficPolicies(ServiceSpec spec, String type, FieldPath path, Violations v) {
    boolean external = type.equals(LOAD_BALANCER) || type.equals(NODE_PORT)
        || (type.equals(CLUSTER_IP) && !spec.externalIPs().isEmpty());
    String policy = spec.externalTrafficPolicy().orElse("");
    if (!external) {
      if (!policy.isEmpty()) {
        v.add(EXTERNAL_TRAFFIC_POLICY, path.child("externalTrafficPolicy"),
            "may only be set for externally-accessible Services (NodePort, LoadBalancer, or ClusterIP with "
                + "externalIPs) (was \"" + policy + "\")");
      }
    } else {
      policy = policy.isEmpty() ? "Cluster" : policy;
      if (!policy.equals("Cluster") && !policy.equals("Local")) {
        v.add(EXTERNAL_TRAFFIC_POLICY, path.child("externalTrafficPolicy"),
            "must be \"Cluster\" or \"Local\" (was \"" + policy + "\")");
      }
    }

    Object healthCheck = spec.extra().get("healthCheckNodePort");
    long healthPort = healthCheck instanceof Number n ? n.longValue() : 0;
    FieldPath healthPath = path.child("healthCheckNodePort");
    boolean needsHealthCheck = type.equals(LOAD_BALANCER) && policy.equals("Local");
    if (!needsHealthCheck) {
      if (healthPort != 0) {
        v.add(HEALTH_CHECK_NODE_PORT, healthPath,
            "may only be set when type is \"LoadBalancer\" and externalTrafficPolicy is \"Local\" (was "
                + healthPort + ")");
      }
    } else if (healthPort != 0) {
      for (String msg : Syntax.isValidPortNum(healthPort)) {
        v.add(HEALTH_CHECK_NODE_PORT, healthPath, msg + " (was " + healthPort + ")");
      }
    }

    Object internal = spec.extra().get("internalTrafficPolicy");
    if (internal != null && !internal.equals("Cluster") && !internal.equals("Local")) {
      v.add(INTERNAL_TRAFFIC_POLICY, path.child("internalTrafficPolicy"),
          "must be \"Cluster\" or \"Local\" (was " + display(internal) + ")");
    }
    Object distribution = spec.extra().get("trafficDistribution");
    if (distribution != null && !distribution.equals("PreferClose")) {
      v.add(TRAFFIC_DISTRIBUTION, path.child("trafficDistribution"),
          "must be \"PreferClose\" (was " + display(distribution) + ")");
    }
  }

  /** Go's {@code netutils.IsIPv6String}: a valid address that is not IPv4 (nor IPv4-mapped). */
  private static boolean isIpv6(String ip) {
    return Syntax.isValidIpv6Address(ip).isEmpty();
  }

  /** The string elements of a list kept in {@code extra()}; absent or null is empty. */
  private static List<String> strings(Fields extra, String name) {
    List<String> out = new ArrayList<>();
    for (Object o : WorkloadValidation.listOf(extra, name)) {
      out.add(o == null ? "" : o.toString());
    }
    return out;
  }

  private static String quoted(List<String> values) {
    List<String> q = new ArrayList<>(values.size());
    for (String s : values) {
      q.add("\"" + s + "\"");
    }
    return "[" + String.join(", ", q) + "]";
  }

  private static String display(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }
}
