/** PodDisruptionBudgets ({@code policy/v1}). */
@KubeStyle
package io.kubeprint.core.policy;

import io.kubeprint.core.meta.KubeStyle;
