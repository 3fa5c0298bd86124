/** Jobs, and the CronJobs that create them on a schedule. */
@KubeStyle
package io.kubeprint.core.batch;

import io.kubeprint.core.meta.KubeStyle;
