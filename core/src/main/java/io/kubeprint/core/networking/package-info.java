/** Ingresses and NetworkPolicies ({@code networking.k8s.io/v1}): HTTP routes into Services and the traffic pods may send and receive. */
@KubeStyle
package io.kubeprint.core.networking;

import io.kubeprint.core.meta.KubeStyle;
