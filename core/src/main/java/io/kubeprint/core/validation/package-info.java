/** Validation: the Kubernetes API server's rules per kind (v1.32) and kubeprint's checks across objects. */
package io.kubeprint.core.validation;
