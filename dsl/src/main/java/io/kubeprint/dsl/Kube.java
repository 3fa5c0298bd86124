package io.kubeprint.dsl;

import io.kubeprint.core.Bundle;
import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.autoscaling.HorizontalPodAutoscaler;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.Job;
import io.kubeprint.core.config.ConfigMap;
import io.kubeprint.core.config.Secret;
import io.kubeprint.core.meta.GenericObject;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.Toleration;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.disruption.PodDisruptionBudget;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.workload.DaemonSet;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.StatefulSet;
import java.util.Collection;

/**
 * The front door: {@code import static io.kubeprint.dsl.Kube.*;} and write
 *
 * <pre>{@code
 * ConfigMap projectId = configMap("projectid").data("project.id", "hello-docker-123456").build();
 * Deployment blue = deployment("webserver-blue").replicas(3)
 *     .podLabels(labels("type", "webserver").and("color", "blue"))
 *     .container(container("web", "gcr.io/hello-docker/imageview:blue")
 *         .port(80, "http-server")
 *         .env("PROJECT_ID", fromConfigMap(projectId, "project.id")))
 *     .build();
 * Service web = service("webserver").loadBalancer().selecting(blue).port(80, "http-server").build();
 * Bundle app = bundle(projectId, blue, web);
 * }</pre>
 *
 * <p>Every method only delegates to a per-concept class ({@link Workloads}, {@link Containers},
 * {@link Probes}, {@link Env}, {@link Volumes}, {@link Tolerations}, {@link Services}, {@link Configs},
 * {@link CronJobs}, {@link ServiceAccounts}, {@link Claims}, {@link Autoscalers}, {@link DisruptionBudgets}, {@link Labels}, {@link BlueGreen}, {@link Rollout}, {@link RollOnChange}, {@link BundleSettings},
 * {@link CommonLabels}), which holds its documentation. Builders produce the
 * immutable core values; a kind-named factory given an existing value returns a builder holding all of it,
 * for one-line copies: {@code deployment(blue).name("webserver-green")}.
 */
public final class Kube {
  private Kube() {}

  // Workloads

  /** A Deployment builder; see {@link DeploymentBuilder}. */
  public static DeploymentBuilder deployment(String name) {
    return Workloads.deployment(name);
  }

  /** A Deployment builder copying {@code existing}; see {@link Workloads#from(Deployment)}. */
  public static DeploymentBuilder deployment(Deployment existing) {
    return Workloads.from(existing);
  }

  /** A ReplicaSet builder; see {@link ReplicaSetBuilder}. */
  public static ReplicaSetBuilder replicaSet(String name) {
    return Workloads.replicaSet(name);
  }

  /** A ReplicaSet builder copying {@code existing}. */
  public static ReplicaSetBuilder replicaSet(ReplicaSet existing) {
    return Workloads.from(existing);
  }

  /** A Pod builder; see {@link PodBuilder}. */
  public static PodBuilder pod(String name) {
    return Workloads.pod(name);
  }

  /** A Pod builder copying {@code existing}. */
  public static PodBuilder pod(Pod existing) {
    return Workloads.from(existing);
  }

  /** A PodTemplate builder; see {@link PodTemplateBuilder}. */
  public static PodTemplateBuilder podTemplate(String name) {
    return Workloads.podTemplate(name);
  }

  /** A PodTemplate builder copying {@code existing}. */
  public static PodTemplateBuilder podTemplate(PodTemplate existing) {
    return Workloads.from(existing);
  }

  /** A CronJob builder; see {@link CronJobBuilder}. */
  public static CronJobBuilder cronJob(String name) {
    return CronJobs.cronJob(name);
  }

  /** A CronJob builder copying {@code existing}. */
  public static CronJobBuilder cronJob(CronJob existing) {
    return CronJobs.from(existing);
  }

  /** A Job builder; see {@link JobBuilder}: {@code job("migrate").container(..).backoffLimit(2)}. */
  public static JobBuilder job(String name) {
    return Jobs.job(name);
  }

  /** A Job builder copying {@code existing}. */
  public static JobBuilder job(Job existing) {
    return Jobs.from(existing);
  }

