package io.kubeprint.render.internal;

import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.JobSpec;
import io.kubeprint.core.batch.JobTemplateSpec;
import io.kubeprint.core.batch.PodFailurePolicy;
import io.kubeprint.core.meta.LabelSelector;
import io.kubeprint.core.meta.LabelSelectorRequirement;
import io.kubeprint.core.meta.Namespace;
import io.kubeprint.core.meta.ObjectMeta;
import io.kubeprint.core.pod.Affinity;
import io.kubeprint.core.pod.Capabilities;
import io.kubeprint.core.pod.ConfigMapEnvSource;
import io.kubeprint.core.pod.ConfigMapKeySelector;
import io.kubeprint.core.pod.ConfigMapVolumeSource;
import io.kubeprint.core.pod.Container;
import io.kubeprint.core.pod.ContainerPort;
import io.kubeprint.core.pod.EmptyDirVolumeSource;
import io.kubeprint.core.pod.EnvFromSource;
import io.kubeprint.core.pod.EnvVar;
import io.kubeprint.core.pod.EnvVarSource;
import io.kubeprint.core.pod.ExecAction;
import io.kubeprint.core.pod.GRPCAction;
import io.kubeprint.core.pod.HTTPGetAction;
import io.kubeprint.core.pod.HTTPHeader;
import io.kubeprint.core.pod.KeyToPath;
import io.kubeprint.core.pod.LocalObjectReference;
import io.kubeprint.core.pod.ObjectFieldSelector;
import io.kubeprint.core.pod.PersistentVolumeClaimVolumeSource;
import io.kubeprint.core.pod.PodDNSConfig;
import io.kubeprint.core.pod.PodDNSConfigOption;
import io.kubeprint.core.pod.PodSecurityContext;
import io.kubeprint.core.pod.PodSpec;
import io.kubeprint.core.pod.PodTemplateSpec;
import io.kubeprint.core.pod.Probe;
import io.kubeprint.core.pod.ResourceFieldSelector;
import io.kubeprint.core.pod.ResourceRequirements;
import io.kubeprint.core.pod.SecretEnvSource;
import io.kubeprint.core.pod.SecretKeySelector;
import io.kubeprint.core.pod.SecretVolumeSource;
import io.kubeprint.core.pod.SecurityContext;
import io.kubeprint.core.pod.TCPSocketAction;
import io.kubeprint.core.pod.Toleration;
import io.kubeprint.core.pod.Volume;
import io.kubeprint.core.pod.VolumeMount;
import io.kubeprint.core.service.ClientIPConfig;
import io.kubeprint.core.service.Service;
import io.kubeprint.core.service.ServicePort;
import io.kubeprint.core.service.ServiceSpec;
import io.kubeprint.core.service.SessionAffinityConfig;
import io.kubeprint.core.workload.Deployment;
import io.kubeprint.core.workload.DeploymentSpec;
import io.kubeprint.core.workload.DeploymentStrategy;
import io.kubeprint.core.workload.Pod;
import io.kubeprint.core.workload.PodTemplate;
import io.kubeprint.core.workload.ReplicaSet;
import io.kubeprint.core.workload.ReplicaSetSpec;
import io.kubeprint.core.workload.RollingUpdateDeployment;

/**
 * Reads each typed kubeprint value from a JSON tree, field for field, with strict types and field paths in
 * errors; every field the value does not type is kept in {@code extra()}. An empty {@code resources},
 * {@code strategy} or {@code securityContext} (as {@code kubectl create --dry-run} prints them) reads as absent;
 * any other empty nested value is kept, since its presence can matter ({@code emptyDir: {}}). ConfigMap and Secret are read in {@link FromTree}.
 */
abstract class FromTreeGenerated {

  static ObjectMeta objectMeta(Node n) {
    ObjectMeta.Builder b = ObjectMeta.builder();
    n.string("name").ifPresent(b::name);
    n.string("namespace").ifPresent(b::namespace);
    b.labels(n.stringMap("labels"));
    b.annotations(n.stringMap("annotations"));
    b.extra(n.rest());
    return b.build();
  }

