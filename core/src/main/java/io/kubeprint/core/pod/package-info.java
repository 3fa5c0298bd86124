/** Pods and their parts: PodSpec, containers, ports, environment, probes, resources, volumes. */
@KubeStyle
package io.kubeprint.core.pod;

import io.kubeprint.core.meta.KubeStyle;
