package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.autoscaling.CrossVersionObjectReference;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Violation;
import io.kubeprint.core.workload.Deployment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A blue-green release as one value: two Deployments that differ only in name, {@code color} label and
 * images, and one Service that selects the live colour. Switching colour changes the Service selector and
 * nothing else.
 *
 * <pre>{@code
 * BlueGreen release = blueGreen("webserver")
 *     .sharedLabels(labels("type", "webserver"))
 *     .template(deployment("webserver").replicas(3).container(web))
 *     .image(Color.BLUE, "gcr.io/hello-docker/imageview:blue")
 *     .image(Color.GREEN, "gcr.io/hello-docker/imageview:green")
 *     .servicePort(80, "http-server").loadBalancer()
 *     .live(Color.BLUE)
 *     .build();
 * BlueGreen next = release.switchTo(Color.GREEN);   // only the Service selector differs
 * BlueGreen back = next.rollback();                 // equal to release
 * }</pre>
 *
 * <p>Each Deployment is its template (the shared one, or the colour's own) renamed {@code <name>-blue} /
 * {@code <name>-green}, with the shared labels plus {@code color=<colour>} added to its pod labels, its
 * selector exactly the shared labels plus colour, and its images replaced; its own metadata is the
 * template's. The Service {@code <name>} (in the live Deployment's namespace) selects the shared labels plus
 * the live colour, so it never selects both colours, and its named target ports are checked against the
 * live pods. {@link Builder#build()} refuses two colours that differ anywhere else (replicas, env, probes,
 * ...): that difference would go live with the switch, untested by the switch itself.
 *
 * <p>An autoscaler and a disruption budget follow their colour: given a template
 * ({@code .autoscaler(autoscaler("webserver").between(2, 10).targetCpu(70))},
 * {@code .disruptionBudget(disruptionBudget("webserver").maxUnavailable(1))}), the release has one of each per
 * colour, named {@code <name>-blue} / {@code <name>-green} in the Deployment's namespace: the HorizontalPodAutoscaler
 * scales that colour's Deployment, the PodDisruptionBudget selects the shared labels plus {@code color=<colour>}.
 * Both colours run pods at once, so each needs its own. An autoscaled release's template sets no {@code replicas}
 * (each apply would fight the autoscaler): {@link Builder#build()} refuses one that does.
 */
public final class BlueGreen {
  /** The label key that tells the two sides apart. */
  public static final String COLOR_LABEL = "color";

  /** The rule id of a Service template whose selector fights the release's (see {@link Builder#service(Service)}). */
  static final String SELECTOR_RULE = "blue-green-service-selector";

  private final String name;
  private final Labels shared;
  private final Color live;
  private final Deployment blue;
  private final Deployment green;
  /** The Service every colour is live behind, as given: the release sets its name, namespace and selector. */
  private final Service serviceTemplate;
  private final Service service;
  /** The autoscaler both colours get, or null. */
  private final HorizontalPodAutoscaler autoscalerTemplate;
  /** The disruption budget both colours get, or null. */
  private final PodDisruptionBudget budgetTemplate;

  private BlueGreen(String name, Labels shared, Color live, Deployment blue, Deployment green,
      Service serviceTemplate, HorizontalPodAutoscaler autoscalerTemplate, PodDisruptionBudget budgetTemplate) {
    this.name = name;
    this.shared = shared;
    this.live = live;
    this.blue = blue;
    this.green = green;
    this.serviceTemplate = serviceTemplate;
    this.autoscalerTemplate = autoscalerTemplate;
    this.budgetTemplate = budgetTemplate;
    this.service = makeService();
  }

  /** A builder of the release {@code name}; {@link Kube#blueGreen(String)} delegates here. */
  public static Builder named(String name) {
    return new Builder(Checks.notBlank(name, "name"));
  }

  /**
   * The template with the release's name, the live Deployment's namespace when it names none, and its selector plus
   * the shared labels and {@code color=<live>}; named target ports checked against the live pods.
   */
  private Service makeService() {
    Deployment liveSide = deployment(live);
    Map<String, String> selector = new LinkedHashMap<>(serviceTemplate.spec().selector());
    selector.putAll(shared.asMap());
    selector.put(COLOR_LABEL, live.label());
    ServiceBuilder b = Services.from(serviceTemplate.withSpec(serviceTemplate.spec().withSelector(selector)))
        .name(name);
    if (serviceTemplate.metadata().namespace().isEmpty()) {
      liveSide.metadata().namespace().ifPresent(b::namespace);
    }
    return b.checkingTargetPortsOf(liveSide, liveSide.spec().template().spec()).build();
  }

  /** The autoscaler of {@code color}'s Deployment, named {@code <name>-<colour>}, when the release is autoscaled. */
  public Optional<HorizontalPodAutoscaler> autoscaler(Color color) {
    Checks.notNull(color, "color");
    if (autoscalerTemplate == null) {
      return Optional.empty();
    }
    Deployment d = deployment(color);
    ObjectMeta meta = autoscalerTemplate.metadata().withName(d.name()).withNamespace(d.metadata().namespace());
    return Optional.of(autoscalerTemplate.withMetadata(meta).withSpec(autoscalerTemplate.spec().withScaleTargetRef(
        CrossVersionObjectReference.builder().apiVersion(d.apiVersion()).kind(d.kind().kindName()).name(d.name())
            .build())));
  }

  /**
   * The disruption budget of {@code color}'s pods, named {@code <name>-<colour>}, selecting the shared labels plus
   * {@code color=<colour>}, when the release has one.
   */
  public Optional<PodDisruptionBudget> disruptionBudget(Color color) {
    Checks.notNull(color, "color");
    if (budgetTemplate == null) {
      return Optional.empty();
    }
    Deployment d = deployment(color);
    ObjectMeta meta = budgetTemplate.metadata().withName(d.name()).withNamespace(d.metadata().namespace());
    return Optional.of(budgetTemplate.withMetadata(meta).withSpec(budgetTemplate.spec().withSelector(
        LabelSelector.builder().matchLabels(shared.and(COLOR_LABEL, color.label()).asMap()).build())));
  }

  /** The release name; the Service's name and the Deployments' name prefix. */
  public String name() {
    return name;
  }

  /** The labels both colours and the Service selector share. */
  public Labels sharedLabels() {
    return shared;
  }

  /** The colour the Service sends traffic to. */
  public Color live() {
    return live;
  }

  /** The colour that gets no traffic, where the next version is deployed. */
  public Color idle() {
    return live.other();
  }

  /** The Deployment {@code <name>-blue}. */
  public Deployment blue() {
    return blue;
  }

  /** The Deployment {@code <name>-green}. */
  public Deployment green() {
    return green;
  }

  /** The Deployment of {@code color}. */
  public Deployment deployment(Color color) {
    return Checks.notNull(color, "color") == Color.BLUE ? blue : green;
  }

  /** The Service, selecting the shared labels plus {@code color=<live>}. */
  public Service service() {
    return service;
  }

  /** This release with traffic on {@code color}: the Deployments are unchanged, only the Service selector moves. */
  public BlueGreen switchTo(Color color) {
    Checks.notNull(color, "color");
    return new BlueGreen(name, shared, color, blue, green, serviceTemplate, autoscalerTemplate, budgetTemplate);
  }

  /** This release with traffic back on the other colour: after {@code switchTo(GREEN)}, live on blue again. */
  public BlueGreen rollback() {
    return switchTo(idle());
  }

  /**
   * This release with the single container of the idle colour's Deployment running {@code image}: the next
   * version, deployed where no traffic goes; e.g. {@code release.withImage(Color.GREEN, "app:1.5")}.
   *
   * @throws IllegalArgumentException when {@code color} is live (change the live colour with a rolling
   *     update instead) or its pods have more than one container
   */
  public BlueGreen withImage(Color color, String image) {
    return withImage(color, null, image);
  }

  /** Like {@link #withImage(Color, String)} for the container named {@code container}. */
  public BlueGreen withImage(Color color, String container, String image) {
    Checks.notNull(color, "color");
    Checks.notBlank(image, "image");
    if (color == live) {
      throw new IllegalArgumentException("color must be the idle colour " + idle().label() + " to take a new image (was "
          + color.label() + ", which is live); roll the live colour with a rolling update instead");
    }
    Map<String, String> images = new LinkedHashMap<>();
    images.put(container == null ? "" : Checks.notBlank(container, "container"), image);
    Deployment d = withImages(deployment(color), images, color);
    return new BlueGreen(name, shared, live, color == Color.BLUE ? d : blue, color == Color.GREEN ? d : green,
        serviceTemplate, autoscalerTemplate, budgetTemplate);
  }

  /**
   * A plan releasing the idle colour: (1) deploy it beside the live one, (2) switch the Service to it, and
   * with {@link ReleasePlan#scaleDownOld()} (3) scale the old colour to zero; see {@link ReleasePlan}.
   */
  public ReleasePlan plan() {
    return ReleasePlan.of(this);
  }

  /**
   * Blue, green and the Service, in that order, then when the release has them the blue and green autoscalers and
   * the blue and green disruption budgets.
   */
  public List<KubeObject> objects() {
    List<KubeObject> out = new ArrayList<>(List.of(blue, green, service));
    for (Color c : Color.values()) {
      autoscaler(c).ifPresent(out::add);
    }
    for (Color c : Color.values()) {
      disruptionBudget(c).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** {@link #objects()} as a bundle. */
  public Bundle bundle() {
    return Bundle.of(objects());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlueGreen b && b.name.equals(name) && b.shared.equals(shared) && b.live == live
        && b.blue.equals(blue) && b.green.equals(green) && b.service.equals(service)
        && Objects.equals(b.autoscalerTemplate, autoscalerTemplate) && Objects.equals(b.budgetTemplate, budgetTemplate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, shared, live, blue, green, service, autoscalerTemplate, budgetTemplate);
  }

  /** {@code BlueGreen{name=webserver, live=blue}}. */
  @Override
  public String toString() {
    return "BlueGreen{name=" + name + ", live=" + live.label() + "}";
  }

  /**
   * {@code d} with container images replaced: key {@code ""} is the only container, any other key a
   * container's name.
   */
  private static Deployment withImages(Deployment d, Map<String, String> images, Color color) {
    PodSpec spec = d.spec().template().spec();
    List<Container> containers = new ArrayList<>(spec.containers());
    List<String> names = containers.stream().map(c -> c.name().orElse("")).toList();
    for (Map.Entry<String, String> e : images.entrySet()) {
      int at;
      if (e.getKey().isEmpty()) {
        if (containers.size() != 1) {
          throw new IllegalArgumentException("the " + color.label() + " pods must have exactly one container for an"
              + " image without a container name (was " + containers.size() + " containers " + names + ")");
        }
        at = 0;
      } else {
        at = names.indexOf(e.getKey());
        if (at < 0) {
          throw new IllegalArgumentException("container must be one of the " + color.label() + " pods' containers "
              + names + " (was \"" + e.getKey() + "\")");
        }
      }
      containers.set(at, containers.get(at).withImage(e.getValue()));
    }
    return d.withSpec(d.spec().withTemplate(d.spec().template().withSpec(spec.withContainers(containers))));
  }

  /** Collects the parts of a {@link BlueGreen}; {@link #build()} checks them. */
  public static final class Builder {
    private final String name;
    private Labels shared = Labels.none();
    private Deployment template;
    private final Map<Color, Deployment> templates = new EnumMap<>(Color.class);
    private final Map<Color, Map<String, String>> images = new EnumMap<>(Color.class);
    private Service service;
    private final List<ServicePort> ports = new ArrayList<>();
    private String serviceType;
    private Color live = Color.BLUE;
    private HorizontalPodAutoscaler autoscaler;
    private PodDisruptionBudget budget;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * The labels both colours carry and the Service selects on (beside {@code color}); required, non-empty,
     * without the {@code color} key.
     */
    public Builder sharedLabels(Labels labels) {
      shared = Checks.notNull(labels, "labels");
      return this;
    }

    /** The Deployment both colours are made from (unless a colour has its own); its name is replaced. */
    public Builder template(Deployment deployment) {
      template = Checks.notNull(deployment, "deployment");
      return this;
    }

    /** The Deployment both colours are made from, as a builder. */
    public Builder template(DeploymentBuilder deployment) {
      return template(Checks.notNull(deployment, "deployment").build());
    }

    /**
     * The Deployment the {@code color} side is made from, instead of the shared template; it may differ from
     * the other colour's only in name, {@code color} label and images.
     */
    public Builder template(Color color, Deployment deployment) {
      templates.put(Checks.notNull(color, "color"), Checks.notNull(deployment, "deployment"));
      return this;
    }

    /** The {@code color} side's own template, as a builder. */
    public Builder template(Color color, DeploymentBuilder deployment) {
      return template(color, Checks.notNull(deployment, "deployment").build());
    }

    /**
     * The image the single container of the {@code color} Deployment runs. Each colour needs an image or
     * its own template.
     */
    public Builder image(Color color, String image) {
      images.computeIfAbsent(Checks.notNull(color, "color"), c -> new LinkedHashMap<>())
          .put("", Checks.notBlank(image, "image"));
      return this;
    }

    /** The image the container named {@code container} of the {@code color} Deployment runs. */
    public Builder image(Color color, String container, String image) {
      images.computeIfAbsent(Checks.notNull(color, "color"), c -> new LinkedHashMap<>())
          .put(Checks.notBlank(container, "container"), Checks.notBlank(image, "image"));
      return this;
    }

    /**
     * The Service the live colour is reached through, with every field the release does not set: its type, ports,
     * annotations, labels, traffic policies, ...; e.g. {@code .service(service("web").loadBalancer()
     * .port(80, "http", "http").port(443, "https", "https").annotation("cloud.google.com/neg", "{\"ingress\": true}")
     * .externalTrafficPolicy(TrafficPolicy.LOCAL))}. The release replaces its name by the release's, puts it in the
     * live Deployment's namespace when it names none, and sets {@code spec.selector} to the template's own selector
     * plus the shared labels plus {@code color=<live>}: {@link #build()} refuses a template selector with a
     * {@code color} key, or with a shared label's key and another value. Ports added with {@code servicePort} come
     * after the template's, and {@link #loadBalancer()} or {@link #nodePort()} replace its type. Without a template
     * the Service has only what {@code servicePort}, {@code loadBalancer} and {@code nodePort} give it.
     */
    public Builder service(Service template) {
      service = Checks.notNull(template, "template");
      return this;
    }

    /** The Service template, as a builder: {@code .service(service("web").port(80, "http", "http"))}. */
    public Builder service(ServiceBuilder template) {
      return service(Checks.notNull(template, "template").build());
    }

    /** Adds a Service port to the container port named {@code targetPortName}: {@code .servicePort(80, "http-server")}. */
    public Builder servicePort(int port, String targetPortName) {
      ports.add(ServicePort.builder().port(port)
          .targetPort(IntOrString.of(Checks.notNull(targetPortName, "targetPortName")))
          .build());
      return this;
    }

    /** Adds a Service port to the pod port number {@code targetPort}. */
    public Builder servicePort(int port, int targetPort) {
      ports.add(ServicePort.builder().port(port)
          .targetPort(IntOrString.of(targetPort)).build());
      return this;
    }

    /**
     * Adds a Service port named {@code name} to the container port named {@code targetPortName}, number first as in
     * {@code service.port(80, "http", "http-server")}: {@code .servicePort(80, "http", "http").servicePort(443,
     * "https", "https")}. Once a Service has several ports each needs a name: validation reports one without
     * ({@code spec.ports[0].name: is required when a Service has more than one port}).
     */
    public Builder servicePort(int port, String name, String targetPortName) {
      ports.add(ServicePort.builder().name(Checks.notNull(name, "name")).port(port)
          .targetPort(IntOrString.of(Checks.notNull(targetPortName, "targetPortName"))).build());
      return this;
    }

    /** Adds a Service port named {@code name} to the pod port number {@code targetPort}: {@code .servicePort(9090, "metrics", 9091)}. */
    public Builder servicePort(int port, String name, int targetPort) {
      ports.add(ServicePort.builder().name(Checks.notNull(name, "name")).port(port)
          .targetPort(IntOrString.of(targetPort)).build());
      return this;
    }

    /** Makes the Service {@code type: LoadBalancer}; absent ({@code ClusterIP}) by default. */
    public Builder loadBalancer() {
      serviceType = "LoadBalancer";
      return this;
    }

    /** Makes the Service {@code type: NodePort}. */
    public Builder nodePort() {
      serviceType = "NodePort";
      return this;
    }

    /**
     * The autoscaler each colour gets (its replica bounds, metrics and behavior; name, namespace and target are
     * the colour's): {@code .autoscaler(autoscaler("webserver").between(2, 10).targetCpu(70))}.
     */
    public Builder autoscaler(HorizontalPodAutoscaler template) {
      autoscaler = Checks.notNull(template, "template");
      return this;
    }

    /** The autoscaler each colour gets, as a builder. */
    public Builder autoscaler(AutoscalerBuilder template) {
      return autoscaler(Checks.notNull(template, "template").build());
    }

    /**
     * The disruption budget each colour gets (its {@code minAvailable} or {@code maxUnavailable}; name, namespace
     * and selector are the colour's): {@code .disruptionBudget(disruptionBudget("webserver").maxUnavailable(1))}.
     */
    public Builder disruptionBudget(PodDisruptionBudget template) {
      budget = Checks.notNull(template, "template");
      return this;
    }

    /** The disruption budget each colour gets, as a builder. */
    public Builder disruptionBudget(DisruptionBudgetBuilder template) {
      return disruptionBudget(Checks.notNull(template, "template").build());
    }

    /** The colour the Service selects; {@link Color#BLUE} by default. */
    public Builder live(Color color) {
      live = Checks.notNull(color, "color");
      return this;
    }

    /**
     * The release.
     *
     * @throws IllegalStateException naming the first missing part (template, shared labels, an image,
     *     a Service port: from {@code servicePort} or the Service template)
     * @throws IllegalArgumentException when the parts disagree: shared labels with a {@code color} key, a
     *     template whose pod labels contradict the shared labels or the colour, an image for a container the
     *     pods do not have, colours that differ beyond name, colour and images, a target port the pods do
     *     not name
     * @throws ManifestValidationException when the Service template's selector fights the release's
     *     ({@code Service/<name> spec.selector} with rule {@code blue-green-service-selector}), or a named target
     *     port is not a port name of the live pods ({@code target-port-name-missing})
     */
    public BlueGreen build() {
      if (shared.isEmpty()) {
        throw new IllegalStateException("sharedLabels must be non-empty (was {})");
      }
      if (shared.asMap().containsKey(COLOR_LABEL)) {
        throw new IllegalArgumentException("sharedLabels must not contain the " + COLOR_LABEL
            + " label, which tells the colours apart (was " + shared + ")");
      }
      for (Color c : Color.values()) {
        if (!templates.containsKey(c) && template == null) {
          throw new IllegalStateException("template must be set (was unset)");
        }
        if (!templates.containsKey(c) && !images.containsKey(c)) {
          throw new IllegalStateException("image must be set for " + c.label() + " (was unset)");
        }
      }
      Service svc = serviceTemplate();
      if (svc.spec().ports().isEmpty()) {
        throw new IllegalStateException(service == null ? "servicePort must be set at least once (was unset)"
            : "the Service must have a port: servicePort or a service template with ports (was none)");
      }
      Deployment b = side(Color.BLUE);
      Deployment g = side(Color.GREEN);
      ValueDiff.first(comparable(b), comparable(g), "").ifPresent(path -> {
        throw new IllegalArgumentException("green must differ from blue only in name, " + COLOR_LABEL
            + " label and images (was different at " + path + ")");
      });
      if (autoscaler != null && b.spec().replicas().isPresent()) {
        throw new IllegalArgumentException("the template must not set replicas when the release is autoscaled (was "
            + b.spec().replicas().get() + "): each apply would reset what the autoscaler chose");
      }
      return new BlueGreen(name, shared, live, b, g, svc, autoscaler, budget);
    }

    /**
     * The Service template ({@link #service(Service)}, or a bare Service of the release's name), with the ports of
     * {@code servicePort} after its own and the type of {@code loadBalancer()}/{@code nodePort()}; its selector
     * checked against the release's.
     */
    private Service serviceTemplate() {
      Service base = service != null ? service
          : Service.builder().metadata(ObjectMeta.builder().name(name).build()).spec(ServiceSpec.builder().build()).build();
      ServiceSpec spec = base.spec();
      if (!ports.isEmpty()) {
        List<ServicePort> all = new ArrayList<>(spec.ports());
        all.addAll(ports);
        spec = spec.withPorts(all);
      }
      if (serviceType != null) {
        spec = spec.withType(serviceType);
      }
      String object = "Service/" + name;
      List<Violation> wrong = new ArrayList<>();
      for (Map.Entry<String, String> e : spec.selector().entrySet()) {
        String sharedValue = shared.asMap().get(e.getKey());
        if (e.getKey().equals(COLOR_LABEL)) {
          wrong.add(new Violation(object, "spec.selector", SELECTOR_RULE, "must leave the " + COLOR_LABEL
              + " label to the release, which selects the live colour and moves it at each switch (was "
              + COLOR_LABEL + "=" + e.getValue() + "); remove it from the service template", Severity.ERROR));
        } else if (sharedValue != null && !sharedValue.equals(e.getValue())) {
          wrong.add(new Violation(object, "spec.selector", SELECTOR_RULE, "must agree with sharedLabels "
              + e.getKey() + "=" + sharedValue + " (was " + e.getKey() + "=" + e.getValue() + ")", Severity.ERROR));
        }
      }
      if (!wrong.isEmpty()) {
        wrong.sort(null);
        throw new ManifestValidationException(wrong);
      }
      return base.withSpec(spec);
    }

    private Deployment side(Color color) {
      Deployment base = templates.getOrDefault(color, template);
      Map<String, String> podLabels = base.spec().template().metadata().labels();
      for (Map.Entry<String, String> e : shared.asMap().entrySet()) {
        String own = podLabels.get(e.getKey());
        if (own != null && !own.equals(e.getValue())) {
          throw new IllegalArgumentException("the " + color.label() + " template's pod label " + e.getKey()
              + " must agree with sharedLabels " + e.getKey() + "=" + e.getValue() + " (was " + own + ")");
        }
      }
      String own = podLabels.get(COLOR_LABEL);
      if (own != null && !own.equals(color.label())) {
        throw new IllegalArgumentException("the " + color.label() + " template's pod label " + COLOR_LABEL + " must be "
            + color.label() + " (was " + own + ")");
      }
      Labels colored = shared.and(COLOR_LABEL, color.label());
      Deployment d = Workloads.from(base)
          .name(name + "-" + color.label())
          .podLabels(Labels.of(podLabels).and(colored))
          .selector(colored)
          .build();
      return withImages(d, images.getOrDefault(color, Map.of()), color);
    }

    /** {@code d} without what may differ between the colours: name, {@code color} labels, images. */
    private Deployment comparable(Deployment d) {
      var meta = d.metadata().withName(name).withLabels(without(d.metadata().labels()));
      var template = d.spec().template();
      var podMeta = template.metadata().withLabels(without(template.metadata().labels()));
      PodSpec spec = template.spec()
          .withContainers(template.spec().containers().stream().map(c -> c.withImage(Optional.empty())).toList())
          .withInitContainers(template.spec().initContainers().stream().map(c -> c.withImage(Optional.empty())).toList());
      Optional<LabelSelector> selector = d.spec().selector().map(s -> s.withMatchLabels(without(s.matchLabels())));
      return d.withMetadata(meta).withSpec(d.spec().withSelector(selector)
          .withTemplate(template.withMetadata(podMeta).withSpec(spec)));
    }

    private static Map<String, String> without(Map<String, String> labels) {
      Map<String, String> m = new LinkedHashMap<>(labels);
      m.remove(COLOR_LABEL);
      return m;
    }
  }
}
