/** ServiceAccounts: the identities pods run as. */
@KubeStyle
package io.kubeprint.core.account;

import io.kubeprint.core.meta.KubeStyle;
