package io.kubeprint.dsl;

import io.kubeprint.core.service.Service;

/** Service factories; {@link Kube} delegates here. */
public final class Services {
  private Services() {}

  /** A Service builder: {@code service("web").selecting(blue).port(80, "http")}. */
  public static ServiceBuilder service(String name) {
    return new ServiceBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static ServiceBuilder from(Service existing) {
    return new ServiceBuilder(existing);
  }
}
