package io.kubeprint.dsl;

import io.kubeprint.core.account.ServiceAccount;

/** ServiceAccount factories; {@link Kube} delegates here. */
public final class ServiceAccounts {
  private ServiceAccounts() {}

  /** A ServiceAccount builder: {@code serviceAccount("web").automountToken(false)}; see {@link ServiceAccountBuilder}. */
  public static ServiceAccountBuilder serviceAccount(String name) {
    return new ServiceAccountBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static ServiceAccountBuilder from(ServiceAccount existing) {
    return new ServiceAccountBuilder(existing);
  }
}
