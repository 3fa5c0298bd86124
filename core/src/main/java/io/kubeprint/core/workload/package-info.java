/** The workload kinds: Pod, PodTemplate, ReplicaSet and Deployment with its strategies. */
@KubeStyle
package io.kubeprint.core.workload;

import io.kubeprint.core.meta.KubeStyle;