  /** A StatefulSet builder; see {@link StatefulSetBuilder}: {@code statefulSet("db").volumeClaim("data", "10Gi")}. */
  public static StatefulSetBuilder statefulSet(String name) {
    return StatefulSets.statefulSet(name);
  }

  /** A StatefulSet builder copying {@code existing}. */
  public static StatefulSetBuilder statefulSet(StatefulSet existing) {
    return StatefulSets.from(existing);
  }

  /** The headless Service of {@code set}; see {@link StatefulSets#headlessService(StatefulSet)}. */
  public static ServiceBuilder headlessService(StatefulSet set) {
    return StatefulSets.headlessService(set);
  }

  /** A DaemonSet builder; see {@link DaemonSetBuilder}: {@code daemonSet("agent").rollingUpdate(2)}. */
  public static DaemonSetBuilder daemonSet(String name) {
    return StatefulSets.daemonSet(name);
  }

  /** A DaemonSet builder copying {@code existing}. */
  public static DaemonSetBuilder daemonSet(DaemonSet existing) {
    return StatefulSets.from(existing);
  }

  /** A HorizontalPodAutoscaler of {@code target} (a Deployment, ReplicaSet, StatefulSet...); see {@link AutoscalerBuilder}. */
  public static AutoscalerBuilder autoscaler(KubeObject target) {
    return Autoscalers.autoscaler(target);
  }

  /** A HorizontalPodAutoscaler builder named {@code name}, its target given with {@code scaling(..)}. */
  public static AutoscalerBuilder autoscaler(String name) {
    return Autoscalers.autoscaler(name);
  }

  /** A HorizontalPodAutoscaler builder copying {@code existing}. */
  public static AutoscalerBuilder autoscaler(HorizontalPodAutoscaler existing) {
    return Autoscalers.from(existing);
  }

  /** The same as {@link #autoscaler(String)}, named after the kind. */
  public static AutoscalerBuilder horizontalPodAutoscaler(String name) {
    return Autoscalers.autoscaler(name);
  }

  /** A PodDisruptionBudget for the pods of {@code workload}; see {@link DisruptionBudgetBuilder}. */
  public static DisruptionBudgetBuilder disruptionBudget(KubeObject workload) {
    return DisruptionBudgets.disruptionBudget(workload);
  }

  /** A PodDisruptionBudget builder named {@code name}, its pods given with {@code selecting(..)}. */
  public static DisruptionBudgetBuilder disruptionBudget(String name) {
    return DisruptionBudgets.disruptionBudget(name);
  }

  /** A PodDisruptionBudget builder copying {@code existing}. */
  public static DisruptionBudgetBuilder disruptionBudget(PodDisruptionBudget existing) {
    return DisruptionBudgets.from(existing);
  }

  /** The same as {@link #disruptionBudget(String)}, named after the kind. */
  public static DisruptionBudgetBuilder podDisruptionBudget(String name) {
    return DisruptionBudgets.disruptionBudget(name);
  }

  // Containers

  /** A container builder: {@code container("web", "nginx:1.27")}; see {@link ContainerBuilder}. */
  public static ContainerBuilder container(String name, String image) {
    return Containers.container(name, image);
  }

  /** A container builder copying {@code existing}. */
  public static ContainerBuilder container(Container existing) {
    return Containers.from(existing);
  }

  /** An unnamed container port; see {@link Containers#port(int)}. */
  public static ContainerPort port(int containerPort) {
    return Containers.port(containerPort);
  }

  /** A named container port: {@code port(8080, "http")}. */
  public static ContainerPort port(int containerPort, String name) {
    return Containers.port(containerPort, name);
  }

  /** A named container port with a protocol: {@code port(53, "dns", "UDP")}. */
  public static ContainerPort port(int containerPort, String name, String protocol) {
    return Containers.port(containerPort, name, protocol);
  }

  /** A resource quantity, checked: {@code quantity("128Mi")}. */
  public static Quantity quantity(String text) {
    return Containers.quantity(text);
  }

  // Probes

