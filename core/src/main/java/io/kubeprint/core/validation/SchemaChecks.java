package io.kubeprint.core.validation;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HPAScalingPolicy;
import io.kubeprint.core.autoscaling.HPAScalingRules;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscalerSpec;
import io.kubeprint.core.autoscaling.MetricIdentifier;
import io.kubeprint.core.autoscaling.MetricSpec;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.batch.PodFailurePolicy;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.Fields;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KindTable;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.networking.HTTPIngressPath;
import io.kubeprint.core.networking.IngressBackend;
import io.kubeprint.core.networking.IngressRule;
import io.kubeprint.core.networking.IngressSpec;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.networking.NetworkPolicyPeer;
import io.kubeprint.core.networking.NetworkPolicyPort;
import io.kubeprint.core.networking.NetworkPolicySpec;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Affinity;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.HTTPHeader;
import io.kubeprint.core.pod.KeyToPath;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.PodDNSConfig;
import io.kubeprint.core.pod.PodDNSConfigOption;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.Toleration;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.schema.CheckOptions;
import io.kubeprint.core.schema.KubernetesSchema;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.service.SessionAffinityConfig;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.DaemonSetSpec;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetSpec;
import java.util.List;

/**
 * The schema check of what a model value holds untyped: each {@code extra()} (and the few fields typed as
 * {@link Fields}, such as {@code affinity.nodeAffinity}) is checked against the Kubernetes 1.32 schema type of
 * its position ({@link KubernetesSchema}), so {@code container.extra("lifecyle", ...)} is refused in code as
 * the reader refuses it in a file ({@code unknown-field}, {@code field-type}). The walk follows the model by
 * its typed accessors; a value whose {@code extra()} is empty costs one {@code isEmpty()}.
 *
 * <p>Quantity strings are left to the validators, as the reader leaves them ({@code resource-quantity}).
 */
final class SchemaChecks {
  private static final CheckOptions OPTIONS = CheckOptions.defaults().quantitySyntax(false);
  private static final CheckOptions SECRET = CheckOptions.secret().quantitySyntax(false);

  private SchemaChecks() {}

