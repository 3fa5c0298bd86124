/** PodDisruptionBudgets ({@code policy/v1}). */
@KubeStyle
package io.kubeprint.core.disruption;

import io.kubeprint.core.meta.KubeStyle;
