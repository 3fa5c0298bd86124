package io.kubeprint.render.internal;

import io.kubeprint.core.account.ServiceAccount;
import io.kubeprint.core.batch.CronJob;
import io.kubeprint.core.batch.CronJobSpec;
import io.kubeprint.core.batch.Job;
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
import io.kubeprint.core.storage.PersistentVolumeClaim;
import io.kubeprint.core.storage.PersistentVolumeClaimSpec;
import io.kubeprint.core.storage.TypedLocalObjectReference;
import io.kubeprint.core.storage.TypedObjectReference;
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
import io.kubeprint.core.workload.RollingUpdateStatefulSetStrategy;
import io.kubeprint.core.workload.StatefulSet;
import io.kubeprint.core.workload.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubeprint.core.workload.StatefulSetSpec;
import io.kubeprint.core.workload.StatefulSetUpdateStrategy;

/** Whether a value equals its kind's empty value (every field absent or empty), which renders as nothing. */
final class Empty {
  private Empty() {}

  private static final ObjectMeta OBJECT_META = ObjectMeta.builder().build();

  static boolean is(ObjectMeta v) {
    return v.equals(OBJECT_META);
  }

  private static final LabelSelector LABEL_SELECTOR = LabelSelector.builder().build();

  static boolean is(LabelSelector v) {
    return v.equals(LABEL_SELECTOR);
  }

  private static final LabelSelectorRequirement LABEL_SELECTOR_REQUIREMENT = LabelSelectorRequirement.builder().build();

  static boolean is(LabelSelectorRequirement v) {
    return v.equals(LABEL_SELECTOR_REQUIREMENT);
  }

  private static final Container CONTAINER = Container.builder().build();

  static boolean is(Container v) {
    return v.equals(CONTAINER);
  }

  private static final ContainerPort CONTAINER_PORT = ContainerPort.builder().build();

  static boolean is(ContainerPort v) {
    return v.equals(CONTAINER_PORT);
  }

  private static final EnvVar ENV_VAR = EnvVar.builder().build();

  static boolean is(EnvVar v) {
    return v.equals(ENV_VAR);
  }

  private static final EnvVarSource ENV_VAR_SOURCE = EnvVarSource.builder().build();

  static boolean is(EnvVarSource v) {
    return v.equals(ENV_VAR_SOURCE);
  }

  private static final ConfigMapKeySelector CONFIG_MAP_KEY_SELECTOR = ConfigMapKeySelector.builder().build();

  static boolean is(ConfigMapKeySelector v) {
    return v.equals(CONFIG_MAP_KEY_SELECTOR);
  }

  private static final SecretKeySelector SECRET_KEY_SELECTOR = SecretKeySelector.builder().build();

  static boolean is(SecretKeySelector v) {
    return v.equals(SECRET_KEY_SELECTOR);
  }

  private static final ObjectFieldSelector OBJECT_FIELD_SELECTOR = ObjectFieldSelector.builder().build();

  static boolean is(ObjectFieldSelector v) {
    return v.equals(OBJECT_FIELD_SELECTOR);
  }

  private static final ResourceFieldSelector RESOURCE_FIELD_SELECTOR = ResourceFieldSelector.builder().build();

  static boolean is(ResourceFieldSelector v) {
    return v.equals(RESOURCE_FIELD_SELECTOR);
  }

  private static final EnvFromSource ENV_FROM_SOURCE = EnvFromSource.builder().build();

  static boolean is(EnvFromSource v) {
    return v.equals(ENV_FROM_SOURCE);
  }

  private static final ConfigMapEnvSource CONFIG_MAP_ENV_SOURCE = ConfigMapEnvSource.builder().build();

  static boolean is(ConfigMapEnvSource v) {
    return v.equals(CONFIG_MAP_ENV_SOURCE);
  }

  private static final SecretEnvSource SECRET_ENV_SOURCE = SecretEnvSource.builder().build();

  static boolean is(SecretEnvSource v) {
    return v.equals(SECRET_ENV_SOURCE);
  }

  private static final ResourceRequirements RESOURCE_REQUIREMENTS = ResourceRequirements.builder().build();

