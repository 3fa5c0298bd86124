/** HorizontalPodAutoscalers ({@code autoscaling/v2}) and their metrics and scaling behavior. */
@KubeStyle
package io.kubeprint.core.autoscaling;

import io.kubeprint.core.meta.KubeStyle;
