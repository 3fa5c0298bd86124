/**
 * CustomResourceDefinitions and the check of custom resources against their {@code openAPIV3Schema}, as the
 * Kubernetes 1.32 API server makes it on create with strict field validation: start at
 * {@link io.kubeprint.core.crd.CustomResourceDefinitions}. JDK only: the schema validator, the Go regular
 * expression translation and the string formats are written here.
 */
package io.kubeprint.core.crd;