  static boolean is(ResourceRequirements v) {
    return v.equals(RESOURCE_REQUIREMENTS);
  }

  private static final Probe PROBE = Probe.builder().build();

  static boolean is(Probe v) {
    return v.equals(PROBE);
  }

  private static final ExecAction EXEC_ACTION = ExecAction.builder().build();

  static boolean is(ExecAction v) {
    return v.equals(EXEC_ACTION);
  }

  private static final HTTPGetAction H_T_T_P_GET_ACTION = HTTPGetAction.builder().build();

  static boolean is(HTTPGetAction v) {
    return v.equals(H_T_T_P_GET_ACTION);
  }

  private static final HTTPHeader H_T_T_P_HEADER = HTTPHeader.builder().build();

  static boolean is(HTTPHeader v) {
    return v.equals(H_T_T_P_HEADER);
  }

  private static final TCPSocketAction T_C_P_SOCKET_ACTION = TCPSocketAction.builder().build();

  static boolean is(TCPSocketAction v) {
    return v.equals(T_C_P_SOCKET_ACTION);
  }

  private static final GRPCAction G_R_P_C_ACTION = GRPCAction.builder().build();

  static boolean is(GRPCAction v) {
    return v.equals(G_R_P_C_ACTION);
  }

  private static final VolumeMount VOLUME_MOUNT = VolumeMount.builder().build();

  static boolean is(VolumeMount v) {
    return v.equals(VOLUME_MOUNT);
  }

  private static final SecurityContext SECURITY_CONTEXT = SecurityContext.builder().build();

  static boolean is(SecurityContext v) {
    return v.equals(SECURITY_CONTEXT);
  }

  private static final Capabilities CAPABILITIES = Capabilities.builder().build();

  static boolean is(Capabilities v) {
    return v.equals(CAPABILITIES);
  }

  private static final Volume VOLUME = Volume.builder().build();

  static boolean is(Volume v) {
    return v.equals(VOLUME);
  }

  private static final ConfigMapVolumeSource CONFIG_MAP_VOLUME_SOURCE = ConfigMapVolumeSource.builder().build();

  static boolean is(ConfigMapVolumeSource v) {
    return v.equals(CONFIG_MAP_VOLUME_SOURCE);
  }

  private static final SecretVolumeSource SECRET_VOLUME_SOURCE = SecretVolumeSource.builder().build();

  static boolean is(SecretVolumeSource v) {
    return v.equals(SECRET_VOLUME_SOURCE);
  }

  private static final KeyToPath KEY_TO_PATH = KeyToPath.builder().build();

  static boolean is(KeyToPath v) {
    return v.equals(KEY_TO_PATH);
  }

  private static final EmptyDirVolumeSource EMPTY_DIR_VOLUME_SOURCE = EmptyDirVolumeSource.builder().build();

  static boolean is(EmptyDirVolumeSource v) {
    return v.equals(EMPTY_DIR_VOLUME_SOURCE);
  }

  private static final PersistentVolumeClaimVolumeSource PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE = PersistentVolumeClaimVolumeSource.builder().build();

  static boolean is(PersistentVolumeClaimVolumeSource v) {
    return v.equals(PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE);
  }

  private static final PodSpec POD_SPEC = PodSpec.builder().build();

  static boolean is(PodSpec v) {
    return v.equals(POD_SPEC);
  }

  private static final Toleration TOLERATION = Toleration.builder().build();

  static boolean is(Toleration v) {
    return v.equals(TOLERATION);
  }

  private static final Affinity AFFINITY = Affinity.builder().build();

  static boolean is(Affinity v) {
    return v.equals(AFFINITY);
  }

  private static final PodDNSConfig POD_D_N_S_CONFIG = PodDNSConfig.builder().build();

  static boolean is(PodDNSConfig v) {
    return v.equals(POD_D_N_S_CONFIG);
  }

  private static final PodDNSConfigOption POD_D_N_S_CONFIG_OPTION = PodDNSConfigOption.builder().build();

  static boolean is(PodDNSConfigOption v) {
    return v.equals(POD_D_N_S_CONFIG_OPTION);
  }

  private static final PodSecurityContext POD_SECURITY_CONTEXT = PodSecurityContext.builder().build();

