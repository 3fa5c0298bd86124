package io.kubeprint.cli.importer;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.IntOrString;
import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.KubeObjectVisitor;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.IngressSpec;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicySpec;
import io.kubeprint.core.pod.ConfigMapEnvSource;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EmptyDirVolumeSource;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.PersistentVolumeClaimVolumeSource;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceFieldSelector;
import io.kubeprint.core.pod.ResourceRequirements;
import io.kubeprint.core.pod.SecretEnvSource;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.Toleration;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.ClientIPConfig;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.service.SessionAffinityConfig;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.storage.VolumeResourceRequirements;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetSpec;
import io.kubeprint.core.workload.DaemonSetUpdateStrategy;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import io.kubeprint.core.workload.RollingUpdateDaemonSet;
import io.kubeprint.core.workload.RollingUpdateDeployment;
import io.kubeprint.core.validation.Syntax;
import io.kubeprint.core.workload.RollingUpdateStatefulSetStrategy;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubeprint.core.workload.StatefulSetSpec;
import io.kubeprint.core.workload.StatefulSetUpdateStrategy;
import io.kubeprint.cli.importer.Code.Chain;
import io.kubeprint.cli.importer.Code.Expr;
import io.kubeprint.cli.importer.Literals.Attr;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes one object as DSL code ({@code io.kubeprint.dsl.Kube}), idiomatically where the DSL has a method
 * whose effect is exactly the field's value, and through core builders or withers where it has none, so that
 * the code builds a value equal to the object read.
 *
 * <p>Every DSL call written here is one whose call-site checks pass for the value at hand (non-blank names,
 * ports in range, quantities that parse, keys that exist): a call that would throw is replaced by its core
 * equivalent. Fields are handled in three ways: a DSL method, a core value passed to a DSL method that takes
 * one ({@code .port(ContainerPort.builder()...build())}), or a wither on the built value ({@code editPodSpec},
 * {@code .build().withX(..)}, or a {@link Fixups} statement on the object).
 */
final class DslWriter {
  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");
  private static final Map<String, String> SECRET_TYPES = Map.of(
      Secret.OPAQUE, "OPAQUE", Secret.TLS, "TLS", Secret.DOCKER_CONFIG_JSON, "DOCKER_CONFIG_JSON",
      Secret.BASIC_AUTH, "BASIC_AUTH", Secret.SSH_AUTH, "SSH_AUTH");

  private final Literals lit;
  private final Imports imports;
  private final List<Entry> entries;
  private final Literals.SecretValues secrets;
  private Entry current;
  /** The pod labels the builder holds when the pod spec's calls run (a spread constraint without selector takes them). */
  private Map<String, String> heldLabels = Map.of();
  private final ScalingWriter scaling;
  private final TypedForms typed;

  DslWriter(Literals lit, List<Entry> entries, Literals.SecretValues secrets) {
    this.lit = lit;
    this.imports = lit.imports();
    this.entries = entries;
    this.secrets = secrets;
    this.scaling = new ScalingWriter(lit, this::objectExtra, this::labels);
    this.typed = new TypedForms(imports, this::labels, new TypedForms.Refs() {
      @Override
      public Expr configMap(String name) {
        return variable(Kind.CONFIG_MAP, name);
      }

      @Override
      public Expr secret(String name) {
        return variable(Kind.SECRET, name);
      }
    });
  }

  /** The code of one object: a builder expression and the withers applied to what it builds. */
  record ObjectCode(Expr expr, Fixups fixups) {}

  ObjectCode write(Entry e) {
    current = e;
    heldLabels = Map.of();
    KubeObject o = e.object;
    boolean unnamed = o.metadata().name().map(String::isBlank).orElse(true);
    if (unnamed && o instanceof GenericObject g) {
      // object(...) names what it builds: the core builder says an unnamed one exactly.
      return new ObjectCode(unnamedGeneric(g), new Fixups());
    }
    if (unnamed || o.kind() == Kind.NAMESPACE) {
      // The DSL names every object it builds, and has no Namespace builder: core builders say these exactly.
      return new ObjectCode(lit.builder(o, typeOf(o)), new Fixups());
    }
    Fixups f = new Fixups();
    Chain c = o.accept(new KubeObjectVisitor<Chain>() {
      @Override
      public Chain pod(Pod x) {
        return DslWriter.this.pod(x, f);
      }

      @Override
      public Chain podTemplate(PodTemplate x) {
        return DslWriter.this.podTemplate(x, f);
      }

      @Override
      public Chain replicaSet(ReplicaSet x) {
        return DslWriter.this.replicaSet(x, f);
      }

      @Override
      public Chain deployment(Deployment x) {
        return DslWriter.this.deployment(x, f);
      }

      @Override
      public Chain service(Service x) {
        return DslWriter.this.service(x, f);
      }

      @Override
      public Chain configMap(ConfigMap x) {
        return DslWriter.this.configMap(x, f);
      }

      @Override
      public Chain secret(Secret x) {
        return DslWriter.this.secret(x, f);
      }

      @Override
      public Chain cronJob(CronJob x) {
        return DslWriter.this.cronJob(x, f);
      }

      @Override
      public Chain job(Job x) {
        return DslWriter.this.job(x, f);
      }

      @Override
      public Chain statefulSet(StatefulSet x) {
        return DslWriter.this.statefulSet(x, f);
      }

      @Override
      public Chain daemonSet(DaemonSet x) {
        return DslWriter.this.daemonSet(x, f);
      }

      @Override
      public Chain horizontalPodAutoscaler(HorizontalPodAutoscaler x) {
        return scaling.autoscaler(x, start("autoscaler", x, HorizontalPodAutoscaler.class, f), f);
      }

      @Override
      public Chain podDisruptionBudget(PodDisruptionBudget x) {
        return scaling.disruptionBudget(x, start("disruptionBudget", x, PodDisruptionBudget.class, f), f);
      }

      @Override
      public Chain namespace(Namespace x) {
        throw new IllegalStateException("a Namespace is written as a core literal above");
      }

      @Override
      public Chain serviceAccount(ServiceAccount x) {
        return DslWriter.this.serviceAccount(x, f);
      }

      @Override
      public Chain persistentVolumeClaim(PersistentVolumeClaim x) {
        return DslWriter.this.claim(x, f);
      }

      @Override
      public Chain ingress(Ingress x) {
        return DslWriter.this.ingress(x, f);
      }

      @Override
      public Chain networkPolicy(NetworkPolicy x) {
        return DslWriter.this.networkPolicy(x, f);
      }

      @Override
      public Chain generic(GenericObject x) {
        return DslWriter.this.generic(x, f);
      }
    });
    return new ObjectCode(c.then("build").broken(), f);
  }

  /** {@code GenericObject.of("rbac.authorization.k8s.io/v1", "Role").metadata(..).extra(..).build()}. */
  private Expr unnamedGeneric(GenericObject g) {
    Chain c = Code.chain(Code.call(imports.use(GenericObject.class) + ".of", Code.string(g.apiVersion()),
        Code.string(g.kind().kindName())));
    if (!g.metadata().equals(ObjectMeta.builder().build())) {
      c.then("metadata", lit.of(g.metadata(), ObjectMeta.class));
    }
    if (!g.extra().isEmpty()) {
      c.then("extra", lit.fields(g.extra()));
    }
    return c.then("build").broken();
  }

  static Class<?> typeOf(KubeObject o) {
    for (Class<?> c : List.of(ConfigMap.class, Secret.class, Deployment.class, ReplicaSet.class, Pod.class,
        PodTemplate.class, CronJob.class, Service.class, Namespace.class, Job.class, StatefulSet.class,
        DaemonSet.class, ServiceAccount.class, PersistentVolumeClaim.class, Ingress.class, NetworkPolicy.class,
        HorizontalPodAutoscaler.class, PodDisruptionBudget.class)) {
      if (c.isInstance(o)) {
        return c;
      }
    }
    return GenericObject.class;
  }

  /** {@code object("rbac.authorization.k8s.io/v1", "Role", "reader").label(..).field("rules", List.of(..))}. */
  private Chain generic(GenericObject o, Fixups f) {
    Chain c = start(Code.call("object", Code.string(o.apiVersion()), Code.string(o.kind().kindName()),
        Code.string(o.name())), o, f);
    o.extra().asMap().forEach((k, v) -> c.then("field", Code.string(k), lit.json(v)));
    return c;
  }


  // Metadata and the fields every kind has

  private Chain start(String factory, KubeObject o, Class<?> type, Fixups f) {
    return start(Code.call(factory, Code.string(o.name())), o, f);
  }

  /** {@code head} followed by the calls that set the object's metadata, or a fixup when the DSL cannot. */
  private Chain start(Expr head, KubeObject o, Fixups f) {
    Chain c = Code.chain(head).broken();
    ObjectMeta m = o.metadata();
    boolean plain = m.namespace().map(ns -> !ns.isBlank()).orElse(true)
        && nonBlankKeys(m.labels()) && nonBlankKeys(m.annotations());
    if (!plain) {
      f.put(List.of("metadata"), lit.of(m, ObjectMeta.class));
    } else {
      m.namespace().ifPresent(ns -> c.then("namespace", Code.string(ns)));
      labelsInto(c, "label", "labels", m.labels());
      m.annotations().forEach((k, v) -> c.then("annotation", Code.string(k), Code.string(v)));
      if (!m.extra().isEmpty()) {
        f.put(List.of("metadata", "extra"), lit.fields(m.extra()));
      }
    }
    return c;
  }

  void objectExtra(Chain c, KubeObject o, Class<?> type, Fixups f) {
    extraInto(c, "extra", type, o.extra(), () -> f.put(List.of("extra"), lit.fields(o.extra())));
  }

  /** {@code .one(k, v)} for one pair, {@code .many(labels(k, v).and(..))} for more. */
  private void labelsInto(Chain c, String one, String many, Map<String, String> labels) {
    if (labels.size() == 1) {
      Map.Entry<String, String> e = labels.entrySet().iterator().next();
      c.then(one, Code.string(e.getKey()), Code.string(e.getValue()));
    } else if (!labels.isEmpty()) {
      c.then(many, labels(labels));
    }
  }

