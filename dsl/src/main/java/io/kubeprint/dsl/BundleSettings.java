package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.validation.CrossObjectChecks;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Severity;
import io.kubeprint.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for a whole bundle, applied in one step: a namespace for every object (and the Namespace object
 * itself when asked), common labels and common annotations on every object's metadata and every pod
 * template, never on a selector.
 *
 * <pre>{@code
 * Bundle shop = bundleWide()
 *     .createNamespace("shop")                          // metadata.namespace: shop, plus Namespace/shop
 *     .commonLabels(appLabels("webserver").partOf("hello-docker").managedBy("kubeprint"))
 *     .commonAnnotation("example.com/owner", "team-web")
 *     .applyTo(app);
 * }</pre>
 *
 * <p>What {@link #applyTo(Bundle)} does to each object:
 * <ul>
 *   <li>{@code metadata.namespace} is set on every object but a Namespace; an object already in another
 *       namespace is refused.
 *   <li>{@code metadata.labels} and {@code metadata.annotations} of every object, the pod template of a
 *       Deployment, ReplicaSet, PodTemplate, CronJob, Job, StatefulSet or DaemonSet, and a CronJob's
 *       {@code jobTemplate.metadata}, get the
 *       common ones; a key the object already has with another value is refused rather than overwritten.
 *   <li>Selectors (a Service's {@code spec.selector}, a workload's or PodDisruptionBudget's {@code spec.selector})
 *       are left alone, and a common label whose key a selector tests is refused: stamped on every pod, it
 *       would widen that selector to pods it did not select before.
 * </ul>
 * With {@link #crossObjectChecks(CrossObjectChecks)} the bundle also reports its checks across objects as
 * warnings, or not at all. Changing a common label or annotation changes the pod templates, so it rolls the
 * Deployments. Immutable;
 * each method returns a new value.
 */
public final class BundleSettings {
  private static final BundleSettings NONE = new BundleSettings(null, false, CommonLabels.none(), Map.of(), null);

  private final String namespace;
  private final boolean createNamespace;
  private final CommonLabels labels;
  private final Map<String, String> annotations;
  private final CrossObjectChecks crossObjectChecks;

  private BundleSettings(String namespace, boolean createNamespace, CommonLabels labels, Map<String, String> annotations,
      CrossObjectChecks crossObjectChecks) {
    this.namespace = namespace;
    this.createNamespace = createNamespace;
    this.labels = labels;
    this.annotations = annotations;
    this.crossObjectChecks = crossObjectChecks;
  }

  /** No settings; {@link Kube#bundleWide()} delegates here. */
  public static BundleSettings none() {
    return NONE;
  }

  /** These settings putting every object in {@code namespace} (a DNS-1123 label), without creating it. */
  public BundleSettings namespace(String namespace) {
    return new BundleSettings(checkNamespace(namespace), false, labels, annotations, crossObjectChecks);
  }

  /** These settings putting every object in {@code namespace} and adding the Namespace object (unless the bundle has it). */
  public BundleSettings createNamespace(String namespace) {
    return new BundleSettings(checkNamespace(namespace), true, labels, annotations, crossObjectChecks);
  }

  private static String checkNamespace(String namespace) {
    // a value: a namespace that is not a DNS-1123 label is reported by validation on every object it lands in
    return Checks.notNull(namespace, "namespace");
  }

  /** These settings plus the common labels {@code more} (whose values win on equal keys). */
  public BundleSettings commonLabels(CommonLabels more) {
    return new BundleSettings(namespace, createNamespace, labels.and(Checks.notNull(more, "labels")), annotations,
        crossObjectChecks);
  }

  /** These settings plus one common label; see {@link CommonLabels#and(String, String)}. */
  public BundleSettings commonLabel(String key, String value) {
    return new BundleSettings(namespace, createNamespace, labels.and(key, value), annotations, crossObjectChecks);
  }

  /**
   * These settings plus one common annotation; a key the API server refuses is reported by validation
   * ({@code annotation-key-syntax}) on each object it is stamped on.
   */
  public BundleSettings commonAnnotation(String key, String value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    Map<String, String> m = new LinkedHashMap<>(annotations);
    m.put(key, value);
    return new BundleSettings(namespace, createNamespace, labels, Collections.unmodifiableMap(m), crossObjectChecks);
  }

  /**
   * These settings making the findings of the checks across objects (references resolve, Services reach pods, no
   * duplicates; see {@code docs/validation.md}) errors (the default of a bundle built in code), warnings that are
   * listed but never refuse the bundle, or {@link CrossObjectChecks#OFF}: for a team adopting kubeprint on
   * manifests that were never validated together. Example: {@code bundleWide().crossObjectChecks(WARNING)}.
   * Unset, {@link #applyTo(Bundle)} keeps the bundle's own.
   */
  public BundleSettings crossObjectChecks(CrossObjectChecks checks) {
    return new BundleSettings(namespace, createNamespace, labels, annotations, Checks.notNull(checks, "checks"));
  }

  /** How these settings make the bundle report the checks across objects, when set. */
  public Optional<CrossObjectChecks> crossObjectChecks() {
    return Optional.ofNullable(crossObjectChecks);
  }

  /** The namespace every object is put in, when set. */
  public Optional<String> namespace() {
    return Optional.ofNullable(namespace);
  }

  /** Whether {@link #applyTo(Bundle)} adds the Namespace object. */
  public boolean createsNamespace() {
    return createNamespace;
  }

  /** The common labels. */
  public CommonLabels commonLabels() {
    return labels;
  }

  /** The common annotations, in insertion order. */
  public Map<String, String> commonAnnotations() {
    return annotations;
  }

  /**
   * {@code bundle} with these settings applied, the objects in the same order (a created Namespace first),
   * the externals kept.
   *
   * @throws ManifestValidationException carrying every conflict at once, each with the object and the field
   *     path: an object in another namespace ({@code common-namespace-conflict}), a common key an object already
   *     has with another value ({@code common-label-conflict}, {@code common-annotation-conflict}), a selector
   *     testing a common label's key ({@code common-label-selector-key})
   */
  public Bundle applyTo(Bundle bundle) {
    Checks.notNull(bundle, "bundle");
    List<Violation> conflicts = new ArrayList<>();
    for (KubeObject o : bundle.objects()) {
      KubeObjects.selectorKeys(o).forEach((key, field) -> {
        if (labels.asMap().containsKey(key)) {
          conflicts.add(new Violation(o.displayName(), field, "common-label-selector-key", "must not test the key of"
              + " common label " + key + " (was " + key + "); stamped on every pod it would widen this selector",
              Severity.ERROR));
        }
      });
    }
    List<KubeObject> out = new ArrayList<>();
    boolean hasNamespace = false;
    for (KubeObject o : bundle.objects()) {
      hasNamespace |= o.kind() == Kind.NAMESPACE && o.name().equals(namespace);
      out.add(apply(o, conflicts));
    }
    if (createNamespace && !hasNamespace) {
      out.add(0, apply(Namespace.builder().metadata(ObjectMeta.builder().name(namespace).build()).build(), conflicts));
    }
    if (!conflicts.isEmpty()) {
      throw new ManifestValidationException(conflicts.stream().sorted().toList());
    }
    Bundle result = bundle.withObjects(out);
    return crossObjectChecks == null ? result : result.withCrossObjectChecks(crossObjectChecks);
  }

  private KubeObject apply(KubeObject o, List<Violation> conflicts) {
    KubeObject x = KubeObjects.mapMetadata(o, m -> {
      ObjectMeta meta = m;
      if (namespace != null && o.kind() != Kind.NAMESPACE) {
        if (m.namespace().filter(n -> !n.equals(namespace)).isPresent()) {
          conflicts.add(new Violation(o.displayName(), "metadata.namespace", "common-namespace-conflict",
              "must be the bundle's namespace " + namespace + " or unset (was " + m.namespace().get() + ")",
              Severity.ERROR));
          return stamp(meta, o, "metadata", conflicts);
        }
        meta = meta.withNamespace(namespace);
      }
      return stamp(meta, o, "metadata", conflicts);
    });
    x = KubeObjects.mapPodTemplate(x, t -> t.withMetadata(stamp(t.metadata(), o, podTemplatePath(o), conflicts)));
    if (x instanceof CronJob c) {
      var job = c.spec().jobTemplate();
      x = c.withSpec(c.spec().withJobTemplate(job.withMetadata(stamp(job.metadata(), o, "spec.jobTemplate.metadata", conflicts))));
    }
    return x;
  }

  private static String podTemplatePath(KubeObject o) {
    if (o.kind().equals(Kind.POD_TEMPLATE)) {
      return "template.metadata";
    }
    return o.kind().equals(Kind.CRON_JOB) ? "spec.jobTemplate.spec.template.metadata" : "spec.template.metadata";
  }

  /** {@code meta} with the common labels and annotations, refusing a key it has with another value. */
  private ObjectMeta stamp(ObjectMeta meta, KubeObject owner, String at, List<Violation> conflicts) {
    return meta.withLabels(merge(meta.labels(), labels.asMap(), "label", owner, at + ".labels", conflicts))
        .withAnnotations(merge(meta.annotations(), annotations, "annotation", owner, at + ".annotations", conflicts));
  }

  private static Map<String, String> merge(Map<String, String> own, Map<String, String> common, String what,
      KubeObject owner, String at, List<Violation> conflicts) {
    Map<String, String> m = new LinkedHashMap<>(own);
    common.forEach((k, v) -> {
      String was = m.putIfAbsent(k, v);
      if (was != null && !was.equals(v)) {
        conflicts.add(new Violation(owner.displayName(), at, "common-" + what + "-conflict", "must agree with common "
            + what + " " + k + "=" + v + " (was " + k + "=" + was + ")", Severity.ERROR));
      }
    });
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleSettings s && Objects.equals(s.namespace, namespace) && s.createNamespace == createNamespace
        && s.labels.equals(labels) && s.annotations.equals(annotations)
        && Objects.equals(s.crossObjectChecks, crossObjectChecks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, createNamespace, labels, annotations, crossObjectChecks);
  }

  /** {@code BundleSettings{namespace=shop (created), labels={...}, annotations={...}}}. */
  @Override
  public String toString() {
    return "BundleSettings{namespace=" + (namespace == null ? "-" : namespace + (createNamespace ? " (created)" : ""))
        + ", labels=" + labels.asMap() + ", annotations=" + annotations
        + (crossObjectChecks == null ? "" : ", crossObjectChecks=" + crossObjectChecks) + "}";
  }
}
