/**
 * Policies as code: the Pod Security Standards exactly as the Kubernetes 1.32 PodSecurity admission checks them,
 * and best-practice checks under kube-linter's names, chosen per team in a {@link io.kubeprint.core.policy.Policy}
 * ({@code Policy.restricted().check(bundle)}). See {@code docs/policies.md}.
 */
package io.kubeprint.core.policy;
