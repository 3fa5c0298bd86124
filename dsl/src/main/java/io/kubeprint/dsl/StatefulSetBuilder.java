package io.kubeprint.dsl;

import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.workload.RollingUpdateStatefulSetStrategy;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubeprint.core.workload.StatefulSetSpec;
import io.kubeprint.core.workload.StatefulSetUpdateStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link StatefulSet}: {@code statefulSet("db").replicas(3).podLabels(labels("app", "db"))
 * .container(container("db", "postgres:16").port(5432, "postgres").mount("data", "/var/lib/postgresql/data"))
 * .volumeClaim("data", "10Gi").build()}, with {@link #headlessService()} for the Service that names its pods.
 *
 * <p>{@code spec.serviceName} starts as the StatefulSet's name (the headless Service whose DNS names the pods
 * get, {@code db-0.db}); {@link #serviceName(String)} changes it. {@code spec.selector} defaults to exactly the
 * pod labels unless {@link #selector(Labels)} sets one. Every other field left unset stays absent, meaning the API
 * server's default (1 replica, {@code OrderedReady}, {@code RollingUpdate} with partition 0, claims retained).
 */
public final class StatefulSetBuilder extends TemplatedWorkloadBuilder<StatefulSetBuilder, StatefulSet> {
  private StatefulSetSpec spec;
  private LabelSelector explicitSelector;

  StatefulSetBuilder(String name) {
    super(StatefulSet.class, ObjectMeta.builder().name(Checks.notNull(name, "name")).build(), Fields.none(),
        PodTemplateSpec.builder().build());
    this.spec = StatefulSetSpec.builder().serviceName(name).build();
  }

  StatefulSetBuilder(StatefulSet existing) {
    super(StatefulSet.class, Checks.notNull(existing, "statefulSet").metadata(), existing.extra(),
        existing.spec().template());
    this.spec = existing.spec();
    this.explicitSelector = SelectorDefaults.explicitOf(existing.spec().selector(), existing.spec().template());
  }

  @Override
  StatefulSetBuilder self() {
    return this;
  }

  /** Sets {@code spec.replicas} (>= 0); the API server defaults it to 1. */
  public StatefulSetBuilder replicas(int replicas) {
    spec = spec.withReplicas(replicas);
    return this;
  }

  /**
   * Sets {@code spec.selector.matchLabels} explicitly, instead of the default (exactly the pod labels). The pod
   * labels must include these for the StatefulSet to be valid.
   */
  public StatefulSetBuilder selector(Labels matchLabels) {
    Checks.notNull(matchLabels, "matchLabels");
    return selector(LabelSelector.builder().matchLabels(matchLabels.asMap()).build());
  }

  /** Sets {@code spec.selector} explicitly (e.g. with {@code matchExpressions}). */
  public StatefulSetBuilder selector(LabelSelector selector) {
    explicitSelector = Checks.notNull(selector, "selector");
    return this;
  }

  /** Sets {@code spec.serviceName}, the headless Service that gives the pods their DNS names; starts as the set's name. */
  public StatefulSetBuilder serviceName(String serviceName) {
    spec = spec.withServiceName(Checks.notNull(serviceName, "serviceName"));
    return this;
  }

  /** Sets {@code spec.podManagementPolicy: Parallel}: pods start and stop all at once, not one by one ({@code OrderedReady}). */
  public StatefulSetBuilder parallel() {
    spec = spec.withPodManagementPolicy("Parallel");
    return this;
  }

  /** Sets {@code spec.updateStrategy.type: OnDelete}: a pod gets the new template only when deleted by hand. */
  public StatefulSetBuilder onDelete() {
    spec = spec.withUpdateStrategy(StatefulSetUpdateStrategy.builder().type("OnDelete").build());
    return this;
  }

  /**
   * Sets {@code spec.updateStrategy} to {@code RollingUpdate} with this {@code partition} (>= 0): only pods with an
   * ordinal at or above it are updated (a canary of the highest ordinals); the default is 0, all pods.
   */
  public StatefulSetBuilder rollingUpdate(int partition) {
    spec = spec.withUpdateStrategy(StatefulSetUpdateStrategy.builder().type("RollingUpdate")
        .rollingUpdate(RollingUpdateStatefulSetStrategy.builder()
            .partition(partition).build())
        .build());
    return this;
  }

  /**
   * Adds a {@code spec.volumeClaimTemplates[]} entry: a PersistentVolumeClaim named {@code name} per pod
   * ({@code <name>-<set>-<ordinal>}) requesting {@code storage} (a quantity such as {@code 10Gi}) with access mode
   * {@code ReadWriteOnce}; a container mounts it by {@code name}. Replaces a template of the same name.
   */
  public StatefulSetBuilder volumeClaim(String name, String storage) {
    return volumeClaim(name, storage, "ReadWriteOnce");
  }

  /** Like {@link #volumeClaim(String, String)} with these access modes and, when not null, this storage class. */
  public StatefulSetBuilder volumeClaim(String name, String storage, String accessMode, String... moreAccessModes) {
    Checks.notNull(name, "name");
    Checks.notNull(accessMode, "accessMode");
    List<String> modes = new ArrayList<>();
    modes.add(accessMode);
    modes.addAll(Checks.strings(moreAccessModes, "moreAccessModes"));
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("metadata", Map.of("name", name));
    Map<String, Object> claimSpec = new LinkedHashMap<>();
    claimSpec.put("accessModes", modes);
    claimSpec.put("resources", Map.of("requests", Map.of("storage",
        Checks.parsedQuantity(storage, "storage").toString())));
    claim.put("spec", claimSpec);
    return volumeClaimTemplate(Fields.of(claim));
  }

  /**
   * Adds a {@code spec.volumeClaimTemplates[]} entry as Kubernetes fields ({@code metadata.name}, {@code spec}), or
   * replaces the one of the same {@code metadata.name}.
   */
  public StatefulSetBuilder volumeClaimTemplate(Fields claim) {
    Checks.notNull(claim, "claim");
    Object name = claim.get("metadata") instanceof Map<?, ?> m ? m.get("name") : null;
    List<Fields> claims = new ArrayList<>();
    boolean replaced = false;
    for (Fields c : spec.volumeClaimTemplates()) {
      Object other = c.get("metadata") instanceof Map<?, ?> m ? m.get("name") : null;
      if (name != null && name.equals(other)) {
        claims.add(claim);
        replaced = true;
      } else {
        claims.add(c);
      }
    }
    if (!replaced) {
      claims.add(claim);
    }
    spec = spec.withVolumeClaimTemplates(claims);
    return this;
  }

  /**
   * Sets {@code spec.persistentVolumeClaimRetentionPolicy}: whether the pods' claims are deleted with the set
   * ({@code whenDeleted}) and when it scales down ({@code whenScaled}); the API server keeps them ({@code Retain}).
   */
  public StatefulSetBuilder deleteClaims(boolean whenDeleted, boolean whenScaled) {
    spec = spec.withPersistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy.builder()
        .whenDeleted(whenDeleted ? "Delete" : "Retain").whenScaled(whenScaled ? "Delete" : "Retain").build());
    return this;
  }

  /** Sets {@code spec.minReadySeconds} (whole seconds): how long a new pod must be ready to count; defaults to 0. */
  public StatefulSetBuilder minReady(Duration minReady) {
    spec = spec.withMinReadySeconds(Checks.intSeconds(minReady, "minReady"));
    return this;
  }

  /** Sets {@code spec.revisionHistoryLimit} (>= 0), the old revisions kept; the API server defaults it to 10. */
  public StatefulSetBuilder revisionHistoryLimit(int limit) {
    spec = spec.withRevisionHistoryLimit(limit);
    return this;
  }

  /** Sets a {@code spec} field kubeprint does not type (e.g. {@code ordinals}), kept in {@code StatefulSetSpec.extra()}. */
  public StatefulSetBuilder specExtra(String field, Object value) {
    spec = spec.withExtra(Checks.extra(spec.extra(), StatefulSetSpec.class, field, value));
    return this;
  }

  /**
   * The headless Service of this StatefulSet, as built so far: named its {@code serviceName}, {@code clusterIP:
   * None}, selecting its pods, with one port per named container port ({@code port: targetPort: name}). Add ports
   * or settings to the returned builder:
   * {@code bundle(db.build(), db.headlessService().build())}.
   *
   * @throws IllegalStateException when {@code serviceName} was removed, or the pods have no labels to select
   */
  public ServiceBuilder headlessService() {
    return StatefulSets.headlessService(build());
  }

  @Override
  public StatefulSet build() {
    Optional<LabelSelector> selector = explicitSelector != null
        ? Optional.of(explicitSelector) : SelectorDefaults.derived(podLabels());
    return StatefulSet.builder()
        .metadata(metadata)
        .spec(spec.withSelector(selector).withTemplate(template()))
        .extra(extra)
        .build();
  }
}