  static LabelSelector labelSelector(Node n) {
    LabelSelector.Builder b = LabelSelector.builder();
    b.matchLabels(n.stringMap("matchLabels"));
    b.matchExpressions(n.list("matchExpressions", FromTree::labelSelectorRequirement));
    b.extra(n.rest());
    return b.build();
  }

  static LabelSelectorRequirement labelSelectorRequirement(Node n) {
    LabelSelectorRequirement.Builder b = LabelSelectorRequirement.builder();
    n.string("key").ifPresent(b::key);
    n.string("operator").ifPresent(b::operator);
    b.values(n.stringList("values"));
    b.extra(n.rest());
    return b.build();
  }

  static Container container(Node n) {
    Container.Builder b = Container.builder();
    n.string("name").ifPresent(b::name);
    n.string("image").ifPresent(b::image);
    n.string("imagePullPolicy").ifPresent(b::imagePullPolicy);
    b.command(n.stringList("command"));
    b.args(n.stringList("args"));
    n.string("workingDir").ifPresent(b::workingDir);
    b.ports(n.list("ports", FromTree::containerPort));
    b.env(n.list("env", FromTree::envVar));
    b.envFrom(n.list("envFrom", FromTree::envFromSource));
    n.object("resources", FromTree::resourceRequirements).filter(x -> !Empty.is(x)).ifPresent(b::resources);
    n.object("livenessProbe", FromTree::probe).ifPresent(b::livenessProbe);
    n.object("readinessProbe", FromTree::probe).ifPresent(b::readinessProbe);
    n.object("startupProbe", FromTree::probe).ifPresent(b::startupProbe);
    b.volumeMounts(n.list("volumeMounts", FromTree::volumeMount));
    n.object("securityContext", FromTree::securityContext).filter(x -> !Empty.is(x)).ifPresent(b::securityContext);
    n.string("restartPolicy").ifPresent(b::restartPolicy);
    b.extra(n.rest());
    return b.build();
  }

  static ContainerPort containerPort(Node n) {
    ContainerPort.Builder b = ContainerPort.builder();
    n.string("name").ifPresent(b::name);
    n.int32("containerPort").ifPresent(b::containerPort);
    n.string("protocol").ifPresent(b::protocol);
    n.int32("hostPort").ifPresent(b::hostPort);
    n.string("hostIP").ifPresent(b::hostIP);
    b.extra(n.rest());
    return b.build();
  }

  static EnvVar envVar(Node n) {
    EnvVar.Builder b = EnvVar.builder();
    n.string("name").ifPresent(b::name);
    n.string("value").ifPresent(b::value);
    n.object("valueFrom", FromTree::envVarSource).ifPresent(b::valueFrom);
    b.extra(n.rest());
    return b.build();
  }

  static EnvVarSource envVarSource(Node n) {
    EnvVarSource.Builder b = EnvVarSource.builder();
    n.object("configMapKeyRef", FromTree::configMapKeySelector).ifPresent(b::configMapKeyRef);
    n.object("secretKeyRef", FromTree::secretKeySelector).ifPresent(b::secretKeyRef);
    n.object("fieldRef", FromTree::objectFieldSelector).ifPresent(b::fieldRef);
    n.object("resourceFieldRef", FromTree::resourceFieldSelector).ifPresent(b::resourceFieldRef);
    b.extra(n.rest());
    return b.build();
  }

  static ConfigMapKeySelector configMapKeySelector(Node n) {
    ConfigMapKeySelector.Builder b = ConfigMapKeySelector.builder();
    n.string("name").ifPresent(b::name);
    n.string("key").ifPresent(b::key);
    n.bool("optional").ifPresent(b::optional);
    b.extra(n.rest());
    return b.build();
  }

  static SecretKeySelector secretKeySelector(Node n) {
    SecretKeySelector.Builder b = SecretKeySelector.builder();
    n.string("name").ifPresent(b::name);
    n.string("key").ifPresent(b::key);
    n.bool("optional").ifPresent(b::optional);
    b.extra(n.rest());
    return b.build();
  }