  /** An HTTP GET probe on a named port: {@code httpGet("/healthz", "http")}; see {@link Probes}. */
  public static ProbeBuilder httpGet(String path, String portName) {
    return Probes.httpGet(path, portName);
  }

  /** An HTTP GET probe on a port number. */
  public static ProbeBuilder httpGet(String path, int port) {
    return Probes.httpGet(path, port);
  }

  /** A TCP probe on a named port. */
  public static ProbeBuilder tcpSocket(String portName) {
    return Probes.tcpSocket(portName);
  }

  /** A TCP probe on a port number. */
  public static ProbeBuilder tcpSocket(int port) {
    return Probes.tcpSocket(port);
  }

  /** A command probe: {@code exec("cat", "/tmp/healthy")}. */
  public static ProbeBuilder exec(String... command) {
    return Probes.exec(command);
  }

  /** A gRPC health probe. */
  public static ProbeBuilder grpc(int port) {
    return Probes.grpc(port);
  }

  /** A gRPC health probe of one service. */
  public static ProbeBuilder grpc(int port, String service) {
    return Probes.grpc(port, service);
  }

  // Environment

  /** A variable's value from a ConfigMap key, checked: {@code fromConfigMap(projectId, "project.id")}; see {@link Env}. */
  public static EnvVarSource fromConfigMap(ConfigMap configMap, String key) {
    return Env.fromConfigMap(configMap, key);
  }

  /** A variable's value from a key of a referenced ConfigMap (unchecked when external). */
  public static EnvVarSource fromConfigMap(ConfigMapRef configMap, String key) {
    return Env.fromConfigMap(configMap, key);
  }

  /** A variable's value from a Secret key, checked: {@code fromSecret(apiKey, "key")}. */
  public static EnvVarSource fromSecret(Secret secret, String key) {
    return Env.fromSecret(secret, key);
  }

  /** A variable's value from a key of a referenced Secret (unchecked when external). */
  public static EnvVarSource fromSecret(SecretRef secret, String key) {
    return Env.fromSecret(secret, key);
  }

  /** A variable's value from a pod field: {@code fieldRef("metadata.namespace")}. */
  public static EnvVarSource fieldRef(String fieldPath) {
    return Env.fieldRef(fieldPath);
  }

  /** A variable's value from this container's resources: {@code resourceFieldRef("limits.cpu")}. */
  public static EnvVarSource resourceFieldRef(String resource) {
    return Env.resourceFieldRef(resource);
  }

  /** A variable's value from a container's resources in units of {@code divisor}. */
  public static EnvVarSource resourceFieldRef(String containerName, String resource, String divisor) {
    return Env.resourceFieldRef(containerName, resource, divisor);
  }

  /** Every key of {@code configMap} as a variable. */
  public static EnvFromSource envFrom(ConfigMap configMap) {
    return Env.envFrom(configMap);
  }

  /** Every key of {@code configMap} as a variable, prefixed: {@code envFrom(settings, "APP_")}. */
  public static EnvFromSource envFrom(ConfigMap configMap, String prefix) {
    return Env.envFrom(configMap, prefix);
  }

  /** Every key of a referenced ConfigMap as a variable. */
  public static EnvFromSource envFrom(ConfigMapRef configMap) {
    return Env.envFrom(configMap);
  }

  /** Every key of a referenced ConfigMap as a variable, prefixed. */
  public static EnvFromSource envFrom(ConfigMapRef configMap, String prefix) {
    return Env.envFrom(configMap, prefix);
  }

  /** Every key of {@code secret} as a variable. */
  public static EnvFromSource envFrom(Secret secret) {
    return Env.envFrom(secret);
  }

  /** Every key of {@code secret} as a variable, prefixed. */
  public static EnvFromSource envFrom(Secret secret, String prefix) {
    return Env.envFrom(secret, prefix);
  }

  /** Every key of a referenced Secret as a variable. */
  public static EnvFromSource envFrom(SecretRef secret) {
    return Env.envFrom(secret);
  }

  /** Every key of a referenced Secret as a variable, prefixed. */
  public static EnvFromSource envFrom(SecretRef secret, String prefix) {
    return Env.envFrom(secret, prefix);
  }

  // References

