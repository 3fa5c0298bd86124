package io.kubeprint.dsl;

import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.NetworkPolicy;

/** Ingress and NetworkPolicy factories; {@link Kube} delegates here. */
public final class Networking {
  private Networking() {}

  /** An Ingress builder: {@code ingress("web").host("shop.example.com").route("/", web, "http")}. */
  public static IngressBuilder ingress(String name) {
    return new IngressBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static IngressBuilder from(Ingress existing) {
    return new IngressBuilder(existing);
  }

  /** A NetworkPolicy builder: {@code networkPolicy("api").selecting(api).allowFrom(web).onPort(8080)}. */
  public static NetworkPolicyBuilder networkPolicy(String name) {
    return new NetworkPolicyBuilder(name);
  }

  /** A builder holding every field of {@code existing}. */
  public static NetworkPolicyBuilder from(NetworkPolicy existing) {
    return new NetworkPolicyBuilder(existing);
  }
}
