/**
 * The Kubernetes 1.32 schema of every built-in type, generated from the official Java client's OpenAPI
 * models when kubeprint is built, and the check the API server's strict JSON decoding makes against it:
 * {@link io.kubeprint.core.schema.KubernetesSchema}.
 */
package io.kubeprint.core.schema;