  /** Checks every untyped part of {@code o}, recording into {@code v}. */
  static void object(KubeObject o, Violations v) {
    FieldPath root = FieldPath.root();
    if (o instanceof Pod p) {
      top(p.extra(), "V1Pod", v, OPTIONS);
      podSpec(p.spec(), root.child("spec"), v);
    } else if (o instanceof PodTemplate p) {
      top(p.extra(), "V1PodTemplate", v, OPTIONS);
      podTemplateSpec(p.template(), root.child("template"), v);
    } else if (o instanceof ReplicaSet r) {
      top(r.extra(), "V1ReplicaSet", v, OPTIONS);
      replicaSetSpec(r.spec(), root.child("spec"), v);
    } else if (o instanceof Deployment d) {
      top(d.extra(), "V1Deployment", v, OPTIONS);
      deploymentSpec(d.spec(), root.child("spec"), v);
    } else if (o instanceof Service s) {
      top(s.extra(), "V1Service", v, OPTIONS);
      serviceSpec(s.spec(), root.child("spec"), v);
    } else if (o instanceof ConfigMap c) {
      top(c.extra(), "V1ConfigMap", v, OPTIONS);
    } else if (o instanceof Secret sec) {
      top(sec.extra(), "V1Secret", v, SECRET);
    } else if (o instanceof CronJob c) {
      top(c.extra(), "V1CronJob", v, OPTIONS);
      FieldPath spec = root.child("spec");
      extra(c.spec().extra(), "V1CronJobSpec", spec, v);
      jobTemplateSpec(c.spec().jobTemplate(), spec.child("jobTemplate"), v);
    } else if (o instanceof Job j) {
      top(j.extra(), "V1Job", v, OPTIONS);
      jobSpec(j.spec(), root.child("spec"), v);
    } else if (o instanceof StatefulSet st) {
      top(st.extra(), "V1StatefulSet", v, OPTIONS);
      statefulSetSpec(st.spec(), root.child("spec"), v);
    } else if (o instanceof DaemonSet ds) {
      top(ds.extra(), "V1DaemonSet", v, OPTIONS);
      daemonSetSpec(ds.spec(), root.child("spec"), v);
    } else if (o instanceof HorizontalPodAutoscaler h) {
      top(h.extra(), "V2HorizontalPodAutoscaler", v, OPTIONS);
      hpaSpec(h.spec(), root.child("spec"), v);
    } else if (o instanceof PodDisruptionBudget b) {
      top(b.extra(), "V1PodDisruptionBudget", v, OPTIONS);
      FieldPath spec = root.child("spec");
      extra(b.spec().extra(), "V1PodDisruptionBudgetSpec", spec, v);
      b.spec().selector().ifPresent(s -> labelSelector(s, spec.child("selector"), v));
    } else if (o instanceof Namespace n) {
      top(n.extra(), "V1Namespace", v, OPTIONS);
    } else if (o instanceof ServiceAccount sa) {
      top(sa.extra(), "V1ServiceAccount", v, OPTIONS);
      List<LocalObjectReference> pullSecrets = sa.imagePullSecrets();
      for (int i = 0; i < pullSecrets.size(); i++) {
        element(pullSecrets.get(i).extra(), "V1LocalObjectReference", root, "imagePullSecrets", i, v);
      }
    } else if (o instanceof PersistentVolumeClaim c) {
      top(c.extra(), "V1PersistentVolumeClaim", v, OPTIONS);
      claimSpec(c.spec(), root.child("spec"), v);
    } else if (o instanceof Ingress in) {
      top(in.extra(), "V1Ingress", v, OPTIONS);
      ingressSpec(in.spec(), root.child("spec"), v);
    } else if (o instanceof NetworkPolicy np) {
      top(np.extra(), "V1NetworkPolicy", v, OPTIONS);
      networkPolicySpec(np.spec(), root.child("spec"), v);
    } else if (o instanceof GenericObject g) {
      // A served built-in kind: its whole body against its 1.32 type, as the server's strict decoder reads it.
      // A custom resource: its metadata here, its body against its CustomResourceDefinition elsewhere. A kind
      // the server does not serve is never decoded: nothing to check.
      switch (KindTable.classify(g.kind())) {
        case SERVED -> top(g.extra(), g.kind().builtIn().orElseThrow().schemaType(), v, OPTIONS);
        case CUSTOM -> { }
        default -> {
          return;
        }
      }
    }
    objectMeta(o.metadata(), root.child("metadata"), v);
  }

  private static void top(Fields f, String type, Violations v, CheckOptions options) {
    if (!f.isEmpty()) {
      KubernetesSchema.get().check(f.asMap(), type, FieldPath.root(), v, options);
    }
  }

  /** Checks {@code f}, the untyped fields of a value of schema type {@code type} at {@code p}. */
  private static void extra(Fields f, String type, FieldPath p, Violations v) {
    if (!f.isEmpty()) {
      KubernetesSchema.get().check(f.asMap(), type, p, v, OPTIONS);
    }
  }

  /** Checks {@code f} at {@code parent.name}, making that path only when there is something to check. */
  private static void field(Fields f, String type, FieldPath parent, String name, Violations v) {
    if (!f.isEmpty()) {
      KubernetesSchema.get().check(f.asMap(), type, parent.child(name), v, OPTIONS);
    }
  }

  /** Checks {@code f} at {@code parent.name[index]}, making that path only when there is something to check. */
  private static void element(Fields f, String type, FieldPath parent, String name, int index, Violations v) {
    if (!f.isEmpty()) {
      KubernetesSchema.get().check(f.asMap(), type, parent.child(name).index(index), v, OPTIONS);
    }
  }

