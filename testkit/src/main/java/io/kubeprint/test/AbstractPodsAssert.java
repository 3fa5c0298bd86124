package io.kubeprint.test;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the kinds that run pods (Pod, PodTemplate, ReplicaSet, Deployment, CronJob, Job, StatefulSet, DaemonSet)
 * can be asserted about:
 * their pods' labels and spec, and their containers ({@link #container(String)} leads to a
 * {@link ContainerAssert}). For a Pod the pods' labels are its own; for the others, its pod template's.
 *
 * @param <SELF> the concrete assert, returned for chaining
 * @param <ACTUAL> the kind
 */
public abstract class AbstractPodsAssert<SELF extends AbstractPodsAssert<SELF, ACTUAL>, ACTUAL extends KubeObject>
    extends AbstractKubeObjectAssert<SELF, ACTUAL> {

  AbstractPodsAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Verifies that the pods carry the label {@code key=value} (the pod template's {@code metadata.labels}). */
  public SELF hasPodLabel(String key, String value) {
    isNotNull();
    return hasEntry(Pods.labels(actual), key, value, "pod label", "pod labels");
  }

  /** Verifies that the pods have a container (or init container) named {@code name}. */
  public SELF hasContainer(String name) {
    isNotNull();
    find(name);
    return myself;
  }

  /**
   * Assertions on the container (or, failing that, the init container) named {@code name}:
   * {@code assertThat(web).container("web").hasImage("nginx:1.27")}.
   */
  public ContainerAssert container(String name) {
    isNotNull();
    ContainerAssert next = new ContainerAssert(find(name), "container " + name + " of " + actual.displayName(), bundle);
    next.info.description(info.description());
    return next;
  }

  private Container find(String name) {
    Objects.requireNonNull(name, "name == null");
    PodSpec spec = Pods.spec(actual);
    for (List<Container> list : List.of(spec.containers(), spec.initContainers())) {
      for (Container c : list) {
        if (c.name().filter(name::equals).isPresent()) {
          return c;
        }
      }
    }
    throw failure("to have a container named " + name, "but had containers", containerNames(spec));
  }

  private static String containerNames(PodSpec spec) {
    String text = Describe.list(names(spec.containers()));
    return spec.initContainers().isEmpty() ? text : text + " and init containers " + Describe.list(names(spec.initContainers()));
  }

  private static List<String> names(List<Container> containers) {
    List<String> out = new ArrayList<>();
    for (Container c : containers) {
      out.add(c.name().orElse(Describe.UNSET));
    }
    return out;
  }

  /** Verifies that some container (or init container) of the pods runs {@code image}, exactly as written. */
  public SELF runsImage(String image) {
    isNotNull();
    Objects.requireNonNull(image, "image == null");
    PodSpec spec = Pods.spec(actual);
    Set<String> images = new LinkedHashSet<>();
    for (List<Container> list : List.of(spec.containers(), spec.initContainers())) {
      for (Container c : list) {
        if (c.image().filter(image::equals).isPresent()) {
          return myself;
        }
        images.add(c.image().orElse(Describe.UNSET));
      }
    }
    throw failure("to run image " + image, "but ran", Describe.list(images));
  }

  /**
   * Verifies the pods' {@code restartPolicy}; when it is unset the API server's default counts
   * ({@code Always}), except for a CronJob or Job, whose pods have no default they may use.
   */
  public SELF hasRestartPolicy(String policy) {
    isNotNull();
    Objects.requireNonNull(policy, "policy == null");
    Optional<String> set = Pods.spec(actual).restartPolicy();
    boolean defaulted = set.isEmpty() && actual.kind() != Kind.CRON_JOB && actual.kind() != Kind.JOB;
    String effective = set.orElse(defaulted ? "Always" : null);
    if (!policy.equals(effective)) {
      String found = set.orElse(defaulted ? Describe.UNSET + " (the API server defaults it to Always)" : Describe.UNSET);
      throw failure("to have restart policy " + policy, "but had", found);
    }
    return myself;
  }

  /** Verifies the pods' {@code serviceAccountName}; unset counts as {@code default}, the API server's default. */
  public SELF hasServiceAccount(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name == null");
    Optional<String> set = Pods.spec(actual).serviceAccountName();
    if (!name.equals(set.orElse("default"))) {
      throw failure("to run as service account " + name, "but had",
          set.orElse(Describe.UNSET + " (the API server defaults it to default)"));
    }
    return myself;
  }

  /**
   * Verifies that the pods run as {@code account}: {@code serviceAccountName} is its name (unset counting as
   * {@code default}).
   */
  public SELF runsAs(ServiceAccount account) {
    Objects.requireNonNull(account, "account == null");
    return hasServiceAccount(account.name());
  }

  /** Verifies that the pods mount {@code claim}: see {@link #mountsClaim(String)}. */
  public SELF mountsClaim(PersistentVolumeClaim claim) {
    Objects.requireNonNull(claim, "claim == null");
    return mountsClaim(claim.name());
  }

  /**
   * Verifies that a volume of the pods claims {@code claimName} ({@code persistentVolumeClaim.claimName}) and that a
   * container or init container mounts that volume.
   */
  public SELF mountsClaim(String claimName) {
    isNotNull();
    Objects.requireNonNull(claimName, "claimName == null");
    PodSpec spec = Pods.spec(actual);
    Set<String> claimed = new LinkedHashSet<>();
    Optional<String> volume = Optional.empty();
    for (Volume v : spec.volumes()) {
      Optional<String> c = v.persistentVolumeClaim().flatMap(p -> p.claimName());
      c.ifPresent(claimed::add);
      if (c.filter(claimName::equals).isPresent() && volume.isEmpty()) {
        volume = v.name();
      }
    }
    if (volume.isEmpty()) {
      throw failure("to mount claim " + claimName, "but had claimed volumes of", Describe.list(claimed));
    }
    String name = volume.get();
    List<Container> all = new ArrayList<>(spec.initContainers());
    all.addAll(spec.containers());
    boolean mounted = all.stream().flatMap(c -> c.volumeMounts().stream())
        .anyMatch(m -> m.name().filter(name::equals).isPresent());
    if (!mounted) {
      throw failure("to mount claim " + claimName, "but no container mounts its volume", name);
    }
    return myself;
  }

  /** Verifies that the pods' {@code nodeSelector} has {@code key=value}. */
  public SELF hasNodeSelector(String key, String value) {
    isNotNull();
    return hasEntry(Pods.spec(actual).nodeSelector(), key, value, "node selector", "node selector");
  }

  /**
   * For the kinds with a {@code spec.selector} (ReplicaSet, Deployment): verifies that it selects the pods of
   * {@code workload}, with {@code matchLabels} and {@code matchExpressions} as the API server reads them.
   */
  SELF selectsPodsOf(Optional<LabelSelector> selector, KubeObject workload) {
    isNotNull();
    workload = inBundle(Pods.require(workload, "workload"));
    Map<String, String> labels = Pods.labels(workload);
    if (!matches(selector, labels)) {
      throw failure("to select the pods of " + workload.displayName() + ", labelled " + Describe.labels(labels),
          "but had selector", selector.map(Describe::selector).orElse(Describe.UNSET + " (selects nothing)"));
    }
    return myself;
  }

  SELF doesNotSelectPodsOf(Optional<LabelSelector> selector, KubeObject workload) {
    isNotNull();
    workload = inBundle(Pods.require(workload, "workload"));
    Map<String, String> labels = Pods.labels(workload);
    if (matches(selector, labels)) {
      throw failure("not to select the pods of " + workload.displayName() + ", labelled " + Describe.labels(labels),
          "but had selector", Describe.selector(selector.get()));
    }
    return myself;
  }

  private boolean matches(Optional<LabelSelector> selector, Map<String, String> labels) {
    if (selector.isEmpty()) {
      return false;
    }
    try {
      return Selectors.matches(selector.get(), labels);
    } catch (IllegalArgumentException e) {
      throw failure("to have a valid selector", "but had selector", Describe.selector(selector.get()));
    }
  }
}