  static ObjectFieldSelector objectFieldSelector(Node n) {
    ObjectFieldSelector.Builder b = ObjectFieldSelector.builder();
    n.string("apiVersion").ifPresent(b::apiVersion);
    n.string("fieldPath").ifPresent(b::fieldPath);
    b.extra(n.rest());
    return b.build();
  }

  static ResourceFieldSelector resourceFieldSelector(Node n) {
    ResourceFieldSelector.Builder b = ResourceFieldSelector.builder();
    n.string("containerName").ifPresent(b::containerName);
    n.string("resource").ifPresent(b::resource);
    n.quantity("divisor").ifPresent(b::divisor);
    b.extra(n.rest());
    return b.build();
  }

  static EnvFromSource envFromSource(Node n) {
    EnvFromSource.Builder b = EnvFromSource.builder();
    n.string("prefix").ifPresent(b::prefix);
    n.object("configMapRef", FromTree::configMapEnvSource).ifPresent(b::configMapRef);
    n.object("secretRef", FromTree::secretEnvSource).ifPresent(b::secretRef);
    b.extra(n.rest());
    return b.build();
  }

  static ConfigMapEnvSource configMapEnvSource(Node n) {
    ConfigMapEnvSource.Builder b = ConfigMapEnvSource.builder();
    n.string("name").ifPresent(b::name);
    n.bool("optional").ifPresent(b::optional);
    b.extra(n.rest());
    return b.build();
  }

  static SecretEnvSource secretEnvSource(Node n) {
    SecretEnvSource.Builder b = SecretEnvSource.builder();
    n.string("name").ifPresent(b::name);
    n.bool("optional").ifPresent(b::optional);
    b.extra(n.rest());
    return b.build();
  }

  static ResourceRequirements resourceRequirements(Node n) {
    ResourceRequirements.Builder b = ResourceRequirements.builder();
    b.requests(n.quantityMap("requests"));
    b.limits(n.quantityMap("limits"));
    b.extra(n.rest());
    return b.build();
  }

  static Probe probe(Node n) {
    Probe.Builder b = Probe.builder();
    n.object("exec", FromTree::execAction).ifPresent(b::exec);
    n.object("httpGet", FromTree::httpGetAction).ifPresent(b::httpGet);
    n.object("tcpSocket", FromTree::tcpSocketAction).ifPresent(b::tcpSocket);
    n.object("grpc", FromTree::grpcAction).ifPresent(b::grpc);
    n.int32("initialDelaySeconds").ifPresent(b::initialDelaySeconds);
    n.int32("timeoutSeconds").ifPresent(b::timeoutSeconds);
    n.int32("periodSeconds").ifPresent(b::periodSeconds);
    n.int32("successThreshold").ifPresent(b::successThreshold);
    n.int32("failureThreshold").ifPresent(b::failureThreshold);
    n.int64("terminationGracePeriodSeconds").ifPresent(b::terminationGracePeriodSeconds);
    b.extra(n.rest());
    return b.build();
  }

  static ExecAction execAction(Node n) {
    ExecAction.Builder b = ExecAction.builder();
    b.command(n.stringList("command"));
    b.extra(n.rest());
    return b.build();
  }

  static HTTPGetAction httpGetAction(Node n) {
    HTTPGetAction.Builder b = HTTPGetAction.builder();
    n.string("path").ifPresent(b::path);
    n.intOrString("port").ifPresent(b::port);
    n.string("host").ifPresent(b::host);
    n.string("scheme").ifPresent(b::scheme);
    b.httpHeaders(n.list("httpHeaders", FromTree::httpHeader));
    b.extra(n.rest());
    return b.build();
  }

  static HTTPHeader httpHeader(Node n) {
    HTTPHeader.Builder b = HTTPHeader.builder();
    n.string("name").ifPresent(b::name);
    n.string("value").ifPresent(b::value);
    b.extra(n.rest());
    return b.build();
  }

