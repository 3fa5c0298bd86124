package io.kubeprint.dsl;

import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceRequirements;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Container}: {@code container("web", "nginx:1.27").port(80, "http")
 * .env("PROJECT_ID", fromConfigMap(projectId, "project.id")).requests("100m", "128Mi").build()}.
 *
 * <p>Lists keep the order of the calls; {@code env} entries are keyed by name (setting a variable again
 * replaces it in place). Unset fields stay absent, meaning the API server's or the image's default.
 */
public final class ContainerBuilder {
  private Container container;
  /** The volume values mounted with {@link #mount(Volume, String)}, in order: the workload adds them to its pod. */
  private final List<Volume> mountedVolumes = new ArrayList<>();

  ContainerBuilder(String name, String image) {
    this.container = Container.builder()
        .name(Checks.notNull(name, "name"))
        .image(Checks.notNull(image, "image"))
        .build();
  }

  ContainerBuilder(Container existing) {
    this.container = Checks.notNull(existing, "container");
  }

  /** Sets {@code name}; the factory already set it, so this renames a copy. */
  public ContainerBuilder name(String name) {
    container = container.withName(Checks.notNull(name, "name"));
    return this;
  }

  /** Sets {@code image}; the factory already set it, so this swaps the image of a copy. */
  public ContainerBuilder image(String image) {
    container = container.withImage(Checks.notNull(image, "image"));
    return this;
  }

  /** Adds {@code ports[]} with this {@code containerPort} (1..65535), unnamed, protocol absent (TCP). */
  public ContainerBuilder port(int containerPort) {
    return port(Containers.port(containerPort));
  }

  /**
   * Adds a named port, which Services and probes can target by name: {@code .port(80, "http")}. The name's
   * syntax (IANA service name, at most 15 characters) is the validator's to check.
   */
  public ContainerBuilder port(int containerPort, String name) {
    return port(Containers.port(containerPort, name));
  }

  /** Adds a named port with a {@code protocol}: {@code TCP} (the default), {@code UDP} or {@code SCTP}. */
  public ContainerBuilder port(int containerPort, String name, String protocol) {
    return port(Containers.port(containerPort, name, protocol));
  }

  /** Adds {@code ports[]}; see {@link Kube#port(int, String)}. */
  public ContainerBuilder port(ContainerPort port) {
    Checks.notNull(port, "port");
    List<ContainerPort> all = new ArrayList<>(container.ports());
    all.add(port);
    container = container.withPorts(all);
    return this;
  }

  /** Sets the variable {@code name} to a literal {@code value} ({@code env[]}; {@code $(VAR)} expands). */
  public ContainerBuilder env(String name, String value) {
    Checks.notNull(value, "value");
    return env(EnvVar.builder().name(Checks.notNull(name, "name")).value(value).build());
  }

  /**
   * Sets the variable {@code name} from a source: {@code .env("PASSWORD", fromSecret(db, "password"))};
   * {@link Kube#fromConfigMap} and {@link Kube#fromSecret} checked the key when they made the source.
   */
  public ContainerBuilder env(String name, EnvVarSource source) {
    Checks.notNull(source, "source");
    return env(EnvVar.builder().name(Checks.notNull(name, "name")).valueFrom(source).build());
  }

  /** Sets one {@code env[]} entry, replacing a variable of the same name in place. */
  public ContainerBuilder env(EnvVar variable) {
    Checks.notNull(variable, "variable");
    container = container.withEnv(WorkloadBuilder.putByName(container.env(), variable, v -> v.name().orElse("")));
    return this;
  }

  /** Adds {@code envFrom[]}: every key of a ConfigMap or Secret as a variable; see {@link Kube#envFrom}. */
  public ContainerBuilder envFrom(EnvFromSource source) {
    Checks.notNull(source, "source");
    List<EnvFromSource> all = new ArrayList<>(container.envFrom());
    all.add(source);
    container = container.withEnvFrom(all);
    return this;
  }

  /** Sets {@code command}, the entrypoint (not run in a shell); empty by default, meaning the image's ENTRYPOINT. */
  public ContainerBuilder command(String... command) {
    container = container.withCommand(Checks.strings(command, "command"));
    return this;
  }

  /** Sets {@code args}, the arguments; empty by default, meaning the image's CMD. */
  public ContainerBuilder args(String... args) {
    container = container.withArgs(Checks.strings(args, "args"));
    return this;
  }