  private static void hpaSpec(HorizontalPodAutoscalerSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V2HorizontalPodAutoscalerSpec", p, v);
    s.scaleTargetRef().ifPresent(r -> extra(r.extra(), "V2CrossVersionObjectReference", p.child("scaleTargetRef"), v));
    List<MetricSpec> metrics = s.metrics();
    for (int i = 0; i < metrics.size(); i++) {
      MetricSpec m = metrics.get(i);
      FieldPath mp = p.child("metrics").index(i);
      extra(m.extra(), "V2MetricSpec", mp, v);
      m.object().ifPresent(x -> {
        FieldPath xp = mp.child("object");
        extra(x.extra(), "V2ObjectMetricSource", xp, v);
        x.describedObject().ifPresent(r -> extra(r.extra(), "V2CrossVersionObjectReference", xp.child("describedObject"), v));
        x.metric().ifPresent(id -> metricIdentifier(id, xp.child("metric"), v));
        x.target().ifPresent(t -> extra(t.extra(), "V2MetricTarget", xp.child("target"), v));
      });
      m.pods().ifPresent(x -> {
        FieldPath xp = mp.child("pods");
        extra(x.extra(), "V2PodsMetricSource", xp, v);
        x.metric().ifPresent(id -> metricIdentifier(id, xp.child("metric"), v));
        x.target().ifPresent(t -> extra(t.extra(), "V2MetricTarget", xp.child("target"), v));
      });
      m.external().ifPresent(x -> {
        FieldPath xp = mp.child("external");
        extra(x.extra(), "V2ExternalMetricSource", xp, v);
        x.metric().ifPresent(id -> metricIdentifier(id, xp.child("metric"), v));
        x.target().ifPresent(t -> extra(t.extra(), "V2MetricTarget", xp.child("target"), v));
      });
      m.resource().ifPresent(x -> {
        FieldPath xp = mp.child("resource");
        extra(x.extra(), "V2ResourceMetricSource", xp, v);
        x.target().ifPresent(t -> extra(t.extra(), "V2MetricTarget", xp.child("target"), v));
      });
      m.containerResource().ifPresent(x -> {
        FieldPath xp = mp.child("containerResource");
        extra(x.extra(), "V2ContainerResourceMetricSource", xp, v);
        x.target().ifPresent(t -> extra(t.extra(), "V2MetricTarget", xp.child("target"), v));
      });
    }
    s.behavior().ifPresent(b -> {
      FieldPath bp = p.child("behavior");
      extra(b.extra(), "V2HorizontalPodAutoscalerBehavior", bp, v);
      b.scaleUp().ifPresent(r -> scalingRules(r, bp.child("scaleUp"), v));
      b.scaleDown().ifPresent(r -> scalingRules(r, bp.child("scaleDown"), v));
    });
  }

  private static void metricIdentifier(MetricIdentifier id, FieldPath p, Violations v) {
    extra(id.extra(), "V2MetricIdentifier", p, v);
    id.selector().ifPresent(s -> labelSelector(s, p.child("selector"), v));
  }

  private static void scalingRules(HPAScalingRules r, FieldPath p, Violations v) {
    extra(r.extra(), "V2HPAScalingRules", p, v);
    List<HPAScalingPolicy> policies = r.policies();
    for (int i = 0; i < policies.size(); i++) {
      element(policies.get(i).extra(), "V2HPAScalingPolicy", p, "policies", i, v);
    }
  }

  static void objectMeta(ObjectMeta m, FieldPath p, Violations v) {
    extra(m.extra(), "V1ObjectMeta", p, v);
  }

  static void labelSelector(LabelSelector s, FieldPath p, Violations v) {
    extra(s.extra(), "V1LabelSelector", p, v);
    List<LabelSelectorRequirement> es = s.matchExpressions();
    for (int i = 0; i < es.size(); i++) {
      element(es.get(i).extra(), "V1LabelSelectorRequirement", p, "matchExpressions", i, v);
    }
  }

  static void podTemplateSpec(PodTemplateSpec t, FieldPath p, Violations v) {
    extra(t.extra(), "V1PodTemplateSpec", p, v);
    objectMeta(t.metadata(), p.child("metadata"), v);
    podSpec(t.spec(), p.child("spec"), v);
  }