  static TCPSocketAction tcpSocketAction(Node n) {
    TCPSocketAction.Builder b = TCPSocketAction.builder();
    n.intOrString("port").ifPresent(b::port);
    n.string("host").ifPresent(b::host);
    b.extra(n.rest());
    return b.build();
  }

  static GRPCAction grpcAction(Node n) {
    GRPCAction.Builder b = GRPCAction.builder();
    n.int32("port").ifPresent(b::port);
    n.string("service").ifPresent(b::service);
    b.extra(n.rest());
    return b.build();
  }

  static VolumeMount volumeMount(Node n) {
    VolumeMount.Builder b = VolumeMount.builder();
    n.string("name").ifPresent(b::name);
    n.string("mountPath").ifPresent(b::mountPath);
    n.string("subPath").ifPresent(b::subPath);
    n.bool("readOnly").ifPresent(b::readOnly);
    b.extra(n.rest());
    return b.build();
  }

  static SecurityContext securityContext(Node n) {
    SecurityContext.Builder b = SecurityContext.builder();
    n.int64("runAsUser").ifPresent(b::runAsUser);
    n.int64("runAsGroup").ifPresent(b::runAsGroup);
    n.bool("runAsNonRoot").ifPresent(b::runAsNonRoot);
    n.bool("readOnlyRootFilesystem").ifPresent(b::readOnlyRootFilesystem);
    n.bool("allowPrivilegeEscalation").ifPresent(b::allowPrivilegeEscalation);
    n.bool("privileged").ifPresent(b::privileged);
    n.object("capabilities", FromTree::capabilities).ifPresent(b::capabilities);
    b.extra(n.rest());
    return b.build();
  }

  static Capabilities capabilities(Node n) {
    Capabilities.Builder b = Capabilities.builder();
    b.add(n.stringList("add"));
    b.drop(n.stringList("drop"));
    b.extra(n.rest());
    return b.build();
  }

  static Volume volume(Node n) {
    Volume.Builder b = Volume.builder();
    n.string("name").ifPresent(b::name);
    n.object("configMap", FromTree::configMapVolumeSource).ifPresent(b::configMap);
    n.object("secret", FromTree::secretVolumeSource).ifPresent(b::secret);
    n.object("emptyDir", FromTree::emptyDirVolumeSource).ifPresent(b::emptyDir);
    n.object("persistentVolumeClaim", FromTree::persistentVolumeClaimVolumeSource).ifPresent(b::persistentVolumeClaim);
    b.extra(n.rest());
    return b.build();
  }

  static ConfigMapVolumeSource configMapVolumeSource(Node n) {
    ConfigMapVolumeSource.Builder b = ConfigMapVolumeSource.builder();
    n.string("name").ifPresent(b::name);
    b.items(n.list("items", FromTree::keyToPath));
    n.int32("defaultMode").ifPresent(b::defaultMode);
    n.bool("optional").ifPresent(b::optional);
    b.extra(n.rest());
    return b.build();
  }

  static SecretVolumeSource secretVolumeSource(Node n) {
    SecretVolumeSource.Builder b = SecretVolumeSource.builder();
    n.string("secretName").ifPresent(b::secretName);
    b.items(n.list("items", FromTree::keyToPath));
    n.int32("defaultMode").ifPresent(b::defaultMode);
    n.bool("optional").ifPresent(b::optional);
    b.extra(n.rest());
    return b.build();
  }

  static KeyToPath keyToPath(Node n) {
    KeyToPath.Builder b = KeyToPath.builder();
    n.string("key").ifPresent(b::key);
    n.string("path").ifPresent(b::path);
    n.int32("mode").ifPresent(b::mode);
    b.extra(n.rest());
    return b.build();
  }

  static EmptyDirVolumeSource emptyDirVolumeSource(Node n) {
    EmptyDirVolumeSource.Builder b = EmptyDirVolumeSource.builder();
    n.string("medium").ifPresent(b::medium);
    n.quantity("sizeLimit").ifPresent(b::sizeLimit);
    b.extra(n.rest());
    return b.build();
  }

