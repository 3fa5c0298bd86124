package io.kubeprint.render.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The canonical tree of each typed kubeprint value, field for field as {@link ToFabric8Generated} maps it to
 * fabric8 and Jackson then serializes it (no nulls, no empty typed lists or maps, an empty {@code resources},
 * {@code strategy} or {@code securityContext} left out, any other empty nested value kept as {@code {}}), but built directly: every object's keys sorted, untyped fields
 * ({@code extra()}) beside the typed ones. Derived from {@code ToFabric8Generated.java} line by line (the
 * JSON name of a field is its accessor's, kubeprint's model using the Kubernetes names); ToTreeTest checks
 * that both give the same trees. ConfigMap and Secret are mapped in {@link ToTree}.
 */
abstract class ToTreeGenerated extends TreeSupport {

  static ObjectNode objectMeta(ObjectMeta v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.namespace().ifPresent(x -> f.put("namespace", x));
    if (!v.labels().isEmpty()) {
      f.set("labels", strings(v.labels()));
    }
    if (!v.annotations().isEmpty()) {
      f.set("annotations", strings(v.annotations()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode labelSelector(LabelSelector v) {
    ObjectNode f = object();
    if (!v.matchLabels().isEmpty()) {
      f.set("matchLabels", strings(v.matchLabels()));
    }
    if (!v.matchExpressions().isEmpty()) {
      f.set("matchExpressions", list(v.matchExpressions(), ToTree::labelSelectorRequirement));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode labelSelectorRequirement(LabelSelectorRequirement v) {
    ObjectNode f = object();
    v.key().ifPresent(x -> f.put("key", x));
    v.operator().ifPresent(x -> f.put("operator", x));
    if (!v.values().isEmpty()) {
      f.set("values", scalars(v.values()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode container(Container v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.image().ifPresent(x -> f.put("image", x));
    v.imagePullPolicy().ifPresent(x -> f.put("imagePullPolicy", x));
    if (!v.command().isEmpty()) {
      f.set("command", scalars(v.command()));
    }
    if (!v.args().isEmpty()) {
      f.set("args", scalars(v.args()));
    }
    v.workingDir().ifPresent(x -> f.put("workingDir", x));
    if (!v.ports().isEmpty()) {
      f.set("ports", list(v.ports(), ToTree::containerPort));
    }
    if (!v.env().isEmpty()) {
      f.set("env", list(v.env(), ToTree::envVar));
    }
    if (!v.envFrom().isEmpty()) {
      f.set("envFrom", list(v.envFrom(), ToTree::envFromSource));
    }
    v.resources().filter(x -> !Empty.is(x)).map(ToTree::resourceRequirements).ifPresent(x -> f.set("resources", x));
    v.livenessProbe().map(ToTree::probe).ifPresent(x -> f.set("livenessProbe", x));
    v.readinessProbe().map(ToTree::probe).ifPresent(x -> f.set("readinessProbe", x));
    v.startupProbe().map(ToTree::probe).ifPresent(x -> f.set("startupProbe", x));
    if (!v.volumeMounts().isEmpty()) {
      f.set("volumeMounts", list(v.volumeMounts(), ToTree::volumeMount));
    }
    v.securityContext().filter(x -> !Empty.is(x)).map(ToTree::securityContext).ifPresent(x -> f.set("securityContext", x));
    v.restartPolicy().ifPresent(x -> f.put("restartPolicy", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode containerPort(ContainerPort v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.containerPort().ifPresent(x -> f.put("containerPort", x));
    v.protocol().ifPresent(x -> f.put("protocol", x));
    v.hostPort().ifPresent(x -> f.put("hostPort", x));
    v.hostIP().ifPresent(x -> f.put("hostIP", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode envVar(EnvVar v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.value().ifPresent(x -> f.put("value", x));
    v.valueFrom().map(ToTree::envVarSource).ifPresent(x -> f.set("valueFrom", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode envVarSource(EnvVarSource v) {
    ObjectNode f = object();
    v.configMapKeyRef().map(ToTree::configMapKeySelector).ifPresent(x -> f.set("configMapKeyRef", x));
    v.secretKeyRef().map(ToTree::secretKeySelector).ifPresent(x -> f.set("secretKeyRef", x));
    v.fieldRef().map(ToTree::objectFieldSelector).ifPresent(x -> f.set("fieldRef", x));
    v.resourceFieldRef().map(ToTree::resourceFieldSelector).ifPresent(x -> f.set("resourceFieldRef", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode configMapKeySelector(ConfigMapKeySelector v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.key().ifPresent(x -> f.put("key", x));
    v.optional().ifPresent(x -> f.put("optional", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode secretKeySelector(SecretKeySelector v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.key().ifPresent(x -> f.put("key", x));
    v.optional().ifPresent(x -> f.put("optional", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode objectFieldSelector(ObjectFieldSelector v) {
    ObjectNode f = object();
    v.apiVersion().ifPresent(x -> f.put("apiVersion", x));
    v.fieldPath().ifPresent(x -> f.put("fieldPath", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode resourceFieldSelector(ResourceFieldSelector v) {
    ObjectNode f = object();
    v.containerName().ifPresent(x -> f.put("containerName", x));
    v.resource().ifPresent(x -> f.put("resource", x));
    v.divisor().map(ToTree::quantity).ifPresent(x -> f.set("divisor", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode envFromSource(EnvFromSource v) {
    ObjectNode f = object();
    v.prefix().ifPresent(x -> f.put("prefix", x));
    v.configMapRef().map(ToTree::configMapEnvSource).ifPresent(x -> f.set("configMapRef", x));
    v.secretRef().map(ToTree::secretEnvSource).ifPresent(x -> f.set("secretRef", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode configMapEnvSource(ConfigMapEnvSource v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.optional().ifPresent(x -> f.put("optional", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode secretEnvSource(SecretEnvSource v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.optional().ifPresent(x -> f.put("optional", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode resourceRequirements(ResourceRequirements v) {
    ObjectNode f = object();
    if (!v.requests().isEmpty()) {
      f.set("requests", quantities(v.requests()));
    }
    if (!v.limits().isEmpty()) {
      f.set("limits", quantities(v.limits()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode probe(Probe v) {
    ObjectNode f = object();
    v.exec().map(ToTree::execAction).ifPresent(x -> f.set("exec", x));
    v.httpGet().map(ToTree::httpGetAction).ifPresent(x -> f.set("httpGet", x));
    v.tcpSocket().map(ToTree::tcpSocketAction).ifPresent(x -> f.set("tcpSocket", x));
    v.grpc().map(ToTree::grpcAction).ifPresent(x -> f.set("grpc", x));
    v.initialDelaySeconds().ifPresent(x -> f.put("initialDelaySeconds", x));
    v.timeoutSeconds().ifPresent(x -> f.put("timeoutSeconds", x));
    v.periodSeconds().ifPresent(x -> f.put("periodSeconds", x));
    v.successThreshold().ifPresent(x -> f.put("successThreshold", x));
    v.failureThreshold().ifPresent(x -> f.put("failureThreshold", x));
    v.terminationGracePeriodSeconds().ifPresent(x -> f.put("terminationGracePeriodSeconds", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode execAction(ExecAction v) {
    ObjectNode f = object();
    if (!v.command().isEmpty()) {
      f.set("command", scalars(v.command()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode httpGetAction(HTTPGetAction v) {
    ObjectNode f = object();
    v.path().ifPresent(x -> f.put("path", x));
    v.port().map(ToTree::intOrString).ifPresent(x -> f.set("port", x));
    v.host().ifPresent(x -> f.put("host", x));
    v.scheme().ifPresent(x -> f.put("scheme", x));
    if (!v.httpHeaders().isEmpty()) {
      f.set("httpHeaders", list(v.httpHeaders(), ToTree::httpHeader));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode httpHeader(HTTPHeader v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.value().ifPresent(x -> f.put("value", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode tcpSocketAction(TCPSocketAction v) {
    ObjectNode f = object();
    v.port().map(ToTree::intOrString).ifPresent(x -> f.set("port", x));
    v.host().ifPresent(x -> f.put("host", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode grpcAction(GRPCAction v) {
    ObjectNode f = object();
    v.port().ifPresent(x -> f.put("port", x));
    v.service().ifPresent(x -> f.put("service", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode volumeMount(VolumeMount v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.mountPath().ifPresent(x -> f.put("mountPath", x));
    v.subPath().ifPresent(x -> f.put("subPath", x));
    v.readOnly().ifPresent(x -> f.put("readOnly", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode securityContext(SecurityContext v) {
    ObjectNode f = object();
    v.runAsUser().ifPresent(x -> f.put("runAsUser", x));
    v.runAsGroup().ifPresent(x -> f.put("runAsGroup", x));
    v.runAsNonRoot().ifPresent(x -> f.put("runAsNonRoot", x));
    v.readOnlyRootFilesystem().ifPresent(x -> f.put("readOnlyRootFilesystem", x));
    v.allowPrivilegeEscalation().ifPresent(x -> f.put("allowPrivilegeEscalation", x));
    v.privileged().ifPresent(x -> f.put("privileged", x));
    v.capabilities().map(ToTree::capabilities).ifPresent(x -> f.set("capabilities", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode capabilities(Capabilities v) {
    ObjectNode f = object();
    if (!v.add().isEmpty()) {
      f.set("add", scalars(v.add()));
    }
    if (!v.drop().isEmpty()) {
      f.set("drop", scalars(v.drop()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode volume(Volume v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.configMap().map(ToTree::configMapVolumeSource).ifPresent(x -> f.set("configMap", x));
    v.secret().map(ToTree::secretVolumeSource).ifPresent(x -> f.set("secret", x));
    v.emptyDir().map(ToTree::emptyDirVolumeSource).ifPresent(x -> f.set("emptyDir", x));
    v.persistentVolumeClaim().map(ToTree::persistentVolumeClaimVolumeSource).ifPresent(x -> f.set("persistentVolumeClaim", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode configMapVolumeSource(ConfigMapVolumeSource v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    if (!v.items().isEmpty()) {
      f.set("items", list(v.items(), ToTree::keyToPath));
    }
    v.defaultMode().ifPresent(x -> f.put("defaultMode", x));
    v.optional().ifPresent(x -> f.put("optional", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode secretVolumeSource(SecretVolumeSource v) {
    ObjectNode f = object();
    v.secretName().ifPresent(x -> f.put("secretName", x));
    if (!v.items().isEmpty()) {
      f.set("items", list(v.items(), ToTree::keyToPath));
    }
    v.defaultMode().ifPresent(x -> f.put("defaultMode", x));
    v.optional().ifPresent(x -> f.put("optional", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode keyToPath(KeyToPath v) {
    ObjectNode f = object();
    v.key().ifPresent(x -> f.put("key", x));
    v.path().ifPresent(x -> f.put("path", x));
    v.mode().ifPresent(x -> f.put("mode", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode emptyDirVolumeSource(EmptyDirVolumeSource v) {
    ObjectNode f = object();
    v.medium().ifPresent(x -> f.put("medium", x));
    v.sizeLimit().map(ToTree::quantity).ifPresent(x -> f.set("sizeLimit", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode persistentVolumeClaimVolumeSource(PersistentVolumeClaimVolumeSource v) {
    ObjectNode f = object();
    v.claimName().ifPresent(x -> f.put("claimName", x));
    v.readOnly().ifPresent(x -> f.put("readOnly", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode podSpec(PodSpec v) {
    ObjectNode f = object();
    if (!v.containers().isEmpty()) {
      f.set("containers", list(v.containers(), ToTree::container));
    }
    if (!v.initContainers().isEmpty()) {
      f.set("initContainers", list(v.initContainers(), ToTree::container));
    }
    if (!v.volumes().isEmpty()) {
      f.set("volumes", list(v.volumes(), ToTree::volume));
    }
    v.restartPolicy().ifPresent(x -> f.put("restartPolicy", x));
    v.serviceAccountName().ifPresent(x -> f.put("serviceAccountName", x));
    if (!v.nodeSelector().isEmpty()) {
      f.set("nodeSelector", strings(v.nodeSelector()));
    }
    if (!v.tolerations().isEmpty()) {
      f.set("tolerations", list(v.tolerations(), ToTree::toleration));
    }
    v.affinity().map(ToTree::affinity).ifPresent(x -> f.set("affinity", x));
    v.dnsPolicy().ifPresent(x -> f.put("dnsPolicy", x));
    v.dnsConfig().map(ToTree::podDnsConfig).ifPresent(x -> f.set("dnsConfig", x));
    v.hostNetwork().ifPresent(x -> f.put("hostNetwork", x));
    v.hostname().ifPresent(x -> f.put("hostname", x));
    v.securityContext().filter(x -> !Empty.is(x)).map(ToTree::podSecurityContext).ifPresent(x -> f.set("securityContext", x));
    v.terminationGracePeriodSeconds().ifPresent(x -> f.put("terminationGracePeriodSeconds", x));
    v.activeDeadlineSeconds().ifPresent(x -> f.put("activeDeadlineSeconds", x));
    v.priorityClassName().ifPresent(x -> f.put("priorityClassName", x));
    if (!v.imagePullSecrets().isEmpty()) {
      f.set("imagePullSecrets", list(v.imagePullSecrets(), ToTree::localObjectReference));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode toleration(Toleration v) {
    ObjectNode f = object();
    v.key().ifPresent(x -> f.put("key", x));
    v.operator().ifPresent(x -> f.put("operator", x));
    v.value().ifPresent(x -> f.put("value", x));
    v.effect().ifPresent(x -> f.put("effect", x));
    v.tolerationSeconds().ifPresent(x -> f.put("tolerationSeconds", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode affinity(Affinity v) {
    ObjectNode f = object();
    v.nodeAffinity().ifPresent(x -> f.set("nodeAffinity", untyped(x.asMap())));
    v.podAffinity().ifPresent(x -> f.set("podAffinity", untyped(x.asMap())));
    v.podAntiAffinity().ifPresent(x -> f.set("podAntiAffinity", untyped(x.asMap())));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode podDnsConfig(PodDNSConfig v) {
    ObjectNode f = object();
    if (!v.nameservers().isEmpty()) {
      f.set("nameservers", scalars(v.nameservers()));
    }
    if (!v.searches().isEmpty()) {
      f.set("searches", scalars(v.searches()));
    }
    if (!v.options().isEmpty()) {
      f.set("options", list(v.options(), ToTree::podDnsConfigOption));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode podDnsConfigOption(PodDNSConfigOption v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.value().ifPresent(x -> f.put("value", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode podSecurityContext(PodSecurityContext v) {
    ObjectNode f = object();
    v.runAsUser().ifPresent(x -> f.put("runAsUser", x));
    v.runAsGroup().ifPresent(x -> f.put("runAsGroup", x));
    v.runAsNonRoot().ifPresent(x -> f.put("runAsNonRoot", x));
    v.fsGroup().ifPresent(x -> f.put("fsGroup", x));
    if (!v.supplementalGroups().isEmpty()) {
      f.set("supplementalGroups", scalars(v.supplementalGroups()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode localObjectReference(LocalObjectReference v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode podTemplateSpec(PodTemplateSpec v) {
    ObjectNode f = object();
    if (!Empty.is(v.metadata())) {
      f.set("metadata", objectMeta(v.metadata()));
    }
    if (!Empty.is(v.spec())) {
      f.set("spec", podSpec(v.spec()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode pod(Pod v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    f.set("spec", podSpec(v.spec()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode podTemplate(PodTemplate v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    f.set("template", podTemplateSpec(v.template()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode replicaSet(ReplicaSet v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    f.set("spec", replicaSetSpec(v.spec()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode replicaSetSpec(ReplicaSetSpec v) {
    ObjectNode f = object();
    v.replicas().ifPresent(x -> f.put("replicas", x));
    v.minReadySeconds().ifPresent(x -> f.put("minReadySeconds", x));
    v.selector().map(ToTree::labelSelector).ifPresent(x -> f.set("selector", x));
    if (!Empty.is(v.template())) {
      f.set("template", podTemplateSpec(v.template()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode deployment(Deployment v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    f.set("spec", deploymentSpec(v.spec()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode deploymentSpec(DeploymentSpec v) {
    ObjectNode f = object();
    v.replicas().ifPresent(x -> f.put("replicas", x));
    v.selector().map(ToTree::labelSelector).ifPresent(x -> f.set("selector", x));
    if (!Empty.is(v.template())) {
      f.set("template", podTemplateSpec(v.template()));
    }
    v.strategy().filter(x -> !Empty.is(x)).map(ToTree::deploymentStrategy).ifPresent(x -> f.set("strategy", x));
    v.minReadySeconds().ifPresent(x -> f.put("minReadySeconds", x));
    v.revisionHistoryLimit().ifPresent(x -> f.put("revisionHistoryLimit", x));
    v.progressDeadlineSeconds().ifPresent(x -> f.put("progressDeadlineSeconds", x));
    v.paused().ifPresent(x -> f.put("paused", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode deploymentStrategy(DeploymentStrategy v) {
    ObjectNode f = object();
    v.type().ifPresent(x -> f.put("type", x));
    v.rollingUpdate().map(ToTree::rollingUpdateDeployment).ifPresent(x -> f.set("rollingUpdate", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode rollingUpdateDeployment(RollingUpdateDeployment v) {
    ObjectNode f = object();
    v.maxUnavailable().map(ToTree::intOrString).ifPresent(x -> f.set("maxUnavailable", x));
    v.maxSurge().map(ToTree::intOrString).ifPresent(x -> f.set("maxSurge", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode service(Service v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    f.set("spec", serviceSpec(v.spec()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode serviceSpec(ServiceSpec v) {
    ObjectNode f = object();
    v.type().ifPresent(x -> f.put("type", x));
    if (!v.selector().isEmpty()) {
      f.set("selector", strings(v.selector()));
    }
    if (!v.ports().isEmpty()) {
      f.set("ports", list(v.ports(), ToTree::servicePort));
    }
    v.clusterIP().ifPresent(x -> f.put("clusterIP", x));
    if (!v.externalIPs().isEmpty()) {
      f.set("externalIPs", scalars(v.externalIPs()));
    }
    v.externalName().ifPresent(x -> f.put("externalName", x));
    if (!v.loadBalancerSourceRanges().isEmpty()) {
      f.set("loadBalancerSourceRanges", scalars(v.loadBalancerSourceRanges()));
    }
    v.sessionAffinity().ifPresent(x -> f.put("sessionAffinity", x));
    v.sessionAffinityConfig().map(ToTree::sessionAffinityConfig).ifPresent(x -> f.set("sessionAffinityConfig", x));
    v.externalTrafficPolicy().ifPresent(x -> f.put("externalTrafficPolicy", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode servicePort(ServicePort v) {
    ObjectNode f = object();
    v.name().ifPresent(x -> f.put("name", x));
    v.protocol().ifPresent(x -> f.put("protocol", x));
    v.appProtocol().ifPresent(x -> f.put("appProtocol", x));
    v.port().ifPresent(x -> f.put("port", x));
    v.targetPort().map(ToTree::intOrString).ifPresent(x -> f.set("targetPort", x));
    v.nodePort().ifPresent(x -> f.put("nodePort", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode sessionAffinityConfig(SessionAffinityConfig v) {
    ObjectNode f = object();
    v.clientIP().map(ToTree::clientIpConfig).ifPresent(x -> f.set("clientIP", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode clientIpConfig(ClientIPConfig v) {
    ObjectNode f = object();
    v.timeoutSeconds().ifPresent(x -> f.put("timeoutSeconds", x));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode namespace(Namespace v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode cronJob(CronJob v) {
    ObjectNode f = object();
    f.set("metadata", objectMeta(v.metadata()));
    f.set("spec", cronJobSpec(v.spec()));
    extra(f, v.extra());
    return f;
  }

  static ObjectNode cronJobSpec(CronJobSpec v) {
    ObjectNode f = object();
    v.schedule().ifPresent(x -> f.put("schedule", x));
    v.timeZone().ifPresent(x -> f.put("timeZone", x));
    v.concurrencyPolicy().ifPresent(x -> f.put("concurrencyPolicy", x));
    v.suspend().ifPresent(x -> f.put("suspend", x));
    v.startingDeadlineSeconds().ifPresent(x -> f.put("startingDeadlineSeconds", x));
    v.successfulJobsHistoryLimit().ifPresent(x -> f.put("successfulJobsHistoryLimit", x));
    v.failedJobsHistoryLimit().ifPresent(x -> f.put("failedJobsHistoryLimit", x));
    if (!Empty.is(v.jobTemplate())) {
      f.set("jobTemplate", jobTemplateSpec(v.jobTemplate()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode jobTemplateSpec(JobTemplateSpec v) {
    ObjectNode f = object();
    if (!Empty.is(v.metadata())) {
      f.set("metadata", objectMeta(v.metadata()));
    }
    if (!Empty.is(v.spec())) {
      f.set("spec", jobSpec(v.spec()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode jobSpec(JobSpec v) {
    ObjectNode f = object();
    v.parallelism().ifPresent(x -> f.put("parallelism", x));
    v.completions().ifPresent(x -> f.put("completions", x));
    v.completionMode().ifPresent(x -> f.put("completionMode", x));
    v.backoffLimit().ifPresent(x -> f.put("backoffLimit", x));
    v.activeDeadlineSeconds().ifPresent(x -> f.put("activeDeadlineSeconds", x));
    v.ttlSecondsAfterFinished().ifPresent(x -> f.put("ttlSecondsAfterFinished", x));
    v.podFailurePolicy().map(ToTree::podFailurePolicy).ifPresent(x -> f.set("podFailurePolicy", x));
    if (!Empty.is(v.template())) {
      f.set("template", podTemplateSpec(v.template()));
    }
    extra(f, v.extra());
    return f;
  }

  static ObjectNode podFailurePolicy(PodFailurePolicy v) {
    ObjectNode f = object();
    if (!v.rules().isEmpty()) {
      f.set("rules", fieldsList(v.rules()));
    }
    extra(f, v.extra());
    return f;
  }
}
