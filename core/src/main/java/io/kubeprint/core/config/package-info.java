/** ConfigMaps and Secrets. */
@KubeStyle
package io.kubeprint.core.config;

import io.kubeprint.core.meta.KubeStyle;