  static boolean is(PodSecurityContext v) {
    return v.equals(POD_SECURITY_CONTEXT);
  }

  private static final LocalObjectReference LOCAL_OBJECT_REFERENCE = LocalObjectReference.builder().build();

  static boolean is(LocalObjectReference v) {
    return v.equals(LOCAL_OBJECT_REFERENCE);
  }

  private static final PodTemplateSpec POD_TEMPLATE_SPEC = PodTemplateSpec.builder().build();

  static boolean is(PodTemplateSpec v) {
    return v.equals(POD_TEMPLATE_SPEC);
  }

  private static final Pod POD = Pod.builder().build();

  static boolean is(Pod v) {
    return v.equals(POD);
  }

  private static final PodTemplate POD_TEMPLATE = PodTemplate.builder().build();

  static boolean is(PodTemplate v) {
    return v.equals(POD_TEMPLATE);
  }

  private static final ReplicaSet REPLICA_SET = ReplicaSet.builder().build();

  static boolean is(ReplicaSet v) {
    return v.equals(REPLICA_SET);
  }

  private static final ReplicaSetSpec REPLICA_SET_SPEC = ReplicaSetSpec.builder().build();

  static boolean is(ReplicaSetSpec v) {
    return v.equals(REPLICA_SET_SPEC);
  }

  private static final Deployment DEPLOYMENT = Deployment.builder().build();

  static boolean is(Deployment v) {
    return v.equals(DEPLOYMENT);
  }

  private static final DeploymentSpec DEPLOYMENT_SPEC = DeploymentSpec.builder().build();

  static boolean is(DeploymentSpec v) {
    return v.equals(DEPLOYMENT_SPEC);
  }

  private static final DeploymentStrategy DEPLOYMENT_STRATEGY = DeploymentStrategy.builder().build();

  static boolean is(DeploymentStrategy v) {
    return v.equals(DEPLOYMENT_STRATEGY);
  }

  private static final RollingUpdateDeployment ROLLING_UPDATE_DEPLOYMENT = RollingUpdateDeployment.builder().build();

  static boolean is(RollingUpdateDeployment v) {
    return v.equals(ROLLING_UPDATE_DEPLOYMENT);
  }

  private static final Service SERVICE = Service.builder().build();

  static boolean is(Service v) {
    return v.equals(SERVICE);
  }

  private static final ServiceSpec SERVICE_SPEC = ServiceSpec.builder().build();

  static boolean is(ServiceSpec v) {
    return v.equals(SERVICE_SPEC);
  }

  private static final ServicePort SERVICE_PORT = ServicePort.builder().build();

  static boolean is(ServicePort v) {
    return v.equals(SERVICE_PORT);
  }

  private static final SessionAffinityConfig SESSION_AFFINITY_CONFIG = SessionAffinityConfig.builder().build();

  static boolean is(SessionAffinityConfig v) {
    return v.equals(SESSION_AFFINITY_CONFIG);
  }

  private static final ClientIPConfig CLIENT_I_P_CONFIG = ClientIPConfig.builder().build();

  static boolean is(ClientIPConfig v) {
    return v.equals(CLIENT_I_P_CONFIG);
  }

  private static final Namespace NAMESPACE = Namespace.builder().build();

  static boolean is(Namespace v) {
    return v.equals(NAMESPACE);
  }

  private static final CronJob CRON_JOB = CronJob.builder().build();

  static boolean is(CronJob v) {
    return v.equals(CRON_JOB);
  }

  private static final CronJobSpec CRON_JOB_SPEC = CronJobSpec.builder().build();

  static boolean is(CronJobSpec v) {
    return v.equals(CRON_JOB_SPEC);
  }

  private static final JobTemplateSpec JOB_TEMPLATE_SPEC = JobTemplateSpec.builder().build();

  static boolean is(JobTemplateSpec v) {
    return v.equals(JOB_TEMPLATE_SPEC);
  }

  private static final JobSpec JOB_SPEC = JobSpec.builder().build();

  static boolean is(JobSpec v) {
    return v.equals(JOB_SPEC);
  }

  private static final PodFailurePolicy POD_FAILURE_POLICY = PodFailurePolicy.builder().build();