  /** Sets {@code workingDir}; absent means the image's. */
  public ContainerBuilder workingDir(String workingDir) {
    container = container.withWorkingDir(Checks.notNull(workingDir, "workingDir"));
    return this;
  }

  /** Sets {@code imagePullPolicy}: {@code Always}, {@code IfNotPresent} or {@code Never}; absent lets the API server choose by tag. */
  public ContainerBuilder imagePullPolicy(String policy) {
    container = container.withImagePullPolicy(Checks.notNull(policy, "policy"));
    return this;
  }

  /**
   * Sets {@code resources.requests} for cpu and memory: {@code .requests(cpu("100m"), memory("128Mi"))}; no
   * requests by default. The types keep the two apart: {@code requests(memory(..), cpu(..))} does not compile.
   */
  public ContainerBuilder requests(Cpu cpu, Memory memory) {
    Checks.notNull(cpu, "cpu");
    Checks.notNull(memory, "memory");
    return request("cpu", cpu.quantity()).request("memory", memory.quantity());
  }

  /** Sets {@code resources.limits} for cpu and memory: {@code .limits(cpu("500m"), memory("256Mi"))}; no limits by default. */
  public ContainerBuilder limits(Cpu cpu, Memory memory) {
    Checks.notNull(cpu, "cpu");
    Checks.notNull(memory, "memory");
    return limit("cpu", cpu.quantity()).limit("memory", memory.quantity());
  }

  /** Sets {@code resources.requests.cpu} alone: {@code .request(cpu("250m"))}. */
  public ContainerBuilder request(Cpu cpu) {
    return request("cpu", Checks.notNull(cpu, "cpu").quantity());
  }

  /** Sets {@code resources.requests.memory} alone: {@code .request(memory("512Mi"))}. */
  public ContainerBuilder request(Memory memory) {
    return request("memory", Checks.notNull(memory, "memory").quantity());
  }

  /** Sets {@code resources.limits.cpu} alone: {@code .limit(cpu("1"))}. */
  public ContainerBuilder limit(Cpu cpu) {
    return limit("cpu", Checks.notNull(cpu, "cpu").quantity());
  }

  /** Sets {@code resources.limits.memory} alone: {@code .limit(memory("1Gi"))}. */
  public ContainerBuilder limit(Memory memory) {
    return limit("memory", Checks.notNull(memory, "memory").quantity());
  }

  /**
   * Sets {@code resources.requests} for cpu and memory from two strings.
   *
   * @deprecated two strings in a row are easily swapped ({@code requests("512Mi", "250m")} compiles); use
   *     {@link #requests(Cpu, Memory)}: {@code .requests(cpu("100m"), memory("128Mi"))}
   */
  @Deprecated
  public ContainerBuilder requests(String cpu, String memory) {
    Quantity c = Checks.quantity(cpu, "cpu");
    Quantity m = Checks.quantity(memory, "memory");
    return request("cpu", c).request("memory", m);
  }

  /**
   * Sets {@code resources.limits} for cpu and memory from two strings.
   *
   * @deprecated two strings in a row are easily swapped; use {@link #limits(Cpu, Memory)}:
   *     {@code .limits(cpu("500m"), memory("256Mi"))}
   */
  @Deprecated
  public ContainerBuilder limits(String cpu, String memory) {
    Quantity c = Checks.quantity(cpu, "cpu");
    Quantity m = Checks.quantity(memory, "memory");
    return limit("cpu", c).limit("memory", m);
  }

  /** Sets one {@code resources.requests} entry: {@code .request("ephemeral-storage", "1Gi")}. */
  public ContainerBuilder request(String resource, String quantity) {
    return request(resource, Checks.quantity(quantity, "quantity"));
  }

  /** Sets one {@code resources.requests} entry. */
  public ContainerBuilder request(String resource, Quantity quantity) {
    Checks.notNull(resource, "resource");
    Checks.notNull(quantity, "quantity");
    ResourceRequirements r = resources();
    Map<String, Quantity> m = new LinkedHashMap<>(r.requests());
    m.put(resource, quantity);
    container = container.withResources(r.withRequests(m));
    return this;
  }

  /** Sets one {@code resources.limits} entry: {@code .limit("nvidia.com/gpu", "1")}. */
  public ContainerBuilder limit(String resource, String quantity) {
    return limit(resource, Checks.quantity(quantity, "quantity"));
  }

