/** Services and their ports. */
@KubeStyle
package io.kubeprint.core.service;

import io.kubeprint.core.meta.KubeStyle;
