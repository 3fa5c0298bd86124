/** The workload kinds: Pod, PodTemplate, ReplicaSet, Deployment, StatefulSet and DaemonSet with their strategies. */
@KubeStyle
package io.kubeprint.core.workload;

import io.kubeprint.core.meta.KubeStyle;