  /** A ConfigMap that lives only in the cluster: {@code configMapRef("shared")}; see {@link ConfigMapRef#external}. */
  public static ConfigMapRef configMapRef(String name) {
    return ConfigMapRef.external(name);
  }

  /** A reference to {@code configMap}, knowing its keys; see {@link ConfigMapRef#to}. */
  public static ConfigMapRef configMapRef(ConfigMap configMap) {
    return ConfigMapRef.to(configMap);
  }

  /** A Secret that lives only in the cluster: {@code secretRef("db-credentials")}; see {@link SecretRef#external}. */
  public static SecretRef secretRef(String name) {
    return SecretRef.external(name);
  }

  /** A reference to {@code secret}, knowing its key names; see {@link SecretRef#to}. */
  public static SecretRef secretRef(Secret secret) {
    return SecretRef.to(secret);
  }

  // Volumes and scheduling

  /** A CPU amount for {@code requests}/{@code limits}: {@code cpu("250m")}; see {@link Cpu#of(String)}. */
  public static Cpu cpu(String amount) {
    return Cpu.of(amount);
  }

  /** A memory amount for {@code requests}/{@code limits}: {@code memory("512Mi")}; see {@link Memory#of(String)}. */
  public static Memory memory(String amount) {
    return Memory.of(amount);
  }

  /** A volume of {@code configMap}'s keys as files: {@code volume("config", projectId)}; see {@link Volumes}. */
  public static Volume volume(String name, ConfigMap configMap) {
    return Volumes.configMap(name, configMap);
  }

  /** A volume of a referenced ConfigMap's keys as files. */
  public static Volume volume(String name, ConfigMapRef configMap) {
    return Volumes.configMap(name, configMap);
  }

  /** A volume of {@code secret}'s keys as files. */
  public static Volume volume(String name, Secret secret) {
    return Volumes.secret(name, secret);
  }

  /** A volume of a referenced Secret's keys as files. */
  public static Volume volume(String name, SecretRef secret) {
    return Volumes.secret(name, secret);
  }

  /** Scratch space living as long as the pod: {@code emptyDir("tmp")}. */
  public static Volume emptyDir(String name) {
    return Volumes.emptyDir(name);
  }

  /** Scratch space of at most {@code sizeLimit}: {@code emptyDir("cache", "1Gi")}. */
  public static Volume emptyDir(String name, String sizeLimit) {
    return Volumes.emptyDir(name, sizeLimit);
  }

  /** A PersistentVolumeClaim as a volume: {@code persistentVolumeClaim("data", "data-claim")}. */
  public static Volume persistentVolumeClaim(String name, String claimName) {
    return Volumes.persistentVolumeClaim(name, claimName);
  }

  /** The claim {@code claim} as a volume of the same name: {@code volume(data)}; see {@link Volumes#claim}. */
  public static Volume volume(PersistentVolumeClaim claim) {
    return Volumes.claim(claim);
  }

  /** The claim {@code claim} as the volume {@code name}: {@code volume("data", dataClaim)}. */
  public static Volume volume(String name, PersistentVolumeClaim claim) {
    return Volumes.claim(name, claim);
  }

  /** Scratch space on {@code medium}: {@code emptyDir("tmp", StorageMedium.MEMORY)}; see {@link Volumes#emptyDir(String, StorageMedium)}. */
  public static Volume emptyDir(String name, StorageMedium medium) {
    return Volumes.emptyDir(name, medium);
  }

  /** Scratch space of at most {@code sizeLimit}: {@code emptyDir("cache", memory("1Gi"))}. */
  public static Volume emptyDir(String name, Memory sizeLimit) {
    return Volumes.emptyDir(name, sizeLimit);
  }

  /** Scratch space on {@code medium} of at most {@code sizeLimit}: {@code emptyDir("cache", MEMORY, memory("1Gi"))}. */
  public static Volume emptyDir(String name, StorageMedium medium, Memory sizeLimit) {
    return Volumes.emptyDir(name, medium, sizeLimit);
  }

  /** Which keys of a ConfigMap or Secret volume, as which files: {@code files().item("a", "a.conf").defaultMode(0440)}. */
  public static VolumeFiles files() {
    return Volumes.files();
  }