  static PersistentVolumeClaimVolumeSource persistentVolumeClaimVolumeSource(Node n) {
    PersistentVolumeClaimVolumeSource.Builder b = PersistentVolumeClaimVolumeSource.builder();
    n.string("claimName").ifPresent(b::claimName);
    n.bool("readOnly").ifPresent(b::readOnly);
    b.extra(n.rest());
    return b.build();
  }

  static PodSpec podSpec(Node n) {
    PodSpec.Builder b = PodSpec.builder();
    b.containers(n.list("containers", FromTree::container));
    b.initContainers(n.list("initContainers", FromTree::container));
    b.volumes(n.list("volumes", FromTree::volume));
    n.string("restartPolicy").ifPresent(b::restartPolicy);
    n.string("serviceAccountName").ifPresent(b::serviceAccountName);
    b.nodeSelector(n.stringMap("nodeSelector"));
    b.tolerations(n.list("tolerations", FromTree::toleration));
    n.object("affinity", FromTree::affinity).ifPresent(b::affinity);
    n.string("dnsPolicy").ifPresent(b::dnsPolicy);
    n.object("dnsConfig", FromTree::podDnsConfig).ifPresent(b::dnsConfig);
    n.bool("hostNetwork").ifPresent(b::hostNetwork);
    n.string("hostname").ifPresent(b::hostname);
    n.object("securityContext", FromTree::podSecurityContext).filter(x -> !Empty.is(x)).ifPresent(b::securityContext);
    n.int64("terminationGracePeriodSeconds").ifPresent(b::terminationGracePeriodSeconds);
    n.int64("activeDeadlineSeconds").ifPresent(b::activeDeadlineSeconds);
    n.string("priorityClassName").ifPresent(b::priorityClassName);
    b.imagePullSecrets(n.list("imagePullSecrets", FromTree::localObjectReference));
    b.extra(n.rest());
    return b.build();
  }

  static Toleration toleration(Node n) {
    Toleration.Builder b = Toleration.builder();
    n.string("key").ifPresent(b::key);
    n.string("operator").ifPresent(b::operator);
    n.string("value").ifPresent(b::value);
    n.string("effect").ifPresent(b::effect);
    n.int64("tolerationSeconds").ifPresent(b::tolerationSeconds);
    b.extra(n.rest());
    return b.build();
  }

  static Affinity affinity(Node n) {
    Affinity.Builder b = Affinity.builder();
    n.fields("nodeAffinity").ifPresent(b::nodeAffinity);
    n.fields("podAffinity").ifPresent(b::podAffinity);
    n.fields("podAntiAffinity").ifPresent(b::podAntiAffinity);
    b.extra(n.rest());
    return b.build();
  }

  static PodDNSConfig podDnsConfig(Node n) {
    PodDNSConfig.Builder b = PodDNSConfig.builder();
    b.nameservers(n.stringList("nameservers"));
    b.searches(n.stringList("searches"));
    b.options(n.list("options", FromTree::podDnsConfigOption));
    b.extra(n.rest());
    return b.build();
  }

  static PodDNSConfigOption podDnsConfigOption(Node n) {
    PodDNSConfigOption.Builder b = PodDNSConfigOption.builder();
    n.string("name").ifPresent(b::name);
    n.string("value").ifPresent(b::value);
    b.extra(n.rest());
    return b.build();
  }

  static PodSecurityContext podSecurityContext(Node n) {
    PodSecurityContext.Builder b = PodSecurityContext.builder();
    n.int64("runAsUser").ifPresent(b::runAsUser);
    n.int64("runAsGroup").ifPresent(b::runAsGroup);
    n.bool("runAsNonRoot").ifPresent(b::runAsNonRoot);
    n.int64("fsGroup").ifPresent(b::fsGroup);
    b.supplementalGroups(n.int64List("supplementalGroups"));
    b.extra(n.rest());
    return b.build();
  }

  static LocalObjectReference localObjectReference(Node n) {
    LocalObjectReference.Builder b = LocalObjectReference.builder();
    n.string("name").ifPresent(b::name);
    b.extra(n.rest());
    return b.build();
  }

