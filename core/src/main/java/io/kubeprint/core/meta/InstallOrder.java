package io.kubeprint.core.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm 3's install order of kinds ({@code InstallOrder} in helm's {@code pkg/releaseutil/kind_sorter.go}): the
 * order in which objects are applied so that what an object needs exists first. Kinds it does not name come
 * after all of these.
 */
final class InstallOrder {
  static final List<String> KINDS = List.of(
      "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
      "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
      "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList",
      "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList",
      "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
      "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
      "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    for (int i = 0; i < KINDS.size(); i++) {
      RANK.put(KINDS.get(i), i);
    }
  }

  private InstallOrder() {}

  /** The kind name's index in Helm's order, or {@code KINDS.size()} when Helm does not order it. */
  static int rank(String kindName) {
    return RANK.getOrDefault(kindName, KINDS.size());
  }
}