  /** The keys of {@code configMap} that {@code files} names as a volume; see {@link Volumes#configMap(String, ConfigMap, VolumeFiles)}. */
  public static Volume volume(String name, ConfigMap configMap, VolumeFiles files) {
    return Volumes.configMap(name, configMap, files);
  }

  /** The keys of {@code secret} that {@code files} names as a volume; see {@link Volumes#secret(String, Secret, VolumeFiles)}. */
  public static Volume volume(String name, Secret secret, VolumeFiles files) {
    return Volumes.secret(name, secret, files);
  }

  /** The node's directory or file {@code path} as a volume: {@code hostPath("logs", "/var/log").type(DIRECTORY)}. */
  public static VolumeBuilder hostPath(String name, String path) {
    return Volumes.hostPath(name, path);
  }

  /** Several sources in one directory: {@code projected("config", Projection.configMap(settings), Projection.secret(tls))}. */
  public static VolumeBuilder projected(String name, Projection... sources) {
    return Volumes.projected(name, sources);
  }

  /** Pod fields and container resources as files: {@code downwardApi("info", DownwardFile.field("labels", "metadata.labels"))}. */
  public static VolumeBuilder downwardApi(String name, DownwardFile... files) {
    return Volumes.downwardApi(name, files);
  }

  /** A volume of the CSI driver {@code driver}: {@code csi("secrets", "secrets-store.csi.k8s.io").readOnly()}. */
  public static VolumeBuilder csi(String name, String driver) {
    return Volumes.csi(name, driver);
  }

  /** A claim made for the pod and deleted with it: {@code ephemeral("scratch", quantity("10Gi"))}. */
  public static VolumeBuilder ephemeral(String name, Quantity storage) {
    return Volumes.ephemeral(name, storage);
  }

  /** A requirement on a node label, for node affinity: {@code nodeLabel("kubernetes.io/arch").in("amd64")}. */
  public static NodeMatch.Key nodeLabel(String key) {
    return NodeMatch.key(key);
  }

  /** A topology spread constraint: {@code spreadAcross(TopologySpread.ZONE).maxSkew(1)}; see {@link TopologySpread}. */
  public static TopologySpread spreadAcross(String topologyKey) {
    return TopologySpread.across(topologyKey);
  }

  /** Tolerates the taint {@code key=value:effect}; see {@link Tolerations#equal}. */
  public static Toleration toleration(String key, String value, String effect) {
    return Tolerations.equal(key, value, effect);
  }

  /** Tolerates any taint with {@code key} and {@code effect}; see {@link Tolerations#exists}. */
  public static Toleration tolerationExists(String key, String effect) {
    return Tolerations.exists(key, effect);
  }

  // Services, configuration, labels, bundles

  /** A Service builder; see {@link ServiceBuilder}. */
  public static ServiceBuilder service(String name) {
    return Services.service(name);
  }

  /** A Service builder copying {@code existing}. */
  public static ServiceBuilder service(Service existing) {
    return Services.from(existing);
  }

  /** An Ingress builder; see {@link IngressBuilder}. */
  public static IngressBuilder ingress(String name) {
    return Networking.ingress(name);
  }

  /** An Ingress builder copying {@code existing}. */
  public static IngressBuilder ingress(Ingress existing) {
    return Networking.from(existing);
  }

  /** A NetworkPolicy builder; see {@link NetworkPolicyBuilder}. */
  public static NetworkPolicyBuilder networkPolicy(String name) {
    return Networking.networkPolicy(name);
  }

  /** A NetworkPolicy builder copying {@code existing}. */
  public static NetworkPolicyBuilder networkPolicy(NetworkPolicy existing) {
    return Networking.from(existing);
  }

  /**
   * A builder of an object of any kind kubeprint does not type, e.g.
   * {@code object("rbac.authorization.k8s.io/v1", "Role", "reader")}; see {@link GenericObjectBuilder}.
   */
  public static GenericObjectBuilder object(String apiVersion, String kind, String name) {
    return new GenericObjectBuilder(apiVersion, kind, name);
  }

