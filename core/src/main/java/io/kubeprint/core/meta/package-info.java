/**
 * Object metadata and the pieces every kind shares: {@link io.kubeprint.core.meta.ObjectMeta}, label
 * selectors, {@link io.kubeprint.core.meta.IntOrString}, the {@link io.kubeprint.core.meta.KubeObject}
 * interface of the eight kinds, and {@link io.kubeprint.core.meta.Fields}, the lossless home of Kubernetes
 * fields kubeprint does not type yet.
 */
@KubeStyle
package io.kubeprint.core.meta;