  static void podSpec(PodSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1PodSpec", p, v);
    containers(s.containers(), p.child("containers"), v);
    containers(s.initContainers(), p.child("initContainers"), v);
    List<Volume> volumes = s.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      volume(volumes.get(i), p.child("volumes").index(i), v);
    }
    List<Toleration> tolerations = s.tolerations();
    for (int i = 0; i < tolerations.size(); i++) {
      element(tolerations.get(i).extra(), "V1Toleration", p, "tolerations", i, v);
    }
    if (s.affinity().isPresent()) {
      affinity(s.affinity().get(), p.child("affinity"), v);
    }
    if (s.dnsConfig().isPresent()) {
      PodDNSConfig d = s.dnsConfig().get();
      FieldPath dp = p.child("dnsConfig");
      extra(d.extra(), "V1PodDNSConfig", dp, v);
      List<PodDNSConfigOption> options = d.options();
      for (int i = 0; i < options.size(); i++) {
        element(options.get(i).extra(), "V1PodDNSConfigOption", dp, "options", i, v);
      }
    }
    if (s.securityContext().isPresent()) {
      field(s.securityContext().get().extra(), "V1PodSecurityContext", p, "securityContext", v);
    }
    List<LocalObjectReference> pullSecrets = s.imagePullSecrets();
    for (int i = 0; i < pullSecrets.size(); i++) {
      element(pullSecrets.get(i).extra(), "V1LocalObjectReference", p, "imagePullSecrets", i, v);
    }
  }

  private static void affinity(Affinity a, FieldPath p, Violations v) {
    extra(a.extra(), "V1Affinity", p, v);
    if (a.nodeAffinity().isPresent()) {
      field(a.nodeAffinity().get(), "V1NodeAffinity", p, "nodeAffinity", v);
    }
    if (a.podAffinity().isPresent()) {
      field(a.podAffinity().get(), "V1PodAffinity", p, "podAffinity", v);
    }
    if (a.podAntiAffinity().isPresent()) {
      field(a.podAntiAffinity().get(), "V1PodAntiAffinity", p, "podAntiAffinity", v);
    }
  }

  private static void containers(List<Container> cs, FieldPath p, Violations v) {
    for (int i = 0; i < cs.size(); i++) {
      container(cs.get(i), p.index(i), v);
    }
  }

  static void container(Container c, FieldPath p, Violations v) {
    extra(c.extra(), "V1Container", p, v);
    List<ContainerPort> ports = c.ports();
    for (int i = 0; i < ports.size(); i++) {
      element(ports.get(i).extra(), "V1ContainerPort", p, "ports", i, v);
    }
    List<EnvVar> env = c.env();
    for (int i = 0; i < env.size(); i++) {
      EnvVar e = env.get(i);
      element(e.extra(), "V1EnvVar", p, "env", i, v);
      if (e.valueFrom().isPresent()) {
        envVarSource(e.valueFrom().get(), p.child("env").index(i).child("valueFrom"), v);
      }
    }
    List<EnvFromSource> envFrom = c.envFrom();
    for (int i = 0; i < envFrom.size(); i++) {
      EnvFromSource e = envFrom.get(i);
      FieldPath ep = p.child("envFrom").index(i);
      extra(e.extra(), "V1EnvFromSource", ep, v);
      if (e.configMapRef().isPresent()) {
        field(e.configMapRef().get().extra(), "V1ConfigMapEnvSource", ep, "configMapRef", v);
      }
      if (e.secretRef().isPresent()) {
        field(e.secretRef().get().extra(), "V1SecretEnvSource", ep, "secretRef", v);
      }
    }
    if (c.resources().isPresent()) {
      field(c.resources().get().extra(), "V1ResourceRequirements", p, "resources", v);
    }
    if (c.livenessProbe().isPresent()) {
      probe(c.livenessProbe().get(), p.child("livenessProbe"), v);
    }
    if (c.readinessProbe().isPresent()) {
      probe(c.readinessProbe().get(), p.child("readinessProbe"), v);
    }
    if (c.startupProbe().isPresent()) {
      probe(c.startupProbe().get(), p.child("startupProbe"), v);
    }
    List<VolumeMount> mounts = c.volumeMounts();
    for (int i = 0; i < mounts.size(); i++) {
      element(mounts.get(i).extra(), "V1VolumeMount", p, "volumeMounts", i, v);
    }
    if (c.securityContext().isPresent()) {
      SecurityContext s = c.securityContext().get();
      FieldPath sp = p.child("securityContext");
      extra(s.extra(), "V1SecurityContext", sp, v);
      if (s.capabilities().isPresent()) {
        field(s.capabilities().get().extra(), "V1Capabilities", sp, "capabilities", v);
      }
    }
  }

  private static void envVarSource(EnvVarSource s, FieldPath p, Violations v) {
    extra(s.extra(), "V1EnvVarSource", p, v);
    if (s.configMapKeyRef().isPresent()) {
      field(s.configMapKeyRef().get().extra(), "V1ConfigMapKeySelector", p, "configMapKeyRef", v);
    }
    if (s.secretKeyRef().isPresent()) {
      field(s.secretKeyRef().get().extra(), "V1SecretKeySelector", p, "secretKeyRef", v);
    }
    if (s.fieldRef().isPresent()) {
      field(s.fieldRef().get().extra(), "V1ObjectFieldSelector", p, "fieldRef", v);
    }
    if (s.resourceFieldRef().isPresent()) {
      field(s.resourceFieldRef().get().extra(), "V1ResourceFieldSelector", p, "resourceFieldRef", v);
    }
  }

  private static void probe(Probe probe, FieldPath p, Violations v) {
    extra(probe.extra(), "V1Probe", p, v);
    if (probe.exec().isPresent()) {
      field(probe.exec().get().extra(), "V1ExecAction", p, "exec", v);
    }
    if (probe.httpGet().isPresent()) {
      HTTPGetAction h = probe.httpGet().get();
      FieldPath hp = p.child("httpGet");
      extra(h.extra(), "V1HTTPGetAction", hp, v);
      List<HTTPHeader> headers = h.httpHeaders();
      for (int i = 0; i < headers.size(); i++) {
        element(headers.get(i).extra(), "V1HTTPHeader", hp, "httpHeaders", i, v);
      }
    }
    if (probe.tcpSocket().isPresent()) {
      field(probe.tcpSocket().get().extra(), "V1TCPSocketAction", p, "tcpSocket", v);
    }
    if (probe.grpc().isPresent()) {
      field(probe.grpc().get().extra(), "V1GRPCAction", p, "grpc", v);
    }
  }

  private static void volume(Volume vol, FieldPath p, Violations v) {
    extra(vol.extra(), "V1Volume", p, v);
    if (vol.configMap().isPresent()) {
      ConfigMapVolumeSource c = vol.configMap().get();
      field(c.extra(), "V1ConfigMapVolumeSource", p, "configMap", v);
      keyToPaths(c.items(), p.child("configMap").child("items"), v);
    }
    if (vol.secret().isPresent()) {
      SecretVolumeSource s = vol.secret().get();
      field(s.extra(), "V1SecretVolumeSource", p, "secret", v);
      keyToPaths(s.items(), p.child("secret").child("items"), v);
    }
    if (vol.emptyDir().isPresent()) {
      field(vol.emptyDir().get().extra(), "V1EmptyDirVolumeSource", p, "emptyDir", v);
    }
    if (vol.persistentVolumeClaim().isPresent()) {
      extra(vol.persistentVolumeClaim().get().extra(), "V1PersistentVolumeClaimVolumeSource",
          p.child("persistentVolumeClaim"), v);
    }
  }

  private static void keyToPaths(List<KeyToPath> items, FieldPath p, Violations v) {
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).extra().isEmpty()) {
        extra(items.get(i).extra(), "V1KeyToPath", p.index(i), v);
      }
    }
  }

  static void replicaSetSpec(ReplicaSetSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1ReplicaSetSpec", p, v);
    if (s.selector().isPresent()) {
      labelSelector(s.selector().get(), p.child("selector"), v);
    }
    podTemplateSpec(s.template(), p.child("template"), v);
  }

  static void deploymentSpec(DeploymentSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1DeploymentSpec", p, v);
    if (s.selector().isPresent()) {
      labelSelector(s.selector().get(), p.child("selector"), v);
    }
    podTemplateSpec(s.template(), p.child("template"), v);
    if (s.strategy().isPresent()) {
      DeploymentStrategy d = s.strategy().get();
      FieldPath sp = p.child("strategy");
      extra(d.extra(), "V1DeploymentStrategy", sp, v);
      if (d.rollingUpdate().isPresent()) {
        field(d.rollingUpdate().get().extra(), "V1RollingUpdateDeployment", sp, "rollingUpdate", v);
      }
    }
  }

  static void serviceSpec(ServiceSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1ServiceSpec", p, v);
    List<ServicePort> ports = s.ports();
    for (int i = 0; i < ports.size(); i++) {
      element(ports.get(i).extra(), "V1ServicePort", p, "ports", i, v);
    }
    if (s.sessionAffinityConfig().isPresent()) {
      SessionAffinityConfig a = s.sessionAffinityConfig().get();
      FieldPath ap = p.child("sessionAffinityConfig");
      extra(a.extra(), "V1SessionAffinityConfig", ap, v);
      if (a.clientIP().isPresent()) {
        field(a.clientIP().get().extra(), "V1ClientIPConfig", ap, "clientIP", v);
      }
    }
  }

  static void jobTemplateSpec(JobTemplateSpec t, FieldPath p, Violations v) {
    extra(t.extra(), "V1JobTemplateSpec", p, v);
    objectMeta(t.metadata(), p.child("metadata"), v);
    jobSpec(t.spec(), p.child("spec"), v);
  }

  static void jobSpec(JobSpec s, FieldPath sp, Violations v) {
    extra(s.extra(), "V1JobSpec", sp, v);
    if (s.selector().isPresent()) {
      labelSelector(s.selector().get(), sp.child("selector"), v);
    }
    if (s.podFailurePolicy().isPresent()) {
      PodFailurePolicy f = s.podFailurePolicy().get();
      FieldPath fp = sp.child("podFailurePolicy");
      extra(f.extra(), "V1PodFailurePolicy", fp, v);
      List<Fields> rules = f.rules();
      for (int i = 0; i < rules.size(); i++) {
        element(rules.get(i), "V1PodFailurePolicyRule", fp, "rules", i, v);
      }
    }
    podTemplateSpec(s.template(), sp.child("template"), v);
  }

  /** A claim's spec; also that of a StatefulSet's {@code volumeClaimTemplates}. */
  static void claimSpec(PersistentVolumeClaimSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1PersistentVolumeClaimSpec", p, v);
    field(s.resources().extra(), "V1VolumeResourceRequirements", p, "resources", v);
    if (s.selector().isPresent()) {
      labelSelector(s.selector().get(), p.child("selector"), v);
    }
    if (s.dataSource().isPresent()) {
      field(s.dataSource().get().extra(), "V1TypedLocalObjectReference", p, "dataSource", v);
    }
    if (s.dataSourceRef().isPresent()) {
      field(s.dataSourceRef().get().extra(), "V1TypedObjectReference", p, "dataSourceRef", v);
    }
  }

  // ---- networking.k8s.io/v1 ----

  private static void ingressSpec(IngressSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1IngressSpec", p, v);
    s.defaultBackend().ifPresent(b -> ingressBackend(b, p.child("defaultBackend"), v));
    for (int i = 0; i < s.tls().size(); i++) {
      element(s.tls().get(i).extra(), "V1IngressTLS", p, "tls", i, v);
    }
    for (int i = 0; i < s.rules().size(); i++) {
      IngressRule r = s.rules().get(i);
      FieldPath rp = p.child("rules").index(i);
      extra(r.extra(), "V1IngressRule", rp, v);
      if (r.http().isPresent()) {
        FieldPath hp = rp.child("http");
        extra(r.http().get().extra(), "V1HTTPIngressRuleValue", hp, v);
        for (int j = 0; j < r.http().get().paths().size(); j++) {
          HTTPIngressPath path = r.http().get().paths().get(j);
          FieldPath pp = hp.child("paths").index(j);
          extra(path.extra(), "V1HTTPIngressPath", pp, v);
          path.backend().ifPresent(b -> ingressBackend(b, pp.child("backend"), v));
        }
      }
    }
  }

  private static void ingressBackend(IngressBackend b, FieldPath p, Violations v) {
    extra(b.extra(), "V1IngressBackend", p, v);
    if (b.service().isPresent()) {
      FieldPath sp = p.child("service");
      extra(b.service().get().extra(), "V1IngressServiceBackend", sp, v);
      b.service().get().port().ifPresent(port -> field(port.extra(), "V1ServiceBackendPort", sp, "port", v));
    }
  }

  private static void networkPolicySpec(NetworkPolicySpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1NetworkPolicySpec", p, v);
    s.podSelector().ifPresent(sel -> labelSelector(sel, p.child("podSelector"), v));
    for (int i = 0; i < s.ingress().size(); i++) {
      FieldPath rp = p.child("ingress").index(i);
      extra(s.ingress().get(i).extra(), "V1NetworkPolicyIngressRule", rp, v);
      policyPorts(s.ingress().get(i).ports(), rp, v);
      policyPeers(s.ingress().get(i).from(), rp, "from", v);
    }
    for (int i = 0; i < s.egress().size(); i++) {
      FieldPath rp = p.child("egress").index(i);
      extra(s.egress().get(i).extra(), "V1NetworkPolicyEgressRule", rp, v);
      policyPorts(s.egress().get(i).ports(), rp, v);
      policyPeers(s.egress().get(i).to(), rp, "to", v);
    }
  }

  private static void policyPorts(List<NetworkPolicyPort> ports, FieldPath rule, Violations v) {
    for (int i = 0; i < ports.size(); i++) {
      element(ports.get(i).extra(), "V1NetworkPolicyPort", rule, "ports", i, v);
    }
  }

  private static void policyPeers(List<NetworkPolicyPeer> peers, FieldPath rule, String name, Violations v) {
    for (int i = 0; i < peers.size(); i++) {
      NetworkPolicyPeer peer = peers.get(i);
      FieldPath pp = rule.child(name).index(i);
      extra(peer.extra(), "V1NetworkPolicyPeer", pp, v);
      peer.podSelector().ifPresent(sel -> labelSelector(sel, pp.child("podSelector"), v));
      peer.namespaceSelector().ifPresent(sel -> labelSelector(sel, pp.child("namespaceSelector"), v));
      peer.ipBlock().ifPresent(b -> field(b.extra(), "V1IPBlock", pp, "ipBlock", v));
    }
  }

  static void statefulSetSpec(StatefulSetSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1StatefulSetSpec", p, v);
    if (s.selector().isPresent()) {
      labelSelector(s.selector().get(), p.child("selector"), v);
    }
    podTemplateSpec(s.template(), p.child("template"), v);
    List<Fields> claims = s.volumeClaimTemplates();
    for (int i = 0; i < claims.size(); i++) {
      element(claims.get(i), "V1PersistentVolumeClaim", p, "volumeClaimTemplates", i, v);
    }
    s.updateStrategy().ifPresent(u -> {
      FieldPath up = p.child("updateStrategy");
      extra(u.extra(), "V1StatefulSetUpdateStrategy", up, v);
      u.rollingUpdate().ifPresent(r -> field(r.extra(), "V1RollingUpdateStatefulSetStrategy", up, "rollingUpdate", v));
    });
    s.persistentVolumeClaimRetentionPolicy().ifPresent(r -> field(r.extra(),
        "V1StatefulSetPersistentVolumeClaimRetentionPolicy", p, "persistentVolumeClaimRetentionPolicy", v));
  }

  static void daemonSetSpec(DaemonSetSpec s, FieldPath p, Violations v) {
    extra(s.extra(), "V1DaemonSetSpec", p, v);
    if (s.selector().isPresent()) {
      labelSelector(s.selector().get(), p.child("selector"), v);
    }
    podTemplateSpec(s.template(), p.child("template"), v);
    s.updateStrategy().ifPresent(u -> {
      FieldPath up = p.child("updateStrategy");
      extra(u.extra(), "V1DaemonSetUpdateStrategy", up, v);
      u.rollingUpdate().ifPresent(r -> field(r.extra(), "V1RollingUpdateDaemonSet", up, "rollingUpdate", v));
    });
  }
}