  static PodTemplateSpec podTemplateSpec(Node n) {
    PodTemplateSpec.Builder b = PodTemplateSpec.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("spec", FromTree::podSpec).ifPresent(b::spec);
    b.extra(n.rest());
    return b.build();
  }

  static Pod pod(Node n) {
    Pod.Builder b = Pod.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("spec", FromTree::podSpec).ifPresent(b::spec);
    b.extra(n.rest());
    return b.build();
  }

  static PodTemplate podTemplate(Node n) {
    PodTemplate.Builder b = PodTemplate.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("template", FromTree::podTemplateSpec).ifPresent(b::template);
    b.extra(n.rest());
    return b.build();
  }

  static ReplicaSet replicaSet(Node n) {
    ReplicaSet.Builder b = ReplicaSet.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("spec", FromTree::replicaSetSpec).ifPresent(b::spec);
    b.extra(n.rest());
    return b.build();
  }

  static ReplicaSetSpec replicaSetSpec(Node n) {
    ReplicaSetSpec.Builder b = ReplicaSetSpec.builder();
    n.int32("replicas").ifPresent(b::replicas);
    n.int32("minReadySeconds").ifPresent(b::minReadySeconds);
    n.object("selector", FromTree::labelSelector).ifPresent(b::selector);
    n.object("template", FromTree::podTemplateSpec).ifPresent(b::template);
    b.extra(n.rest());
    return b.build();
  }

  static Deployment deployment(Node n) {
    Deployment.Builder b = Deployment.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("spec", FromTree::deploymentSpec).ifPresent(b::spec);
    b.extra(n.rest());
    return b.build();
  }

  static DeploymentSpec deploymentSpec(Node n) {
    DeploymentSpec.Builder b = DeploymentSpec.builder();
    n.int32("replicas").ifPresent(b::replicas);
    n.object("selector", FromTree::labelSelector).ifPresent(b::selector);
    n.object("template", FromTree::podTemplateSpec).ifPresent(b::template);
    n.object("strategy", FromTree::deploymentStrategy).filter(x -> !Empty.is(x)).ifPresent(b::strategy);
    n.int32("minReadySeconds").ifPresent(b::minReadySeconds);
    n.int32("revisionHistoryLimit").ifPresent(b::revisionHistoryLimit);
    n.int32("progressDeadlineSeconds").ifPresent(b::progressDeadlineSeconds);
    n.bool("paused").ifPresent(b::paused);
    b.extra(n.rest());
    return b.build();
  }

  static DeploymentStrategy deploymentStrategy(Node n) {
    DeploymentStrategy.Builder b = DeploymentStrategy.builder();
    n.string("type").ifPresent(b::type);
    n.object("rollingUpdate", FromTree::rollingUpdateDeployment).ifPresent(b::rollingUpdate);
    b.extra(n.rest());
    return b.build();
  }

  static RollingUpdateDeployment rollingUpdateDeployment(Node n) {
    RollingUpdateDeployment.Builder b = RollingUpdateDeployment.builder();
    n.intOrString("maxUnavailable").ifPresent(b::maxUnavailable);
    n.intOrString("maxSurge").ifPresent(b::maxSurge);
    b.extra(n.rest());
    return b.build();
  }

  static Service service(Node n) {
    Service.Builder b = Service.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("spec", FromTree::serviceSpec).ifPresent(b::spec);
    b.extra(n.rest());
    return b.build();
  }

  static ServiceSpec serviceSpec(Node n) {
    ServiceSpec.Builder b = ServiceSpec.builder();
    n.string("type").ifPresent(b::type);
    b.selector(n.stringMap("selector"));
    b.ports(n.list("ports", FromTree::servicePort));
    n.string("clusterIP").ifPresent(b::clusterIP);
    b.externalIPs(n.stringList("externalIPs"));
    n.string("externalName").ifPresent(b::externalName);
    b.loadBalancerSourceRanges(n.stringList("loadBalancerSourceRanges"));
    n.string("sessionAffinity").ifPresent(b::sessionAffinity);
    n.object("sessionAffinityConfig", FromTree::sessionAffinityConfig).ifPresent(b::sessionAffinityConfig);
    n.string("externalTrafficPolicy").ifPresent(b::externalTrafficPolicy);
    b.extra(n.rest());
    return b.build();
  }