  static boolean is(PodFailurePolicy v) {
    return v.equals(POD_FAILURE_POLICY);
  }

  private static final ServiceAccount SERVICE_ACCOUNT = ServiceAccount.builder().build();

  static boolean is(ServiceAccount v) {
    return v.equals(SERVICE_ACCOUNT);
  }

  private static final PersistentVolumeClaim PERSISTENT_VOLUME_CLAIM = PersistentVolumeClaim.builder().build();

  static boolean is(PersistentVolumeClaim v) {
    return v.equals(PERSISTENT_VOLUME_CLAIM);
  }

  private static final PersistentVolumeClaimSpec PERSISTENT_VOLUME_CLAIM_SPEC = PersistentVolumeClaimSpec.builder().build();

  static boolean is(PersistentVolumeClaimSpec v) {
    return v.equals(PERSISTENT_VOLUME_CLAIM_SPEC);
  }

  private static final VolumeResourceRequirements VOLUME_RESOURCE_REQUIREMENTS = VolumeResourceRequirements.builder().build();

  static boolean is(VolumeResourceRequirements v) {
    return v.equals(VOLUME_RESOURCE_REQUIREMENTS);
  }

  private static final TypedLocalObjectReference TYPED_LOCAL_OBJECT_REFERENCE = TypedLocalObjectReference.builder().build();

  static boolean is(TypedLocalObjectReference v) {
    return v.equals(TYPED_LOCAL_OBJECT_REFERENCE);
  }

  private static final TypedObjectReference TYPED_OBJECT_REFERENCE = TypedObjectReference.builder().build();

  static boolean is(TypedObjectReference v) {
    return v.equals(TYPED_OBJECT_REFERENCE);
  }

  private static final Job JOB = Job.builder().build();

  static boolean is(Job v) {
    return v.equals(JOB);
  }

  private static final StatefulSet STATEFUL_SET = StatefulSet.builder().build();

  static boolean is(StatefulSet v) {
    return v.equals(STATEFUL_SET);
  }

  private static final StatefulSetSpec STATEFUL_SET_SPEC = StatefulSetSpec.builder().build();

  static boolean is(StatefulSetSpec v) {
    return v.equals(STATEFUL_SET_SPEC);
  }

  private static final StatefulSetUpdateStrategy STATEFUL_SET_UPDATE_STRATEGY = StatefulSetUpdateStrategy.builder().build();

  static boolean is(StatefulSetUpdateStrategy v) {
    return v.equals(STATEFUL_SET_UPDATE_STRATEGY);
  }

  private static final RollingUpdateStatefulSetStrategy ROLLING_UPDATE_STATEFUL_SET_STRATEGY = RollingUpdateStatefulSetStrategy.builder().build();

  static boolean is(RollingUpdateStatefulSetStrategy v) {
    return v.equals(ROLLING_UPDATE_STATEFUL_SET_STRATEGY);
  }

  private static final StatefulSetPersistentVolumeClaimRetentionPolicy STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY = StatefulSetPersistentVolumeClaimRetentionPolicy.builder().build();

  static boolean is(StatefulSetPersistentVolumeClaimRetentionPolicy v) {
    return v.equals(STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY);
  }

  private static final DaemonSet DAEMON_SET = DaemonSet.builder().build();

  static boolean is(DaemonSet v) {
    return v.equals(DAEMON_SET);
  }

  private static final DaemonSetSpec DAEMON_SET_SPEC = DaemonSetSpec.builder().build();

  static boolean is(DaemonSetSpec v) {
    return v.equals(DAEMON_SET_SPEC);
  }

  private static final DaemonSetUpdateStrategy DAEMON_SET_UPDATE_STRATEGY = DaemonSetUpdateStrategy.builder().build();

  static boolean is(DaemonSetUpdateStrategy v) {
    return v.equals(DAEMON_SET_UPDATE_STRATEGY);
  }

  private static final RollingUpdateDaemonSet ROLLING_UPDATE_DAEMON_SET = RollingUpdateDaemonSet.builder().build();

  static boolean is(RollingUpdateDaemonSet v) {
    return v.equals(ROLLING_UPDATE_DAEMON_SET);
  }
}
