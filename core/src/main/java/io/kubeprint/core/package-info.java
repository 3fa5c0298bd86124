/** The kubeprint model: {@link io.kubeprint.core.Bundle} of objects and {@link io.kubeprint.core.ManifestSource}; the kinds live in the sub-packages. */
package io.kubeprint.core;