  static ServicePort servicePort(Node n) {
    ServicePort.Builder b = ServicePort.builder();
    n.string("name").ifPresent(b::name);
    n.string("protocol").ifPresent(b::protocol);
    n.string("appProtocol").ifPresent(b::appProtocol);
    n.int32("port").ifPresent(b::port);
    n.intOrString("targetPort").ifPresent(b::targetPort);
    n.int32("nodePort").ifPresent(b::nodePort);
    b.extra(n.rest());
    return b.build();
  }

  static SessionAffinityConfig sessionAffinityConfig(Node n) {
    SessionAffinityConfig.Builder b = SessionAffinityConfig.builder();
    n.object("clientIP", FromTree::clientIpConfig).ifPresent(b::clientIP);
    b.extra(n.rest());
    return b.build();
  }

  static ClientIPConfig clientIpConfig(Node n) {
    ClientIPConfig.Builder b = ClientIPConfig.builder();
    n.int32("timeoutSeconds").ifPresent(b::timeoutSeconds);
    b.extra(n.rest());
    return b.build();
  }

  static Namespace namespace(Node n) {
    Namespace.Builder b = Namespace.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    b.extra(n.rest());
    return b.build();
  }

  static CronJob cronJob(Node n) {
    CronJob.Builder b = CronJob.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("spec", FromTree::cronJobSpec).ifPresent(b::spec);
    b.extra(n.rest());
    return b.build();
  }

  static CronJobSpec cronJobSpec(Node n) {
    CronJobSpec.Builder b = CronJobSpec.builder();
    n.string("schedule").ifPresent(b::schedule);
    n.string("timeZone").ifPresent(b::timeZone);
    n.string("concurrencyPolicy").ifPresent(b::concurrencyPolicy);
    n.bool("suspend").ifPresent(b::suspend);
    n.int64("startingDeadlineSeconds").ifPresent(b::startingDeadlineSeconds);
    n.int32("successfulJobsHistoryLimit").ifPresent(b::successfulJobsHistoryLimit);
    n.int32("failedJobsHistoryLimit").ifPresent(b::failedJobsHistoryLimit);
    n.object("jobTemplate", FromTree::jobTemplateSpec).ifPresent(b::jobTemplate);
    b.extra(n.rest());
    return b.build();
  }

  static JobTemplateSpec jobTemplateSpec(Node n) {
    JobTemplateSpec.Builder b = JobTemplateSpec.builder();
    n.object("metadata", FromTree::objectMeta).ifPresent(b::metadata);
    n.object("spec", FromTree::jobSpec).ifPresent(b::spec);
    b.extra(n.rest());
    return b.build();
  }

  static JobSpec jobSpec(Node n) {
    JobSpec.Builder b = JobSpec.builder();
    n.int32("parallelism").ifPresent(b::parallelism);
    n.int32("completions").ifPresent(b::completions);
    n.string("completionMode").ifPresent(b::completionMode);
    n.int32("backoffLimit").ifPresent(b::backoffLimit);
    n.int64("activeDeadlineSeconds").ifPresent(b::activeDeadlineSeconds);
    n.int32("ttlSecondsAfterFinished").ifPresent(b::ttlSecondsAfterFinished);
    n.object("podFailurePolicy", FromTree::podFailurePolicy).ifPresent(b::podFailurePolicy);
    n.object("template", FromTree::podTemplateSpec).ifPresent(b::template);
    b.extra(n.rest());
    return b.build();
  }

  static PodFailurePolicy podFailurePolicy(Node n) {
    PodFailurePolicy.Builder b = PodFailurePolicy.builder();
    b.rules(n.fieldsList("rules"));
    b.extra(n.rest());
    return b.build();
  }
}