  /** Sets one {@code resources.limits} entry. */
  public ContainerBuilder limit(String resource, Quantity quantity) {
    Checks.notNull(resource, "resource");
    Checks.notNull(quantity, "quantity");
    ResourceRequirements r = resources();
    Map<String, Quantity> m = new LinkedHashMap<>(r.limits());
    m.put(resource, quantity);
    container = container.withResources(r.withLimits(m));
    return this;
  }

  private ResourceRequirements resources() {
    return container.resources().orElseGet(() -> ResourceRequirements.builder().build());
  }

  /** Sets {@code livenessProbe}: the kubelet restarts the container when it fails; none by default. */
  public ContainerBuilder livenessProbe(Probe probe) {
    container = container.withLivenessProbe(Checks.notNull(probe, "probe"));
    return this;
  }

  /** Sets {@code livenessProbe}: {@code .livenessProbe(httpGet("/healthz", "http").period(Duration.ofSeconds(10)))}. */
  public ContainerBuilder livenessProbe(ProbeBuilder probe) {
    return livenessProbe(Checks.notNull(probe, "probe").build());
  }

  /** Sets {@code readinessProbe}: while it fails the pod gets no Service traffic; none by default. */
  public ContainerBuilder readinessProbe(Probe probe) {
    container = container.withReadinessProbe(Checks.notNull(probe, "probe"));
    return this;
  }

  /** Sets {@code readinessProbe} from a probe builder. */
  public ContainerBuilder readinessProbe(ProbeBuilder probe) {
    return readinessProbe(Checks.notNull(probe, "probe").build());
  }

  /** Sets {@code startupProbe}: the other probes wait until it succeeds; none by default. */
  public ContainerBuilder startupProbe(Probe probe) {
    container = container.withStartupProbe(Checks.notNull(probe, "probe"));
    return this;
  }

  /** Sets {@code startupProbe} from a probe builder. */
  public ContainerBuilder startupProbe(ProbeBuilder probe) {
    return startupProbe(Checks.notNull(probe, "probe").build());
  }

  /** Mounts the pod volume named {@code volumeName} at {@code mountPath}, read-write ({@code volumeMounts[]}). */
  public ContainerBuilder mount(String volumeName, String mountPath) {
    return mount(VolumeMount.builder().name(Checks.notNull(volumeName, "volumeName"))
        .mountPath(Checks.notNull(mountPath, "mountPath")).build());
  }

  /** Mounts the pod volume named {@code volumeName} at {@code mountPath}, read-only when {@code readOnly}. */
  public ContainerBuilder mount(String volumeName, String mountPath, boolean readOnly) {
    return mount(VolumeMount.builder().name(Checks.notNull(volumeName, "volumeName"))
        .mountPath(Checks.notNull(mountPath, "mountPath")).readOnly(readOnly).build());
  }

  /**
   * Mounts {@code volume} at {@code mountPath}, read-write, and adds it to the pod: a workload given this builder
   * ({@code .container(container(..).mount(config, "/etc/app"))}) declares {@code volume} in its
   * {@code spec.volumes[]} once, however many containers mount it. A different volume of the same name in that
   * pod is refused, naming the object and the path. A container built first ({@code .container(c.build())})
   * carries the mount only; declare the volume with {@code .volume(..)} then.
   */
  public ContainerBuilder mount(Volume volume, String mountPath) {
    ContainerBuilder b = mount(volumeName(volume), mountPath);
    remember(volume);
    return b;
  }

  /** Mounts {@code volume} at {@code mountPath} and adds it to the pod, as {@link #mount(Volume, String)} does: {@code .mount(config, "/etc/app", true)}. */
  public ContainerBuilder mount(Volume volume, String mountPath, boolean readOnly) {
    ContainerBuilder b = mount(volumeName(volume), mountPath, readOnly);
    remember(volume);
    return b;
  }

  private void remember(Volume volume) {
    if (!mountedVolumes.contains(volume)) {
      mountedVolumes.add(volume);
    }
  }

  /** The volume values this container mounts, in the order first mounted, for the workload to declare. */
  List<Volume> mountedVolumes() {
    return List.copyOf(mountedVolumes);
  }

  /** Adds one {@code volumeMounts[]} entry. */
  public ContainerBuilder mount(VolumeMount mount) {
    Checks.notNull(mount, "mount");
    List<VolumeMount> all = new ArrayList<>(container.volumeMounts());
    all.add(mount);
    container = container.withVolumeMounts(all);
    return this;
  }

  private static String volumeName(Volume volume) {
    Checks.notNull(volume, "volume");
    return volume.name().orElseThrow(() -> new IllegalArgumentException("volume must have a name (was unnamed)"));
  }