  Expr labels(Map<String, String> labels) {
    Chain c = null;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (c == null) {
        c = Code.chain(Code.call("labels", Code.string(e.getKey()), Code.string(e.getValue())));
      } else {
        c.then("and", Code.string(e.getKey()), Code.string(e.getValue()));
      }
    }
    return c;
  }

  /**
   * {@code .method(field, value)} for each untyped field when the DSL accepts every one (it refuses the names
   * of typed fields, as {@code io.kubeprint.dsl.Checks.extra} does); otherwise {@code residual} runs.
   */
  private void extraInto(Chain c, String method, Class<?> type, Fields extra, Runnable residual) {
    if (extra.isEmpty()) {
      return;
    }
    for (String k : extra.asMap().keySet()) {
      if (!acceptsExtra(type, k)) {
        residual.run();
        return;
      }
    }
    extra.asMap().forEach((k, v) -> c.then(method, Code.string(k), lit.json(v)));
  }

  static boolean acceptsExtra(Class<?> type, String field) {
    if (field.isBlank() || type == Secret.class && field.equals("stringData")) {
      return false;
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass().isInterface() && !m.getName().equals("extra") && m.getName().equals(field)) {
        return false;
      }
    }
    return true;
  }

  // ConfigMap and Secret

  private Chain configMap(ConfigMap cm, Fixups f) {
    Chain c = start("configMap", cm, ConfigMap.class, f);
    if (nonBlankKeys(cm.data())) {
      cm.data().forEach((k, v) -> c.then("data", Code.string(k), Code.string(v)));
    } else {
      f.put(List.of("data"), lit.witherArgument(Literals.attribute(ConfigMap.class, "data"), cm.data()));
    }
    if (nonBlankKeys(cm.binaryData())) {
      cm.binaryData().forEach((k, v) -> c.then("binaryData", Code.string(k), lit.byteArray(v.toByteArray())));
    } else {
      f.put(List.of("binaryData"),
          lit.witherArgument(Literals.attribute(ConfigMap.class, "binaryData"), cm.binaryData()));
    }
    immutable(c, cm.immutable(), f);
    objectExtra(c, cm, ConfigMap.class, f);
    return c;
  }

  private Chain secret(Secret s, Fixups f) {
    Chain c = start("secret", s, Secret.class, f);
    s.type().ifPresent(t -> {
      if (SECRET_TYPES.containsKey(t)) {
        c.then("type", Code.atom(imports.use(Secret.class) + "." + SECRET_TYPES.get(t)));
      } else if (!t.isBlank()) {
        c.then("type", Code.string(t));
      } else {
        f.put(List.of("type"), Code.string(t));
      }
    });
    if (nonBlankKeys(s.data())) {
      for (String k : s.data().keySet()) {
        c.then("data", Code.string(k), secrets.data(s, k));
      }
    } else {
      Chain map = Code.chain(Code.call(imports.use(Secret.class) + ".builder"));
      for (String k : s.data().keySet()) {
        map.then("putData", Code.string(k), secrets.bytes(s, k));
      }
      f.put(List.of("data"), Code.chain(map.then("build")).then("data"));
    }
    immutable(c, s.immutable(), f);
    objectExtra(c, s, Secret.class, f);
    return c;
  }

  private static void immutable(Chain c, Optional<Boolean> immutable, Fixups f) {
    if (immutable.equals(Optional.of(true))) {
      c.then("immutable");
    } else if (immutable.isPresent()) {
      f.put(List.of("immutable"), Code.atom("false"));
    }
  }

  // ServiceAccount and PersistentVolumeClaim

  private Chain serviceAccount(ServiceAccount sa, Fixups f) {
    Chain c = start("serviceAccount", sa, ServiceAccount.class, f);
    sa.automountServiceAccountToken().ifPresent(b -> c.then("automountToken", Code.atom(b.toString())));
    List<LocalObjectReference> refs = sa.imagePullSecrets();
    boolean plain = refs.stream().allMatch(r -> r.extra().isEmpty() && r.name().map(n -> !n.isBlank()).orElse(false))
        && refs.stream().map(r -> r.name().get()).distinct().count() == refs.size();
    if (plain) {
      for (LocalObjectReference r : refs) {
        c.then("imagePullSecret", Code.call("secretRef", Code.string(r.name().get())));
      }
    } else {
      f.put(List.of("imagePullSecrets"), lit.witherArgument(Literals.attribute(ServiceAccount.class,
          "imagePullSecrets"), refs));
    }
    objectExtra(c, sa, ServiceAccount.class, f);
    return c;
  }

  private static final List<String> CLAIM_MODES = List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany",
      "ReadWriteOncePod");

  /** {@code claim("data").storage("10Gi").readWriteOnce()...}; what the DSL cannot say exactly, by fixup. */
  private Chain claim(PersistentVolumeClaim pvc, Fixups f) {
    Chain c = start("claim", pvc, PersistentVolumeClaim.class, f);
    PersistentVolumeClaimSpec s = pvc.spec();
    List<String> spec = List.of("spec");
    List<String> modes = s.accessModes();
    boolean plainModes = CLAIM_MODES.containsAll(modes) && modes.stream().distinct().count() == modes.size()
        && (modes.size() < 2 || !modes.contains("ReadWriteOncePod"));
    if (plainModes) {
      for (String m : modes) {
        c.then(Character.toLowerCase(m.charAt(0)) + m.substring(1));
      }
    } else {
      f.put(path(spec, "accessModes"), lit.witherArgument(claimAttr("accessModes"), modes));
    }
    VolumeResourceRequirements r = s.resources();
    Quantity request = r.requests().get("storage");
    Quantity limit = r.limits().get("storage");
    if (r.extra().isEmpty() && r.requests().size() == 1 && isPositive(request)
        && (r.limits().isEmpty() || r.limits().size() == 1 && isPositive(limit))) {
      c.then("storage", Code.string(request.toString()));
      if (limit != null) {
        c.then("storageLimit", Code.string(limit.toString()));
      }
    } else if (!Literals.isDefault(claimAttr("resources"), s)) {
      f.put(path(spec, "resources"), lit.of(r, VolumeResourceRequirements.class));
    }
    s.storageClassName().ifPresent(n -> {
      if (n.isEmpty()) {
        c.then("noStorageClass");
      } else if (io.kubeprint.core.validation.Syntax.nameIsDnsSubdomain(n, false).isEmpty()) {
        c.then("storageClass", Code.string(n));
      } else {
        f.put(path(spec, "storageClassName"), Code.string(n));
      }
    });
    s.volumeMode().ifPresent(m -> {
      switch (m) {
        case "Block" -> c.then("block");
        case "Filesystem" -> c.then("filesystem");
        default -> f.put(path(spec, "volumeMode"), Code.string(m));
      }
    });
    s.volumeName().ifPresent(n -> stringOrFix(c, "volumeName", n, f, path(spec, "volumeName")));
    s.selector().ifPresent(sel -> {
      if (sel.matchExpressions().isEmpty() && sel.extra().isEmpty() && !sel.matchLabels().isEmpty()
          && nonBlankKeys(sel.matchLabels())) {
        c.then("selector", labels(sel.matchLabels()));
      } else {
        f.put(path(spec, "selector"), lit.of(sel, LabelSelector.class));
      }
    });
    s.dataSource().ifPresent(d -> {
      boolean snapshot = d.extra().isEmpty() && d.apiGroup().equals(Optional.of("snapshot.storage.k8s.io"))
          && d.kind().equals(Optional.of("VolumeSnapshot")) && d.name().map(n -> !n.isBlank()).orElse(false);
      if (snapshot) {
        c.then("fromSnapshot", Code.string(d.name().get()));
      } else {
        f.put(path(spec, "dataSource"), lit.witherArgument(claimAttr("dataSource"), s.dataSource()));
      }
    });
    for (String a : List.of("dataSourceRef", "volumeAttributesClassName", "extra")) {
      if (!Literals.isDefault(claimAttr(a), s)) {
        f.put(path(spec, a), lit.witherArgument(claimAttr(a), claimAttr(a).get(s)));
      }
    }
    objectExtra(c, pvc, PersistentVolumeClaim.class, f);
    return c;
  }

  private static Attr claimAttr(String name) {
    return Literals.attribute(PersistentVolumeClaimSpec.class, name);
  }

  private static boolean isPositive(Quantity q) {
    return q != null && q.isValid() && q.value().signum() > 0;
  }

  // Workloads

  private Chain deployment(Deployment d, Fixups f) {
    Chain c = start("deployment", d, Deployment.class, f);
    DeploymentSpec s = d.spec();
    s.replicas().ifPresent(n -> intOrFix(c, "replicas", n, f, List.of("spec", "replicas")));
    Map<String, String> podLabels = template(c, s.template(), f, List.of("spec", "template"));
    selector(c, s.selector(), podLabels, f);
    s.strategy().ifPresent(st -> strategy(c, st, f));
    s.minReadySeconds().ifPresent(n -> durationOrFix(c, "minReady", n, f, List.of("spec", "minReadySeconds")));
    s.progressDeadlineSeconds().ifPresent(
        n -> durationOrFix(c, "progressDeadline", n, f, List.of("spec", "progressDeadlineSeconds")));
    s.revisionHistoryLimit().ifPresent(
        n -> intOrFix(c, "revisionHistoryLimit", n, f, List.of("spec", "revisionHistoryLimit")));
    s.paused().ifPresent(p -> c.then("paused", Code.atom(p.toString())));
    extraInto(c, "specExtra", DeploymentSpec.class, s.extra(),
        () -> f.put(List.of("spec", "extra"), lit.fields(s.extra())));
    podSpec(c, s.template().spec(), null, Optional.empty());
    objectExtra(c, d, Deployment.class, f);
    return c;
  }

  private Chain replicaSet(ReplicaSet r, Fixups f) {
    Chain c = start("replicaSet", r, ReplicaSet.class, f);
    ReplicaSetSpec s = r.spec();
    s.replicas().ifPresent(n -> intOrFix(c, "replicas", n, f, List.of("spec", "replicas")));
    Map<String, String> podLabels = template(c, s.template(), f, List.of("spec", "template"));
    selector(c, s.selector(), podLabels, f);
    s.minReadySeconds().ifPresent(n -> durationOrFix(c, "minReady", n, f, List.of("spec", "minReadySeconds")));
    extraInto(c, "specExtra", ReplicaSetSpec.class, s.extra(),
        () -> f.put(List.of("spec", "extra"), lit.fields(s.extra())));
    podSpec(c, s.template().spec(), null, Optional.empty());
    objectExtra(c, r, ReplicaSet.class, f);
    return c;
  }

  private Chain pod(Pod p, Fixups f) {
    Chain c = start("pod", p, Pod.class, f);
    ObjectMeta m = p.metadata();
    boolean plain = m.namespace().map(ns -> !ns.isBlank()).orElse(true)
        && nonBlankKeys(m.labels()) && nonBlankKeys(m.annotations());
    heldLabels = plain ? m.labels() : Map.of();
    podSpec(c, p.spec(), "restartPolicy", Optional.empty());
    objectExtra(c, p, Pod.class, f);
    return c;
  }

  private Chain podTemplate(PodTemplate p, Fixups f) {
    Chain c = start("podTemplate", p, PodTemplate.class, f);
    template(c, p.template(), f, List.of("template"));
    podSpec(c, p.template().spec(), "restartPolicy", Optional.empty());
    objectExtra(c, p, PodTemplate.class, f);
    return c;
  }

  /**
   * {@code ingress("web").ingressClassName("nginx")}; the DSL routes to Service values, which an import does not
   * have at hand, so rules, TLS and the default backend are set on what it builds.
   */
  private Chain ingress(Ingress in, Fixups f) {
    Chain c = start("ingress", in, Ingress.class, f);
    IngressSpec s = in.spec();
    s.ingressClassName().ifPresent(x -> {
      if (Syntax.nameIsDnsSubdomain(x, false).isEmpty()) {
        c.then("ingressClassName", Code.string(x));
      } else {
        f.put(List.of("spec", "ingressClassName"), Code.string(x));
      }
    });
    for (String a : List.of("defaultBackend", "tls", "rules")) {
      Attr attr = Literals.attribute(IngressSpec.class, a);
      if (!Literals.isDefault(attr, s)) {
        f.put(List.of("spec", a), lit.witherArgument(attr, attr.get(s)));
      }
    }
    extraInto(c, "specExtra", IngressSpec.class, s.extra(), () -> f.put(List.of("spec", "extra"), lit.fields(s.extra())));
    objectExtra(c, in, Ingress.class, f);
    return c;
  }

  /** {@code networkPolicy("api")} with its spec as a core value, exactly as read. */
  private Chain networkPolicy(NetworkPolicy np, Fixups f) {
    Chain c = start("networkPolicy", np, NetworkPolicy.class, f);
    // The builder starts from podSelector {} and writes policyTypes; the spec read is set whole.
    f.put(List.of("spec"), lit.of(np.spec(), NetworkPolicySpec.class));
    objectExtra(c, np, NetworkPolicy.class, f);
    return c;
  }

  private Chain cronJob(CronJob cj, Fixups f) {
    Chain c = start("cronJob", cj, CronJob.class, f);
    CronJobSpec s = cj.spec();
    s.schedule().ifPresent(x -> stringOrFix(c, "schedule", x, f, List.of("spec", "schedule")));
    s.timeZone().ifPresent(x -> stringOrFix(c, "timeZone", x, f, List.of("spec", "timeZone")));
    s.concurrencyPolicy().ifPresent(p -> {
      switch (p) {
        case "Allow" -> c.then("allowConcurrent");
        case "Forbid" -> c.then("forbidConcurrent");
        case "Replace" -> c.then("replaceConcurrent");
        default -> f.put(List.of("spec", "concurrencyPolicy"), Code.string(p));
      }
    });
    s.suspend().ifPresent(x -> c.then("suspend", Code.atom(x.toString())));
    s.startingDeadlineSeconds().ifPresent(
        n -> durationOrFix(c, "startingDeadline", n, f, List.of("spec", "startingDeadlineSeconds")));
    s.successfulJobsHistoryLimit().ifPresent(
        n -> intOrFix(c, "successfulJobsHistoryLimit", n, f, List.of("spec", "successfulJobsHistoryLimit")));
    s.failedJobsHistoryLimit().ifPresent(
        n -> intOrFix(c, "failedJobsHistoryLimit", n, f, List.of("spec", "failedJobsHistoryLimit")));
    extraInto(c, "specExtra", CronJobSpec.class, s.extra(),
        () -> f.put(List.of("spec", "extra"), lit.fields(s.extra())));
    JobTemplateSpec jt = s.jobTemplate();
    List<String> jtPath = List.of("spec", "jobTemplate");
    if (!Literals.isDefault(Literals.attribute(JobTemplateSpec.class, "metadata"), jt)) {
      f.put(path(jtPath, "metadata"), lit.of(jt.metadata(), ObjectMeta.class));
    }
    if (!jt.extra().isEmpty()) {
      f.put(path(jtPath, "extra"), lit.fields(jt.extra()));
    }
    JobSpec js = jt.spec();
    List<String> jsPath = path(jtPath, "spec");
    js.parallelism().ifPresent(n -> intOrFix(c, "parallelism", n, f, path(jsPath, "parallelism")));
    js.completions().ifPresent(n -> intOrFix(c, "completions", n, f, path(jsPath, "completions")));
    js.backoffLimit().ifPresent(n -> intOrFix(c, "backoffLimit", n, f, path(jsPath, "backoffLimit")));
    js.activeDeadlineSeconds().ifPresent(
        n -> durationOrFix(c, "activeDeadline", n, f, path(jsPath, "activeDeadlineSeconds")));
    js.ttlSecondsAfterFinished().ifPresent(
        n -> durationOrFix(c, "ttlAfterFinished", n, f, path(jsPath, "ttlSecondsAfterFinished")));
    js.completionMode().ifPresent(x -> f.put(path(jsPath, "completionMode"), Code.string(x)));
    js.podFailurePolicy().ifPresent(
        x -> f.put(path(jsPath, "podFailurePolicy"), lit.of(x, io.kubeprint.core.batch.PodFailurePolicy.class)));
    js.selector().ifPresent(x -> f.put(path(jsPath, "selector"), lit.of(x, LabelSelector.class)));
    js.manualSelector().ifPresent(x -> f.put(path(jsPath, "manualSelector"), Code.atom(x.toString())));
    extraInto(c, "jobSpecExtra", JobSpec.class, js.extra(), () -> f.put(path(jsPath, "extra"), lit.fields(js.extra())));
    template(c, js.template(), f, path(jsPath, "template"));
    podSpec(c, js.template().spec(), "restartPolicy", Optional.of("OnFailure"));
    objectExtra(c, cj, CronJob.class, f);
    return c;
  }

  private Chain job(Job j, Fixups f) {
    Chain c = start("job", j, Job.class, f);
    JobSpec s = j.spec();
    List<String> sp = List.of("spec");
    s.parallelism().ifPresent(n -> intOrFix(c, "parallelism", n, f, path(sp, "parallelism")));
    s.completions().ifPresent(n -> intOrFix(c, "completions", n, f, path(sp, "completions")));
    s.backoffLimit().ifPresent(n -> intOrFix(c, "backoffLimit", n, f, path(sp, "backoffLimit")));
    s.activeDeadlineSeconds().ifPresent(
        n -> durationOrFix(c, "activeDeadline", n, f, path(sp, "activeDeadlineSeconds")));
    s.ttlSecondsAfterFinished().ifPresent(
        n -> durationOrFix(c, "ttlAfterFinished", n, f, path(sp, "ttlSecondsAfterFinished")));
    s.completionMode().ifPresent(x -> {
      var mode = typed.constant(io.kubeprint.dsl.CompletionMode.class, x);
      if (mode != null) {
        c.then("completionMode", mode.code());
      } else {
        f.put(path(sp, "completionMode"), Code.string(x));
      }
    });
    s.podFailurePolicy().ifPresent(x -> {
      if (!typed.podFailurePolicy(c, x)) {
        f.put(path(sp, "podFailurePolicy"), lit.of(x, io.kubeprint.core.batch.PodFailurePolicy.class));
      }
    });
    s.selector().ifPresent(x -> f.put(path(sp, "selector"), lit.of(x, LabelSelector.class)));
    s.manualSelector().ifPresent(x -> f.put(path(sp, "manualSelector"), Code.atom(x.toString())));
    extraInto(c, "specExtra", JobSpec.class, s.extra(), () -> f.put(path(sp, "extra"), lit.fields(s.extra())));
    template(c, s.template(), f, path(sp, "template"));
    podSpec(c, s.template().spec(), "restartPolicy", Optional.of("OnFailure"));
    objectExtra(c, j, Job.class, f);
    return c;
  }

  private Chain statefulSet(StatefulSet set, Fixups f) {
    Chain c = start("statefulSet", set, StatefulSet.class, f);
    StatefulSetSpec s = set.spec();
    List<String> sp = List.of("spec");
    s.replicas().ifPresent(n -> intOrFix(c, "replicas", n, f, path(sp, "replicas")));
    if (!s.serviceName().equals(Optional.of(set.name()))) {
      if (s.serviceName().map(n -> !n.isBlank()).orElse(false)) {
        c.then("serviceName", Code.string(s.serviceName().get()));
      } else {
        f.put(path(sp, "serviceName"), s.serviceName().isPresent() ? Code.string(s.serviceName().get())
            : Code.atom(imports.use(Optional.class) + ".empty()"));
      }
    }
    Map<String, String> podLabels = template(c, s.template(), f, path(sp, "template"));
    selector(c, s.selector(), podLabels, f);
    s.podManagementPolicy().ifPresent(p -> {
      if (p.equals("Parallel")) {
        c.then("parallel");
      } else {
        f.put(path(sp, "podManagementPolicy"), Code.string(p));
      }
    });
    s.updateStrategy().ifPresent(u -> statefulSetStrategy(c, u, f));
    s.persistentVolumeClaimRetentionPolicy().ifPresent(p -> {
      Set<String> known = Set.of("Retain", "Delete");
      if (p.extra().isEmpty() && p.whenDeleted().filter(known::contains).isPresent()
          && p.whenScaled().filter(known::contains).isPresent()) {
        c.then("deleteClaims", Code.atom(Boolean.toString(p.whenDeleted().get().equals("Delete"))),
            Code.atom(Boolean.toString(p.whenScaled().get().equals("Delete"))));
      } else {
        f.put(path(sp, "persistentVolumeClaimRetentionPolicy"),
            lit.of(p, StatefulSetPersistentVolumeClaimRetentionPolicy.class));
      }
    });
    Set<Object> claimNames = new HashSet<>();
    boolean unique = true;
    for (Fields claim : s.volumeClaimTemplates()) {
      Object name = claim.get("metadata") instanceof Map<?, ?> m ? m.get("name") : null;
      unique &= name != null && claimNames.add(name);
    }
    if (unique) {
      for (Fields claim : s.volumeClaimTemplates()) {
        volumeClaim(c, claim);
      }
    } else {
      f.put(path(sp, "volumeClaimTemplates"), lit.witherArgument(
          Literals.attribute(StatefulSetSpec.class, "volumeClaimTemplates"), s.volumeClaimTemplates()));
    }
    s.minReadySeconds().ifPresent(n -> durationOrFix(c, "minReady", n, f, path(sp, "minReadySeconds")));
    s.revisionHistoryLimit().ifPresent(
        n -> intOrFix(c, "revisionHistoryLimit", n, f, path(sp, "revisionHistoryLimit")));
    extraInto(c, "specExtra", StatefulSetSpec.class, s.extra(), () -> f.put(path(sp, "extra"), lit.fields(s.extra())));
    podSpec(c, s.template().spec(), null, Optional.empty());
    objectExtra(c, set, StatefulSet.class, f);
    return c;
  }

  /** {@code .volumeClaim("data", "10Gi")} for a claim template that call builds exactly, else the template's fields. */
  private void volumeClaim(Chain c, Fields claim) {
    Object metadata = claim.get("metadata");
    Object spec = claim.get("spec");
    if (claim.asMap().size() == 2 && metadata instanceof Map<?, ?> m && m.size() == 1
        && m.get("name") instanceof String name && !name.isBlank() && spec instanceof Map<?, ?> cs && cs.size() == 2
        && cs.get("accessModes") instanceof List<?> modes && modes.equals(List.of("ReadWriteOnce"))
        && cs.get("resources") instanceof Map<?, ?> r && r.size() == 1
        && r.get("requests") instanceof Map<?, ?> req && req.size() == 1
        && req.get("storage") instanceof String storage && Quantity.of(storage).isValid()) {
      c.then("volumeClaim", Code.string(name), Code.string(storage));
    } else {
      c.then("volumeClaimTemplate", lit.fields(claim));
    }
  }

  private void statefulSetStrategy(Chain c, StatefulSetUpdateStrategy u, Fixups f) {
    if (u.extra().isEmpty() && u.type().equals(Optional.of("OnDelete")) && u.rollingUpdate().isEmpty()) {
      c.then("onDelete");
      return;
    }
    if (u.extra().isEmpty() && u.type().equals(Optional.of("RollingUpdate")) && u.rollingUpdate().isPresent()) {
      RollingUpdateStatefulSetStrategy r = u.rollingUpdate().get();
      if (r.extra().isEmpty() && r.maxUnavailable().isEmpty() && r.partition().filter(p -> p >= 0).isPresent()) {
        c.then("rollingUpdate", Code.atom(Integer.toString(r.partition().get())));
        return;
      }
    }
    f.put(List.of("spec", "updateStrategy"), lit.of(u, StatefulSetUpdateStrategy.class));
  }

  private Chain daemonSet(DaemonSet d, Fixups f) {
    Chain c = start("daemonSet", d, DaemonSet.class, f);
    DaemonSetSpec s = d.spec();
    List<String> sp = List.of("spec");
    Map<String, String> podLabels = template(c, s.template(), f, path(sp, "template"));
    selector(c, s.selector(), podLabels, f);
    s.updateStrategy().ifPresent(u -> daemonSetStrategy(c, u, f));
    s.minReadySeconds().ifPresent(n -> durationOrFix(c, "minReady", n, f, path(sp, "minReadySeconds")));
    s.revisionHistoryLimit().ifPresent(
        n -> intOrFix(c, "revisionHistoryLimit", n, f, path(sp, "revisionHistoryLimit")));
    extraInto(c, "specExtra", DaemonSetSpec.class, s.extra(), () -> f.put(path(sp, "extra"), lit.fields(s.extra())));
    podSpec(c, s.template().spec(), null, Optional.empty());
    objectExtra(c, d, DaemonSet.class, f);
    return c;
  }

  /** {@code .onDelete()}, {@code .rollingUpdate(n)}, {@code .rollingUpdate("n%")} or {@code .surgeUpdate(n)} when one says it. */
  private void daemonSetStrategy(Chain c, DaemonSetUpdateStrategy u, Fixups f) {
    if (u.extra().isEmpty() && u.type().equals(Optional.of("OnDelete")) && u.rollingUpdate().isEmpty()) {
      c.then("onDelete");
      return;
    }
    if (u.extra().isEmpty() && u.type().equals(Optional.of("RollingUpdate")) && u.rollingUpdate().isPresent()) {
      RollingUpdateDaemonSet r = u.rollingUpdate().get();
      IntOrString zero = IntOrString.of(0);
      if (r.extra().isEmpty() && r.maxUnavailable().isPresent() && r.maxSurge().isPresent()) {
        IntOrString unavailable = r.maxUnavailable().get();
        IntOrString surge = r.maxSurge().get();
        if (surge.equals(zero) && unavailable.isInt() && unavailable.intValue() >= 1) {
          c.then("rollingUpdate", Code.atom(Integer.toString(unavailable.intValue())));
          return;
        }
        if (surge.equals(zero) && !unavailable.isInt() && PERCENT.matcher(unavailable.strValue()).matches()
            && amount(unavailable) >= 1 && amount(unavailable) <= 100) {
          c.then("rollingUpdate", Code.string(unavailable.strValue()));
          return;
        }
        if (unavailable.equals(zero) && surge.isInt() && surge.intValue() >= 1) {
          c.then("surgeUpdate", Code.atom(Integer.toString(surge.intValue())));
          return;
        }
      }
    }
    f.put(List.of("spec", "updateStrategy"), lit.of(u, DaemonSetUpdateStrategy.class));
  }

  /**
   * The pod template's labels and annotations ({@code podLabels}, {@code podAnnotation}); anything else in its
   * metadata, or its {@code extra}, by fixup. Returns the pod labels the DSL builder holds (for the selector it
   * derives from them).
   */
  private Map<String, String> template(Chain c, PodTemplateSpec t, Fixups f, List<String> at) {
    ObjectMeta m = t.metadata();
    boolean plain = nonBlankKeys(m.labels()) && nonBlankKeys(m.annotations());
    Map<String, String> podLabels = Map.of();
    if (plain) {
      labelsInto(c, "podLabel", "podLabels", m.labels());
      podLabels = m.labels();
      heldLabels = podLabels;
      m.annotations().forEach((k, v) -> c.then("podAnnotation", Code.string(k), Code.string(v)));
    }
    if (!plain || m.name().isPresent() || m.namespace().isPresent() || !m.extra().isEmpty()) {
      f.put(path(at, "metadata"), lit.of(m, ObjectMeta.class));
    }
    if (!t.extra().isEmpty()) {
      f.put(path(at, "extra"), lit.fields(t.extra()));
    }
    return podLabels;
  }

  /** The Deployment or ReplicaSet selector: nothing when it is the one the builder derives from the pod labels. */
  private void selector(Chain c, Optional<LabelSelector> selector, Map<String, String> podLabels, Fixups f) {
    Optional<LabelSelector> derived = podLabels.isEmpty() ? Optional.empty()
        : Optional.of(LabelSelector.builder().matchLabels(podLabels).build());
    if (selector.equals(derived)) {
      return;
    }
    if (selector.isEmpty()) {
      f.put(List.of("spec", "selector"), Code.atom(imports.use(Optional.class) + ".empty()"));
      return;
    }
    LabelSelector s = selector.get();
    if (s.matchExpressions().isEmpty() && s.extra().isEmpty() && !s.matchLabels().isEmpty()
        && nonBlankKeys(s.matchLabels())) {
      c.then("selector", labels(s.matchLabels()));
    } else {
      c.then("selector", lit.of(s, LabelSelector.class));
    }
  }

  private void strategy(Chain c, DeploymentStrategy st, Fixups f) {
    if (st.extra().isEmpty() && st.type().equals(Optional.of("Recreate")) && st.rollingUpdate().isEmpty()) {
      c.then("recreate");
      return;
    }
    if (st.extra().isEmpty() && st.type().equals(Optional.of("RollingUpdate")) && st.rollingUpdate().isPresent()) {
      RollingUpdateDeployment r = st.rollingUpdate().get();
      if (r.extra().isEmpty() && r.maxSurge().isPresent() && r.maxUnavailable().isPresent()) {
        IntOrString surge = r.maxSurge().get();
        IntOrString unavailable = r.maxUnavailable().get();
        // DeploymentBuilder.rollingUpdate refuses (as Rollout.rollingUpdate) both bounds 0 and above 100% unavailable.
        boolean accepted = !(amount(surge) == 0 && amount(unavailable) == 0)
            && (unavailable.isInt() || amount(unavailable) <= 100);
        if (!accepted) {
          f.put(List.of("spec", "strategy"), lit.of(st, DeploymentStrategy.class));
          return;
        }
        if (surge.isInt() && unavailable.isInt() && surge.intValue() >= 0 && unavailable.intValue() >= 0) {
          c.then("rollingUpdate", Code.atom(Integer.toString(surge.intValue())),
              Code.atom(Integer.toString(unavailable.intValue())));
          return;
        }
        if (!surge.isInt() && !unavailable.isInt() && PERCENT.matcher(surge.strValue()).matches()
            && PERCENT.matcher(unavailable.strValue()).matches()) {
          c.then("rollingUpdate", Code.string(surge.strValue()), Code.string(unavailable.strValue()));
          return;
        }
      }
    }
    f.put(List.of("spec", "strategy"), lit.of(st, DeploymentStrategy.class));
  }

  /**
   * The pod spec: containers, init containers (as sidecars when {@code restartPolicy: Always}), volumes and
   * the fields with a DSL method; the rest in one {@code .editPodSpec(spec -> spec.with..)}. {@code restartMethod}
   * names the builder's restart policy method (null when it has none), {@code restartDefault} the policy the
   * builder starts with.
   */
  private void podSpec(Chain c, PodSpec s, String restartMethod, Optional<String> restartDefault) {
    Map<String, Object> residual = new LinkedHashMap<>();
    if (uniqueNames(s.containers(), x -> x.name().orElse(""))) {
      for (Container x : s.containers()) {
        c.then("container", container(x, false));
      }
    } else {
      residual.put("containers", s.containers());
    }
    if (uniqueNames(s.initContainers(), x -> x.name().orElse(""))) {
      for (Container x : s.initContainers()) {
        if (x.restartPolicy().equals(Optional.of("Always"))) {
          c.then("sidecar", container(x, true));
        } else {
          c.then("initContainer", container(x, false));
        }
      }
    } else {
      residual.put("initContainers", s.initContainers());
    }
    if (uniqueNames(s.volumes(), x -> x.name().orElse(""))) {
      for (Volume v : s.volumes()) {
        c.then("volume", volume(v));
      }
    } else {
      residual.put("volumes", s.volumes());
    }
    if (!s.restartPolicy().equals(restartDefault)) {
      if (restartMethod != null && s.restartPolicy().map(p -> !p.isBlank()).orElse(false)) {
        c.then(restartMethod, Code.string(s.restartPolicy().get()));
      } else {
        residual.put("restartPolicy", s.restartPolicy());
      }
    }
    s.serviceAccountName().ifPresent(n -> {
      if (n.isBlank()) {
        residual.put("serviceAccountName", s.serviceAccountName());
      } else {
        c.then("serviceAccount", Code.string(n));
      }
    });
    if (nonBlankKeys(s.nodeSelector())) {
      labelsInto(c, "nodeSelector", "nodeSelector", s.nodeSelector());
    } else {
      residual.put("nodeSelector", s.nodeSelector());
    }
    for (Toleration t : s.tolerations()) {
      c.then("toleration", toleration(t));
    }
    s.affinity().ifPresent(a -> {
      if (!typed.affinity(c, a, x -> lit.of(x, io.kubeprint.core.pod.Affinity.class))) {
        c.then("affinity", lit.of(a, io.kubeprint.core.pod.Affinity.class));
      }
    });
    boolean plainPullSecrets = s.imagePullSecrets().stream()
        .allMatch(r -> r.extra().isEmpty() && r.name().map(n -> !n.isBlank()).orElse(false));
    if (plainPullSecrets) {
      for (LocalObjectReference r : s.imagePullSecrets()) {
        c.then("imagePullSecret", Code.string(r.name().get()));
      }
    } else {
      residual.put("imagePullSecrets", s.imagePullSecrets());
    }
    s.securityContext().ifPresent(x -> {
      if (!typed.podSecurity(c, x, y -> lit.of(y, io.kubeprint.core.pod.PodSecurityContext.class))) {
        c.then("podSecurityContext", lit.of(x, io.kubeprint.core.pod.PodSecurityContext.class));
      }
    });
    s.terminationGracePeriodSeconds().ifPresent(n -> {
      if (n >= 0) {
        c.then("terminationGracePeriod", duration(n));
      } else {
        residual.put("terminationGracePeriodSeconds", s.terminationGracePeriodSeconds());
      }
    });
    if (s.dnsPolicy().isPresent() && !typed.dnsPolicy(c, s.dnsPolicy().get())) {
      residual.put("dnsPolicy", s.dnsPolicy());
    }
    if (s.dnsConfig().isPresent() && !typed.dnsConfig(c, s.dnsConfig().get())) {
      residual.put("dnsConfig", s.dnsConfig());
    }
    s.priorityClassName().ifPresent(n -> {
      if (n.isBlank()) {
        residual.put("priorityClassName", s.priorityClassName());
      } else {
        c.then("priorityClassName", Code.string(n));
      }
    });
    for (String a : List.of("hostNetwork", "hostname", "activeDeadlineSeconds")) {
      Attr attr = Literals.attribute(PodSpec.class, a);
      if (!Literals.isDefault(attr, s)) {
        residual.put(a, attr.get(s));
      }
    }
    if (s.extra().asMap().keySet().stream().allMatch(k -> acceptsExtra(PodSpec.class, k))) {
      s.extra().asMap().forEach((k, v) -> {
        if (!typed.podExtra(c, k, v, heldLabels)) {
          c.then("podSpecExtra", Code.string(k), lit.json(v));
        }
      });
    } else {
      residual.put("extra", s.extra());
    }
    if (!residual.isEmpty()) {
      Chain edit = Code.chain(Code.atom("spec"));
      residual.forEach((a, v) -> edit.then(Literals.wither(a),
          lit.witherArgument(Literals.attribute(PodSpec.class, a), v)));
      c.then("editPodSpec", Code.lambda("spec", edit));
    }
  }

  // Containers

  /**
   * A container: a {@code container(name, image)} builder chain, followed by {@code .build().withX(..)} for
   * fields without a DSL method; a core literal when it has no name or image. As a sidecar, its
   * {@code restartPolicy: Always} is what {@code .sidecar(..)} sets.
   */
  private Expr container(Container x, boolean sidecar) {
    if (blank(x.name()) || blank(x.image())) {
      Container value = sidecar ? x.withRestartPolicy(Optional.empty()) : x;
      return lit.of(value, Container.class);
    }
    Chain c = Code.chain(Code.call("container", Code.string(x.name().get()), Code.string(x.image().get())));
    Map<String, Object> residual = new LinkedHashMap<>();
    x.imagePullPolicy().ifPresent(p -> {
      if (p.isBlank()) {
        residual.put("imagePullPolicy", x.imagePullPolicy());
      } else {
        c.then("imagePullPolicy", Code.string(p));
      }
    });
    if (!x.command().isEmpty()) {
      c.then("command", strings(x.command()));
    }
    if (!x.args().isEmpty()) {
      c.then("args", strings(x.args()));
    }
    x.workingDir().ifPresent(w -> {
      if (w.isBlank()) {
        residual.put("workingDir", x.workingDir());
      } else {
        c.then("workingDir", Code.string(w));
      }
    });
    for (ContainerPort p : x.ports()) {
      containerPort(c, p);
    }
    if (uniqueNames(x.env(), v -> v.name().orElse(""))) {
      for (EnvVar v : x.env()) {
        env(c, v);
      }
    } else {
      residual.put("env", x.env());
    }
    for (EnvFromSource s : x.envFrom()) {
      c.then("envFrom", envFrom(s));
    }
    x.resources().ifPresent(r -> resources(c, r, residual));
    x.livenessProbe().ifPresent(p -> c.then("livenessProbe", probe(p)));
    x.readinessProbe().ifPresent(p -> c.then("readinessProbe", probe(p)));
    x.startupProbe().ifPresent(p -> c.then("startupProbe", probe(p)));
    for (VolumeMount m : x.volumeMounts()) {
      mount(c, m);
    }
    x.securityContext().ifPresent(s -> {
      if (!typed.containerSecurity(c, s, y -> lit.of(y, io.kubeprint.core.pod.SecurityContext.class))) {
        c.then("securityContext", lit.of(s, io.kubeprint.core.pod.SecurityContext.class));
      }
    });
    if (x.restartPolicy().isPresent() && !sidecar) {
      residual.put("restartPolicy", x.restartPolicy());
    }
    if (x.extra().asMap().keySet().stream().allMatch(k -> acceptsExtra(Container.class, k))) {
      x.extra().asMap().forEach((k, v) -> {
        if (!k.equals("lifecycle") || !typed.lifecycle(c, v)) {
          c.then("extra", Code.string(k), lit.json(v));
        }
      });
    } else {
      residual.put("extra", x.extra());
    }
    return withers(c, Container.class, residual);
  }

  /** {@code chain} as it is, or {@code chain.build().withA(..).withB(..)} for the residual attributes. */
  private Expr withers(Chain c, Class<?> type, Map<String, Object> residual) {
    if (c.size() > 1) {
      c.broken();
    }
    if (residual.isEmpty()) {
      return c;
    }
    Chain built = c.then("build").broken();
    residual.forEach((a, v) -> built.then(Literals.wither(a), lit.witherArgument(Literals.attribute(type, a), v)));
    return built;
  }

  private void containerPort(Chain c, ContainerPort p) {
    boolean plain = p.extra().isEmpty() && p.hostPort().isEmpty() && p.hostIP().isEmpty()
        && p.containerPort().map(n -> n >= 1 && n <= 65535).orElse(false);
    if (plain && p.name().isEmpty() && p.protocol().isEmpty()) {
      c.then("port", Code.atom(p.containerPort().get().toString()));
    } else if (plain && !blank(p.name()) && p.protocol().isEmpty()) {
      c.then("port", Code.atom(p.containerPort().get().toString()), Code.string(p.name().get()));
    } else if (plain && !blank(p.name()) && !blank(p.protocol())) {
      c.then("port", Code.atom(p.containerPort().get().toString()), Code.string(p.name().get()),
          Code.string(p.protocol().get()));
    } else {
      c.then("port", lit.of(p, ContainerPort.class));
    }
  }

  private void env(Chain c, EnvVar v) {
    if (!v.extra().isEmpty() || blank(v.name()) || v.value().isPresent() == v.valueFrom().isPresent()) {
      c.then("env", lit.of(v, EnvVar.class));
    } else if (v.value().isPresent()) {
      c.then("env", Code.string(v.name().get()), Code.string(v.value().get()));
    } else {
      c.then("env", Code.string(v.name().get()), envSource(v.valueFrom().get()));
    }
  }

  private Expr envSource(EnvVarSource s) {
    int sources = (s.configMapKeyRef().isPresent() ? 1 : 0) + (s.secretKeyRef().isPresent() ? 1 : 0)
        + (s.fieldRef().isPresent() ? 1 : 0) + (s.resourceFieldRef().isPresent() ? 1 : 0);
    if (sources == 1 && s.extra().isEmpty()) {
      if (s.configMapKeyRef().isPresent()) {
        ConfigMapKeySelector k = s.configMapKeyRef().get();
        Expr ref = configMapRef(k.name(), k.optional(), k.extra(), k.key());
        if (ref != null && !blank(k.key())) {
          return Code.call("fromConfigMap", ref, Code.string(k.key().get()));
        }
      } else if (s.secretKeyRef().isPresent()) {
        SecretKeySelector k = s.secretKeyRef().get();
        Expr ref = secretRef(k.name(), k.optional(), k.extra(), k.key());
        if (ref != null && !blank(k.key())) {
          return Code.call("fromSecret", ref, Code.string(k.key().get()));
        }
      } else if (s.fieldRef().isPresent()) {
        ObjectFieldSelector r = s.fieldRef().get();
        if (r.extra().isEmpty() && r.apiVersion().isEmpty() && !blank(r.fieldPath())) {
          return Code.call("fieldRef", Code.string(r.fieldPath().get()));
        }
      } else {
        ResourceFieldSelector r = s.resourceFieldRef().get();
        if (r.extra().isEmpty() && !blank(r.resource())) {
          if (r.containerName().isEmpty() && r.divisor().isEmpty()) {
            return Code.call("resourceFieldRef", Code.string(r.resource().get()));
          }
          if (!blank(r.containerName()) && r.divisor().map(Quantity::isValid).orElse(false)) {
            return Code.call("resourceFieldRef", Code.string(r.containerName().get()),
                Code.string(r.resource().get()), Code.string(r.divisor().get().toString()));
          }
        }
      }
    }
    return lit.of(s, EnvVarSource.class);
  }

  private Expr envFrom(EnvFromSource s) {
    if (s.extra().isEmpty() && s.configMapRef().isPresent() != s.secretRef().isPresent()) {
      Expr ref;
      if (s.configMapRef().isPresent()) {
        ConfigMapEnvSource r = s.configMapRef().get();
        ref = configMapRef(r.name(), r.optional(), r.extra(), Optional.empty());
      } else {
        SecretEnvSource r = s.secretRef().get();
        ref = secretRef(r.name(), r.optional(), r.extra(), Optional.empty());
      }
      if (ref != null) {
        return s.prefix().isPresent() ? Code.call("envFrom", ref, Code.string(s.prefix().get()))
            : Code.call("envFrom", ref);
      }
    }
    return lit.of(s, EnvFromSource.class);
  }

  /**
   * The reference to a ConfigMap: its variable when the input holds it in this namespace (and has
   * {@code key}, when one is given), else {@code configMapRef("name")}; {@code .optional()} when optional.
   * Null when the DSL cannot say it (a blank name, {@code optional: false}, untyped fields).
   */
  private Expr configMapRef(Optional<String> name, Optional<Boolean> optional, Fields extra, Optional<String> key) {
    if (blank(name) || !extra.isEmpty() || optional.equals(Optional.of(false))) {
      return null;
    }
    Entry target = find(Kind.CONFIG_MAP, name.get());
    boolean typed = target != null && key.map(k -> {
      ConfigMap cm = (ConfigMap) target.object;
      return cm.data().containsKey(k) || cm.binaryData().containsKey(k);
    }).orElse(true);
    Expr ref;
    if (typed) {
      current.deps.add(target);
      ref = Code.atom(target.id);
      if (optional.isPresent()) {
        ref = Code.call("configMapRef", ref);
      }
    } else {
      ref = Code.call("configMapRef", Code.string(name.get()));
    }
    return optional.isPresent() ? Code.chain(ref).then("optional") : ref;
  }

  private Expr secretRef(Optional<String> name, Optional<Boolean> optional, Fields extra, Optional<String> key) {
    if (blank(name) || !extra.isEmpty() || optional.equals(Optional.of(false))) {
      return null;
    }
    Entry target = find(Kind.SECRET, name.get());
    boolean typed = target != null && key.map(k -> ((Secret) target.object).data().containsKey(k)).orElse(true);
    Expr ref;
    if (typed) {
      current.deps.add(target);
      ref = Code.atom(target.id);
      if (optional.isPresent()) {
        ref = Code.call("secretRef", ref);
      }
    } else {
      ref = Code.call("secretRef", Code.string(name.get()));
    }
    return optional.isPresent() ? Code.chain(ref).then("optional") : ref;
  }

  /** The variable of the object of this kind and name in the current namespace (a dependency then), or null. */
  private Expr variable(Kind kind, String name) {
    Entry target = find(kind, name);
    if (target == null) {
      return null;
    }
    current.deps.add(target);
    return Code.atom(target.id);
  }

  /** The first object of this kind and name in the current object's namespace, or null. */
  private Entry find(Kind kind, String name) {
    for (Entry e : entries) {
      if (e.object.kind() == kind && e.object.name().equals(name) && e.namespace().equals(current.namespace())
          && e.id != null && e != current) {
        return e;
      }
    }
    return null;
  }

  private void resources(Chain c, ResourceRequirements r, Map<String, Object> residual) {
    if (!r.extra().isEmpty() || r.requests().isEmpty() && r.limits().isEmpty()
        || !nonBlankKeys(r.requests()) || !nonBlankKeys(r.limits())) {
      residual.put("resources", Optional.of(r));
      return;
    }
    quantities(c, "requests", "request", r.requests());
    quantities(c, "limits", "limit", r.limits());
  }

  /**
   * {@code .requests(cpu("250m"), memory("256Mi"))} when both parse as the DSL's {@code Cpu} and {@code Memory}
   * take them (no byte suffix on a CPU amount, no {@code m} on a memory amount), then
   * {@code .request(name, quantity)} for the others.
   */
  private void quantities(Chain c, String pair, String one, Map<String, Quantity> m) {
    Quantity cpu = m.get("cpu");
    Quantity memory = m.get("memory");
    boolean both = cpu != null && memory != null && cpu.isValid() && memory.isValid()
        && !cpu.toString().matches(".*[KMGTPE]i$") && !memory.toString().endsWith("m");
    if (both) {
      c.then(pair, Code.call("cpu", Code.string(cpu.toString())), Code.call("memory", Code.string(memory.toString())));
    }
    m.forEach((k, q) -> {
      if (both && (k.equals("cpu") || k.equals("memory"))) {
        return;
      }
      Expr quantity = q.isValid() ? Code.string(q.toString())
          : Code.call(imports.use(Quantity.class) + ".of", Code.string(q.toString()));
      c.then(one, Code.string(k), quantity);
    });
  }

  /** A probe: {@code httpGet(..)}, {@code tcpSocket(..)}, {@code exec(..)} or {@code grpc(..)} and its timing; a core literal for other actions. */
  private Expr probe(Probe p) {
    Chain c = probeAction(p);
    if (c == null) {
      return lit.of(p, Probe.class);
    }
    Map<String, Object> residual = new LinkedHashMap<>();
    p.initialDelaySeconds().ifPresent(n -> durationOrResidual(c, "initialDelay", n, "initialDelaySeconds", p, residual));
    p.periodSeconds().ifPresent(n -> durationOrResidual(c, "period", n, "periodSeconds", p, residual));
    p.timeoutSeconds().ifPresent(n -> durationOrResidual(c, "timeout", n, "timeoutSeconds", p, residual));
    p.successThreshold().ifPresent(n -> intOrResidual(c, "successThreshold", n, p, residual));
    p.failureThreshold().ifPresent(n -> intOrResidual(c, "failureThreshold", n, p, residual));
    p.terminationGracePeriodSeconds().ifPresent(n -> {
      if (n >= 0) {
        c.then("terminationGracePeriod", duration(n));
      } else {
        residual.put("terminationGracePeriodSeconds", p.terminationGracePeriodSeconds());
      }
    });
    extraInto(c, "extra", Probe.class, p.extra(), () -> residual.put("extra", p.extra()));
    return withers(c, Probe.class, residual);
  }

  private Chain probeAction(Probe p) {
    int actions = (p.exec().isPresent() ? 1 : 0) + (p.httpGet().isPresent() ? 1 : 0)
        + (p.tcpSocket().isPresent() ? 1 : 0) + (p.grpc().isPresent() ? 1 : 0);
    if (actions != 1) {
      return null;
    }
    if (p.httpGet().isPresent()) {
      var h = p.httpGet().get();
      var scheme = typed.constant(io.kubeprint.dsl.Scheme.class, h.scheme().orElse(null));
      boolean headers = h.httpHeaders().stream().allMatch(x -> x.extra().isEmpty() && !blank(x.name())
          && x.value().isPresent());
      if (h.extra().isEmpty() && !blank(h.path()) && h.host().map(x -> !x.isBlank()).orElse(true)
          && (h.scheme().isEmpty() || scheme != null) && headers
          && h.port().map(DslWriter::portArgument).orElse(false)) {
        Chain c = Code.chain(Code.call("httpGet", Code.string(h.path().get()), intOrString(h.port().get())));
        if (scheme != null) {
          c.then("scheme", scheme.code());
        }
        h.httpHeaders().forEach(x -> c.then("header", Code.string(x.name().get()), Code.string(x.value().get())));
        h.host().ifPresent(x -> c.then("host", Code.string(x)));
        return c;
      }
    } else if (p.tcpSocket().isPresent()) {
      var t = p.tcpSocket().get();
      if (t.extra().isEmpty() && t.host().isEmpty() && t.port().map(DslWriter::portArgument).orElse(false)) {
        return Code.chain(Code.call("tcpSocket", intOrString(t.port().get())));
      }
    } else if (p.exec().isPresent()) {
      var e = p.exec().get();
      if (e.extra().isEmpty() && !e.command().isEmpty()) {
        return Code.chain(Code.call("exec", strings(e.command())));
      }
    } else {
      var g = p.grpc().get();
      if (g.extra().isEmpty() && g.port().map(n -> n >= 1 && n <= 65535).orElse(false)) {
        return g.service().isPresent()
            ? Code.chain(Code.call("grpc", Code.atom(g.port().get().toString()), Code.string(g.service().get())))
            : Code.chain(Code.call("grpc", Code.atom(g.port().get().toString())));
      }
    }
    return null;
  }

  /** The number of a bound, or of its percentage (upstream {@code getIntOrPercentValue}), as the DSL checks it. */
  private static long amount(IntOrString bound) {
    if (bound.isInt()) {
      return bound.intValue();
    }
    String s = bound.strValue();
    if (!PERCENT.matcher(s).matches()) {
      return -1;
    }
    String digits = s.substring(0, s.length() - 1);
    return digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private static boolean portArgument(IntOrString port) {
    return port.isInt() ? port.intValue() >= 1 && port.intValue() <= 65535 : !port.strValue().isBlank();
  }

  private static Expr intOrString(IntOrString x) {
    return x.isInt() ? Code.atom(Integer.toString(x.intValue())) : Code.string(x.strValue());
  }

  /**
   * {@code .mount(volume, path)}, then {@code .subPath(..)} and {@code .readOnly()} when set ({@code .mount(volume,
   * path, false)} for an explicit {@code readOnly: false}); a core literal for other shapes.
   */
  private void mount(Chain c, VolumeMount m) {
    if (m.extra().isEmpty() && m.subPath().map(p -> !p.isBlank()).orElse(true) && !blank(m.name())
        && !blank(m.mountPath())) {
      Expr name = Code.string(m.name().get());
      Expr path = Code.string(m.mountPath().get());
      if (m.readOnly().equals(Optional.of(false))) {
        c.then("mount", name, path, Code.atom("false"));
      } else {
        c.then("mount", name, path);
      }
      m.subPath().ifPresent(p -> c.then("subPath", Code.string(p)));
      if (m.readOnly().equals(Optional.of(true))) {
        c.then("readOnly");
      }
      return;
    }
    c.then("mount", lit.of(m, VolumeMount.class));
  }

  private Expr volume(Volume v) {
    if (v.extra().isEmpty() && !blank(v.name())) {
      int sources = (v.configMap().isPresent() ? 1 : 0) + (v.secret().isPresent() ? 1 : 0)
          + (v.emptyDir().isPresent() ? 1 : 0) + (v.persistentVolumeClaim().isPresent() ? 1 : 0);
      String name = v.name().get();
      if (sources == 1 && v.configMap().isPresent()) {
        ConfigMapVolumeSource s = v.configMap().get();
        Expr ref = configMapRef(s.name(), s.optional(), s.extra(), Optional.empty());
        if (ref != null && s.items().isEmpty() && s.defaultMode().isEmpty()) {
          return Code.call("volume", Code.string(name), ref);
        }
        Expr files = ref == null ? null : filesVolume(v, name, ref, "configMap", s.items(), s.defaultMode());
        if (files != null) {
          return files;
        }
      } else if (sources == 1 && v.secret().isPresent()) {
        SecretVolumeSource s = v.secret().get();
        Expr ref = secretRef(s.secretName(), s.optional(), s.extra(), Optional.empty());
        if (ref != null && s.items().isEmpty() && s.defaultMode().isEmpty()) {
          return Code.call("volume", Code.string(name), ref);
        }
        Expr files = ref == null ? null : filesVolume(v, name, ref, "secret", s.items(), s.defaultMode());
        if (files != null) {
          return files;
        }
      } else if (sources == 1 && v.emptyDir().isPresent()) {
        EmptyDirVolumeSource s = v.emptyDir().get();
        var medium = typed.constant(io.kubeprint.dsl.StorageMedium.class, s.medium().orElse(null));
        if (s.extra().isEmpty() && medium != null) {
          Expr typedMedium = s.sizeLimit().isEmpty() ? Code.call("emptyDir", Code.string(name), medium.code())
              : Code.call("emptyDir", Code.string(name), medium.code(),
                  Code.call("memory", Code.string(s.sizeLimit().get().toString())));
          boolean same;
          try {
            same = (s.sizeLimit().isEmpty() ? io.kubeprint.dsl.Kube.emptyDir(name, medium.value())
                : io.kubeprint.dsl.Kube.emptyDir(name, medium.value(),
                    io.kubeprint.dsl.Kube.memory(s.sizeLimit().get().toString()))).equals(v);
          } catch (RuntimeException unsaid) {
            same = false;
          }
          if (same) {
            return typedMedium;
          }
        }
        if (s.extra().isEmpty() && s.medium().isEmpty()) {
          if (s.sizeLimit().isEmpty()) {
            return Code.call("emptyDir", Code.string(name));
          }
          if (s.sizeLimit().get().isValid()) {
            return Code.call("emptyDir", Code.string(name), Code.string(s.sizeLimit().get().toString()));
          }
        }
      } else if (sources == 1 && v.persistentVolumeClaim().isPresent()) {
        PersistentVolumeClaimVolumeSource s = v.persistentVolumeClaim().get();
        if (s.extra().isEmpty() && s.readOnly().isEmpty() && !blank(s.claimName())) {
          return Code.call("persistentVolumeClaim", Code.string(name), Code.string(s.claimName().get()));
        }
      }
    }
    Expr source = typed.sourceVolume(v);
    if (source != null) {
      return source;
    }
    return lit.of(v, Volume.class);
  }

  /**
   * {@code volume(name, settings, files().item(..))} for a ConfigMap or Secret of the input, else
   * {@code Volumes.configMap(name, configMapRef("x"), files()..)}, when it builds {@code v} exactly; else null.
   */
  private Expr filesVolume(Volume v, String name, Expr ref, String source, List<io.kubeprint.core.pod.KeyToPath> items,
      Optional<Integer> defaultMode) {
    TypedForms.Typed<io.kubeprint.dsl.VolumeFiles> files = typed.files(items, defaultMode);
    if (files == null) {
      return null;
    }
    boolean configMap = source.equals("configMap");
    Volume built;
    try {
      String target = configMap ? v.configMap().get().name().get() : v.secret().get().secretName().get();
      boolean optional = configMap ? v.configMap().get().optional().isPresent()
          : v.secret().get().optional().isPresent();
      if (configMap) {
        io.kubeprint.dsl.ConfigMapRef r = io.kubeprint.dsl.Kube.configMapRef(target);
        built = io.kubeprint.dsl.Volumes.configMap(name, optional ? r.optional() : r, files.value());
      } else {
        io.kubeprint.dsl.SecretRef r = io.kubeprint.dsl.Kube.secretRef(target);
        built = io.kubeprint.dsl.Volumes.secret(name, optional ? r.optional() : r, files.value());
      }
    } catch (RuntimeException unsaid) {
      return null;
    }
    if (!built.equals(v)) {
      return null;
    }
    if (ref instanceof Code.Chain || ref.flat().contains("(")) {
      return Code.call(imports.use(io.kubeprint.dsl.Volumes.class) + "." + source, Code.string(name), ref, files.code());
    }
    return Code.call("volume", Code.string(name), ref, files.code());
  }

  private Expr toleration(Toleration t) {
    if (t.extra().isEmpty() && t.tolerationSeconds().isEmpty() && !blank(t.key())
        && t.effect().map(e -> !e.isEmpty()).orElse(true)) {
      Expr effect = Code.string(t.effect().orElse(""));
      if (t.operator().equals(Optional.of("Equal")) && t.value().isPresent()) {
        return Code.call("toleration", Code.string(t.key().get()), Code.string(t.value().get()), effect);
      }
      if (t.operator().equals(Optional.of("Exists")) && t.value().isEmpty()) {
        return Code.call("tolerationExists", Code.string(t.key().get()), effect);
      }
    }
    return lit.of(t, Toleration.class);
  }

  // Services

  private Chain service(Service svc, Fixups f) {
    Chain c = start("service", svc, Service.class, f);
    ServiceSpec s = svc.spec();
    boolean typeDone = false;
    boolean clusterIpDone = false;
    boolean externalNameDone = false;
    Optional<String> type = s.type();
    if (type.equals(Optional.of("ExternalName")) && !blank(s.externalName())) {
      c.then("externalName", Code.string(s.externalName().get()));
      typeDone = true;
      externalNameDone = true;
    } else if (type.equals(Optional.of("ClusterIP")) && s.clusterIP().equals(Optional.of("None"))) {
      c.then("headless");
      typeDone = true;
      clusterIpDone = true;
    } else if (type.equals(Optional.of("ClusterIP"))) {
      c.then("clusterIP");
      typeDone = true;
    } else if (type.equals(Optional.of("NodePort"))) {
      c.then("nodePort");
      typeDone = true;
    } else if (type.equals(Optional.of("LoadBalancer"))) {
      c.then("loadBalancer");
      typeDone = true;
    }
    if (type.isPresent() && !typeDone) {
      f.put(List.of("spec", "type"), Code.string(type.get()));
    }
    if (s.clusterIP().isPresent() && !clusterIpDone) {
      f.put(List.of("spec", "clusterIP"), Code.string(s.clusterIP().get()));
    }
    if (s.externalName().isPresent() && !externalNameDone) {
      f.put(List.of("spec", "externalName"), Code.string(s.externalName().get()));
    }
    Entry selected = selected(s);
    if (selected != null) {
      current.deps.add(selected);
      c.then("selecting", Code.atom(selected.id));
    } else if (nonBlankKeys(s.selector())) {
      if (!s.selector().isEmpty()) {
        c.then("selector", labels(s.selector()));
      }
    } else {
      f.put(List.of("spec", "selector"),
          lit.witherArgument(Literals.attribute(ServiceSpec.class, "selector"), s.selector()));
    }
    for (ServicePort p : s.ports()) {
      servicePort(c, p, s.ports());
    }
    if (!s.externalIPs().isEmpty()) {
      c.then("externalIPs", strings(s.externalIPs()));
    }
    if (!s.loadBalancerSourceRanges().isEmpty()) {
      c.then("loadBalancerSourceRanges", strings(s.loadBalancerSourceRanges()));
    }
    sessionAffinity(c, s, f);
    s.externalTrafficPolicy().ifPresent(p -> {
      if (p.equals("Local")) {
        c.then("externalTrafficPolicyLocal");
      } else {
        f.put(List.of("spec", "externalTrafficPolicy"), Code.string(p));
      }
    });
    if (s.extra().asMap().keySet().stream().allMatch(k -> acceptsExtra(ServiceSpec.class, k))) {
      s.extra().asMap().forEach((k, v) -> {
        if (!serviceExtra(c, k, v)) {
          c.then("specExtra", Code.string(k), lit.json(v));
        }
      });
    } else {
      f.put(List.of("spec", "extra"), lit.fields(s.extra()));
    }
    objectExtra(c, svc, Service.class, f);
    return c;
  }

  /** The typed call for a Service spec field kept in {@code extra}; false when it has none for the value. */
  private boolean serviceExtra(Chain c, String field, Object value) {
    switch (field) {
      case "internalTrafficPolicy" -> {
        var p = typed.constant(io.kubeprint.dsl.TrafficPolicy.class, value);
        if (p != null) {
          c.then("internalTrafficPolicy", p.code());
          return true;
        }
      }
      case "ipFamilyPolicy" -> {
        var p = typed.constant(io.kubeprint.dsl.IpFamilyPolicy.class, value);
        if (p != null) {
          c.then("ipFamilyPolicy", p.code());
          return true;
        }
      }
      case "ipFamilies" -> {
        if (value instanceof List<?> list && !list.isEmpty()) {
          List<Expr> families = new ArrayList<>();
          for (Object o : list) {
            var family = typed.constant(io.kubeprint.dsl.IpFamily.class, o);
            if (family == null) {
              return false;
            }
            families.add(family.code());
          }
          c.then("ipFamilies", families);
          return true;
        }
      }
      case "publishNotReadyAddresses" -> {
        if (Boolean.TRUE.equals(value)) {
          c.then("publishNotReadyAddresses");
          return true;
        }
      }
      default -> {
        return false;
      }
    }
    return false;
  }

  /**
   * The workload whose pods the Service selects exactly, as {@code ServiceBuilder.selecting(..)} computes the
   * selector (the workload's {@code matchLabels}, else its pod labels), in the Service's namespace, and whose
   * container ports name every named {@code targetPort} (which {@code selecting} checks); Deployments first.
   */
  private Entry selected(ServiceSpec s) {
    if (s.selector().isEmpty()) {
      return null;
    }
    List<Entry> candidates = new ArrayList<>();
    for (Kind k : List.of(Kind.DEPLOYMENT,
        Kind.REPLICA_SET, Kind.POD,
        Kind.POD_TEMPLATE)) {
      for (Entry e : entries) {
        if (e.object.kind() == k && e.id != null && e.namespace().equals(current.namespace())
            && !blank(e.object.metadata().name())) {
          candidates.add(e);
        }
      }
    }
    for (Entry e : candidates) {
      Map<String, String> labels;
      PodSpec pods;
      KubeObject o = e.object;
      if (o instanceof Deployment d) {
        labels = selectorLabels(d.spec().selector(), d.spec().template());
        pods = d.spec().template().spec();
      } else if (o instanceof ReplicaSet r) {
        labels = selectorLabels(r.spec().selector(), r.spec().template());
        pods = r.spec().template().spec();
      } else if (o instanceof Pod p) {
        labels = p.metadata().labels();
        pods = p.spec();
      } else {
        PodTemplate t = (PodTemplate) o;
        labels = t.template().metadata().labels();
        pods = t.template().spec();
      }
      if (labels.equals(s.selector()) && namesTargetPorts(pods, s.ports())) {
        return e;
      }
    }
    return null;
  }

  private static Map<String, String> selectorLabels(Optional<LabelSelector> selector, PodTemplateSpec template) {
    return selector.map(LabelSelector::matchLabels).filter(m -> !m.isEmpty()).orElse(template.metadata().labels());
  }

  private static boolean namesTargetPorts(PodSpec pods, List<ServicePort> ports) {
    Set<String> names = new HashSet<>();
    for (Container c : pods.containers()) {
      c.ports().forEach(p -> p.name().ifPresent(names::add));
    }
    for (Container c : pods.initContainers()) {
      c.ports().forEach(p -> p.name().ifPresent(names::add));
    }
    for (ServicePort p : ports) {
      if (p.targetPort().isPresent() && !p.targetPort().get().isInt() && !names.contains(p.targetPort().get().strValue())) {
        return false;
      }
    }
    return true;
  }

  private void servicePort(Chain c, ServicePort original, List<ServicePort> all) {
    long sameNumber = all.stream().filter(x -> x.port().equals(original.port())).count();
    boolean typedApp = original.appProtocol().map(a -> !a.isBlank()).orElse(false) && sameNumber == 1
        && original.port().map(DslWriter::inPortRange).orElse(false);
    ServicePort p = typedApp ? original.withAppProtocol(Optional.empty()) : original;
    portCall(c, p, sameNumber);
    if (typedApp) {
      c.then("appProtocol", Code.atom(p.port().get().toString()), Code.string(original.appProtocol().get()));
    }
  }

  private void portCall(Chain c, ServicePort p, long sameNumber) {
    boolean plain = p.extra().isEmpty() && p.protocol().isEmpty() && p.appProtocol().isEmpty()
        && p.port().map(DslWriter::inPortRange).orElse(false);
    Optional<IntOrString> target = p.targetPort();
    boolean targetOk = target.map(t -> t.isInt() ? inPortRange(t.intValue()) : !t.strValue().isBlank()).orElse(true);
    boolean nodePortOk = p.nodePort().map(n -> inPortRange(n) && sameNumber == 1).orElse(true);
    if (!plain || !targetOk || !nodePortOk) {
      c.then("port", lit.of(p, ServicePort.class));
      return;
    }
    Expr port = Code.atom(p.port().get().toString());
    if (p.name().isEmpty() && target.isEmpty()) {
      c.then("port", port);
    } else if (p.name().isEmpty()) {
      c.then("port", port, intOrString(target.get()));
    } else if (!p.name().get().isBlank() && target.isPresent()) {
      c.then("port", port, Code.string(p.name().get()), intOrString(target.get()));
    } else {
      c.then("port", lit.of(p.withNodePort(Optional.empty()), ServicePort.class));
    }
    p.nodePort().ifPresent(n -> c.then("nodePort", port, Code.atom(n.toString())));
  }

  private void sessionAffinity(Chain c, ServiceSpec s, Fixups f) {
    if (s.sessionAffinity().equals(Optional.of("ClientIP"))) {
      if (s.sessionAffinityConfig().isEmpty()) {
        c.then("sessionAffinityClientIP");
        return;
      }
      SessionAffinityConfig cfg = s.sessionAffinityConfig().get();
      Optional<ClientIPConfig> ip = cfg.clientIP();
      if (cfg.extra().isEmpty() && ip.isPresent() && ip.get().extra().isEmpty()
          && ip.get().timeoutSeconds().map(n -> n >= 0).orElse(false)) {
        c.then("sessionAffinityClientIP", duration(ip.get().timeoutSeconds().get()));
        return;
      }
    }
    s.sessionAffinity().ifPresent(a -> f.put(List.of("spec", "sessionAffinity"), Code.string(a)));
    s.sessionAffinityConfig().ifPresent(
        a -> f.put(List.of("spec", "sessionAffinityConfig"), lit.of(a, SessionAffinityConfig.class)));
  }

  // Small values

  private void intOrFix(Chain c, String method, int n, Fixups f, List<String> at) {
    if (n >= 0) {
      c.then(method, Code.atom(Integer.toString(n)));
    } else {
      f.put(at, Code.atom(Integer.toString(n)));
    }
  }

  private void durationOrFix(Chain c, String method, long seconds, Fixups f, List<String> at) {
    if (seconds >= 0) {
      c.then(method, duration(seconds));
    } else {
      f.put(at, Code.atom(Long.toString(seconds)));
    }
  }

  private static void stringOrFix(Chain c, String method, String value, Fixups f, List<String> at) {
    if (value.isBlank()) {
      f.put(at, Code.string(value));
    } else {
      c.then(method, Code.string(value));
    }
  }

  private void durationOrResidual(Chain c, String method, int seconds, String attr, Probe p, Map<String, Object> residual) {
    if (seconds >= 0) {
      c.then(method, duration(seconds));
    } else {
      residual.put(attr, Literals.attribute(Probe.class, attr).get(p));
    }
  }

  private static void intOrResidual(Chain c, String attr, int n, Probe p, Map<String, Object> residual) {
    if (n >= 0) {
      c.then(attr, Code.atom(Integer.toString(n)));
    } else {
      residual.put(attr, Literals.attribute(Probe.class, attr).get(p));
    }
  }

  /** {@code Duration.ofSeconds(n)}, or {@code ofMinutes}/{@code ofHours} when whole. */
  private Expr duration(long seconds) {
    String d = imports.use(Duration.class);
    if (seconds > 0 && seconds % 3600 == 0) {
      return Code.call(d + ".ofHours", Code.atom(Long.toString(seconds / 3600)));
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return Code.call(d + ".ofMinutes", Code.atom(Long.toString(seconds / 60)));
    }
    return Code.call(d + ".ofSeconds", Code.atom(Long.toString(seconds)));
  }

  private static List<Expr> strings(List<String> values) {
    List<Expr> args = new ArrayList<>();
    for (String v : values) {
      args.add(Code.string(v));
    }
    return args;
  }

  private static boolean inPortRange(int n) {
    return n >= 1 && n <= 65535;
  }

  private static boolean blank(Optional<String> s) {
    return s.map(String::isBlank).orElse(true);
  }

  private static boolean nonBlankKeys(Map<String, ?> m) {
    for (String k : m.keySet()) {
      if (k.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Whether no two items share a non-empty name, as the DSL's replace-by-name methods need. */
  private static <T> boolean uniqueNames(List<T> items, java.util.function.Function<T, String> name) {
    Set<String> seen = new TreeSet<>();
    for (T x : items) {
      String n = name.apply(x);
      if (!n.isEmpty() && !seen.add(n)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> path(List<String> base, String... more) {
    List<String> out = new ArrayList<>(base);
    out.addAll(List.of(more));
    return out;
  }
}