  /** A builder copying {@code existing}, an object of a kind kubeprint does not type. */
  public static GenericObjectBuilder object(GenericObject existing) {
    return new GenericObjectBuilder(existing);
  }

  /** A ConfigMap builder; see {@link ConfigMapBuilder}. */
  public static ConfigMapBuilder configMap(String name) {
    return Configs.configMap(name);
  }

  /** A ConfigMap builder copying {@code existing}. */
  public static ConfigMapBuilder configMap(ConfigMap existing) {
    return Configs.from(existing);
  }

  /** A Secret builder; see {@link SecretBuilder}. */
  public static SecretBuilder secret(String name) {
    return Configs.secret(name);
  }

  /** A Secret builder copying {@code existing}. */
  public static SecretBuilder secret(Secret existing) {
    return Configs.from(existing);
  }

  /** A ServiceAccount builder; see {@link ServiceAccountBuilder}. */
  public static ServiceAccountBuilder serviceAccount(String name) {
    return ServiceAccounts.serviceAccount(name);
  }

  /** A ServiceAccount builder copying {@code existing}. */
  public static ServiceAccountBuilder serviceAccount(ServiceAccount existing) {
    return ServiceAccounts.from(existing);
  }

  /** A PersistentVolumeClaim builder: {@code claim("data").storage("10Gi").readWriteOnce()}; see {@link ClaimBuilder}. */
  public static ClaimBuilder claim(String name) {
    return Claims.claim(name);
  }

  /** A PersistentVolumeClaim builder copying {@code existing}. */
  public static ClaimBuilder claim(PersistentVolumeClaim existing) {
    return Claims.from(existing);
  }

  /** One label, to extend with {@code .and(k, v)}: {@code labels("type", "webserver").and("color", "blue")}. */
  public static Labels labels(String key, String value) {
    return Labels.of(key, value);
  }

  /** The objects as a {@link Bundle}, in this order: {@code bundle(projectId, apiKey, blue, web)}. */
  public static Bundle bundle(KubeObject... objects) {
    return Bundle.of(objects);
  }

  /** The objects as a {@link Bundle}, in iteration order. */
  public static Bundle bundle(Collection<? extends KubeObject> objects) {
    return Bundle.of(objects);
  }

  // Releases

  /** A blue-green release builder; see {@link BlueGreen}. */
  public static BlueGreen.Builder blueGreen(String name) {
    return BlueGreen.named(name);
  }

  /** A rolling update with bounds in pods: {@code rollingUpdate(1, 0)}; see {@link Rollout}. */
  public static Rollout rollingUpdate(int maxSurge, int maxUnavailable) {
    return Rollout.rollingUpdate(maxSurge, maxUnavailable);
  }

  /** A rolling update with bounds in percent: {@code rollingUpdate("50%", "0%")}. */
  public static Rollout rollingUpdate(String maxSurge, String maxUnavailable) {
    return Rollout.rollingUpdate(maxSurge, maxUnavailable);
  }

  /** All old pods stop before new ones start; see {@link Rollout#recreate()}. */
  public static Rollout recreate() {
    return Rollout.recreate();
  }

  /** A rolling update that never lowers the ready pods: {@code maxUnavailable: 0}; see {@link Rollout#zeroDowntime()}. */
  public static Rollout zeroDowntime() {
    return Rollout.zeroDowntime();
  }

  /** Marks ConfigMaps and Secrets whose changes roll the pods using them; see {@link RollOnChange}. */
  public static RollOnChange rollOnChange() {
    return RollOnChange.none();
  }

  /** Settings for a whole bundle: namespace, common labels and annotations; see {@link BundleSettings}. */
  public static BundleSettings bundleWide() {
    return BundleSettings.none();
  }

  /** One common label, never put in a selector: {@code commonLabels("team", "web")}; see {@link CommonLabels}. */
  public static CommonLabels commonLabels(String key, String value) {
    return CommonLabels.of(key, value);
  }

  /** The recommended labels, starting with {@code app.kubernetes.io/name}; see {@link CommonLabels#app(String)}. */
  public static CommonLabels appLabels(String name) {
    return CommonLabels.app(name);
  }
}
