/** PersistentVolumeClaims: the storage pods claim, and the parts of a claim. */
@KubeStyle
package io.kubeprint.core.storage;

import io.kubeprint.core.meta.KubeStyle;
