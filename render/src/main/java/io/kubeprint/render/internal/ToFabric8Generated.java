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
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Maps each typed kubeprint value to its fabric8 counterpart, field for field; untyped fields
 * ({@code extra()}) become fabric8 additional properties, so they render back where they were.
 * An empty {@code resources}, {@code strategy} or {@code securityContext} is left out (it means the same
 * as absent); any other empty nested value renders as {@code {}}, as given. ConfigMap and Secret are mapped in {@link ToFabric8}.
 */
abstract class ToFabric8Generated extends Fabric8Support {

  static io.fabric8.kubernetes.api.model.ObjectMeta objectMeta(ObjectMeta v) {
    io.fabric8.kubernetes.api.model.ObjectMeta f = new io.fabric8.kubernetes.api.model.ObjectMeta();
    v.name().ifPresent(f::setName);
    v.namespace().ifPresent(f::setNamespace);
    if (!v.labels().isEmpty()) {
      f.setLabels(new LinkedHashMap<>(v.labels()));
    }
    if (!v.annotations().isEmpty()) {
      f.setAnnotations(new LinkedHashMap<>(v.annotations()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.LabelSelector labelSelector(LabelSelector v) {
    io.fabric8.kubernetes.api.model.LabelSelector f = new io.fabric8.kubernetes.api.model.LabelSelector();
    if (!v.matchLabels().isEmpty()) {
      f.setMatchLabels(new LinkedHashMap<>(v.matchLabels()));
    }
    if (!v.matchExpressions().isEmpty()) {
      f.setMatchExpressions(list(v.matchExpressions(), ToFabric8::labelSelectorRequirement));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.LabelSelectorRequirement labelSelectorRequirement(LabelSelectorRequirement v) {
    io.fabric8.kubernetes.api.model.LabelSelectorRequirement f = new io.fabric8.kubernetes.api.model.LabelSelectorRequirement();
    v.key().ifPresent(f::setKey);
    v.operator().ifPresent(f::setOperator);
    if (!v.values().isEmpty()) {
      f.setValues(new ArrayList<>(v.values()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Container container(Container v) {
    io.fabric8.kubernetes.api.model.Container f = new io.fabric8.kubernetes.api.model.Container();
    v.name().ifPresent(f::setName);
    v.image().ifPresent(f::setImage);
    v.imagePullPolicy().ifPresent(f::setImagePullPolicy);
    if (!v.command().isEmpty()) {
      f.setCommand(new ArrayList<>(v.command()));
    }
    if (!v.args().isEmpty()) {
      f.setArgs(new ArrayList<>(v.args()));
    }
    v.workingDir().ifPresent(f::setWorkingDir);
    if (!v.ports().isEmpty()) {
      f.setPorts(list(v.ports(), ToFabric8::containerPort));
    }
    if (!v.env().isEmpty()) {
      f.setEnv(list(v.env(), ToFabric8::envVar));
    }
    if (!v.envFrom().isEmpty()) {
      f.setEnvFrom(list(v.envFrom(), ToFabric8::envFromSource));
    }
    v.resources().filter(x -> !Empty.is(x)).map(ToFabric8::resourceRequirements).ifPresent(f::setResources);
    v.livenessProbe().map(ToFabric8::probe).ifPresent(f::setLivenessProbe);
    v.readinessProbe().map(ToFabric8::probe).ifPresent(f::setReadinessProbe);
    v.startupProbe().map(ToFabric8::probe).ifPresent(f::setStartupProbe);
    if (!v.volumeMounts().isEmpty()) {
      f.setVolumeMounts(list(v.volumeMounts(), ToFabric8::volumeMount));
    }
    v.securityContext().filter(x -> !Empty.is(x)).map(ToFabric8::securityContext).ifPresent(f::setSecurityContext);
    v.restartPolicy().ifPresent(f::setRestartPolicy);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ContainerPort containerPort(ContainerPort v) {
    io.fabric8.kubernetes.api.model.ContainerPort f = new io.fabric8.kubernetes.api.model.ContainerPort();
    v.name().ifPresent(f::setName);
    v.containerPort().ifPresent(f::setContainerPort);
    v.protocol().ifPresent(f::setProtocol);
    v.hostPort().ifPresent(f::setHostPort);
    v.hostIP().ifPresent(f::setHostIP);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.EnvVar envVar(EnvVar v) {
    io.fabric8.kubernetes.api.model.EnvVar f = new io.fabric8.kubernetes.api.model.EnvVar();
    v.name().ifPresent(f::setName);
    v.value().ifPresent(f::setValue);
    v.valueFrom().map(ToFabric8::envVarSource).ifPresent(f::setValueFrom);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.EnvVarSource envVarSource(EnvVarSource v) {
    io.fabric8.kubernetes.api.model.EnvVarSource f = new io.fabric8.kubernetes.api.model.EnvVarSource();
    v.configMapKeyRef().map(ToFabric8::configMapKeySelector).ifPresent(f::setConfigMapKeyRef);
    v.secretKeyRef().map(ToFabric8::secretKeySelector).ifPresent(f::setSecretKeyRef);
    v.fieldRef().map(ToFabric8::objectFieldSelector).ifPresent(f::setFieldRef);
    v.resourceFieldRef().map(ToFabric8::resourceFieldSelector).ifPresent(f::setResourceFieldRef);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ConfigMapKeySelector configMapKeySelector(ConfigMapKeySelector v) {
    io.fabric8.kubernetes.api.model.ConfigMapKeySelector f = new io.fabric8.kubernetes.api.model.ConfigMapKeySelector();
    v.name().ifPresent(f::setName);
    v.key().ifPresent(f::setKey);
    v.optional().ifPresent(f::setOptional);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.SecretKeySelector secretKeySelector(SecretKeySelector v) {
    io.fabric8.kubernetes.api.model.SecretKeySelector f = new io.fabric8.kubernetes.api.model.SecretKeySelector();
    v.name().ifPresent(f::setName);
    v.key().ifPresent(f::setKey);
    v.optional().ifPresent(f::setOptional);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ObjectFieldSelector objectFieldSelector(ObjectFieldSelector v) {
    io.fabric8.kubernetes.api.model.ObjectFieldSelector f = new io.fabric8.kubernetes.api.model.ObjectFieldSelector();
    v.apiVersion().ifPresent(f::setApiVersion);
    v.fieldPath().ifPresent(f::setFieldPath);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ResourceFieldSelector resourceFieldSelector(ResourceFieldSelector v) {
    io.fabric8.kubernetes.api.model.ResourceFieldSelector f = new io.fabric8.kubernetes.api.model.ResourceFieldSelector();
    v.containerName().ifPresent(f::setContainerName);
    v.resource().ifPresent(f::setResource);
    v.divisor().map(ToFabric8::quantity).ifPresent(f::setDivisor);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.EnvFromSource envFromSource(EnvFromSource v) {
    io.fabric8.kubernetes.api.model.EnvFromSource f = new io.fabric8.kubernetes.api.model.EnvFromSource();
    v.prefix().ifPresent(f::setPrefix);
    v.configMapRef().map(ToFabric8::configMapEnvSource).ifPresent(f::setConfigMapRef);
    v.secretRef().map(ToFabric8::secretEnvSource).ifPresent(f::setSecretRef);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ConfigMapEnvSource configMapEnvSource(ConfigMapEnvSource v) {
    io.fabric8.kubernetes.api.model.ConfigMapEnvSource f = new io.fabric8.kubernetes.api.model.ConfigMapEnvSource();
    v.name().ifPresent(f::setName);
    v.optional().ifPresent(f::setOptional);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.SecretEnvSource secretEnvSource(SecretEnvSource v) {
    io.fabric8.kubernetes.api.model.SecretEnvSource f = new io.fabric8.kubernetes.api.model.SecretEnvSource();
    v.name().ifPresent(f::setName);
    v.optional().ifPresent(f::setOptional);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ResourceRequirements resourceRequirements(ResourceRequirements v) {
    io.fabric8.kubernetes.api.model.ResourceRequirements f = new io.fabric8.kubernetes.api.model.ResourceRequirements();
    if (!v.requests().isEmpty()) {
      f.setRequests(quantities(v.requests()));
    }
    if (!v.limits().isEmpty()) {
      f.setLimits(quantities(v.limits()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Probe probe(Probe v) {
    io.fabric8.kubernetes.api.model.Probe f = new io.fabric8.kubernetes.api.model.Probe();
    v.exec().map(ToFabric8::execAction).ifPresent(f::setExec);
    v.httpGet().map(ToFabric8::httpGetAction).ifPresent(f::setHttpGet);
    v.tcpSocket().map(ToFabric8::tcpSocketAction).ifPresent(f::setTcpSocket);
    v.grpc().map(ToFabric8::grpcAction).ifPresent(f::setGrpc);
    v.initialDelaySeconds().ifPresent(f::setInitialDelaySeconds);
    v.timeoutSeconds().ifPresent(f::setTimeoutSeconds);
    v.periodSeconds().ifPresent(f::setPeriodSeconds);
    v.successThreshold().ifPresent(f::setSuccessThreshold);
    v.failureThreshold().ifPresent(f::setFailureThreshold);
    v.terminationGracePeriodSeconds().ifPresent(f::setTerminationGracePeriodSeconds);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ExecAction execAction(ExecAction v) {
    io.fabric8.kubernetes.api.model.ExecAction f = new io.fabric8.kubernetes.api.model.ExecAction();
    if (!v.command().isEmpty()) {
      f.setCommand(new ArrayList<>(v.command()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.HTTPGetAction httpGetAction(HTTPGetAction v) {
    io.fabric8.kubernetes.api.model.HTTPGetAction f = new io.fabric8.kubernetes.api.model.HTTPGetAction();
    v.path().ifPresent(f::setPath);
    v.port().map(ToFabric8::intOrString).ifPresent(f::setPort);
    v.host().ifPresent(f::setHost);
    v.scheme().ifPresent(f::setScheme);
    if (!v.httpHeaders().isEmpty()) {
      f.setHttpHeaders(list(v.httpHeaders(), ToFabric8::httpHeader));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.HTTPHeader httpHeader(HTTPHeader v) {
    io.fabric8.kubernetes.api.model.HTTPHeader f = new io.fabric8.kubernetes.api.model.HTTPHeader();
    v.name().ifPresent(f::setName);
    v.value().ifPresent(f::setValue);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.TCPSocketAction tcpSocketAction(TCPSocketAction v) {
    io.fabric8.kubernetes.api.model.TCPSocketAction f = new io.fabric8.kubernetes.api.model.TCPSocketAction();
    v.port().map(ToFabric8::intOrString).ifPresent(f::setPort);
    v.host().ifPresent(f::setHost);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.GRPCAction grpcAction(GRPCAction v) {
    io.fabric8.kubernetes.api.model.GRPCAction f = new io.fabric8.kubernetes.api.model.GRPCAction();
    v.port().ifPresent(f::setPort);
    v.service().ifPresent(f::setService);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.VolumeMount volumeMount(VolumeMount v) {
    io.fabric8.kubernetes.api.model.VolumeMount f = new io.fabric8.kubernetes.api.model.VolumeMount();
    v.name().ifPresent(f::setName);
    v.mountPath().ifPresent(f::setMountPath);
    v.subPath().ifPresent(f::setSubPath);
    v.readOnly().ifPresent(f::setReadOnly);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.SecurityContext securityContext(SecurityContext v) {
    io.fabric8.kubernetes.api.model.SecurityContext f = new io.fabric8.kubernetes.api.model.SecurityContext();
    v.runAsUser().ifPresent(f::setRunAsUser);
    v.runAsGroup().ifPresent(f::setRunAsGroup);
    v.runAsNonRoot().ifPresent(f::setRunAsNonRoot);
    v.readOnlyRootFilesystem().ifPresent(f::setReadOnlyRootFilesystem);
    v.allowPrivilegeEscalation().ifPresent(f::setAllowPrivilegeEscalation);
    v.privileged().ifPresent(f::setPrivileged);
    v.capabilities().map(ToFabric8::capabilities).ifPresent(f::setCapabilities);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Capabilities capabilities(Capabilities v) {
    io.fabric8.kubernetes.api.model.Capabilities f = new io.fabric8.kubernetes.api.model.Capabilities();
    if (!v.add().isEmpty()) {
      f.setAdd(new ArrayList<>(v.add()));
    }
    if (!v.drop().isEmpty()) {
      f.setDrop(new ArrayList<>(v.drop()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Volume volume(Volume v) {
    io.fabric8.kubernetes.api.model.Volume f = new io.fabric8.kubernetes.api.model.Volume();
    v.name().ifPresent(f::setName);
    v.configMap().map(ToFabric8::configMapVolumeSource).ifPresent(f::setConfigMap);
    v.secret().map(ToFabric8::secretVolumeSource).ifPresent(f::setSecret);
    v.emptyDir().map(ToFabric8::emptyDirVolumeSource).ifPresent(f::setEmptyDir);
    v.persistentVolumeClaim().map(ToFabric8::persistentVolumeClaimVolumeSource).ifPresent(f::setPersistentVolumeClaim);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ConfigMapVolumeSource configMapVolumeSource(ConfigMapVolumeSource v) {
    io.fabric8.kubernetes.api.model.ConfigMapVolumeSource f = new io.fabric8.kubernetes.api.model.ConfigMapVolumeSource();
    v.name().ifPresent(f::setName);
    if (!v.items().isEmpty()) {
      f.setItems(list(v.items(), ToFabric8::keyToPath));
    }
    v.defaultMode().ifPresent(f::setDefaultMode);
    v.optional().ifPresent(f::setOptional);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.SecretVolumeSource secretVolumeSource(SecretVolumeSource v) {
    io.fabric8.kubernetes.api.model.SecretVolumeSource f = new io.fabric8.kubernetes.api.model.SecretVolumeSource();
    v.secretName().ifPresent(f::setSecretName);
    if (!v.items().isEmpty()) {
      f.setItems(list(v.items(), ToFabric8::keyToPath));
    }
    v.defaultMode().ifPresent(f::setDefaultMode);
    v.optional().ifPresent(f::setOptional);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.KeyToPath keyToPath(KeyToPath v) {
    io.fabric8.kubernetes.api.model.KeyToPath f = new io.fabric8.kubernetes.api.model.KeyToPath();
    v.key().ifPresent(f::setKey);
    v.path().ifPresent(f::setPath);
    v.mode().ifPresent(f::setMode);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.EmptyDirVolumeSource emptyDirVolumeSource(EmptyDirVolumeSource v) {
    io.fabric8.kubernetes.api.model.EmptyDirVolumeSource f = new io.fabric8.kubernetes.api.model.EmptyDirVolumeSource();
    v.medium().ifPresent(f::setMedium);
    v.sizeLimit().map(ToFabric8::quantity).ifPresent(f::setSizeLimit);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource persistentVolumeClaimVolumeSource(PersistentVolumeClaimVolumeSource v) {
    io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource f = new io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource();
    v.claimName().ifPresent(f::setClaimName);
    v.readOnly().ifPresent(f::setReadOnly);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.PodSpec podSpec(PodSpec v) {
    io.fabric8.kubernetes.api.model.PodSpec f = new io.fabric8.kubernetes.api.model.PodSpec();
    if (!v.containers().isEmpty()) {
      f.setContainers(list(v.containers(), ToFabric8::container));
    }
    if (!v.initContainers().isEmpty()) {
      f.setInitContainers(list(v.initContainers(), ToFabric8::container));
    }
    if (!v.volumes().isEmpty()) {
      f.setVolumes(list(v.volumes(), ToFabric8::volume));
    }
    v.restartPolicy().ifPresent(f::setRestartPolicy);
    v.serviceAccountName().ifPresent(f::setServiceAccountName);
    if (!v.nodeSelector().isEmpty()) {
      f.setNodeSelector(new LinkedHashMap<>(v.nodeSelector()));
    }
    if (!v.tolerations().isEmpty()) {
      f.setTolerations(list(v.tolerations(), ToFabric8::toleration));
    }
    v.affinity().map(ToFabric8::affinity).ifPresent(f::setAffinity);
    v.dnsPolicy().ifPresent(f::setDnsPolicy);
    v.dnsConfig().map(ToFabric8::podDnsConfig).ifPresent(f::setDnsConfig);
    v.hostNetwork().ifPresent(f::setHostNetwork);
    v.hostname().ifPresent(f::setHostname);
    v.securityContext().filter(x -> !Empty.is(x)).map(ToFabric8::podSecurityContext).ifPresent(f::setSecurityContext);
    v.terminationGracePeriodSeconds().ifPresent(f::setTerminationGracePeriodSeconds);
    v.activeDeadlineSeconds().ifPresent(f::setActiveDeadlineSeconds);
    v.priorityClassName().ifPresent(f::setPriorityClassName);
    if (!v.imagePullSecrets().isEmpty()) {
      f.setImagePullSecrets(list(v.imagePullSecrets(), ToFabric8::localObjectReference));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Toleration toleration(Toleration v) {
    io.fabric8.kubernetes.api.model.Toleration f = new io.fabric8.kubernetes.api.model.Toleration();
    v.key().ifPresent(f::setKey);
    v.operator().ifPresent(f::setOperator);
    v.value().ifPresent(f::setValue);
    v.effect().ifPresent(f::setEffect);
    v.tolerationSeconds().ifPresent(f::setTolerationSeconds);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Affinity affinity(Affinity v) {
    io.fabric8.kubernetes.api.model.Affinity f = new io.fabric8.kubernetes.api.model.Affinity();
    v.nodeAffinity().ifPresent(x -> f.setAdditionalProperty("nodeAffinity", x.asMap()));
    v.podAffinity().ifPresent(x -> f.setAdditionalProperty("podAffinity", x.asMap()));
    v.podAntiAffinity().ifPresent(x -> f.setAdditionalProperty("podAntiAffinity", x.asMap()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.PodDNSConfig podDnsConfig(PodDNSConfig v) {
    io.fabric8.kubernetes.api.model.PodDNSConfig f = new io.fabric8.kubernetes.api.model.PodDNSConfig();
    if (!v.nameservers().isEmpty()) {
      f.setNameservers(new ArrayList<>(v.nameservers()));
    }
    if (!v.searches().isEmpty()) {
      f.setSearches(new ArrayList<>(v.searches()));
    }
    if (!v.options().isEmpty()) {
      f.setOptions(list(v.options(), ToFabric8::podDnsConfigOption));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.PodDNSConfigOption podDnsConfigOption(PodDNSConfigOption v) {
    io.fabric8.kubernetes.api.model.PodDNSConfigOption f = new io.fabric8.kubernetes.api.model.PodDNSConfigOption();
    v.name().ifPresent(f::setName);
    v.value().ifPresent(f::setValue);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.PodSecurityContext podSecurityContext(PodSecurityContext v) {
    io.fabric8.kubernetes.api.model.PodSecurityContext f = new io.fabric8.kubernetes.api.model.PodSecurityContext();
    v.runAsUser().ifPresent(f::setRunAsUser);
    v.runAsGroup().ifPresent(f::setRunAsGroup);
    v.runAsNonRoot().ifPresent(f::setRunAsNonRoot);
    v.fsGroup().ifPresent(f::setFsGroup);
    if (!v.supplementalGroups().isEmpty()) {
      f.setSupplementalGroups(new ArrayList<>(v.supplementalGroups()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.LocalObjectReference localObjectReference(LocalObjectReference v) {
    io.fabric8.kubernetes.api.model.LocalObjectReference f = new io.fabric8.kubernetes.api.model.LocalObjectReference();
    v.name().ifPresent(f::setName);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.PodTemplateSpec podTemplateSpec(PodTemplateSpec v) {
    io.fabric8.kubernetes.api.model.PodTemplateSpec f = new io.fabric8.kubernetes.api.model.PodTemplateSpec();
    if (!Empty.is(v.metadata())) {
      f.setMetadata(objectMeta(v.metadata()));
    }
    if (!Empty.is(v.spec())) {
      f.setSpec(podSpec(v.spec()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Pod pod(Pod v) {
    io.fabric8.kubernetes.api.model.Pod f = new io.fabric8.kubernetes.api.model.Pod();
    f.setMetadata(objectMeta(v.metadata()));
    f.setSpec(podSpec(v.spec()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.PodTemplate podTemplate(PodTemplate v) {
    io.fabric8.kubernetes.api.model.PodTemplate f = new io.fabric8.kubernetes.api.model.PodTemplate();
    f.setMetadata(objectMeta(v.metadata()));
    f.setTemplate(podTemplateSpec(v.template()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.apps.ReplicaSet replicaSet(ReplicaSet v) {
    io.fabric8.kubernetes.api.model.apps.ReplicaSet f = new io.fabric8.kubernetes.api.model.apps.ReplicaSet();
    f.setMetadata(objectMeta(v.metadata()));
    f.setSpec(replicaSetSpec(v.spec()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.apps.ReplicaSetSpec replicaSetSpec(ReplicaSetSpec v) {
    io.fabric8.kubernetes.api.model.apps.ReplicaSetSpec f = new io.fabric8.kubernetes.api.model.apps.ReplicaSetSpec();
    v.replicas().ifPresent(f::setReplicas);
    v.minReadySeconds().ifPresent(f::setMinReadySeconds);
    v.selector().map(ToFabric8::labelSelector).ifPresent(f::setSelector);
    if (!Empty.is(v.template())) {
      f.setTemplate(podTemplateSpec(v.template()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.apps.Deployment deployment(Deployment v) {
    io.fabric8.kubernetes.api.model.apps.Deployment f = new io.fabric8.kubernetes.api.model.apps.Deployment();
    f.setMetadata(objectMeta(v.metadata()));
    f.setSpec(deploymentSpec(v.spec()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.apps.DeploymentSpec deploymentSpec(DeploymentSpec v) {
    io.fabric8.kubernetes.api.model.apps.DeploymentSpec f = new io.fabric8.kubernetes.api.model.apps.DeploymentSpec();
    v.replicas().ifPresent(f::setReplicas);
    v.selector().map(ToFabric8::labelSelector).ifPresent(f::setSelector);
    if (!Empty.is(v.template())) {
      f.setTemplate(podTemplateSpec(v.template()));
    }
    v.strategy().filter(x -> !Empty.is(x)).map(ToFabric8::deploymentStrategy).ifPresent(f::setStrategy);
    v.minReadySeconds().ifPresent(f::setMinReadySeconds);
    v.revisionHistoryLimit().ifPresent(f::setRevisionHistoryLimit);
    v.progressDeadlineSeconds().ifPresent(f::setProgressDeadlineSeconds);
    v.paused().ifPresent(f::setPaused);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.apps.DeploymentStrategy deploymentStrategy(DeploymentStrategy v) {
    io.fabric8.kubernetes.api.model.apps.DeploymentStrategy f = new io.fabric8.kubernetes.api.model.apps.DeploymentStrategy();
    v.type().ifPresent(f::setType);
    v.rollingUpdate().map(ToFabric8::rollingUpdateDeployment).ifPresent(f::setRollingUpdate);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment rollingUpdateDeployment(RollingUpdateDeployment v) {
    io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment f = new io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment();
    v.maxUnavailable().map(ToFabric8::intOrString).ifPresent(f::setMaxUnavailable);
    v.maxSurge().map(ToFabric8::intOrString).ifPresent(f::setMaxSurge);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Service service(Service v) {
    io.fabric8.kubernetes.api.model.Service f = new io.fabric8.kubernetes.api.model.Service();
    f.setMetadata(objectMeta(v.metadata()));
    f.setSpec(serviceSpec(v.spec()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ServiceSpec serviceSpec(ServiceSpec v) {
    io.fabric8.kubernetes.api.model.ServiceSpec f = new io.fabric8.kubernetes.api.model.ServiceSpec();
    v.type().ifPresent(f::setType);
    if (!v.selector().isEmpty()) {
      f.setSelector(new LinkedHashMap<>(v.selector()));
    }
    if (!v.ports().isEmpty()) {
      f.setPorts(list(v.ports(), ToFabric8::servicePort));
    }
    v.clusterIP().ifPresent(f::setClusterIP);
    if (!v.externalIPs().isEmpty()) {
      f.setExternalIPs(new ArrayList<>(v.externalIPs()));
    }
    v.externalName().ifPresent(f::setExternalName);
    if (!v.loadBalancerSourceRanges().isEmpty()) {
      f.setLoadBalancerSourceRanges(new ArrayList<>(v.loadBalancerSourceRanges()));
    }
    v.sessionAffinity().ifPresent(f::setSessionAffinity);
    v.sessionAffinityConfig().map(ToFabric8::sessionAffinityConfig).ifPresent(f::setSessionAffinityConfig);
    v.externalTrafficPolicy().ifPresent(f::setExternalTrafficPolicy);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ServicePort servicePort(ServicePort v) {
    io.fabric8.kubernetes.api.model.ServicePort f = new io.fabric8.kubernetes.api.model.ServicePort();
    v.name().ifPresent(f::setName);
    v.protocol().ifPresent(f::setProtocol);
    v.appProtocol().ifPresent(f::setAppProtocol);
    v.port().ifPresent(f::setPort);
    v.targetPort().map(ToFabric8::intOrString).ifPresent(f::setTargetPort);
    v.nodePort().ifPresent(f::setNodePort);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.SessionAffinityConfig sessionAffinityConfig(SessionAffinityConfig v) {
    io.fabric8.kubernetes.api.model.SessionAffinityConfig f = new io.fabric8.kubernetes.api.model.SessionAffinityConfig();
    v.clientIP().map(ToFabric8::clientIpConfig).ifPresent(f::setClientIP);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.ClientIPConfig clientIpConfig(ClientIPConfig v) {
    io.fabric8.kubernetes.api.model.ClientIPConfig f = new io.fabric8.kubernetes.api.model.ClientIPConfig();
    v.timeoutSeconds().ifPresent(f::setTimeoutSeconds);
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.Namespace namespace(Namespace v) {
    io.fabric8.kubernetes.api.model.Namespace f = new io.fabric8.kubernetes.api.model.Namespace();
    f.setMetadata(objectMeta(v.metadata()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.batch.v1.CronJob cronJob(CronJob v) {
    io.fabric8.kubernetes.api.model.batch.v1.CronJob f = new io.fabric8.kubernetes.api.model.batch.v1.CronJob();
    f.setMetadata(objectMeta(v.metadata()));
    f.setSpec(cronJobSpec(v.spec()));
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec cronJobSpec(CronJobSpec v) {
    io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec f = new io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec();
    v.schedule().ifPresent(f::setSchedule);
    v.timeZone().ifPresent(f::setTimeZone);
    v.concurrencyPolicy().ifPresent(f::setConcurrencyPolicy);
    v.suspend().ifPresent(f::setSuspend);
    v.startingDeadlineSeconds().ifPresent(f::setStartingDeadlineSeconds);
    v.successfulJobsHistoryLimit().ifPresent(f::setSuccessfulJobsHistoryLimit);
    v.failedJobsHistoryLimit().ifPresent(f::setFailedJobsHistoryLimit);
    if (!Empty.is(v.jobTemplate())) {
      f.setJobTemplate(jobTemplateSpec(v.jobTemplate()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec jobTemplateSpec(JobTemplateSpec v) {
    io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec f = new io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec();
    if (!Empty.is(v.metadata())) {
      f.setMetadata(objectMeta(v.metadata()));
    }
    if (!Empty.is(v.spec())) {
      f.setSpec(jobSpec(v.spec()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.batch.v1.JobSpec jobSpec(JobSpec v) {
    io.fabric8.kubernetes.api.model.batch.v1.JobSpec f = new io.fabric8.kubernetes.api.model.batch.v1.JobSpec();
    v.parallelism().ifPresent(f::setParallelism);
    v.completions().ifPresent(f::setCompletions);
    v.completionMode().ifPresent(f::setCompletionMode);
    v.backoffLimit().ifPresent(f::setBackoffLimit);
    v.activeDeadlineSeconds().ifPresent(f::setActiveDeadlineSeconds);
    v.ttlSecondsAfterFinished().ifPresent(f::setTtlSecondsAfterFinished);
    v.podFailurePolicy().map(ToFabric8::podFailurePolicy).ifPresent(f::setPodFailurePolicy);
    if (!Empty.is(v.template())) {
      f.setTemplate(podTemplateSpec(v.template()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }

  static io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicy podFailurePolicy(PodFailurePolicy v) {
    io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicy f = new io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicy();
    if (!v.rules().isEmpty()) {
      f.setAdditionalProperty("rules", fieldsList(v.rules()));
    }
    v.extra().asMap().forEach(f::setAdditionalProperty);
    return f;
  }
}
