/**
 * Object metadata and the pieces every kind shares: {@link io.kubeprint.core.meta.ObjectMeta}, label
 * selectors, {@link io.kubeprint.core.meta.IntOrString}, the {@link io.kubeprint.core.meta.KubeObject}
 * interface of every object, {@link io.kubeprint.core.meta.GenericObject} for kinds without a typed value, the
 * {@link io.kubeprint.core.meta.Kind} of an object and the {@link io.kubeprint.core.meta.KindTable} of built-in kinds, and {@link io.kubeprint.core.meta.Fields}, the lossless home of Kubernetes
 * fields kubeprint does not type yet.
 */
@KubeStyle
package io.kubeprint.core.meta;