  /** Sets {@code securityContext}, the container-level security settings; absent by default. */
  public ContainerBuilder securityContext(SecurityContext securityContext) {
    container = container.withSecurityContext(Checks.notNull(securityContext, "securityContext"));
    return this;
  }

  /**
   * Sets {@code lifecycle.preStop}, run before the container is stopped: {@code .preStop(Hook.sleep(Duration.ofSeconds(5)))}
   * lets endpoints and load balancers drop the pod before it stops serving; none by default.
   */
  public ContainerBuilder preStop(Hook hook) {
    return lifecycle("preStop", hook);
  }

  /** Sets {@code lifecycle.postStart}, run right after the container is created: {@code .postStart(Hook.exec("/bin/warm-up"))}. */
  public ContainerBuilder postStart(Hook hook) {
    return lifecycle("postStart", hook);
  }

  private ContainerBuilder lifecycle(String field, Hook hook) {
    Checks.notNull(hook, "hook");
    Map<String, Object> lifecycle = Raw.mapIn(container.extra(), "lifecycle");
    lifecycle.put(field, hook.toMap());
    container = container.withExtra(container.extra().with("lifecycle", lifecycle));
    return this;
  }

  /**
   * Sets {@code subPath} of the mount added last: mount that path inside the volume instead of its root,
   * {@code .mount(config, "/etc/nginx/nginx.conf").subPath("nginx.conf")}.
   *
   * @throws IllegalStateException when no mount was added yet
   */
  public ContainerBuilder subPath(String subPath) {
    Checks.notBlank(subPath, "subPath");
    return editLastMount(m -> m.withSubPath(subPath), "subPath");
  }

  /**
   * Sets {@code readOnly: true} on the mount added last: {@code .mount(data, "/data").readOnly()}.
   *
   * @throws IllegalStateException when no mount was added yet
   */
  public ContainerBuilder readOnly() {
    return editLastMount(m -> m.withReadOnly(true), "readOnly");
  }

  private ContainerBuilder editLastMount(UnaryOperator<VolumeMount> edit, String what) {
    List<VolumeMount> all = new ArrayList<>(container.volumeMounts());
    if (all.isEmpty()) {
      throw new IllegalStateException(what + " applies to the mount added last (was called on container "
          + container.name().orElse("") + " with no mount)");
    }
    all.set(all.size() - 1, edit.apply(all.get(all.size() - 1)));
    container = container.withVolumeMounts(all);
    return this;
  }

  /** Mounts the volume {@code volume} builds at {@code mountPath} and adds it to the pod, as {@link #mount(Volume, String)} does. */
  public ContainerBuilder mount(VolumeBuilder volume, String mountPath) {
    return mount(Checks.notNull(volume, "volume").build(), mountPath);
  }

  /** Mounts the volume {@code volume} builds, read-only when {@code readOnly}, and adds it to the pod. */
  public ContainerBuilder mount(VolumeBuilder volume, String mountPath, boolean readOnly) {
    return mount(Checks.notNull(volume, "volume").build(), mountPath, readOnly);
  }

  /** Sets {@code securityContext.seccompProfile} of this container: {@code .seccompProfile(SeccompProfile.RUNTIME_DEFAULT)}. */
  public ContainerBuilder seccompProfile(SeccompProfile profile) {
    Checks.notNull(profile, "profile");
    return editSecurityExtra("seccompProfile", profile.toMap());
  }

  /** Sets {@code securityContext.appArmorProfile} of this container: {@code .appArmorProfile(AppArmorProfile.localhost("k8s-nginx"))}. */
  public ContainerBuilder appArmorProfile(AppArmorProfile profile) {
    Checks.notNull(profile, "profile");
    return editSecurityExtra("appArmorProfile", profile.toMap());
  }

  private ContainerBuilder editSecurityExtra(String field, Object value) {
    SecurityContext sc = container.securityContext().orElseGet(() -> SecurityContext.builder().build());
    container = container.withSecurityContext(sc.withExtra(sc.extra().with(field, value)));
    return this;
  }

  /**
   * Sets a container field kubeprint does not type, e.g. {@code .extra("stdin", true)}; kept verbatim in
   * {@code Container.extra()}. Fields kubeprint types are refused.
   */
  public ContainerBuilder extra(String field, Object value) {
    container = container.withExtra(Checks.extra(container.extra(), Container.class, field, value));
    return this;
  }

  /** The immutable core value. */
  public Container build() {
    return container;
  }
}
