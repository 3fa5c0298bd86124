package io.kubeprint.dsl;

import io.kubeprint.core.batch.Job;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.service.ClientIPConfig;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.service.SessionAffinityConfig;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Service}: {@code service("web").loadBalancer().selecting(blue).port(80, "http").build()}.
 *
 * <p>The type stays absent ({@code ClusterIP}) unless one of {@link #clusterIP()}, {@link #headless()},
 * {@link #nodePort()}, {@link #loadBalancer()} or {@link #externalName(String)} sets it. When the selector
 * comes from {@link #selecting(Deployment)} (or another workload), {@link #build()} also checks that every
 * {@code targetPort} given by name is a container port name of that workload's pods.
 */
public final class ServiceBuilder extends ObjectBuilder<ServiceBuilder, Service> {
  private ServiceSpec spec;
  private KubeObject selected;
  private PodSpec selectedPods;

  ServiceBuilder(String name) {
    super(Service.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none());
    this.spec = ServiceSpec.builder().build();
  }

  ServiceBuilder(Service existing) {
    super(Service.class, Checks.notNull(existing, "service").metadata(), existing.extra());
    this.spec = existing.spec();
  }

  @Override
  ServiceBuilder self() {
    return this;
  }

  /** Sets {@code spec.type: ClusterIP}, a virtual IP inside the cluster (also the default when unset). */
  public ServiceBuilder clusterIP() {
    spec = spec.withType("ClusterIP");
    return this;
  }

  /** Sets {@code spec.type: ClusterIP} and {@code spec.clusterIP: None}: a headless Service, whose DNS name resolves to the pod IPs. */
  public ServiceBuilder headless() {
    spec = spec.withType("ClusterIP").withClusterIP("None");
    return this;
  }

  /** Sets {@code spec.type: NodePort}: also reachable on a port of every node. */
  public ServiceBuilder nodePort() {
    spec = spec.withType("NodePort");
    return this;
  }

  /** Sets {@code spec.type: LoadBalancer}: also reachable through a cloud load balancer. */
  public ServiceBuilder loadBalancer() {
    spec = spec.withType("LoadBalancer");
    return this;
  }

  /** Sets {@code spec.type: ExternalName} and {@code spec.externalName}: a DNS alias (CNAME) for {@code host}. */
  public ServiceBuilder externalName(String host) {
    spec = spec.withType("ExternalName").withExternalName(Checks.notNull(host, "host"));
    return this;
  }

  /**
   * Selects the pods of {@code deployment}: {@code spec.selector} = its selector's {@code matchLabels} when
   * set, else its pod template's labels. E.g. {@code service("web").selecting(blue)}.
   */
  public ServiceBuilder selecting(Deployment deployment) {
    Checks.notNull(deployment, "deployment");
    return select(deployment, deployment.spec().selector(), deployment.spec().template());
  }

  /** Selects the pods of {@code replicaSet}, as for {@link #selecting(Deployment)}. */
  public ServiceBuilder selecting(ReplicaSet replicaSet) {
    Checks.notNull(replicaSet, "replicaSet");
    return select(replicaSet, replicaSet.spec().selector(), replicaSet.spec().template());
  }

  /** Selects the pods of {@code statefulSet}, as for {@link #selecting(Deployment)}. */
  public ServiceBuilder selecting(StatefulSet statefulSet) {
    Checks.notNull(statefulSet, "statefulSet");
    return select(statefulSet, statefulSet.spec().selector(), statefulSet.spec().template());
  }

  /** Selects the pods of {@code daemonSet}, as for {@link #selecting(Deployment)}. */
  public ServiceBuilder selecting(DaemonSet daemonSet) {
    Checks.notNull(daemonSet, "daemonSet");
    return select(daemonSet, daemonSet.spec().selector(), daemonSet.spec().template());
  }

  /**
   * Selects the pods of {@code job}: {@code spec.selector} = its pod template's labels, or when it has none,
   * {@code batch.kubernetes.io/job-name: <name>}, the label the API server gives the pods of every Job.
   */
  public ServiceBuilder selecting(Job job) {
    Checks.notNull(job, "job");
    Map<String, String> labels = job.spec().template().metadata().labels();
    return select(job, labels.isEmpty() ? Labels.of(Map.of("batch.kubernetes.io/job-name", job.name()))
        : Labels.of(labels), job.spec().template().spec());
  }

  /** Selects pods made from {@code podTemplate}: {@code spec.selector} = its template's labels. */
  public ServiceBuilder selecting(PodTemplate podTemplate) {
    Checks.notNull(podTemplate, "podTemplate");
    return select(podTemplate, Optional.empty(), podTemplate.template());
  }

  /** Selects {@code pod} (and pods labelled like it): {@code spec.selector} = its {@code metadata.labels}. */
  public ServiceBuilder selecting(Pod pod) {
    Checks.notNull(pod, "pod");
    return select(pod, Labels.of(pod.metadata().labels()), pod.spec());
  }

  private ServiceBuilder select(KubeObject workload, Optional<LabelSelector> selector, PodTemplateSpec template) {
    Map<String, String> labels = selector.map(LabelSelector::matchLabels).filter(m -> !m.isEmpty())
        .orElse(template.metadata().labels());
    return select(workload, Labels.of(labels), template.spec());
  }

  private ServiceBuilder select(KubeObject workload, Labels labels, PodSpec pods) {
    if (labels.isEmpty()) {
      throw Checks.reference(displayName(), "spec.selector", "service-selects-no-pods",
          "must select the pods of a workload: " + workload.displayName() + " has no pod labels to select (was none)");
    }
    spec = spec.withSelector(labels.asMap());
    selected = workload;
    selectedPods = pods;
    return this;
  }

  /** Sets {@code spec.selector} to {@code labels}: the Service routes to every pod carrying all of them. */
  public ServiceBuilder selector(Labels labels) {
    Checks.notNull(labels, "labels");
    spec = spec.withSelector(labels.asMap());
    selected = null;
    selectedPods = null;
    return this;
  }

  /** Adds {@code spec.ports[]}: {@code port} (1..65535) to the same port number on the pods. */
  public ServiceBuilder port(int port) {
    return port(ServicePort.builder().port(port).build());
  }

  /**
   * Adds {@code spec.ports[]}: {@code port} to the container port named {@code targetPortName}:
   * {@code .port(80, "http-server")}.
   */
  public ServiceBuilder port(int port, String targetPortName) {
    return port(ServicePort.builder().port(port)
        .targetPort(IntOrString.of(Checks.notNull(targetPortName, "targetPortName"))).build());
  }

  /** Adds {@code spec.ports[]}: {@code port} to the pod port number {@code targetPort}: {@code .port(80, 8080)}. */
  public ServiceBuilder port(int port, int targetPort) {
    return port(ServicePort.builder().port(port)
        .targetPort(IntOrString.of(targetPort)).build());
  }

  /**
   * Adds a named {@code spec.ports[]} entry to the pod port number {@code targetPort}: {@code .port(9090, "metrics",
   * 9091)}. The number comes first and its name second, as in {@code container.port(80, "http")}; names are
   * required once a Service has several ports.
   */
  public ServiceBuilder port(int port, String name, int targetPort) {
    return port(ServicePort.builder().name(Checks.notNull(name, "name")).port(port)
        .targetPort(IntOrString.of(targetPort)).build());
  }

  /**
   * Adds a named {@code spec.ports[]} entry to the container port named {@code targetPortName}:
   * {@code .port(80, "http", "http-server")}, number first, then the Service port's own name, then the target.
   */
  public ServiceBuilder port(int port, String name, String targetPortName) {
    return port(ServicePort.builder().name(Checks.notNull(name, "name")).port(port)
        .targetPort(IntOrString.of(Checks.notNull(targetPortName, "targetPortName"))).build());
  }

  /**
   * Adds a named {@code spec.ports[]} entry.
   *
   * @deprecated the name comes first here but second in {@code container.port(80, "http")}; use
   *     {@link #port(int, String, int)}: {@code .port(9090, "metrics", 9091)}
   */
  @Deprecated
  public ServiceBuilder port(String name, int port, int targetPort) {
    return port(ServicePort.builder().name(Checks.notNull(name, "name")).port(port)
        .targetPort(IntOrString.of(targetPort)).build());
  }

  /**
   * Adds a named {@code spec.ports[]} entry targeting a container port by name.
   *
   * @deprecated the name comes first here but second in {@code container.port(80, "http")}; use
   *     {@link #port(int, String, String)}: {@code .port(80, "http", "http-server")}
   */
  @Deprecated
  public ServiceBuilder port(String name, int port, String targetPortName) {
    return port(ServicePort.builder().name(Checks.notNull(name, "name")).port(port)
        .targetPort(IntOrString.of(Checks.notNull(targetPortName, "targetPortName"))).build());
  }

  /** Adds one {@code spec.ports[]} entry. */
  public ServiceBuilder port(ServicePort port) {
    Checks.notNull(port, "port");
    List<ServicePort> all = new ArrayList<>(spec.ports());
    all.add(port);
    spec = spec.withPorts(all);
    return this;
  }

  /**
   * Sets the {@code nodePort} of the port numbered {@code port} (added before), for NodePort and
   * LoadBalancer Services; absent means the API server allocates one: {@code .port(80, "http").nodePort(80, 30080)}.
   */
  public ServiceBuilder nodePort(int port, int nodePort) {
    return editPort(port, p -> p.withNodePort(nodePort), "service-node-port-port-not-found",
        "to set its nodePort " + nodePort);
  }

  /**
   * Applies {@code edit} to every port numbered {@code port}; a Service with no such port is a reference that can
   * never be right, refused at once under {@code rule}, naming the ports it has.
   */
  private ServiceBuilder editPort(int port, UnaryOperator<ServicePort> edit, String rule, String purpose) {
    List<ServicePort> all = new ArrayList<>(spec.ports());
    List<Integer> numbers = new ArrayList<>();
    boolean found = false;
    for (int i = 0; i < all.size(); i++) {
      ServicePort p = all.get(i);
      p.port().ifPresent(numbers::add);
      if (p.port().equals(Optional.of(port))) {
        all.set(i, edit.apply(p));
        found = true;
      }
    }
    if (!found) {
      throw Checks.reference(displayName(), "spec.ports", rule,
          "must have a port numbered " + port + " " + purpose + " (was " + numbers + ")");
    }
    spec = spec.withPorts(all);
    return this;
  }

  /** Sets {@code spec.externalIPs}: extra addresses routed to the Service; empty by default. */
  public ServiceBuilder externalIPs(String... ips) {
    spec = spec.withExternalIPs(Checks.strings(ips, "ips"));
    return this;
  }

  /** Sets {@code spec.loadBalancerSourceRanges}: the CIDRs allowed to reach a LoadBalancer; empty (all) by default. */
  public ServiceBuilder loadBalancerSourceRanges(String... cidrs) {
    spec = spec.withLoadBalancerSourceRanges(Checks.strings(cidrs, "cidrs"));
    return this;
  }

  /**
   * Sets {@code spec.sessionAffinity: ClientIP} with {@code clientIP.timeoutSeconds} (whole seconds): a client
   * sticks to one pod this long; the API server's default timeout is 3 hours.
   */
  public ServiceBuilder sessionAffinityClientIP(Duration timeout) {
    int seconds = Checks.intSeconds(timeout, "timeout");
    spec = spec.withSessionAffinity("ClientIP").withSessionAffinityConfig(SessionAffinityConfig.builder()
        .clientIP(ClientIPConfig.builder().timeoutSeconds(seconds).build()).build());
    return this;
  }

  /** Sets {@code spec.sessionAffinity: ClientIP} with the default timeout. */
  public ServiceBuilder sessionAffinityClientIP() {
    spec = spec.withSessionAffinity("ClientIP");
    return this;
  }

  /** Sets {@code spec.externalTrafficPolicy: Local}: keep the client IP, route only to pods on the receiving node. */
  public ServiceBuilder externalTrafficPolicyLocal() {
    spec = spec.withExternalTrafficPolicy("Local");
    return this;
  }

  /**
   * Sets {@code spec.externalTrafficPolicy}, for NodePort and LoadBalancer Services:
   * {@code .externalTrafficPolicy(TrafficPolicy.LOCAL)} keeps the client's IP and routes traffic from outside the
   * cluster only to endpoints on the receiving node; the API server defaults it to {@code Cluster} for those types
   * (and refuses it on the others).
   */
  public ServiceBuilder externalTrafficPolicy(TrafficPolicy policy) {
    spec = spec.withExternalTrafficPolicy(Checks.notNull(policy, "policy").value());
    return this;
  }

  /**
   * Sets {@code spec.internalTrafficPolicy}: {@code .internalTrafficPolicy(TrafficPolicy.LOCAL)} sends traffic from
   * inside the cluster only to endpoints on the sender's node; the API server defaults it to {@code Cluster}.
   */
  public ServiceBuilder internalTrafficPolicy(TrafficPolicy policy) {
    return specField("internalTrafficPolicy", Checks.notNull(policy, "policy").value());
  }

  /** Sets {@code spec.ipFamilyPolicy}: {@code .ipFamilyPolicy(IpFamilyPolicy.PREFER_DUAL_STACK)}; the API server defaults it to {@code SingleStack}. */
  public ServiceBuilder ipFamilyPolicy(IpFamilyPolicy policy) {
    return specField("ipFamilyPolicy", Checks.notNull(policy, "policy").value());
  }

  /** Sets {@code spec.ipFamilies}, in order of preference (at most two): {@code .ipFamilies(IpFamily.IPV6, IpFamily.IPV4)}. */
  public ServiceBuilder ipFamilies(IpFamily... families) {
    Checks.notNull(families, "families");
    List<String> values = new ArrayList<>();
    for (int i = 0; i < families.length; i++) {
      values.add(Checks.notNull(families[i], "families[" + i + "]").value());
    }
    return specField("ipFamilies", values);
  }

  /**
   * Sets {@code spec.publishNotReadyAddresses: true}: the Service's DNS records and endpoints include pods that are
   * not ready, as peer discovery of a StatefulSet needs; defaults to false.
   */
  public ServiceBuilder publishNotReadyAddresses() {
    return specField("publishNotReadyAddresses", true);
  }

  private ServiceBuilder specField(String field, Object value) {
    spec = spec.withExtra(spec.extra().with(field, value));
    return this;
  }

  /**
   * Sets the {@code appProtocol} of the port numbered {@code port} (added before): {@code .port(443, "https",
   * "https").appProtocol(443, "kubernetes.io/h2c")}, a hint to load balancers and meshes; absent by default.
   *
   * @throws io.kubeprint.core.validation.ManifestValidationException when the Service has no port numbered
   *     {@code port} ({@code service-app-protocol-port-not-found}, at {@code spec.ports})
   */
  public ServiceBuilder appProtocol(int port, String appProtocol) {
    Checks.notBlank(appProtocol, "appProtocol");
    return editPort(port, p -> p.withAppProtocol(appProtocol), "service-app-protocol-port-not-found",
        "to set its appProtocol " + appProtocol);
  }

  /** Sets a {@code spec} field kubeprint does not type (e.g. {@code ipFamilyPolicy}), kept in {@code ServiceSpec.extra()}. */
  public ServiceBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), ServiceSpec.class, field, value));
    return this;
  }

  ServiceBuilder type(String type) {
    spec = spec.withType(type);
    return this;
  }

  /** Checks named target ports against {@code workload}'s pods at {@link #build()}, keeping the selector. */
  ServiceBuilder checkingTargetPortsOf(KubeObject workload, PodSpec pods) {
    selected = workload;
    selectedPods = pods;
    return this;
  }

  @Override
  public Service build() {
    if (selectedPods != null) {
      List<String> names = new ArrayList<>();
      for (Container c : selectedPods.containers()) {
        c.ports().stream().map(ContainerPort::name).flatMap(Optional::stream).forEach(names::add);
      }
      for (Container c : selectedPods.initContainers()) {
        c.ports().stream().map(ContainerPort::name).flatMap(Optional::stream).forEach(names::add);
      }
      List<Violation> wrong = new ArrayList<>();
      for (int i = 0; i < spec.ports().size(); i++) {
        Optional<IntOrString> target = spec.ports().get(i).targetPort();
        if (target.isPresent() && !target.get().isInt() && !names.contains(target.get().strValue())) {
          String hint = KeyCheck.closest(target.get().strValue(), names);
          wrong.add(new Violation(displayName(), "spec.ports[" + i + "].targetPort", "target-port-name-missing",
              "must name a container port of the pods of " + selected.displayName() + " (was \""
              + target.get().strValue() + "\"); they have: " + (names.isEmpty() ? "no named port" : String.join(", ", names))
              + (hint == null ? "" : "; did you mean \"" + hint + "\"?"), Severity.ERROR));
        }
      }
      if (!wrong.isEmpty()) {
        throw new ManifestValidationException(wrong);
      }
    }
    return Service.builder().metadata(metadata).spec(spec).extra(extra).build();
  }
}
