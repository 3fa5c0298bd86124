package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.workload.Deployment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A blue-green release as one value: two Deployments that differ only in name, image and {@code color}
 * label, and one Service that selects the live colour.
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
 * }</pre>
 *
 * <p>Each Deployment is the template renamed {@code <name>-blue} / {@code <name>-green}, with the shared
 * labels plus {@code color=<colour>} added to its object and pod labels, its selector exactly shared labels
 * plus colour, and its single container's image replaced. The Service {@code <name>} (in the template's
 * namespace) selects the shared labels plus the live colour.
 */
public final class BlueGreen {
  /** The label key that tells the two sides apart. */
  public static final String COLOR_LABEL = "color";

  private final String name;
  private final Labels shared;
  private final Color live;
  private final Deployment blue;
  private final Deployment green;
  private final List<ServicePort> ports;
  private final String serviceType;
  private final Service service;

  private BlueGreen(String name, Labels shared, Color live, Deployment blue, Deployment green,
      List<ServicePort> ports, String serviceType) {
    this.name = name;
    this.shared = shared;
    this.live = live;
    this.blue = blue;
    this.green = green;
    this.ports = ports;
    this.serviceType = serviceType;
    this.service = makeService();
  }

  /** A builder of the release {@code name}; {@link Kube#blueGreen(String)} delegates here. */
  public static Builder named(String name) {
    return new Builder(Checks.notBlank(name, "name"));
  }

  private Service makeService() {
    Deployment liveSide = deployment(live);
    ServiceBuilder b = Services.service(name).selector(shared.and(COLOR_LABEL, live.label()));
    liveSide.metadata().namespace().ifPresent(b::namespace);
    if (serviceType != null) {
      b.type(serviceType);
    }
    ports.forEach(b::port);
    return b.checkingTargetPortsOf(liveSide, liveSide.spec().template().spec()).build();
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
    return new BlueGreen(name, shared, color, blue, green, ports, serviceType);
  }

  /** Blue, green and the Service, in that order. */
  public List<KubeObject> objects() {
    return List.of(blue, green, service);
  }

  /** {@link #objects()} as a bundle. */
  public Bundle bundle() {
    return Bundle.of(objects());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlueGreen b && b.name.equals(name) && b.shared.equals(shared) && b.live == live
        && b.blue.equals(blue) && b.green.equals(green) && b.service.equals(service);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, shared, live, blue, green, service);
  }

  /** {@code BlueGreen{name=webserver, live=blue}}. */
  @Override
  public String toString() {
    return "BlueGreen{name=" + name + ", live=" + live.label() + "}";
  }

  /** Collects the parts of a {@link BlueGreen}; {@link #build()} checks that none is missing. */
  public static final class Builder {
    private final String name;
    private Labels shared = Labels.none();
    private Deployment template;
    private final Map<Color, String> images = new EnumMap<>(Color.class);
    private final List<ServicePort> ports = new ArrayList<>();
    private String serviceType;
    private Color live = Color.BLUE;

    private Builder(String name) {
      this.name = name;
    }

    /** The labels both colours carry and the Service selects on (beside {@code color}); required, non-empty. */
    public Builder sharedLabels(Labels labels) {
      shared = Checks.notNull(labels, "labels");
      return this;
    }

    /** The Deployment both colours are made from; it must have exactly one container. Required. */
    public Builder template(Deployment deployment) {
      template = Checks.notNull(deployment, "deployment");
      return this;
    }

    /** The Deployment both colours are made from, as a builder. */
    public Builder template(DeploymentBuilder deployment) {
      return template(Checks.notNull(deployment, "deployment").build());
    }

    /** The image the container of the {@code color} Deployment runs; required for both colours. */
    public Builder image(Color color, String image) {
      images.put(Checks.notNull(color, "color"), Checks.notBlank(image, "image"));
      return this;
    }

    /** Adds a Service port to the container port named {@code targetPortName}: {@code .servicePort(80, "http-server")}. */
    public Builder servicePort(int port, String targetPortName) {
      ports.add(ServicePort.builder().port(Checks.port(port, "port"))
          .targetPort(IntOrString.of(Checks.notBlank(targetPortName, "targetPortName")))
          .build());
      return this;
    }

    /** Adds a Service port to the pod port number {@code targetPort}. */
    public Builder servicePort(int port, int targetPort) {
      ports.add(ServicePort.builder().port(Checks.port(port, "port"))
          .targetPort(IntOrString.of(Checks.port(targetPort, "targetPort"))).build());
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

    /** The colour the Service selects; {@link Color#BLUE} by default. */
    public Builder live(Color color) {
      live = Checks.notNull(color, "color");
      return this;
    }

    /** The release; throws {@link IllegalStateException} naming the first missing part. */
    public BlueGreen build() {
      if (template == null) {
        throw new IllegalStateException("template must be set (was unset)");
      }
      if (shared.isEmpty()) {
        throw new IllegalStateException("sharedLabels must be non-empty (was {})");
      }
      for (Color c : Color.values()) {
        if (!images.containsKey(c)) {
          throw new IllegalStateException("image must be set for " + c.label() + " (was unset)");
        }
      }
      List<Container> containers = template.spec().template().spec().containers();
      if (containers.size() != 1) {
        throw new IllegalStateException("template must have exactly one container (was " + containers.size() + ")");
      }
      if (ports.isEmpty()) {
        throw new IllegalStateException("servicePort must be set at least once (was unset)");
      }
      return new BlueGreen(name, shared, live, side(Color.BLUE, containers.get(0)),
          side(Color.GREEN, containers.get(0)), List.copyOf(ports), serviceType);
    }

    private Deployment side(Color color, Container container) {
      Labels colored = shared.and(COLOR_LABEL, color.label());
      return Workloads.from(template)
          .name(name + "-" + color.label())
          .labels(Labels.of(template.metadata().labels()).and(colored))
          .podLabels(Labels.of(template.spec().template().metadata().labels()).and(colored))
          .selector(colored)
          .container(container.withImage(images.get(color)))
          .build();
    }
  }
}
