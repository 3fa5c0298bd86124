/** CronJobs and the Jobs they create. */
@KubeStyle
package io.kubeprint.core.batch;

import io.kubeprint.core.meta.KubeStyle;
