package io.kubeprint.codegen;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The facts the generator cannot read from the model, each with the reason it exists. Everything else (which types,
 * which attributes, their shapes and order) comes from the compiled core interfaces.
 */
final class Rules {
  private Rules() {}

  /** The packages of the core model; kinds are looked for here, and model types are interfaces of these packages. */
  static final List<String> MODEL_PACKAGES = List.of(
      "io.kubeprint.core.meta",
      "io.kubeprint.core.pod",
      "io.kubeprint.core.workload",
      "io.kubeprint.core.service",
      "io.kubeprint.core.batch",
      "io.kubeprint.core.config",
      "io.kubeprint.core.account",
      "io.kubeprint.core.storage",
      "io.kubeprint.core.networking",
      "io.kubeprint.core.autoscaling",
      "io.kubeprint.core.disruption");

  /** The interface every kind implements; the walk over the model starts at its {@code @Value.Immutable} implementations. */
  static final String KUBE_OBJECT = "io.kubeprint.core.meta.KubeObject";

  /**
   * Kinds mapped by hand in {@code ToTree}, {@code ToFabric8} and {@code FromTree}, not generated:
   * ConfigMap and Secret hold {@code Bytes} ({@code binaryData}, Secret {@code data}) that are base64-decoded on read
   * and encoded on write as the secret mode says, and a Secret's {@code stringData} is folded into {@code data} on
   * read, its keys winning, as the API server does; GenericObject is an object of any other kind, its body untyped.
   */
  static final Set<String> HAND_MAPPED = Set.of(
      "io.kubeprint.core.config.ConfigMap",
      "io.kubeprint.core.config.Secret",
      "io.kubeprint.core.meta.GenericObject");

  /**
   * Attributes ({@code Type.field}) whose empty value means the same as no value: {@code kubectl create --dry-run}
   * prints {@code resources: {}}, {@code strategy: {}} and {@code securityContext: {}}, and the API server treats
   * them as absent, so they are dropped when read and when written (imports of kubectl output round-trip to the same
   * value, and an empty one is never rendered). Any other empty nested value is kept: its presence can matter
   * ({@code emptyDir: {}} selects the volume source).
   */
  static final Set<String> EMPTY_MEANS_ABSENT = Set.of(
      "Container.resources",
      "Container.securityContext",
      "PodSpec.securityContext",
      "DeploymentSpec.strategy");

  /**
   * Where fabric8 puts the class of a model type: the first of these packages that has a class of the same simple
   * name (core/v1 and meta/v1 types, then apps/v1, then batch/v1; batch/v1beta1 is never wanted).
   */
  static final List<String> FABRIC8_PACKAGES = List.of(
      "io.fabric8.kubernetes.api.model",
      "io.fabric8.kubernetes.api.model.apps",
      "io.fabric8.kubernetes.api.model.batch.v1",
      "io.fabric8.kubernetes.api.model.networking.v1",
      "io.fabric8.kubernetes.api.model.autoscaling.v2",
      "io.fabric8.kubernetes.api.model.policy.v1");

  /**
   * The order of the methods in the generated classes, by concept, so a reader finds Container's parts after
   * Container and the diff of a model change stays local. It changes no behaviour. A model type the walk finds that
   * is not listed here is appended in the order the walk met it; a listed type the walk does not find is an error
   * (the list is stale).
   */
  static final List<String> ORDER = List.of(
      // meta
      "ObjectMeta", "LabelSelector", "LabelSelectorRequirement",
      // a container and its parts
      "Container", "ContainerPort", "EnvVar", "EnvVarSource", "ConfigMapKeySelector", "SecretKeySelector",
      "ObjectFieldSelector", "ResourceFieldSelector", "EnvFromSource", "ConfigMapEnvSource", "SecretEnvSource",
      "ResourceRequirements", "Probe", "ExecAction", "HTTPGetAction", "HTTPHeader", "TCPSocketAction", "GRPCAction",
      "VolumeMount", "SecurityContext", "Capabilities",
      // volumes
      "Volume", "ConfigMapVolumeSource", "SecretVolumeSource", "KeyToPath", "EmptyDirVolumeSource",
      "PersistentVolumeClaimVolumeSource",
      // the pod spec and its other parts
      "PodSpec", "Toleration", "Affinity", "PodDNSConfig", "PodDNSConfigOption", "PodSecurityContext",
      "LocalObjectReference", "PodTemplateSpec",
      // kinds, each followed by its parts
      "Pod", "PodTemplate", "ReplicaSet", "ReplicaSetSpec", "Deployment", "DeploymentSpec", "DeploymentStrategy",
      "RollingUpdateDeployment", "Service", "ServiceSpec", "ServicePort", "SessionAffinityConfig", "ClientIPConfig",
      "Namespace", "CronJob", "CronJobSpec", "JobTemplateSpec", "JobSpec", "PodFailurePolicy",
      "Job", "StatefulSet", "StatefulSetSpec", "StatefulSetUpdateStrategy", "RollingUpdateStatefulSetStrategy",
      "StatefulSetPersistentVolumeClaimRetentionPolicy", "DaemonSet", "DaemonSetSpec", "DaemonSetUpdateStrategy",
      "RollingUpdateDaemonSet",
      "ServiceAccount", "PersistentVolumeClaim", "PersistentVolumeClaimSpec", "VolumeResourceRequirements",
      "TypedLocalObjectReference", "TypedObjectReference",
      "Ingress", "IngressSpec", "IngressRule", "HTTPIngressRuleValue", "HTTPIngressPath", "IngressBackend",
      "IngressServiceBackend", "ServiceBackendPort", "IngressTLS", "NetworkPolicy", "NetworkPolicySpec",
      "NetworkPolicyIngressRule", "NetworkPolicyEgressRule", "NetworkPolicyPeer", "NetworkPolicyPort", "IPBlock",
      "HorizontalPodAutoscaler", "HorizontalPodAutoscalerSpec", "CrossVersionObjectReference", "MetricSpec",
      "ObjectMetricSource", "PodsMetricSource", "ResourceMetricSource", "ContainerResourceMetricSource",
      "ExternalMetricSource", "MetricIdentifier", "MetricTarget", "HorizontalPodAutoscalerBehavior", "HPAScalingRules",
      "HPAScalingPolicy", "PodDisruptionBudget", "PodDisruptionBudgetSpec");

  private static final Pattern WORDS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  /**
   * The mapper method of a type: its words in lower camel case, an acronym being one word
   * ({@code PodDNSConfig} → {@code podDnsConfig}, {@code HTTPGetAction} → {@code httpGetAction}).
   */
  static String methodName(String simpleName) {
    StringBuilder out = new StringBuilder();
    for (String word : WORDS.split(simpleName)) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      out.append(out.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    return out.toString();
  }
}
